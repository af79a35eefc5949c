"""How people open a request before naming what to draw, and what they say around it that is about them, not the
picture: "ok picture this: a knight…", "i'd love a picture of a lighthouse…", "I need a drawing of a tiger for my
son's birthday, he loves tigers", "let's do a robot…", "so i was thinking maybe an astronaut… you know",
"there's a girl…", "我想要一张小狗在海边奔跑的图", "来一张…的画". The opener becomes "draw" (or "there is"), the
framing words go, and what is drawn is read as if it had been said plainly.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.phrase import parse_phrase
from prompt_enhancer.rules.place_first import is_place_first
from prompt_enhancer.rules.setting_phrase import parse_looks, parse_setting

_I = re.IGNORECASE

# Words before the opener that only start talking: "ok", "so", "hi!".
_LEAD_WORDS = (r"ok(?:ay)?|so|well|hmm+|hey(?:\s+there)?|hi(?:\s+there)?|hello(?:\s+(?:there|dear|again))?|right|"
               r"alright|um+|uh+|yo|"
               r"basically|literally|honestly|oh+|ooh+")
_LEAD = rf"(?:(?:{_LEAD_WORDS})[\s,!.…]+)*"
# Praise said before asking to draw ("oh cool so could u draw…"); before "one" it is thanks ("nice one ty")
_PRAISED_LEAD = rf"(?:(?:{_LEAD_WORDS}|cool|nice|great|lol|wow|yeah|yay)[\s,!.…]+)*"
# What a picture is called when it is asked for: "a picture of", "an image of", "a drawing of".
_PICTURE_OF = (r"(?:(?:a|an|the|some)\s+)?(?:(?:nice|cute|quick|little|simple|cool|pretty)\s+)?"
               # "I would like a picture with a white house, …": with what it shows
               r"(?:(?:picture|pic|drawing|image|painting|illustration|photo|sketch|render)\s+of|(?:picture|pic|image)\s+"
               r"with(?=\s+(?:a|an|one|two|three|some)\s))\s+")
_OPENER_EN = re.compile(
    rf"^{_LEAD}(?:"
    # "picture this: …", "imagine this - …", "here's my idea: …"
    r"(?:picture|imagine|visuali[sz]e)\s+this\s*[:：,\-–—]*\s*"
    r"|here'?s\s+(?:the|my|an?)\s+idea\s*[:：,\-–—]+\s*"
    # "so i was thinking maybe …", "i'm thinking of …"
    r"|i\s*(?:was|am|'m)\s+thinking(?:\s+(?:of|about))?(?:[\s,]+(?:maybe|perhaps))?\s+"
    # "i'd love (to see) …", "i would love …"
    r"|i(?:'d|\s+would)\s+love(?:\s+to\s+(?:see|have|get))?\s+(?!it\b|that\b|this\b|if\b)"
    # "i need a drawing of …", "i want to see …", "i wanna see …"
    rf"|(?:i\s+|i(?=['’]d))?(?:really\s+)?(?:need|want|wanna|would\s+like|['’]d\s+like)\s+(?:please\s+|pls\s+)?"
    rf"(?=(?:to\s+)?see\s|{_PICTURE_OF})"
    r"(?:(?:to\s+)?see\s+)?"
    # "could you please make me a pic of …", "can u do a drawing of …": the picture asked for is its content
    rf"|(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:make|draw|create|paint|do|generate|give|"
    rf"show|get)\s+(?:me\s+|us\s+)?(?={_PICTURE_OF})"
    # "i want to draw a cat", "i'd like to see two foxes"
    r"|i(?:\s+(?:really\s+)?(?:want|wanna|would\s+like)|'d\s+like)\s+(?:to\s+)?(?:draw|paint|sketch|make|create|see)\s+"
    r"(?=(?:a|an|one|two|three|four|five|some)\s)"
    # "let's do …", "let's go with …"
    r"|let'?s\s+(?:do|have|see)\s+"
    # "need a small brown square at the top": the thing needed
    r"|(?:i\s+)?need\s+(?=(?:a|an|one|two|three|some)\s)"
    # "drawing my halfling - …", "im sketching my oc": what the person is drawing is what to draw
    r"|(?:i'?m\s+|i\s+am\s+)?(?:drawing|sketching|painting|designing)\s+(?=(?:my|our)\s)"
    r"(?!(?:a|an)\s+(?:picture|image|drawing|pic|painting|illustration|photo|sketch)\b)"
    r")(?P<np>.+)$",
    _I | re.DOTALL,
)
_THERES = re.compile(rf"^{_LEAD}there'?s\s+(?P<np>(?:a|an|one|two|three|some)\s.+)$", _I | re.DOTALL)
_PICTURE_OF_RE = re.compile(rf"^{_PICTURE_OF}", _I)
# After the thing: "…, you know", "…if that makes sense", "…for my son's birthday".
_TAIL_EN = re.compile(r"(?:[\s,]+(?:you\s+know|if\s+that\s+makes\s+sense|or\s+whatever|i\s+guess))+\s*[.!?]*\s*$"
                      r"|\s+for\s+(?:my|his|her|our|their)\s+(?:\w+'s\s+)?(?:birthday|party|wall|room|project|"
                      r"class|homework|presentation|card|blog|website)\b"
                      r"|\s+for\s+(?:my|his|her|our|their)\s+(?:son|daughter|kid|kids|child|mom|mum|dad|wife|"
                      r"husband|friend|boss|teacher|sister|brother|grandma|grandpa)\b(?:'s\s+\w+)?",
                      _I)
# "我想要一张小狗在海边奔跑的图", "来一张森林里的小木屋", "给我一幅…的画": the picture asked for is its content.
_OPENER_ZH = re.compile(r"^(?:请|帮我|麻烦)?(?:我想要|我想看|想要|我要|给我来|给我|来)(?:一张|一幅|张|幅)"
                        r"(?P<np>.+?)(?:的(?:图|图片|画|照片|插画))?(?P<end>[。！!~～]*)$")


# "能画一只熊猫吗", "你可以帮我画个小狗吗", "会画龙吗": a request asked as a question.
_CAN_YOU_DRAW_ZH = re.compile(r"^(?:你)?(?:能不能|能|可以|可不可以|会不会|会)(?:帮我|给我)?(?:画|画一下)(?P<np>.+?)"
                              r"(?:吗|嘛|么|呢|不)?[?？]*$")


# Requests that ask for the picture, each "draw" and what follows: "I need a … of", "can I get …", "looking for …";
# "I need an image: a red apple…", "picture: a cat" (after the colon); "can I please have an astronaut…".
_ASKED_FOR = (
    re.compile(rf"^{_LEAD}(?:i\s+(?:need|want)\s+|(?:can|could|may)\s+i\s+(?:please\s+)?(?:get|have)\s+|"
               rf"(?:i'?m\s+|i\s+am\s+)?looking\s+for\s+){_PICTURE_OF}(?P<np>.+)$", _I),
    # "hey! need an image for a product launch post: a pair of white sneakers…": what it is for, then what to draw
    re.compile(rf"^{_LEAD}(?:(?:(?:i\s+)?(?:need|want)|i'?d\s+like|(?:can|could|may)\s+i\s+(?:please\s+)?(?:get|have))"
               r"\s+(?:a|an|one)\s+)?(?:picture|image|drawing|pic|painting|illustration)(?:\s+for\s+[^:：\n]{1,60}?)?"
               r"\s*[:：]\s*(?P<np>.+)$", _I),
    re.compile(rf"^{_LEAD}(?:can|could|may)\s+i\s+(?:please\s+)?(?:have|get|see)\s+(?P<np>(?:a|an|one|two|three|"
               r"some|the)\s.+)$", _I),
)


# "来张图，雪地里的红色狐狸", "make me a picture, a cat in the snow", "generate an image: a red car": a picture asked
# for on its own, then a pause; what follows the pause is what to draw, the ask itself is nothing to draw.
_PICTURE_FIRST = re.compile(
    rf"^{_LEAD}(?:(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:make|draw|create|paint|do|"
    r"generate|render|give|get)\s+(?:me\s+|us\s+)?(?:a|an|one)\s+(?:(?:nice|quick|new|cool)\s+)?"
    r"(?:picture|pic|drawing|image|painting|illustration|photo|sketch)(?:\s+(?:for\s+me|please|pls))?"
    r"|(?:请|帮我|麻烦|给我)*(?:来|画|生成|做|出|整)(?:一)?[张幅](?:图|图片|画|照片|插画)?(?:吧|呗|呀)?)"
    r"\s*[,，:：;；.。!！~～\-–—]+\s*(?P<np>\S.*)$"
    # "我想要一张图 一只企鹅在冰山上": a space after the ask is its pause too
    r"|^(?:(?:我|我们)?(?:想要|要|想画)|(?:请|帮我|麻烦|给我)*(?:来|画|生成|做|出|整))(?:一)?[张幅]"
    r"(?:图|图片|画|照片|插画)(?:吧|呗|呀)?(?:\s*[,，:：;；.。!！~～\-–—]+\s*|\s+)(?P<np_zh>\S.*)$", _I | re.DOTALL)


# "generate: …", "draw: …", "prompt: …", "生成：…": the verb or the word for the prompt as a label before a colon.
_VERB_COLON = re.compile(rf"^{_LEAD}(?:please\s+|pls\s+)?(?:generate|render|create|draw|paint|make|sketch|imagine|"
                         r"prompt|show\s+me|(?:(?:drawing|picture|image|art)\s+)?(?:request|order)|生成|画|绘制|提示词|画面|"
                         r"画面描述|场景|内容|描述|主体|图片内容)\s*[:：]\s*"
                         r"(?P<np>\S.*)$", _I | re.DOTALL)


# What the picture is for or a title, then a colon and the things: "tattoo 设计: 一个 black 的 rose", "I run a bakery
# and want a picture for our chalkboard: a chocolate cake", "three flowers in a row: a red tulip on the left, …".
_ANY_LABEL = re.compile(r"^(?P<label>[^:：\n]{1,80}?)\s*[:：]\s*(?:-\s+)?"
                        r"(?P<np>(?:(?:a|an|one|two|three|four|some|\d{1,2})\s+|(?:[\u4e00-\u9fff]{0,4}?)"
                        r"[一两三几]\s*[个只条棵朵辆艘匹座张块颗位把盏面本支根]\s*)\S.*)$", _I | re.DOTALL)
_SETTING_LABEL = re.compile(r"negative|prompt|steps?|seed|size|style|cfg|guidance|sampler|scheduler|strength|"
                            r"width|height|resolution|ratio|model|lora|负面|反向|步数|种子|尺寸|风格|--|\d\s*$|"
                            # "ok cool. now something totally different: a penguin": a new picture, said so
                            r"[.!?。！？]|different|another|instead|else|换一|新的|\bnew\b|\bnext\b", _I)
_COUNTED_LABEL = re.compile(r"^(?:(?:draw|paint|make|画)\s*)?(?:two|three|four|five|\d|[两二三四五几])", _I)
# "Paint me, if you would, a lone heron", "draw, please, a fox": courtesy set off between the verb and the thing
_ASIDE = re.compile(r"\b(?P<v>draw|paint|sketch|make|create|show)(?:\s+(?P<me>me|us))?\s*,\s*(?:please|pls|kindly|"
                    r"if\s+you\s+(?:would|could|will|can|please|don'?t\s+mind|like)|if\s+possible|if\s+it'?s\s+no\s+"
                    r"trouble)\s*,\s*", _I)
_LIKE_FILLER = re.compile(r"\b(?P<v>draw|paint|make|do|sketch)\s+like\s+(?=(?:a|an|some|one|two)\s)", _I)
# "Could you do a cake with 7 candles?": do a thing is draw it ("do a close-up" is a look)
_DO_A = re.compile(r"^(?P<ask>(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?)do\s+(?:me\s+)?"
                   r"(?=(?:a|an|some|one|two|three)\s)(?!an?\s+(?:close-?up|version|wide|new|different|zoom|shot|"
                   r"bigger|smaller|darker|lighter|portrait|side|top|front|back|low|high)\b)", _I)


# "panel 5:", "**pnl 3**", "pg 2 pnl 1:", "scene 2 -": where the picture goes in the person's work, no count of things
_WORK_LABEL = re.compile(r"^(?:(?:ok(?:ay)?|so)[\s,]+)?(?:\*\*)?(?:(?:panel|pnl|pg|page|scene|shot|slide|frame|fig|"
                         r"figure|chapter|ch|episode|ep|card|sticker|design|option|version|day|level|round)\.?\s*"
                         r"\d{1,3}[a-z]?[\s,]*){1,3}(?:\*\*)?\s*(?:[:.)\-–—]\s+|(?<=\*\*)\s*)", _I)
# "panel 5 small green frog" (its ** taken off): a panel's own word, then the thing said with an article or a size
_PANEL_SAID = re.compile(r"^(?:(?:ok(?:ay)?|so)[\s,]+)?(?:(?:panel|pnl|pg|page|shot|slide)\s*\d{1,3}[a-z]?[\s,]+){1,3}"
                         r"(?=(?:a|an|the|one|small|big|little|tiny|large|huge|close|wide)\s)", _I)


def without_work_label(text: str) -> str:
    """`text` without a label of where the picture goes ("panel 5:"), whose number counts no things."""
    return _PANEL_SAID.sub("", _WORK_LABEL.sub("", text.strip()))


def read_opener(text: str) -> str:
    """The message with a request's opener as "draw" and the talk around the thing left out; as typed otherwise."""
    text = _ASIDE.sub(lambda m: f"{m.group('v')} {m.group('me') or ''}".rstrip() + " ", text.strip())
    stripped = text = _DO_A.sub(r"\g<ask>draw ", _LIKE_FILLER.sub(r"\g<v> ", text))  # "could u draw like a fox"
    first = _PICTURE_FIRST.match(stripped)
    if first:
        stripped = text = (first.group("np") or first.group("np_zh")).strip()
    label = _VERB_COLON.match(stripped)
    if label:  # "generate: octopus playing piano", "prompt: a red fox": a label, then what to draw
        return "draw " + label.group("np").strip()
    label = _ANY_LABEL.match(stripped)
    if label and is_place_first(stripped):
        return stripped  # "Render a living room: a sofa …": the place and its things, read by place_first
    # "poster 用: 一个 DJ", "Single panel: a detective"; not "two circles: a red one …" (the ones are circles)
    if label and not _SETTING_LABEL.search(label.group("label")) and not (
            _COUNTED_LABEL.match(label.group("label")) and (vocab.has_cjk(stripped) or re.search(
                r"\bones?\b", label.group("np"), _I))):
        said = parse_looks(label.group("label"))[0] or any(parse_setting(label.group("label"))[:2]) \
            or parse_phrase(label.group("label")).style  # "Night scene: a fox": the night stays
        return label.group("np").strip() + (f", {label.group('label')}" if said else "")
    if re.search(r"\binstead\W*$", stripped, _I):
        return text  # "let's do a fox instead": what the thing there becomes, read by the rules that change it
    m = _OPENER_EN.match(stripped)
    if m and m.group("np").strip():
        np = _PICTURE_OF_RE.sub("", m.group("np").strip())
        return "draw " + _TAIL_EN.sub("", np)
    m = _THERES.match(stripped)
    if m:
        return "there is " + _TAIL_EN.sub("", m.group("np"))
    for asked in _ASKED_FOR:
        m = asked.match(stripped)
        if m:
            return "draw " + _TAIL_EN.sub("", m.group("np"))
    lead = re.match(rf"^{_LEAD}", stripped, _I)
    if lead and lead.end() and stripped[lead.end():].strip() and re.match(
            r"(?:a|an|one|two|three|some)\s", stripped[lead.end():], _I):
        return stripped[lead.end():]  # "ok so basically a wizard…": the talking before the thing is no part of it
    lead = re.match(rf"^{_PRAISED_LEAD}", stripped, _I)
    if lead and lead.end() and re.match(r"(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?"
                                        r"(?:draw|paint|sketch)\s", stripped[lead.end():], _I):
        return stripped[lead.end():]  # "oh cool so could u draw…": talk before the request
    m = _CAN_YOU_DRAW_ZH.match(stripped)
    if m and not re.fullmatch(r"(?:画|画儿|图|东西|点东西|什么)?", m.group("np")):  # "能画一只熊猫吗": a request
        return "画" + m.group("np")
    m = _OPENER_ZH.match(stripped)
    if m and m.group("np").strip() and not re.match(r"^(?:新的|新图)", m.group("np")):
        return "画一个" + m.group("np") if not re.match(r"^[一两二三四五几\d]", m.group("np")) else "画" + m.group("np")
    return text


# What a person thinks of the request or the picture, said beside it (often dryly): "groundbreaking", "wow.
# stunning.", "riveting stuff"
PRAISE = re.compile(r"(?:wow+[\s,.!]*)?(?:stunning|riveting|groundbreaking|breathtaking|revolutionary|visionary|"
                    r"iconic|genius|inspiring|thrilling|incredible|spectacular|mind[-\s]?blowing|wow+)"
                    r"(?:\s+(?:stuff|work|art|content|really))?[.!]*", re.IGNORECASE)


# What a person says about who the picture is for, beside the request: "he loves tigers", "my son is obsessed
# with dinosaurs", "she likes cats". Beside a request it is read as nothing, never as a thing to draw.
_CHATTER = re.compile(r"^(?:and\s+)?(?:he|she|they|we|i|my\s+\w+|our\s+\w+)\s+(?:really\s+|just\s+|totally\s+)?"
                      r"(?:loves?|likes?|adores?|(?:do(?:es)?n'?t|dont|do(?:es)?\s+not)\s+(?:like|love)(?=\s+(?!(?:the|that|this|it)\b)[a-z]+$)|wants?(?=\s+(?:one|it|this|that|them)\b)|is\s+(?:into|obsessed\s+with|"
                      r"crazy\s+about)|are\s+(?:into|obsessed\s+with)"
                      r"|'s\s+(?:into|obsessed\s+with))\s+\S.*$"
                      # "he does it every day": a habit of who is drawn
                      r"|^(?:and\s+)?(?:he|she|they|it)\s+(?:always\s+)?(?:does|did)\s+(?:it|this|that)\b.*$"
                      # "she turns 40 and…", "she is 9 years old now": how old someone is
                      r"|^(?:and\s+)?(?:he|she|they|it)(?:'s|\s+is|\s+was|\s+turns|\s+turned|\s+is\s+turning|"
                      r"\s+will\s+be)\s+(?:almost\s+|nearly\s+|about\s+)?\d{1,3}\b.*$"
                      # "go Hammarby!!": a cheer
                      r"|^(?:go|come\s+on|up\s+the)\s+(?!(?:left|right|up|down|back|away|there|here|home|on|over|"
                      r"higher|lower|further|bigger|smaller|big|small)\b)[A-Za-z]+\s*!*$"
                      # "(lose the balloon,) it looks wierd next to the cake": why it goes
                      r"|^(?:it|that|this|they)(?:'s|\s+looks?|\s+seems?|\s+is|\s+was)\s+(?:(?:so|too|a\s+bit|kinda|really)\s+)?"
                      r"(?:weird|wierd|odd|strange|off|wrong|ugly|naff|silly|out\s+of\s+place)\b.*$"
                      # "Hi! I'm making a birthday card for my daughter…", "hii quick one": a lead-in beside the request
                      r"|^(?:(?:hi+|hey+|hello|heya|yo)[\s,!.]+)?(?:i'?m|i\s+am|we'?re|we\s+are|i|we)\s+(?:making|doing|make|"
                      r"working\s+on|designing|creating|putting\s+together|planning|preparing)\s+\S.*$"
                      r"|^(?:(?:hi+|hey+|hello|heya|yo)[\s,!.]*)?(?:a\s+)?quick\s+(?:one|thing|request|q|question)$"
                      # "sorry im on break", "im on my lunch", "i'm so tired": where or how the person is
                      r"|^(?:(?:sorry|sry|oops|ok|okay)[\s,]+)?(?:i'?m|im|i\s+am)\s+(?:on\s+(?:my\s+|a\s+)?(?:break|lunch|"
                      r"shift|phone)|at\s+work|(?:so\s+|very\s+|super\s+)?(?:tired|exhausted|sleepy|bored))$"
                      # "here's the one from the rehab center (link)": what a dropped link or picture shows
                      r"|^here'?s\s+(?:the|my|a|our)\s+(?:one|pic|picture|photo|image|link|ref|reference)\b.*$"
                      # "hello its grandpa again", "hi its me again": who is typing
                      r"|^(?:(?:hi+|hey+|hello|heya|yo)[\s,!.]*)?(?:it'?s|this\s+is)\s+(?:me|[a-z]+)\s+again$"
                      r"|^(?:hi+|hey+|hello|heya|yo)[\s,!.]*(?:it'?s|its|this\s+is)\s+(?:me|[a-z]+)$"
                      # "(what seed did you use?) want to save it for her": what the person will do with it
                      r"|^(?:i\s+)?(?:want|wanna|need|would\s+like|'d\s+like)\s+to\s+(?:save|download|keep|print|"
                      r"share|send|frame)\s+(?:it|this|that|them)\b.*$"
                      # "(a red fox in the snow,) she read a fox book today", "he's decided he's scared of cats"
                      r"|^(?:he|she|they|we)\s+(?:just\s+)?(?:read|saw|watched|visited|learned|learnt)\s+(?:a|an|the|about)"
                      r"\b.*$|^(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+(?:just\s+)?decided\b.*$"
                      # "(ditch the bike,) he fell off it last week lol": what happened, why it goes
                      r"|^(?:he|she|they|we|i)\s+(?:(?:just|never|really|kinda|always|once)\s+)?(?:fell|broke|lost|hates?|"
                      r"hated|crashed|dropped|didn'?t\s+like|is\s+(?:scared|afraid)\s+of|got\s+(?:scared|hurt))\b.*$"
                      r"|^(?:he|she|they)(?:'s|'re|s|re|\s+is|\s+are)\s+(?:on\s+(?:vacation|holiday|a\s+trip)|"
                      r"(?:my|our)\s+[a-z]+)\b.*$"
                      # "(lose the bear,) he say bear is for baby", "students find it too hard to draw": what they think
                      r"|^(?:(?:he|she|they|my\s+\w+|our\s+\w+|the\s+kids|kids|students|people)\s+)(?:say|says|said|"
                      r"thinks?|thought)\s+(?:that\s+)?(?:[a-z]+\s+){1,2}(?:is|are|was|were|looks?)\b.*$"
                      r"|^(?:(?:he|she|they|my\s+\w+|the\s+kids|kids|students|people)\s+)(?:finds?|found)\s+(?:it|them)\s+"
                      r"(?:too\s+|so\s+|very\s+|a\s+bit\s+)?(?:hard|difficult|scary|boring|much|busy|ugly)\b.*$"
                      # "gonna stitch it", "(…taxi,) my dad drives taxi for 30 years", "our first house so happy"
                      r"|^(?:i'?m\s+|im\s+|i\s+am\s+|we'?re\s+|i'?ll\s+|we'?ll\s+)?(?:gonna|going\s+to|will|wanna)\s+(?:stitch|"
                      r"knit|sew|embroider|crochet|print|frame|post|share|send|trace|hang|upload)\s+(?:it|this|that|them)\b.*$"
                      r"|^(?:my|our)\s+\w+\s+(?:drives|works|worked|lives|lived|owns|runs|teaches|grew\s+up)\b.*$"
                      r"|^(?:it'?s\s+|its\s+|this\s+is\s+)?(?:my|our)\s+(?:first|new|dream)\s+[a-z]+\b.*$"
                      # "it's his birthday", "she's 4": why, not what
                      r"|^(?:it'?s|its)\s+(?:his|her|my|their|our)\s+(?:birthday|bday|favou?rite(?:\s+\w+)?)$"
                      r"|^(?:he|she)(?:'s|\s+is)\s+\d+(?:\s+years?\s+old)?$"
                      # 她最喜欢紫色, 还是就她一个人吧: why, or what stays, beside the request
                      r"|^(?:她|他|我|孩子|女儿|儿子)(?:最|很|特别|超)?(?:喜欢|爱)[^，,]{1,8}$"
                      # 我家狗就爱玩球, 我家是养狗的 不养猫: the person's home, beside the request
                      r"|^(?:我|我们)家(?:的)?[^，,]{0,4}?(?:就|最|特别|很)?(?:爱|喜欢|是|养|有)[^，,]{0,8}$"
                      r"|^(?:显眼|醒目|清楚|酷|帅)(?:一)?点(?:吧|啊|嘛)?$"  # (改成黄色的) 显眼点: why it is asked
                      # (删了吧) 鲨鱼还是有点凶啊, 太丑了: why, said of it (not 太大了: a size asked for)
                      r"|^[\u4e00-\u9fff]{0,4}?(?:还是)?(?:有点|太|好|真的?|实在)(?:凶|丑|吓人|可怕|奇怪|怪|乱|挤|俗|土|难看)"
                      r"(?:了)?[啊呀吧哦]*$"
                      # (把步数调到1000) 图有点糊: why a setting is asked for
                      r"|^(?:图|画面|图片|照片)?(?:有点|太|好|很)?(?:糊|模糊|虚)(?:了)?[啊呀吧哦]*$"
                      # (苹果改小一点) 跟梨差不多大: how much, said by what it should be like
                      r"|^(?:跟|和|与|像)[\u4e00-\u9fff]{1,4}?(?:差不多|一样|一般)(?:大|小|高|矮|长|短)?(?:就行|就好|吧)?$"
                      r"|^(?:也)?不养[^，,]{1,4}$|^(?:我)?看不(?:清|清楚|见)(?:了|啊|呀)?$"
                      r"|^(?:还是)?就(?:她|他|它)(?:一个人?|自己)(?:吧|了|啦)?$"
                      # "sry kid grabbed my phone", "oops my cat walked on the keyboard": what happened, told in passing
                      r"|^(?:(?:sry|sorry|oops|ugh|lol|haha)\s+)*(?:(?:my|the|our)\s+)?(?:kid|kids|son|daughter|baby|"
                      r"toddler|cat|dog|phone|husband|wife|brother|sister|friend|i|we|he|she)\s+(?:just\s+)?"
                      r"(?!(?:wanted|needed|preferred|asked|intended)\b)"  # "i wanted it to be a triangle": asked
                      r"(?:[a-z]+ed|took|stole|hit|sat\s+on)\s+(?:my|the|it|on|with|over)\b[^0-9]*$"
                      # "I am afraid I told you wrongly", "my mistake": an apology beside the correction
                      r"|^(?:oh\s+dear[\s,]+)?(?:i(?:'m|\s+am)\s+afraid\s+)?i\s+(?:told\s+you|said\s+(?:it|that))\s+wrong(?:ly)?"
                      r"|^(?:my\s+(?:mistake|apologies|bad)|(?:i'?m\s+)?sorry\s+about\s+that)$"
                      # 不好意思，我说错了: an apology beside the correction, in Chinese
                      r"|^(?:不好意思|对不起|抱歉|sorry)(?:啊|哈|呀|了)?$|^我(?:刚才|刚刚)?(?:说|打|写|讲)错了(?:啊|哈|呀)?$"
                      r"|^(?:(?:(?:so\s+)?sorry\s+)?(?:to\s+be\s+a\s+(?:bother|pain|nuisance)|for\s+the\s+(?:trouble|bother|fuss))|"
                      r"if\s+it'?s\s+no\s+trouble)$"
                      # "*dog lol obviously", "lol autocorrect turned cat into car": a slip owned up to, already read
                      r"|^\*\s*[a-z]+(?:\s+(?:lol|haha|sorry|oops|obviously|i\s+meant?))*$"
                      r"|^(?:lol\s+|ugh\s+|stupid\s+)*(?:my\s+)?(?:auto-?correct|autocorrect|phone|keyboard)\s+"
                      r"(?:turned|changed|did|made|keeps|strikes)\b.*$|^(?:thx|thanks|ty)\s+for\s+getting\s+it\b.*$"
                      # "will share w/ team", "ok done": what the person does next, not a request
                      r"|^(?:i'?ll|i\s+will|will|gonna|i'?m\s+(?:gonna|going\s+to)|im\s+gonna)\s+(?:share|send|show|post|"
                      r"use|print)\b.*$"
                      # 下周毕业了, 明天是我生日: what is coming up for the person, said as the reason
                      r"|^(?![^，,。]*(?:晚|夜|早上|清晨|雪|雨|白天|黄昏|傍晚|天黑|日落|日出|黎明|中午|见|[一两二三四五六七八九十\d]"
                      r"[个只条棵朵辆头张块颗位]))(?:我|俺|他|她|我们)?(?:下周|下个月|下礼拜|明天|后天|今天|今年|马上|快要)(?:就|要|是)?"
                      r"(?:我的?)?[^，,。画加改换删把放移挪弄涂]{1,8}(?:了|啦)?$"
                      # 我要发朋友圈, 拿去发给我妈看: where the picture goes next
                      r"|^(?:(?:哈+|lol|haha+|so\s+cute|cute|nice|wow|omg|好可爱|太可爱了)[\s!~]*)*"
                      r"(?:我|俺)?(?:要|得|准备|想|打算|等下|等会儿?)?(?:拿去|拿来)?(?:发(?![光亮芽型卡])|分享|转发|打印)"
                      r"(?:到|给|去)?(?:朋友圈|微博|小红书|抖音|群里|ins|[我他她]?的?(?:妈|爸|朋友|老公|老婆|男朋友|女朋友|同事|"
                      r"老师|家人|同学))[^，,。]{0,6}$"
                      # "Same scene but seed=43, I want to compare the variance between runs": why, beside a setting
                      r"|^i\s+(?:want|wanna|need|would\s+like|'d\s+like)\s+to\s+(?:compare|test|check|experiment|"
                      r"understand|figure\s+out|benchmark|measure)\b.*$"
                      # "My grandson would like it for his bedroom wall", "I shall ask my daughter to help me with that"
                      r"|^(?:my|our)\s+\w+\s+(?:would|will)\s+(?:like|love)\s+(?:it|this|that)\b.*$"
                      r"|^i\s+(?:shall|will|'ll)\s+ask\s+(?:my|our)\s+\w+\b.*$"
                      # "the dog is actually my cat Lola haha": who it is to the person, beside the change
                      r"|^(?:and\s+)?(?:the\s+|this\s+|that\s+)?[a-z]+\s+is\s+actually\s+(?:my|our)\s+\S.*$"
                      # "(lose the seagull,) it looks like its pooping on my tram lol": why, what it seems to do
                      r"|^(?:it|he|she|they)\s+(?:looks?|seems?)\s+like\s+(?:it'?s|its|it\s+is|he'?s|she'?s|they'?re)\s+"
                      r"[a-z]+ing\b.*$"
                      # "like hes about to do five minutes at an open mic": what it is like, said of someone
                      r"|^(?:just\s+)?(?:like|as\s+if|as\s+though)\s+(?:he|she|it|they|you|we|i)(?:'?s|'?re|'?d|'?ll|'?m|"
                      r"\s+(?:is|are|was|were|had|has|just|could|would|will|might))?\s+\S.*$"
                      # "sister agnes says the chapel in her village is painted blue", 老师说要多练英语: what someone
                      # said, with nothing asked of the picture in it (not "she says make it pink")
                      r"|^(?:(?:my|our|his|her)\s+\w+|sister\s+\w+|brother\s+\w+|[A-Z]\w+)\s+"
                      r"(?:says|say|said|thinks|told\s+me)"
                      r"\s+(?:that\s+)?(?!.*\b(?:make|draw|add|turn|put|give|remove|change|move|paint|colou?r|should|"
                      r"needs?\s+to|has\s+to|must)\b)\S.*$"
                      r"|^(?:我的?|我们|俺|俺们|俺的)?(?:老师|妈妈|妈|爸爸|爸|爹|娘|阿妈|阿爸|老爸|老妈|老板|朋友|同事|老婆|老公|客户|奶奶|"
                      r"爷爷|孙女|孙子|"
                      r"女儿|儿子)(?:说"
                      r"(?![^，,。]*(?:画|改|加|去掉|删|换|变|放|挪|移|弄|涂))[^，,。]+$"
                      # 我孙子刚教我的: who showed the person the app
                      r"|(?:刚|才|刚刚|昨天|今天)?(?:教|告诉|介绍|推荐)(?:了|给)?我(?:的|了|用(?:的)?)?(?:呀|啊|呢)?$)"
                      r"|^(?:isn'?t\s+(?:that|it)\s+(?:funny|cute|cool|crazy|weird|sweet|neat)"
                      r"|how\s+(?:funny|cute|sweet)|funny\s+(?:right|huh)|imagine\s+that)$"
                      # "有种忧郁的感觉", "很有秋天的味道": what the picture has, said of it
                      r"|^(?:(?:很|挺|真)有|有种|有一种)[^，,。]{1,10}?(?:的)?(?:感觉|氛围|味道|意境)(?:了|啊|呀|哦)?$"
                      # "guests keep tripping over it", "the kids always fight over it": why, said of other people
                      r"|^(?:the\s+|my\s+|our\s+)?(?:guests|people|customers|clients|kids|children|visitors|everyone|"
                      r"everybody|folks)\s+(?:keep|always|never|don'?t|do|are|were|will|would|might|love|hate)\b.*$"
                      r"|^(?:nobody|no\s+one|noone)\s+(?:ever\s+|really\s+)?[a-z]+s\b.*$"  # "nobody waters them anyway"
                      r"|^(?:(?:sorry|sry|soz)[\s,]+)?(?:i'?m|im|i\s+am|for\s+being)\s+(?:so\s+|being\s+|a\s+bit\s+|such\s+a\s+)?"
                      r"(?:picky|fussy|annoying|a\s+pain|difficult|demanding|indecisive|slow)\b.*$"  # "sorry im picky"
                      # "(lose the car,) it rather spoils the view", "its clutterng the comp", "doesnt live there
                      # anyway": why it goes, said of it
                      r"|^(?:(?:it|he|she|they|that)(?:'s|s|\s+is|\s+are|'re)?\s+)?(?:rather\s+|really\s+|kinda\s+|"
                      r"just\s+|kind\s+of\s+|a\s+bit\s+)?(?:spoils?|spoiling|ruins?|ruining|clutter(?:s|ing|ng)|"
                      r"blocks|blocking|hides|hiding|distracts|distracting|messes|messing|covers|covering)\b.*$"
                      r"|^(?:it|he|she|they)?\s*(?:doesn'?t|doesnt|does\s+not|don'?t|dont|do\s+not)\s+(?:really\s+)?"
                      r"(?:live|belong|fit|go|grow)\s+(?:there|here|in\s+\S+)\b.*$"
                      # "Back in '81 we would have killed for this", "did you know reindeer…": a memory, a fact
                      r"|^(?:back\s+in|in\s+my\s+day|when\s+i\s+was\s+(?:a|young|little))\b.*$|^did\s+(?:you|u|ya)\s+know\b.*$"
                      # "(lose the gull,) looks like a smudge on the lens", "he looks like my lead dog Juniper now"
                      r"|^(?:(?:hah|haha|lol)\s+)?(?:it|he|she|they|that|this)?\s*(?:looks?|seems?)\s+like\s+(?:a|an|my|our)\s+\S.*$"
                      # "(booties black pls,) blue looks weird on snow": why, said of the colour it had
                      r"|^(?:the\s+)?[a-z]+\s+(?:looks?|is|seems?)\s+(?:so\s+|kinda\s+|a\s+bit\s+|really\s+)?(?:weird|odd|off|"
                      r"wrong|strange|ugly|bad)\b.*$"
                      # 其他不动, 别的都不变: what stays, said after the change
                      r"|^(?:其他|其它|别的|其余)(?:的)?(?:都)?(?:不动|不变|不用动|不要动|保持不变|别动|照旧)(?:了|吧)?$"
                      # 狗狗不用变: it stays (种子不变 is the panel's seed lock)
                      r"|^(?!种子|步数|随机|引导|分辨率|尺寸|画质)[\u4e00-\u9fff]{1,4}?(?:不用|不要)(?:变|动|改)(?:了|吧|哦)?$"
                      # "(put an old man at the bus stop,) that's me ha": who it is to the person
                      r"|^(?:that'?s|thats|that\s+is|it'?s|its)\s+(?:me|us|him|her|my\s+\w+)(?:\s+(?:ha+|haha+|lol|lmao))*$"
                      # "… jk ur a bot lol": what was said, taken back
                      r"|^(?:jk|j/k|just\s+kidding|kidding)(?:\s+(?:lol|haha|ur|you'?re|your|u\s+r|you\s+are|i\s+know|ik)\b.*)?"
                      r"[.!\s]*$"
                      # "(take the bandana off him,) working dogs dont wear that stuff": how things are, as the reason
                      r"|^(?:real|working|most|all|proper)\s+[a-z]+s\s+(?:dont|don'?t|do\s+not|never|always|usually|"
                      r"rarely)\s+(?:wear|have|use|eat|need|do)\b.*$"
                      r"|^(?:they|he|she)\s+(?:always|never)\s+[a-z]+\b.*$"  # "they always poop on my windows"
                      # 它会偷喝我的 coconut water: what it would do, as a reason
                      r"|^(?:它|他|她|它们|他们)(?:会|老是|总是|总|老|经常|每天|成日|整天|天天)"
                      r"(?![^，,。]*(?:把|改|换|加|画|去掉|删|变|放|移|挪))[^，,。]{2,24}$"
                      # 下雨了我要上山捡菌子了: where the person is off to
                      r"|^(?:[^，,。]{1,4}了)?(?:我|俺)(?:要|得|该|准备)(?:去|上|回|出|下)"
                      r"(?![^，,。]*(?:掉|画|加|改|换|删|把|放|移|挪|面|边))[^，,。]{0,10}(?:了|啦|咯)$"
                      # "the other two got adopted", "the others are checked out already": why there are fewer
                      r"|^(?:the\s+)?(?:others|rest|other\s+(?:one|ones|two|three|four|\w+s))\s+(?:got|went|were|"
                      r"ha(?:ve|s)\s+been|are\s+(?:already|all|gone|sold|taken|checked|booked)|"
                      r"(?:swam|flew|ran|walked|wandered|hopped)\s+(?:away|off))\b.*$"
                      r"|^(?:that|this|it)\s+(?:is|'s)\s+(?:plenty|enough)$|^one\s+is\s+(?:plenty|enough)$"
                      r"|^never\s+do\s+that\b.*$"  # "…, never do that irl": beside the request
                      # "my granny had a chair just like that", "I presided for 31 years in a courtroom …": the
                      # person's own past, told beside the picture (not "I wanted it blue", "I said two")
                      r"|^(?:my|our)\s+(?:[a-z]+\s+){1,3}?(?:had|was|were|used\s+to|got|did)\s+\S.*$"
                      # "my real board is all scratched up": the person's own thing, not the one drawn
                      r"|^(?:my|our)\s+(?:real|own|actual|irl)\s+[a-z]+\s+(?:is|are|'s)\s+\S.*$"
                      r"|^(?:让)?(?:他|她|它)?的?手(?:上|里)?(?:就)?空着(?:吧|就行|就好)?$"  # 锤子不要了，让他手上空着
                      r"|^(?:sorry\s+)?(?:(?:my|our)\s+english\s+(?:is|isn'?t|not)|(?:for\s+)?my\s+(?:bad|poor|"
                      r"broken)\s+"
                      r"english)\b.*$"  # "sorry my english is from work not school"
                      r"|^(?:哈+\s*)?just\s+(?:asking|curious|wondering|kidding|saying)$"  # "…吗? 哈哈 just asking"
                      # "更像我店里那只", "我自己的马是 black 的", "不过这匹也挺好": the person's own, and praise
                      r"|^(?:更|很|挺|好|真)?像我(?:家|店|们家)?里?的?那(?:只|个|条|匹|头)$"
                      # 我要的是三角形, 我要圆形的不是三角形: a correction
                      r"|^(?:我|我们)(?!(?:想|本来)?(?:要|画)的(?:是|就是))(?!(?:想|本来)?要[^，,]*不是)"
                      r"(?:自己|那|[^，,]{1,4}?的)?家?的?[^，,]{1,8}是[^，,]{1,12}$"
                      r"|^(?:赶明儿|明天|改天|下次|回头|以后)再(?!来)[^，,]{1,16}$|^(?:今儿|今天)?先不用(?:了|哈|啦)?$"
                      r"|^(?:不过|但是)?这(?:匹|只|个|张|幅|头|条)?也?(?:挺|很|还)?(?:好|不错|可以)的?$"
                      # "hes on a diet", "he just got neutered poor thing": about the one drawn, nothing asked
                      r"|^(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?!(?:on|in|at|to)\s+the\s+(?:left|right|top|"
                      r"bottom|middle|"
                      r"center|centre))(?:on\s+a|so|very|just|always|getting|going)\b.*$"
                      r"|^(?:he|she|they)\s+(?:just\s+)?(?:got|had|has\s+been|was|were)\s+\S.*$"
                      # "…, it is more chic": why
                      r"|^(?:it|that|this)(?:'s|\s+is|\s+looks)\s+(?:much\s+|way\s+|so\s+much\s+)?more\s+[a-z]+$"
                      # "…, i want to add more later": what comes next, not now
                      r"|^(?:i|we)\s+(?:want|wanna|will|'ll|might|may)\s+(?:to\s+)?add\s+(?:more|some\s+more|stuff|"
                      r"things)"
                      r"(?:\s+\w+)?\s+later$"
                      # "…, red is the other guards colour"
                      r"|^(?:[a-z]+\s+)?(?:is|are)\s+(?:the\s+)?other\s+\w+(?:'s|s'?)?\s+colou?r$"
                      # "my kitchen curtains also yellow like this flower", "my assistant always wears a red dress on
                      # stage", "she'd love this one", "she is in Cebu now, i miss her", "I sew them myself years ago"
                      r"|^(?:my|our)\s+(?:[a-z]+\s+){1,3}?(?:also|too|always|usually|often|never)\s+\S.*$"
                      r"|^(?:he|she|they)(?:'d|\s+would)\s+love\s+(?:it|this|that)\b.*$"
                      r"|^(?:he|she|they)\s+(?:is|are|'s|'re)\s+in\s+[A-Z]\w+.*$|^i\s+miss\s+(?:her|him|them|you)\b.*$"
                      r"|^(?:i|we)\s+\S.*\b(?:years?|months?|weeks?|days?)\s+ago$"
                      # "…, we need it for act 2", "blue is not how it looks on the old stamps": why
                      r"|^(?:we|i)\s+need\s+(?:it|this|that|them)\s+for\b.*$"
                      r"|^[a-z]+\s+(?:is|are)\s+not\s+how\s+(?:it|they)\s+(?:looks?|look)\b.*$"
                      r"|^god\s+(?:rest|bless)\s+(?:her|him|them|his|their)(?:\s+soul)?$|^rip$"
                      # "man that gold is smooth like a coltrane solo": what it is like, said of the picture
                      r"|^(?:(?:man|dude|bro|wow|oh|ooh)[\s,!]+)?(?:that|this|the)\s+[a-z]+\s+(?:is|looks|sounds|"
                      r"feels)\s+"
                      r"(?:so\s+|really\s+|super\s+)?[a-z]+\s+(?:like|as)\s+\S.*$"
                      r"|^i\s+(?!(?:wanted|meant|said|asked|needed|told|preferred|liked|asked|changed|made|drew)\b)"
                      r"(?:[a-z]+ed|had|was|used\s+to|grew\s+up|spent|taught|ran|drove|sold|built)\s+(?:for|in|at|"
                      r"on|as|"
                      r"with|up|to|a|an|the|my|our|\d+)\b.*$"
                      # "kindly do the needful", "please confirm": how the request is put, nothing to draw
                      r"|^(?:kindly\s+|please\s+|pls\s+)?(?:do\s+the\s+needful|confirm|advise|revert)(?:\s+please)?$"
                      # "black swans are cooler": why, said beside the change
                      r"|^(?:[a-z]+\s+)?[a-z]+s\s+are\s+(?:so\s+|way\s+|much\s+)?(?:cooler|better|nicer|prettier|cuter)$",
                      _I)


# "画个什么呢", "what should i draw": thinking aloud before the request, beside it.
_MUSING = re.compile(r"^(?:(?:我|我们)?(?:要|想)?(?:画|画点|画个|来个|来点)?(?:什么|啥)(?:好|呢|吧|啊|嘞)*"
                     r"|what\s+(?:should|shall|do|could|can)\s+(?:i|we|you)\s+(?:draw|make|do)(?:\s+\w+)?"
                     # "smth cute pls, like a hamster": the kind of thing, before the thing itself
                     r"|(?:draw\s+)?(?:smth|sth|something|anything|some\s+thing)(?:\s+(?:really\s+|very\s+|super\s+)?"
                     r"[a-z]+)?)$", _I)


# "hi! first time here lol", "just trying this out", "第一次用", "试试看": the person trying the app, said before the
# request; nothing to draw.
_TRYING = re.compile(r"^(?:(?:hi|hey|hello|ok|so)[\s,!.]+)?(?:(?:this\s+is\s+|it'?s\s+)?(?:my\s+)?first\s+time"
                     r"(?:\s+(?:here|ever|using\s+(?:this|it)|trying\s+(?:this|it)(?:\s+out)?|on\s+here|doing\s+this))?"
                     r"|(?:i'?m\s+|am\s+)?(?:just\s+)?(?:trying|testing)\s+(?:this|it|things)(?:\s+(?:app|thing|tool))?"
                     r"(?:\s+out)?|(?:i'?m\s+)?new\s+(?:here|to\s+this)|never\s+(?:used|tried)\s+(?:this|one\s+of\s+these)"
                     r"(?:\s+before)?|let'?s\s+see\s+(?:what|how|if)\s+(?:this|it)\s+\w+(?:\s+\w+)?)"
                     r"(?:\s+(?:lol+|haha+|lmao|tbh))*"
                     r"|^(?:你好|您好|嗨|哈喽)?[\s,，!！]*(?:我)?(?:是)?(?:第一次(?:用|来|玩|试)?|新手|刚来|试试(?:看)?|试一下|"
                     r"测试一下)(?:这个)?(?:啊|呀|哈|哦|嘛)?$", _I)


# "(啤酒换成汽水，)她上班时间端酒不合适哈哈": why, laughed off, nothing asked in it (not 猫太胖了哈哈, a complaint)
_LAUGHED_OFF = re.compile(r"^(?![^，,。]*(?:把|改|换|加|画|去掉|删|变|放|挪|移|弄|涂|要|让|给|再|一点|太))"
                          r"[\u4e00-\u9fff]{4,20}(?:哈哈+|嘿嘿+|呵呵+)$"
                          # "(fewer sheep,) it's a small flock lol": what it is, laughed off (not "it's too big lol")
                          r"|^(?:it'?s|its|it\s+is|that'?s|thats)\s+(?!(?:too|so|way|kinda|a\s+bit|not)\b)"
                          r"[a-z' ]{3,40}?\s+(?:lol|haha+|lmao)$", re.IGNORECASE)


def laughed_off(clause: str) -> bool:
    return bool(_LAUGHED_OFF.match(clause.strip()))


def is_chatter(body: str) -> bool:
    body = body.strip()
    return bool(_CHATTER.match(body) or _MUSING.match(body) or _TRYING.fullmatch(body) or PRAISE.fullmatch(body))
