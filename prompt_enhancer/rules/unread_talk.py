"""A clause no rule read that is talk, not a request: a question about the picture ("omg so cute what did u draw
exactly?", "这是什么季节呀"), a remark on it ("looks more balanced now", "它们看起来好可爱", "你画得真快",
"伞的颜色好看"), or keys mashed ("asdkjh qwe"). Kept as a note it went into the prompt and changed the picture;
answered, the picture stays. What asks for something ("猫要可爱", "steampunk vibes", "cozy atmosphere") is not
talk here and stays a note.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.spelling import is_known_word

_I = re.IGNORECASE

# A question asked in the middle of talk: a question word and what asks with it ("what did u draw", "which one is
# it", "how does it", "what kind of dog is that").
_ASKED_EN = re.compile(r"\b(?:what|which|why|how|who|where|when)\s+"
                       r"(?:[a-z]+\s+(?=(?:did|do|does|are|were)\s+(?:you|u)\b))?"  # "what guidance are you using"
                       r"(?:did|do|does|is|are|was|were|'s|kind|type|sort|"
                       r"breed|colou?r|season|time|made|happened)\b", _I)
# 什么 / 哪 / 谁 / 怎么 ... with the particle that ends a question ("这是什么季节呀", "画的是哪里啊").
_ASKED_ZH = re.compile(r"(?:什么|啥|怎么|为什么|为啥|哪|谁|多少|多大|多久|几[个只种]|干嘛)"
                       r".{0,8}?(?:呀|啊|呢|吗|嘛|哇)?[?？]?$|(?:吗|呢|嘛)[?？]?$|^有没有.{1,24}$")
# A remark on how it looks ("looks more balanced now", "it looks way better", "seems a bit off to me").
_REMARK_EN = re.compile(r"^(?:(?:wow|omg|aw+|yay)\s+)?(?:(?:(?:it|that|this|they|he|she|everything|the\s+\w+)"
                        r"(?:'s|'re|\s+is|\s+are)?\s+)?(?:looks?|seems?|feels?)\s+(?:(?:a\s+lot|a\s+bit|much|way|so|"
                        r"really|more|less|even|kinda|pretty|very|super)\s+)*[a-z]+"
                        # "she loves it", "my son likes it", "nice one"
                        r"|(?:she|he|they|we|my\s+\w+|the\s+kids?)\s+(?:really\s+)?(?:loves?|likes?|adores?)\s+"
                        r"(?:it|this|that|them)|nice\s+one)(?:\s+(?:now|already|to\s+me|lol|haha|tbh|so\s+much))*$"
                        # "It reminds me of my mother's garden", "that is much better", "that will print nicely",
                        # "that's the mood i was after", "That looks just like my late brother": said of it
                        r"|^(?:(?:it|that|this)(?:'s|’s|\s+is|\s+was|'ll|\s+will|\s+would)?)\s+(?:(?:just|so|much|way|"
                        r"really|a\s+lot|exactly)\s+)*(?:reminds?\s+me|looks?\s+(?:just\s+|exactly\s+)?like|better|"
                        r"perfect|lovely|wonderful|great|fine|print|work|do\s+nicely|the\s+(?:mood|look|vibe|feel|feeling|"
                        # "— it's the statement piece", "it's the focal point": why, beside the change
                        r"one|statement|focal|centerpiece|centrepiece|main\s+(?:piece|thing)|hero)\b|what\s+i\b)"
                        # "mine is purple!!", "my favourite colour is blue": about the person, not the picture
                        r"|^(?:mine|my\s+(?:favou?rite|fave|fav)(?:\s+[a-z]+)?)\s+(?:is|are|'s)\b.*$", _I)
# "lose the dog, my customer scared of dogs one", "my mom is allergic": why, of someone in the person's life
_WHY_EN = re.compile(r"^(?:(?:cuz|coz|because|since|bc|as)\s+)?(?:my|our)\s+(?:[a-z]+\s+)?(?:kids?|son|daughter|mom|"
                     r"mum|mother|dad|father|wife|husband|boyfriend|girlfriend|partner|friends?|sister|brother|"
                     r"customers?|clients?|boss|teacher|students?|baby|grandma|grandpa|nephew|niece|family)\s+"
                     r"(?:(?:is|are|'s|was|were|gets?|got)\s+)?(?:(?:so|very|really|super|kinda|a\s+bit)\s+)?"
                     r"(?:scared|afraid|allergic|terrified|not\s+a\s+fan|hates?|doesn'?t\s+like|don'?t\s+like|"
                     r"can'?t\s+stand)\b.*$"
                     # "set the steps to 50, last one looked kinda rough": why, of the picture before
                     r"|^(?:the\s+)?(?:last|previous|first|other)\s+(?:one|pic|picture|image|try|version|render)\s+"
                     r"(?:looked|was|came\s+out|looks|seemed)\b.*$"
                     # "get rid of the dog, it's scarin the wean": why, of what it does to someone
                     r"|^(?:it'?s|its|it\s+is|he'?s|she'?s)\s+(?:scar(?:ing|in)|frightening|upsetting|annoying|"
                     r"bothering|creeping\s+out)\b.*$"
                     # "lose the dog, it is too much for the cover i think": why, said of how full it is
                     r"|^(?:it'?s|its|it\s+is|that'?s|that\s+is)\s+(?:a\s+bit\s+|way\s+|just\s+)?too\s+(?:much|busy|"
                     r"crowded|cluttered|full)\b.*$", _I)
# 看起来 / 画得 / the thing's colour, then a word of praise ("它们看起来好可爱哈哈", "你画得真快", "伞的颜色好看").
_REMARK_ZH = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:真|好|很|挺|太|超级?|特别|蛮|非常|这么)?"
                        r"(?:可爱|好看|漂亮|快|棒|美|酷|帅|萌|逼真|有趣|有意思|温馨|舒服|治愈|生动|精致|传神)"
                        r"(?:了|啊|呀|啦|哦|呢|的|哈+|嘿+|~|～)*$")
# Words that ask for something: then it is a request no rule read, not a remark ("猫要可爱", "画得可爱一点").
_ASKS_FOR = re.compile(r"要|想|请|帮|给|把|让|改|换|加|再|画[一个只]|变|弄|一点|一些|些$|点$|应该|得更")
# Something is wrong, not said what: "这个 vibe 不太对 fix 一下", "就是那个感觉你懂吧", "not quite it, you know what i
# mean": asked what should change (as a note it was written into the prompt and changed nothing that was meant).
_VAGUELY_WRONG = re.compile(r"不太对|不大对|不对劲|怪怪的|差点意思|差了点(?:什么|意思)?|说不上来|"
                            r"你懂(?:的|吧|我意思|我的意思)|那个感觉|那种感觉|"
                            r"\bnot\s+quite\s+(?:right|it)\b|\bsomething(?:'?s|\s+is)\s+off\b|"
                            r"\byou\s+know\s+what\s+i\s+mean\b|\bnot\s+what\s+i\s+(?:wanted|meant|had\s+in\s+mind)\b",
                            _I)
# "I'm not entirely sure about it": doubt about the picture, no change named (before "not" reads as a correction)
_NOT_SURE = re.compile(r"(?:(?:hmm+|um+|uh+|erm+)[\s,.]*)?(?:(?:i'?m|i\s+am)\s+)?not\s+(?:(?:entirely|totally|really|"
                       r"so|too|quite)\s+)?sure(?:\s+about\s+(?:it|this|that|the\s+\w+))?(?:\s+(?:yet|tbh|lol))?", _I)


# Better, said of nothing and not how ("能不能更 nice 一点", "can it be nicer"): asked what to change
_VAGUE_WISH = re.compile(r"^(?:能不能|可不可以|可以|能否|请|麻烦|(?:can|could)\s+(?:you|u|it)(?:\s+(?:be|make\s+it))?|"
                         r"make\s+it)?\s*(?:更|再|稍微|more|a\s+bit|a\s+little|even)?\s*"
                         r"(?:nice|nicer|better|prettier|cooler|cute|cuter|good|vibey|fun|funnier|aesthetic|fancier|"
                         r"高级|好看|漂亮|可爱|酷|有感觉|精致)\s*(?:一点|一些|点|些|a\s+bit|a\s+little|more|please|pls|吧|呢)*$",
                         _I)
# A change asked for without saying which ("spice it up", "change something", "more pop", "改改", "帮我优化一下"):
# asked what should change before any rule reads "up", "something" or 改 as a value, never noted
VAGUE_REQUEST = re.compile(
    r"(?:(?:just|maybe)\s+)?(?:change|switch|mix|shake|spice|jazz|liven|pep|punch|glam|fancy|dress|zhuzh|zhoosh|"
    r"beef|juice)\s+(?:it|this|that|things|stuff|(?:the\s+)?(?:picture|image|pic|whole\s+thing))\s+up"
    r"(?:\s+(?:a\s+bit|a\s+little|some|a\s+tad|more))*"
    r"|(?:(?:perhaps|maybe|how\s+about|or)\s+)?(?:change|try|do|add)?\s*something(?:\s+(?:else|different|new|more))"
    r"|(?:change|try|do|add)\s+something"
    r"|(?:make|add|draw|put)\s+(?:some\s+)?more(?:\s+(?:stuff|things))?"  # "please make more": more of what?
    # "这个 layout 帮我 fix 一下": that thing fixed, not said how
    r"|(?:这个|那个)\s*[A-Za-z]+\s*(?:帮我|给我)?\s*(?:fix|改|调|弄|优化|修)\s*(?:一下|下)?(?:吧|呗)?"
    # "make it a colour that doesn't exist": no colour to draw
    r"|(?:make|turn|paint|colou?r)\s+(?:it|him|her|them|the\s+\w+)\s+(?:in\s+)?(?:a\s+|an\s+|some\s+)?(?:colou?r\s+"
    r"(?:that|which)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+exist|(?:new|nonexistent|non-existent|impossible|"
    r"invisible|unknown|made[\s-]up)\s+colou?r)"
    r"|(?:change|fix|improve|tweak|edit|alter)\s+(?:it|this|that|(?:the\s+)?(?:picture|image|pic))\s+(?:somehow|some\s+how|"
    r"in\s+some\s+way|some\s+way)"
    r"|(?:a\s+(?:bit|little|tad)\s+|some\s+|way\s+)?more\s+(?:pop|oomph|pizzazz|wow|life|energy|spark|flair|"
    r"character|personality|punch|zing|impact)"
    r"|(?:it\s+)?needs\s+(?:a\s+little\s+)?(?:something|more|work)(?:\s+(?:more|else|extra))?"
    r"|something(?:'?s|\s+is)\s+(?:missing|lacking)|(?:it'?s\s+|its\s+)?missing\s+something"
    r"|(?:帮我|给我|你|再|稍微|随便)?(?P<v>改|换|调|弄|修)(?P=v)(?:吧|呗|呢|看|看看|一下)?"
    # "改一下那个 thing", "帮我改一下这个": a change asked of something named only as "that thing"
    r"|(?:帮我|给我|你|再|稍微)*(?:改|换|调|弄|修)(?:一下|下)(?:那个|这个)?\s*(?:thing|东西|玩意儿?)?(?:吧|呗|嘛)?"
    # "那个change一下呗", "这个改一下吧": that one, changed, with nothing said of how
    r"|(?:那个|这个|它|把它|把这个|把那个)\s*(?:改|换|调|弄|变|change)\s*(?:一下|下)(?:吧|呗|啊)?"
    # "把那個 thing 換成別的": something else, not said what
    r"|(?:把)?(?:那个|这个|它)\s*(?:thing|东西)?\s*(?:换成|改成|变成)(?:别的|其他的?|另外的?)(?:东西)?(?:吧|呗)?"
    # "改成那个颜色", "make it that colour": which colour is not said
    r"|(?:把它)?(?:改成|换成|变成|涂成)(?:那个|这个|那种|这种)颜色(?:吧|呗)?|(?:make|turn)\s+it\s+that\s+colou?r"
    r"|(?:帮我|给我|你|再|稍微)?(?:优化|完善|美化|润色|改进|提升|升级)(?:一下|下)?(?:吧|呗)?", _I)
# A new background asked for without saying which ("change the background", "换个背景", "背景换一下"): asked,
# never read as a background called 下 or a thing called 背景
BACKGROUND_UNSAID = re.compile(
    r"(?:change|switch|swap|replace|update|redo|try|use|pick|give\s+(?:it|me|us))\s+(?:the\s+|its\s+|a\s+|another\s+|"
    r"a\s+different\s+|a\s+new\s+|some\s+other\s+)?(?:background|bg|backdrop)(?:\s+(?:colou?r|please|pls|too|instead))*"
    r"|(?:a\s+)?(?:different|new|another|other)\s+(?:background|bg|backdrop)(?:\s+(?:please|pls|instead))*"
    r"|(?:把|将)?(?:换|改|变|调)(?:个|一个|一下|下)?(?:别的|其他的?|另一个|新的?)?背景(?:颜色|色)?(?:吧|呗|啊|呀|嘛)?"
    r"|(?:把|将)?背景(?:颜色|色)?(?:换|改|变|调)(?:一下|个|掉|下)?(?:吧|呗|啊|呀|嘛)?", _I)
# Praise of the picture as it is now, with a word a rule would read as a look ("thanks that looks epic", "it looks
# so cinematic now"): answered, not drawn ("make it look epic" asks for it)
PRAISED = re.compile(r"(?:(?:thanks?(?:\s+you)?|thx|ty|wow+|omg|oh+|ok(?:ay)?|yes+|yay)[\s,!.]+)*"
                     r"(?:that|it|this|everything|the\s+(?:picture|image|pic))(?:'s|’s|\s+is)?\s+(?:looks?|seems?|feels?)"
                     r"\s+(?:(?:so|really|very|super|pretty|kinda|quite|truly|just)\s+)?(?:epic|amazing|awesome|great|"
                     r"cool|cinematic|dramatic|beautiful|gorgeous|stunning|perfect|nice|lovely|cute|fantastic|incredible|"
                     r"moody|magical|dreamy|sick|fire|legit|good|fab|brilliant|wonderful|rad|dope|sweet|pretty|atmospheric)"
                     r"(?:\s+(?:now|already|lol|haha|tbh|thanks|thx|ty))*"
                     # "great thanks, that works for the flyer", "that'll do": it serves, as it is
                     r"|(?:(?:great|perfect|ok(?:ay)?|cool|nice|thanks?|thx|ty)[\s,!.]+)*(?:that|this|it)(?:'ll|\s+will)?"
                     r"\s+(?:works?|do)(?:\s+(?:great|fine|perfectly|well|nicely))?(?:\s+for\s+(?:the|my|our|me|us)"
                     r"(?:\s+[a-z]+){0,3})?(?:\s+(?:thanks|thx|ty|lol|haha))*", _I)
# The app asked for ideas ("any ideas?", "thoughts?", "what would you add"): answered, never written as a note
_IDEAS_ASKED = re.compile(r"(?:so\s+|hmm+\s+|ok\s+)?(?:any\s+(?:ideas?|suggestions?|thoughts?|tips?)|"
                          r"(?:your\s+)?thoughts|ideas|suggestions?|what\s+do\s+you\s+(?:think|suggest|recommend)|what\s+would\s+you\s+"
                          r"(?:do|add|change|suggest))(?:\s+(?:lol|haha|then|guys))?", _I)
# A token mashed on the keys: a run along a row, four consonants running, or no vowel at all.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{4}", _I)


def _mashed(token: str) -> bool:
    token = token.lower()
    if len(token) < 3 or not token.isalpha() or not token.isascii():
        return False
    on_row = any(token[at:at + 3] in row for row in _ROWS for at in range(len(token) - 2))
    return on_row and (_CONSONANTS.search(token) is not None or len(token) <= 4) or not re.search(r"[aeiouy]", token)


# "那个嗯……就是那个", "um that thing": words said while looking for the word, and nothing found
_ONLY_FILLER = re.compile(r"(?:(?:那个|这个|那啥|这啥|就是|嗯+|呃+|额+|啊+|唔+|哎+|那|这|那样|这样|东西|"
                           r"um+|uh+|erm+|hmm+|that|this|the|thing|thingy|stuff|you\s+know|whatsit|whatchamacallit|"
                           r"so|well)[\s,，.。…!！?？~～]*)+", _I)


def says_nothing(body: str) -> bool:
    """Only filler words or only doubt: nothing to read, asked about alone, passed over beside a request."""
    return bool(_ONLY_FILLER.fullmatch(body) or _NOT_SURE.fullmatch(body))


def unread_talk(body: str, question_mark: bool) -> str | None:
    """The reply key ("question", "reaction", "ask_what") for a clause no rule read that only talks or only says
    something is wrong, else None
    (then it is a note)."""
    text = body.strip().rstrip("?？!！.。~～ ")
    tokens = text.split()
    if tokens and all(_mashed(token) or (token.isascii() and token.isalpha() and not is_known_word(token))
                      for token in tokens) and any(_mashed(token) for token in tokens):
        return "ask_what"  # "asdkjh qwe", "blorf zzkq wibblewob": no word the rules know, keys mashed among them
    if _VAGUELY_WRONG.search(text) or _VAGUE_WISH.match(text) or says_nothing(text):
        return "ask_what"
    if re.search(r"[\u4e00-\u9fff]", text):
        if _ASKS_FOR.search(text):
            return None
        if _ASKED_ZH.search(text) and (question_mark or re.search(r"(?:呀|啊|呢|吗|嘛|哇|谁|多大|多少|多久)$", text)):
            return "question"
        return "reaction" if _REMARK_ZH.match(text) else None
    if _ASKED_EN.search(text) or _IDEAS_ASKED.fullmatch(text):
        return "question"
    if _WHY_EN.match(text):
        return "chatter"
    return "reaction" if _REMARK_EN.match(text) else None
