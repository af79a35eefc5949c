"""Clauses that only talk: session words ("undo", "new chat") get a hint, greetings, thanks, help and questions
get an answer. They never edit the Scene.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.message import session_command
from dialog.prompt import render_prompt
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.picture_changes import has_global
from prompt_enhancer.rules.described_after import described_after_clause
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import parse_phrase

_I = re.IGNORECASE


def session_words(work: MessageEdit, body: str) -> bool:
    """"undo", "new chat" typed as a message: a hint to use the buttons, never a drawing of the words."""
    command = session_command(body)
    if command is None:
        return False
    work.chat_replies.append(reply.say(f"{command}_hint", work.language))
    return True


_GREETING = re.compile(r"^(?:hi+|hello+|hey+|yo|hiya|howdy|greetings|ahoy|hola|bonjour|salut|ciao|aloha|namaste|"
                       r"konnichiwa|annyeong(?:haseyo)?|good (?:morning|afternoon|evening|day)|你好|您好|"
                       r"嗨|哈喽|早上好|晚上好)"
                       r"(?:\s+(?:there|dear|again|everyone|all|friend))?(?:呀|啊|哇|哦|吖|鸭|~|～|!|！)*$", _I)
# thanks in the person's own language, typed in the Latin script or their own
_THANKS_ABROAD = (r"grazie\s+mille|mille\s+grazie|grazie\s+tante|ευχαριστώ(?:\s+πολύ)?|efcharisto|spasibo|спасибо|"
                  r"shukriya|shukran|dhan[yn]+avaa?d|dhonnobad|dhonnobaad|dziękuję|dziekuje|dank\s+je(?:wel)?|tack|"
                  r"kiitos|teşekkürler|tesekkurler|cảm\s+ơn|cam\s+on|khob\s*khun|salamat|asante(?:\s+sana)?|arigatou?|"
                  # South African: "lekker dankie bru", "sharp sharp", "baie dankie", "ngiyabonga"
                  r"(?:lekker\s+)?(?:baie\s+)?dankie(?:\s+(?:bru|boet|hey))?|lekker(?:\s+(?:bru|boet|man))?|"
                  r"sharp(?:\s+sharp)?|ngiyabonga|enkosi|")
_THANKS = re.compile(r"^(?:(?:ok|okay|all|we'?re|i'?m)\s+done|done|that'?s\s+all|" + _THANKS_ABROAD +
                     r"thanks|thank you|thx|ty|great|nice|cool|awesome|perfect|good|wow|lol|ok|okay|yes|no|"
                     # British: "cheers", "sound cheers", "spot on", "ta"
                     r"(?:sound\s+)?cheers(?:\s+(?:mate|pal|bud|love|then))?|ta|sound|lovely|brilliant|brill|ace|"
                     r"spot\s+on|top\s+job|smashing|"
                     r"thank\s+ye(?:\s+kindly)?|much\s+obliged|obrigad[oa]|merci|danke|gracias|grazie|arigato|多谢晒|唔该|"
                     r"terima\s+kasih(?:\s+banyak)?|makasih|kamsahamnida|gomawo|"
                     r"parfait|perfecto|perfetto|wunderbar|magnifique|bravo|très\s+bien|muy\s+bien|sehr\s+gut|"
                     r"yep|nope|fine|beautiful|love it|no thanks|谢谢|多谢|好的|很好|不错|太棒了|棒|好|可以|行|嗯|"
                     r"not\s+bad|not\s+too\s+shabby|要得|巴适(?:得很)?|安逸(?:得很)?|得劲|好嘞|妥了|"
                     r"漂亮|真好看|好看|不客气|(?:就|那就)?这样(?:就)?(?:吧|就行|就好|挺好|可以)?|(?:这样)?(?:就)?(?:可以|行|好)了|"
                     r"挺好|挺好的|满意|(?:可以)+)(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|ton))?(?:\s+in\s+advance)?"
                     r"(?:\s*(?:老板|师傅|大哥|哥|姐|亲|兄弟))?"
                     r"(?:了|啦|吧|的)?"
                     r"(?:\s*[!.。！~]*)$", _I)
# A reaction to the picture ("lol he looks so judgemental", "that's perfect", "哈哈哈太可爱了吧", "wow 好壮观 thx"):
# laughter, thanks and praise, or a pronoun and a word about how it looks. Answered, never drawn or noted. Words
# the rules read as values ("it's red", "太大了") are left to the rules that change things.
_LAUGH = (r"lol+|lmf?a+o+|rofl|ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|omg|wow+|whoa|aw+|yay+|woo+|xd|yee+haw+|ta-?da+|"
          r"哈+|嘿+|呵+|嘻+|哇+|啊+|噢+|耶+|哎[呦哟呀]?|哟+|呦+")
_PRAISE_EN = (_THANKS_ABROAD
              + r"thanks|thank you|thx|ty|ta|ok|okay|yeah|yes|yep|yup|cool|nice|great|perfect|lovely|wonderful|awesome|"
              r"amazing|beautiful|gorgeous|cute|adorable|fantastic|neat|sweet|excellent|brilliant|love it|i love it|"
              r"splendid|marvell?ous|delightful|charming|very\s+well|super|thank\s+ye|much\s+obliged|obrigad[oa]|merci|"
              r"danke(?:\s+(?:sch[öo]n|sehr|vielmals))?|gracias|grazie|arigato|perfeito|perfecto|perfetto|parfait|"
              r"bravo|terima\s+kasih(?:\s+banyak)?|makasih|kamsahamnida|gomawo|"
              # "is perfect like this", "its perfect as it is": approval, nothing to change
              r"(?:(?:it|this|that)(?:'s|\s+is|s)?\s+|is\s+)?perfect\s+(?:like\s+(?:this|that)|as\s+it\s+is|as\s+is)|"
              # "looks just like my grandpa haha": who it looks like, a reaction
              r"(?:(?:it|he|she|that|this)\s+)?looks?\s+(?:just\s+|exactly\s+|so\s+much\s+)?like\s+(?:my|our)\s+[a-z]+|"
              # "that is just right", "thats right": approval, no place to move to
              r"(?:(?:that|it|this|the\s+\w+)(?:'s|’s|\s+is|s)\s+)?(?:just|exactly|perfectly)\s+right|"
              r"(?:that|it)(?:'s|’s|\s+is|s)\s+right|"
              r"god\s+bless(?:\s+you)?|"
              r"(?:fine|grand|great|nice|good|brilliant|top|class|precise|neat|solid|lovely|beautiful|excellent)\s+"
              r"(?:work|job|stuff)(?:\s+so)?|"
              r"grand|sick|fire|dope|legend|spot\s+on|bang\s+on|top\s+notch|"
              r"(?:you'?(?:ve|\s+have)\s+been|you'?re|you\s+are)\s+(?:very\s+|so\s+|really\s+|a\s+great\s+)?(?:helpful|help|"
              r"kind|great)|"
              r"love this|i love this|good job|well done|nailed it|so good|looks good|looks great|"
              r"that'?s\s+(?:the\s+one|it|exactly\s+it)|exactly|just\s+right|"
              # "that's exactly what i wanted", "just what i needed", "this is what i had in mind"
              r"(?:(?:that'?s|thats|this\s+is|it'?s|its)\s+)?(?:exactly|just|precisely)?\s*what\s+i\s+(?:wanted|needed|"
              r"meant|had\s+in\s+mind|was\s+(?:going\s+for|looking\s+for|thinking\s+of|imagining))|(?:that'?s|thats|its|it'?s)\s+"
              r"(?:fire|lit|dope|sick|goated|a\s+vibe)|slaps|bussin|ngl|fr|lowkey|bruh|aight|good|very\s+good|eh|"
              r"tbh|kawaii|"
              r"(?:very|so|super|really|soo+)\s+(?:kawaii|cute|pretty|nice|cool|beautiful|lovely|fine)")
# 谢谢大佬: thanks, with who is thanked
_PRAISE_ZH = (r"谢谢(?:你|您|啦|了|哈|呀|哦|喽|咯|亲|大佬|老师|老铁|宝|宝子|哥|姐|兄弟|家人们)?|"
              r"谢(?:啦|了)?|多谢(?:啦|了)?|感谢(?:你|您)?|你(?:真|好|太)?棒|"
              # "画得真好", "画的太棒了": how it was drawn, praised
              r"(?:您这|你这)?画[得的](?:还)?(?:真|很|太|好|超|挺|非常|蛮)?(?:好|棒|不错|漂亮|好看|可爱|像)(?:那么回事儿?)?"
              r"(?:啊|呀|了|啦)?|"
              r"(?:就|那就)这样(?:吧|就行|就好|挺好|可以)?|"
              r"(?:这个|这)?\s*(?:vibe|感觉|味道|feel|意思)\s*(?:就)?对了|"  # "nice 这个 vibe 对了"
              r"(?:这个|这)?\s*vibe\s*(?:好|很|超|太)?正|"
              # "这个 composition 好高级": a word of the picture's, praised
              r"(?:这个|这)\s*[A-Za-z]{3,14}\s*(?:好|很|超|太|真)(?:高级|好看|漂亮|美|棒|酷|赞|有感觉)(?:了|啊|呀)?|"
              r"好的|不错|可以|太棒了|真棒|厉害|牛|绝了|完美|喜欢|爱了|好耶|齐活儿?|搞定|妥了|"
              r"(?:这张|这个|就这张)(?:可以|不错|挺好|很好|好看|就行)|(?:这样|这样子)?就?(?:够了|行了|可以了)")
_ABOUT_IT = (r"(?:(?:that|it|this|he|she|they|the\s+\w+|(?:this|that)\s+one)(?:'s|’s|'re|\s+is|\s+are|\s+looks?|"
             r"\s+seems?)|"
             r"thats|looks?|seems?)\s+(?:(?:so|very|really|too|super|kinda|kind of|pretty|quite|a bit|soo+)\s+)?"
             r"(?P<word>(?!(?:not|no|never)\b)[a-z][\w'-]*)(?:\s+(?:now|lol|haha|though|tbh|o))?")
_FEELING_ZH = r"(?:太|好|真|超级?|很|非常|特别|蛮|挺|这么|那么)(?P<zh>[\u4e00-\u9fff]{1,4})"
# "好像童话里的城堡", "就像真的一样": what the picture is like, said of it
_LIKE_ZH = (r"(?:好像|就像|真像|简直像|像是|跟)(?P<like>[\u4e00-\u9fff]{2,12}?)(?:一样|似的)?"
            r"(?=[\s,，!！.。~～]|$|[A-Za-z])")
# "that looks just like my late brother", "it's like our old house": like someone's own, a remark
_LIKE_MINE = (r"(?:that|it|this|he|she|the\s+(?:[a-z]+\s+)?[a-z]+)(?:'s|’s|\s+is|\s+looks?)\s+"
              r"(?:just\s+|exactly\s+|so\s+much\s+)?like\s+"
              r"(?:my|our)\s+[\w' ]+")
# "Thank you so much, dear", "Thank you kindly", "fine work matey"
_ADDRESS = r"dear|darling|sweetie|honey|hun|mate|matey|buddy|pal|dude|bro|fam|kindly|bhai|bhaiya|yaar|ji|amico|amica"
_REACTION_PIECE = re.compile(rf"(?:{_LIKE_MINE}|{_ADDRESS}|{_LAUGH}|{_PRAISE_EN}|{_PRAISE_ZH}|{_ABOUT_IT}|{_LIKE_ZH}|"
                             rf"{_FEELING_ZH})", _I)
# Between the pieces: punctuation, a smiley (":)", ":D", "^^", "<3") or a particle left after praise ("挺好的").
_REACTION_GAP = re.compile(r"(?:[\s,，!！.。~～]|[:;=]-?[)(DPpO3]|\^\^|<3|(?<=[\u4e00-\u9fff])[的了啊呀啦哦呢]+)*")


_SAID_OF_IT = re.compile(r"(?:(?:that|it|this)(?:'s|’s|\s+is|\s+looks)|thats|its)\s+(?:so|really|super|very|soo+)\s",
                         _I)


def _is_reaction(body: str) -> bool:
    """Whether a clause is only laughter, thanks and praise: every piece one of those, none a value to set. A
    look of the whole picture said of it counts when the clause praises too ("thats so moody, love it"); alone
    ("it's too dark") it is a change to make."""
    at, found, look, praised = 0, False, False, False
    while at < len(body):
        at = _REACTION_GAP.match(body, at).end()
        if at >= len(body):
            break
        m = _REACTION_PIECE.match(body, at)
        if not m or m.end() == at or (body[m.end() - 1].isascii() and body[m.end():m.end() + 1].isascii()
                                      and body[m.end():m.end() + 1].isalpha()):
            return False
        word = m.group("word") or re.sub(r"[了啊呀吧啦哦哇呢]+$", "", m.group("zh") or m.group("like") or "")
        said = parse_phrase(word + ("的" if vocab.has_cjk(word) else ""))
        if word and said.has_subject_values():
            return False  # "it's red", "太大了": a value, for the rules that change things
        if word and has_global(said):
            if re.search(r"\btoo\b|太", m.group(0), _I):
                return False  # "it's too dark": a complaint, a change to make
            # "thats so moody": said of the picture it is; "so moody" alone asks for it
            look = look or not _SAID_OF_IT.match(m.group(0))
        praised = praised or not word
        at, found = m.end(), True
    return found and (not look or praised)


_HELP = re.compile(r"^(?:help|what can you do|how does (?:this|it) work|how do i use (?:this|it)|"
                   # "这个是怎么用的", "how do you use this thing"
                   r"how (?:do you|does one|to) use (?:this|it)(?: thing| app)?|"
                   r"(?:这个|这)?(?:app|软件|工具|玩意儿?|东西)?(?:是|要|该)?怎么(?:用|玩)(?:的)?(?:呀|啊|呢)?|"
                   r"我?(?:不会|不知道怎么)(?:弄|用|玩)(?:啊|呀|呢)?|"  # 俺不会弄: how to use it, asked
                   r"what (?:can|do) you (?:draw|make|paint)|what else can you do|"
                   # "can it draw anything?", "what does this thing do exactly": what the app can do, asked
                   r"(?:can|could|does)\s+(?:it|you|u|this(?:\s+thing|\s+app)?)\s+(?:draw|make|paint)\s+anything|"
                   r"what\s+(?:does|can)\s+(?:this|it)(?:\s+thing|\s+app)?\s+do(?:\s+exactly)?|"
                   r"帮助|你能做什么|怎么用|你会什么|你(?:都|还)?(?:能|会|可以)画(?:些|点)?(?:什么|啥)(?:呀|啊|呢|吗)?|"
                   r"你(?:都|还)?(?:能|会|可以)做(?:些)?(?:什么|啥)(?:呀|啊|呢)?|"
                   # "你可以画什么" once its courtesy is taken off
                   r"(?:都|还)?(?:能|会)?画(?:些|点)?(?:什么?|啥)(?:呀|啊|呢|吗)?)$", _I)
_DESCRIBE = re.compile(r"^(?:what(?:'s| is) in (?:the|this) (?:picture|image|scene)|describe (?:it|the picture|the "
                       r"scene)|what do you see|show (?:me )?the scene|"
                       r"画面里有什么|画里有什么|描述一下|现在画的是什么)$", _I)
_QUESTION = re.compile(r"^(?:(?:hi+|hey+|hello|yo)[\s,!.]*)?(?:what|why|how|who|where|when|which)(?:'?s|'?re)?\b"
                       # "hi!!! r u a robot", "are you a person": about the app, with or without its question mark
                       r"|^(?:(?:hi+|hey+|hello|yo)[\s,!.]*)?(?:are|r)\s+(?:you|u)\s+(?:a|an|real|human|alive|ai)\b"
                       # "you into jazz at all?", "do you like music": about the app's taste
                       r"|^(?:are\s+|r\s+)?(?:you|u)\s+into\b|^do\s+(?:you|u)\s+(?:like|love|listen|play|know)\b"
                       r"|^q\s*:"  # "q: max resolution? export formats?"
                       r"|^is\s+(?:it\s+)?true$"  # "my grandson say you are robot, is true?"
                       # "is it hard to draw stuff like that": a question without its question mark
                       r"|^(?:is|was)\s+(?:it|this|that)\s+(?:hard|easy|difficult|tough|fun)\s+to\b"
                       r"|^(?:you|u)\s+(?:are|r)\s+(?:a\s+)?(?:robot|bot|ai|human|real|person)\b"
                       r"|^你(?:平时|一般|最|都)?(?:听|喜欢|看|玩|吃|会)[^，,]{0,6}(?:什么|啥|吗)[^，,]{0,3}$"
                       r"|^你?(?:是)?(?:怎么|如何)(?:画|做|弄|生成)(?:出来)?的"  # 你咋画出来的
                       r"|(?:吗|什么|为什么|怎么|哪|是否|呢|什么意思)$|^(?:你|您)是(?:谁|什么)(?:呀|啊|呢)?$"
                       r"|^(?:为什么|怎么|什么)"
                       # "这个 app 用的是什么 model 啊": what the app runs on, asked
                       r"|(?:用的?是?|是)(?:什么|哪个|啥)\s*(?:model|模型|ai|app|软件|算法)"
                       r"|用(?:的)?(?:什么|啥|哪个)[^，,。]{0,4}?(?:画|生成|做|弄)(?:出来)?的"  # 你这个是用什么画的呀
                       r"|^有(?:几种|哪些|多少种)", _I)
# "能不能导出高清的？", "nice，能不能一次出四张", "can i download it in 4k?": what the app does with its pictures,
# asked; never a change to the picture, whatever else the words say ("高清" is no look here).
_APP_ASK = re.compile(r"^(?:q|question)\s*[:：]|\b(?:max(?:imum)?\s+)?resolution\s*[?？]|\bexport\s+formats?\b|"
                      r"\bfile\s+(?:types?|formats?)\s*[?？]|"  # "q: max resolution? export formats?"
                      r"(?:能不能|可不可以|可以|能|怎么|如何|how\s+(?:do|can)\s+i|how\s+i\s+(?:can|do)|"
                      r"can\s+(?:i|you|u)|"
                      r"is\s+there\s+a\s+way\s+to)"
                      r"\s*(?:帮我|to)?\s*(?:also\s+|even\s+)?(?:导出|下载|保存|分享|批量|一次(?:性)?出|出[一两二三四五六七八九十几\d]+张|export|"
                      # "可以生成视频吗", "能做成动图吗", "can you make a gif": not pictures this app makes
                      r"(?:生成|做成?|出|变成|弄成|画)?(?:视频|动图|动画|gif)|(?:make|create|generate|turn\s+it\s+into)\s+"
                      r"(?:a\s+|an\s+)?(?:video|gif|animation)s?|animate|(?:do|make)\s+(?:videos|gifs|animations)\b|(?:do|make|draw|create)\s+(?:animated|moving)\s+[a-z]+|"
                      r"download|save(?:\s+(?:it|this|the\s+(?:picture|image|pic))|(?=\s*(?:一下|下|吗|呢|$)))|"
                      r"share\s+(?:it|this)|upscale|print\s+(?:it|this|the\s+(?:picture|image|pic))|"
                      r"(?:get|make)\s+(?:[2-9]|two|three|four|several|multiple)\s+(?:at\s+once|pictures|images|versions))",
                      _I)


# "can you draw shapes?", "你会画动物吗": what kinds of things it draws, asked; a kind is no thing to draw ("can you
# draw a cat?" asks for one, and so does "能画一只熊猫吗")
_KINDS = (r"(?:geometric\s+|simple\s+|basic\s+|real(?:istic)?\s+)?(?:shapes|animals|people|humans|faces|landscapes|"
          r"scenery|objects|things|anything|buildings|vehicles|plants|characters|portraits|anime|cartoons|photos)")
_CAN_DRAW_KINDS = re.compile(rf"^(?:so\s+|and\s+|hi\s+|hey\s+)?(?:can|could|do|will)\s+(?:you|u|it|this(?:\s+app)?)\s+"
                             rf"(?:also\s+)?(?:draw|paint|make|do|generate|create)\s+{_KINDS}(?:\s+style)?(?:\s+too|\s+as\s+well)?"
                             r"\s*[?？]*$"
                             r"|^(?:你)?(?:也)?(?:能|会|可以|能不能|会不会|可不可以)(?:画|生成)(?:几何|简单的?|真实的?)?"
                             r"(?:图形|形状|动物|人物|人|风景|东西|建筑|植物|角色|肖像|真人|卡通|动漫)(?:吗|么|嘛|不|呢)?[?？]*$",
                             _I)


# "Could you tell me what sort of pictures you are able to make?", "what kind of stuff can u draw"
_WHAT_IT_DRAWS_EN = re.compile(r"\bwhat\s+(?:sorts?|kinds?|types?)\s+of\s+(?:pictures|things|images|stuff|drawings|art|"
                               r"pics)\s+(?:(?:can|could|do)\s+(?:you|u)|(?:you|u)\s+(?:are|'re|can|could)(?:\s+able\s+to)?)"
                               r"(?:\s+(?:make|draw|do|create|paint|generate))?\s*[?？.!]*$", _I)


def asks_what_it_draws(text: str) -> bool:
    """Whether a message asks which kinds of things can be drawn (answered with how to ask, nothing drawn)."""
    return bool(_CAN_DRAW_KINDS.match(text.strip()) or _WHAT_IT_DRAWS_EN.search(text.strip()))


# "what do you think looks better, red or blue?", "which is nicer, the cat or the dog?": an opinion, asked
# 你觉得加个 shadow 会更好吗？: asked, not asked for
_OPINION = re.compile(r"^你觉得[^，,。]{1,30}(?:会|更|好)[^，,。]{0,10}(?:吗|呢|不)[?？]?$"
                      r"|^(?:what\s+do\s+(?:you|u)\s+think|which\s+(?:one\s+)?(?:looks|is|would\s+(?:look|be)|do\s+"
                      r"(?:you|u)\s+(?:like|prefer))|do\s+(?:you|u)\s+(?:like|prefer))\b.*\b(?:better|nicer|best|"
                      r"prefer)\b", _I)


def opinion_asked(text: str) -> bool:
    """Whether a question mark ends a message that asks which of two things the app likes (answered, nothing
    drawn: the values it names are the choices, not a change)."""
    return bool(_OPINION.match(text.strip())) and text.rstrip().endswith(("?", "？"))


def app_question(text: str) -> bool:
    """Whether a message asks what the app does with its pictures (export, download, several at once)."""
    return bool(_APP_ASK.search(text))


# "这个是用什么模型画的呀？": a question word anywhere, with its question mark.
_ASKS_ZH = re.compile(r"什么|怎么|为什么|为啥|哪|谁|多少|多久|几[个次张]|是不是|能不能|可不可以|吗"
                      r"|(?:可以|能|行|会)[^，,。]{1,12}不$")  # 这个画可以发朋友圈不？
# "is it done?", "do you like it?": a question only with its question mark ("do the thing" is a request).
_YES_NO = re.compile(r"^(?:is|are|do(?!\s+(?:a|an|some|one|two|three|four|five|me|us)\s)|does|did|was|were|have|has)\b",
                     _I)  # "(could you) do a cake with 7 candles?" asks for one


_RETRY = re.compile(r"^(?:(?:try|do it|draw it|paint it|make it|one more time|once more)\s+)?(?:again|one more time|"
                    r"once more)(?:\s+please)?$|^(?:another (?:version|take|try|attempt)|reroll|re-roll|regenerate|"
                    r"run\s+it\s+back|go\s+again|give\s+it\s+another\s+(?:go|shot|try))$|"
                    r"^(?:再来一次|再画一次|重新画一次|重画一次|重新生成|再生成一次|重来一次|换一张|"
                    # 再来一张, 再画一张: one more picture (张 counts pictures; 再来一只 is one more cat)
                    r"重新画(?:一下|一遍|一张)?|重画|(?:再|重新)(?:来|画|生成|出|加)一张(?:吧|看看)?)$", _I)


_ANOTHER_STYLE = re.compile(r"^(?:(?:can\s+(?:you|u)\s+)?(?:change|switch|try)\s+(?:the\s+)?(?:art\s+)?style|"
                            r"(?:try\s+)?(?:a\s+)?different\s+(?:art\s+)?style|another\s+style)(?:\s+(?:please|pls))?[?.!]*$"
                            r"|^(?:换个|换一个|换种|换一种|换)(?:风格|画风)(?:吧|试试|看看)?$", _I)
_UNDO_WORDS = re.compile(r"^(?:undo|revert|roll\s+back|take\s+back|go\s+back\s+to)\b"
                         r"|^(?:撤销|撤回|回到上一步|返回上一步|回退)", _I)
_REDO_WORDS = re.compile(r"^redo\b(?!\s+(?:it|the)\s+(?:in|as|with))|^(?:重做|恢复刚才)", _I)


# "go back to colour", "go back to blue": a value to have again, not the Undo button
_BACK_TO = re.compile(r"^go\s+back\s+to\s+(?:being\s+)?(?P<v>[a-z][a-z ]*?)(?:\s+(?:but|and|pls|please)\b.*)?$", _I)


def _back_to_value(body: str) -> bool:
    m = _BACK_TO.match(body.strip())
    said = m.group("v").lower() if m else ""
    return bool(re.fullmatch(r"(?:(?:full|normal)\s+)?colou?rs?", said) or vocab.lookup(vocab.COLOURS, said))


def retry_words(work: MessageEdit, body: str) -> bool:
    """"again", "再来一次": the same picture with a new seed is the Retry button's; "undo the last two changes"
    is the Undo button's."""
    if _RETRY.match(body):
        work.chat_replies.append(reply.say("retry_hint", work.language))
    elif _ANOTHER_STYLE.match(body):  # "换个风格", "change the style": which one is asked, no thing called 风格
        work.chat_replies.append(reply.say("ask_style", work.language))
    elif _UNDO_WORDS.match(body) and not _back_to_value(body):
        work.chat_replies.append(reply.say("undo_hint", work.language))
    elif _REDO_WORDS.match(body):
        work.chat_replies.append(reply.say("redo_hint", work.language))
    else:
        return False
    return True


_MORE_OF_ZH = re.compile(r"[\u4e00-\u9fff](?:一点|一些|点儿?)$")


def reaction_clause(work: MessageEdit, body: str) -> bool:
    """"this is just what i was going for!", "lol he looks so judgemental": answered before any rule reads "this is
    X" as a value for the thing (a value said, "it's red", is no reaction)."""
    if _GREETING.match(body) or _THANKS.match(body) or not _is_reaction(body):
        return False  # a greeting or thanks alone: chat_clause answers it as such
    if _MORE_OF_ZH.search(body):
        return False  # "好看一点": prettier, asked for; not praise of the picture
    if work.added and _HOW_IT_LOOKS_ZH.fullmatch(body):
        return described_after_clause(work, body)  # "画只小狗，很精神的那种": how the dog drawn looks, not praise
    # "hes sad now 😢" (the balloon taken away): no "glad you like it"
    work.chat_replies.append(reply.say("chatter" if _UNHAPPY.search(body) else "reaction", work.language))
    return True


# 很精神, 倍儿精神, 很 cute: how the thing just drawn looks (after 画只小狗), not praise of the picture
_HOW_IT_LOOKS_ZH = re.compile(r"要?(?:很|非常|特别|超级?|挺|比较|倍儿|贼|巨|十分|蛮|老(?=好看|漂亮|可爱|帅|美|精神))\s*"
                              r"(?:[\u4e00-\u9fff]{2,3}|[a-z]{3,12})了?", re.IGNORECASE)
_UNHAPPY = re.compile(r"\b(?:sad|upset|crying|cried|cries|unhappy|scared|angry|bored|disappointed|hates?|"
                      r"doesn'?t\s+like|don'?t\s+like)\b|难过|伤心|哭|不开心|不高兴|害怕|生气|不喜欢", re.IGNORECASE)


# "bye", "see you tomorrow", "gonna come back later", "明天再来", "晚安": the person is leaving; nothing to draw
_FAREWELL = re.compile(r"^(?:(?:ok(?:ay)?|k|kk|well|alright|anyway|thanks|thank\s+you|thx|ty|cool|great)[\s,!]+)*"
                       r"(?:(?:bye(?:[\s-]?bye)?|good\s?bye|good\s?night|gn|cya|ttyl|see\s+(?:you|ya|u)|later|"
                       r"(?:i\s+|i'?ve\s+|i'?m\s+)?(?:gotta|got\s+to|have\s+to|need\s+to|must|gonna|going\s+to)\s+"
                       r"(?:go|run|leave|bounce|head\s+(?:out|off))|"
                       r"(?:i'?ll|i\s+will|will|gonna|going\s+to)\s+(?:come\s+back|be\s+back|try\s+(?:again|more)|"
                       r"play\s+(?:again|more))|(?:i'?ll\s+)?(?:come\s+back|be\s+back)|take\s+care|"
                       # "thx, have a good one", "have a nice evening"
                       r"(?:have\s+a\s+(?:good|nice|great|lovely|wonderful|pleasant)\s+(?:one|day|night|evening|weekend"
                       r"|afternoon)))"
                       r"(?:\s+(?:later|tomorrow|soon|next\s+time|another\s+time|again|then|for\s+now|now|"
                       r"all|everyone|guys|lol|haha|bye|cya|ttyl|thx|thanks))*|"
                       r"再见|拜拜|拜|晚安|回头见|明天见|下次见|改天见|下回见|我?先(?:走|撤|下)了|"
                       r"(?:好了\s*)?(?:我)?(?:赶单|上班|干活|忙|睡觉|吃饭|开会)去了(?:\s*谢谢?|\s*拜拜)?|"
                       r"(?:明天|下次|改天|回头|有空|以后)(?:再来|再玩|再来玩|再来耍|再耍|再画|再试)(?:吧|啦|哦|了)?)"
                       r"[\s!.。！~～]*$", _I)


# "he will be happy", "my son is gonna love this", "我孙女肯定喜欢": how someone will take the picture, no change to it
_WILL_LIKE = re.compile(r"^(?:and\s+|oh\s+|i'?m\s+sure\s+|i\s+think\s+)?(?:he|she|they|we|my\s+\w+(?:\s+\w+)?|"
                        r"our\s+\w+|the\s+(?:kids?|client|boss|team|family))\s+(?:will|'ll|’ll|would|is\s+gonna|are\s+gonna|"
                        r"is\s+going\s+to|are\s+going\s+to|gonna)\s+(?:be\s+(?:so\s+|very\s+|really\s+)?(?:happy|"
                        r"thrilled|pleased|delighted|glad|excited|stoked|over\s+the\s+moon)|(?:really\s+|absolutely\s+|"
                        r"totally\s+)?(?:love|like|adore|enjoy)\s+(?:it|this|that|them))(?:\s+(?:so\s+much|a\s+lot|lol|"
                        r"haha|for\s+sure|i\s+think))*[\s!.]*$"
                        r"|^(?:我|我们|我家)?[\u4e00-\u9fff]{0,3}?(?:肯定|一定|应该|会)(?:会)?(?:很|超|特别|非常)?"
                        r"(?:喜欢|开心|高兴|满意)(?:的|了|啦|吧)?[\s!！。]*$", _I)

# "haha nice thats basically my route 12 bus on a monday", "that's basically the opening lol": what it is to them
_WHAT_IT_IS_TO_ME = re.compile(r"^(?:(?:ha(?:ha)+|lol|nice|wow|omg|ok|okay|good|oh)[\s,.!]+)*(?:that'?s|thats|"
                               r"it'?s|its|this\s+is)\s+(?:basically|literally|pretty\s+much|exactly\s+like)\s+(?:my|our|the)\b"
                               r"(?!.*\b(?:please|pls|plz|make|add|change)\b).*$"
                               # "sick. thats going on a forearm tmrw": where the picture goes
                               r"|^(?:that'?s|thats|it'?s|its|this\s+is|this'?s)\s+(?:going|gonna\s+go)\s+(?:on|in|up\s+on|"
                               r"onto|into|to)\s+(?:my|a|the|our|his|her)\b.*$", _I)


def leaving_clause(work: MessageEdit, body: str) -> bool:
    """"改天再来耍", "see you tomorrow", "he will be happy", "that's basically my bus": the person leaving or saying
    what the picture is to them; answered before "改" reads as "change", "happy" as the thing's mood or "my bus" as
    one more bus."""
    key = "bye" if _FAREWELL.match(body) else "reaction" if _WILL_LIKE.match(body) or _WHAT_IT_IS_TO_ME.match(
        body) else None
    if key is None:
        return False
    work.chat_replies.append(reply.say(key, work.language))
    return True


# "wow how long did that take", "靓啊 how long…", "sickkk is it hard to draw…": praise said before a question
_PRAISE_FIRST = re.compile(r"^(?:(?:wow+|whoa+|omg|sick+|nice|cool|dope|damn|lol+|haha+|[\u4e00-\u9fff]{1,3}[啊呀哇])"
                           r"[\s,!.]+)+(?=[a-z])", _I)


def _chat_reply(body: str, question_mark: bool) -> str | None:
    """The reply key a clause that only talks gets, or None."""
    praised = _PRAISE_FIRST.match(body)
    if praised and _chat_reply(body[praised.end():], question_mark) == "question":
        return "question"
    if _GREETING.match(body):
        return "hello"
    if _THANKS.match(body):
        return "thanks"
    if _FAREWELL.match(body):
        return "bye"
    if _is_reaction(body):
        return "reaction"
    if _HELP.match(body):
        return "help"
    if _QUESTION.search(body) or (_YES_NO.match(body) and question_mark) or (question_mark and _ASKS_ZH.search(body)):
        return "question"
    return None


# "ok cool and swap the tree for a phone booth", "nice and now add a cat": talk, then a request joined with "and"
_TALK_THEN_AND = re.compile(r"^(?P<talk>[^,.!?;]{1,40}?)[\s,!]+and\s+(?:now\s+|then\s+|also\s+)?(?=[a-z])", _I)


def talk_before_and(text: str) -> str:
    """The message with talk said before "and" and a request cut from it, so each is read on its own."""
    m = _TALK_THEN_AND.match(text.strip())
    if not m or not (_THANKS.match(m.group("talk")) or _is_reaction(m.group("talk"))):
        return text
    return f"{m.group('talk')}, {text.strip()[m.end():]}"


# Where a message turns from Chinese to English or back: "thx 明天再来", "哈哈好可爱 what model is this using?"
_LANGUAGE_TURN = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?=[A-Za-z])|(?<=[A-Za-z!?.,])\s*(?=[\u4e00-\u9fff])")


def mixed_chat_clause(work: MessageEdit, body: str) -> bool:
    """A clause of talk in two languages: each piece is talk (thanks, a reaction, a farewell, a question), so the
    whole is answered and nothing is drawn; one piece that is not talk leaves the clause to the other rules."""
    pieces = [piece.strip() for piece in _LANGUAGE_TURN.split(body) if piece.strip()]
    if len(pieces) < 2:
        return False
    keys = [_chat_reply(piece, work.question_mark) for piece in pieces]
    if not all(keys):
        return False
    for key in dict.fromkeys(keys):
        work.chat_replies.append(reply.say(key, work.language))
    return True


def chat_clause(work: MessageEdit, body: str) -> bool:
    """Greetings, thanks, farewells, help, "what is in the picture" and other questions: answered, the Scene
    untouched."""
    if _DESCRIBE.match(body):
        prompt = render_prompt(work.scene, work.language)
        work.chat_replies.append(reply.say("describe", work.language, what=prompt) if prompt
                                 else reply.say("empty", work.language))
        return True
    key = _chat_reply(body, work.question_mark)
    if key is None or (key == "reaction" and _MORE_OF_ZH.search(body)):
        return False  # "好看一点": prettier, asked for; not praise of the picture
    work.chat_replies.append(reply.say(key, work.language))
    return True
