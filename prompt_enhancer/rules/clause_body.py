"""A clause down to its body: what it asks, without the courtesy, hesitation and hedges around it ("please", "hmm",
"ok nvm", "i guess", "谢谢"), a degree said before its way ("a bit higher": "up a bit") and a shade said as more of
it ("a bit darker green": dark green). Only trims text: no Scene, no commands.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.clauses import COLOUR_WORD, COMMAND, SHADE_MORE
from prompt_enhancer.rules.phrase import TONE
from prompt_enhancer.rules.said_plainly import said_plainly
from prompt_enhancer.rules.setting_phrase import parse_looks
from prompt_enhancer.rules.suggestions import as_asked

_I = re.IGNORECASE

# "nvm", "forget that": what was asked before is dropped; a request may follow ("never mind the hat" names one)
DROPPED = r"(?:nvm|never\s*mind|forget\s+(?:about\s+)?(?:it|that)|scratch\s+that)"
_POLITE = re.compile(
    r"^(?:(?:no(?=\s+(?:make|turn|change|move|put|paint|colou?r|set|add|draw|give|let|just|please|pls|plz|use|"
    r"switch|swap|replace|try|remove|delete|erase|get\s+rid|take\s+(?:away|out|off)|lose|ditch|drop|"
    r"bigger|smaller|larger|higher|lower|"  # "make it bigger... no smaller": the other way
    r"the\s+[a-z]+\s+(?:looks?|seems?|is)\s|"  # "noooo the moon looks weird": a groan before the complaint
    r"(?:it'?s|its|it\s+(?:is|was|should))\s+(?:supposed|meant)\s)\b)|"  # "no its supposed to be a teapot"
    r"would you be so (?:good|kind) as to|would you mind|(?:i )?wonder(?:ed)? if you could|"
    r"i was wondering if you could|do you think you could|could i (?:trouble|ask) you to|be a dear and|"
    r"please|pls|plz|can you|could you|would you|will you|can u|could u|i want you to|"
    r"i'd like you to|yes|yeah|yep|yup|i would like you to|let's|lets|let us|actually|no wait|wait|hmm+|hm+|"
    r"m{2,}h*|e+m{2,}|mhm+|um+|uh+|eh+|oops|sorry|nah|nope|alright|now|ok|okay|kk?|then|and|but|so|also|oh+|o{2,}h+|"
    # not "just 3" (a count) nor "just right" (approval)
    r"just(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+more))(?!\s+right[.!]*$)|"
    r"ah+|aw+|well|hey|yo|maybe|perhaps|possibly|kindly|better(?=\s+(?:make|turn|change|move|put|go|use)\b)|"
    r"i think|i guess|on\s+reflection|change\s+of\s+plans?|i\s+believe|i\s+reckon|(?:you|ya|y')\s*know\s+what|"
    # "oops i mean add a banana": the request meant, said again (not "i mean a banana", what it is)
    r"i\s+mean(?:t)?(?=\s+(?:add|draw|put|remove|move|give|paint|change|turn|take|get|make|delete|erase)\b)|"
    r"i\s+feel\s+like|"
    r"over(?=\s+to\b(?!\s+the\s+(?:far\s+)?(?:left|right|top|bottom)\b))|"
    r"(?:the\s+)?same(?:\s+(?:thing|picture|again|[a-z]+))?\s+but|"
    r"i would love it if|i'd love it if|it would be (?:nice|great) if|"
    r"lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|(?:哈哈+|嘿嘿+|呵呵+)(?=\s*(?:draw|make|add|put|画|把|给|再|加))|"
    r"omg|kinda|sorta|fine|idk|i\s+dunno|dunno|whatever|sure|"
    r"lowkey|highkey|ngl|tbh|imo|bruh|aight|ight|fr|yo|bro|dude|anyway|anyways|ugh+|argh+|welp|oof|meh|btw|"
    r"by\s+the\s+way|"
    r"aiyo+h?|aiya+h?|alamak|walao|wah+|haiya+|aigo+|omo+|"  # Malaysian, Singaporean, Korean: oh dear
    # "ok nvm just make it blue", "lol ok forget that, just give it sunglasses"
    rf"{DROPPED}(?=[\s,.!]+(?!(?:the|that|this|about|my|his|her|its)\b)\S)|"
    # "顺便改成晚上", "整体改成水彩风", "另外…", "对了…": how it is added on, not what
    r"(?:改一下|改改|调一下)(?=\s*(?:make|change|turn|can|could)\b)|"  # "改一下 make it look more 好看"
    r"顺便|顺带|另外|对了|最好(?!的)|先(?=画|加|来)|改成(?=让|给[他她它])|照(?:着)?(?:这个|这)(?:风格|样子|感觉)(?:来)?|整体|整个(?=改|换|变|弄|调)|让?整(?:张|幅|个)(?:图|画面|画)(?:都|也)?|再(?=把|将|换成|改成|变成|请|麻烦)|就(?=画|加|改|换|把|用|来|放|摆|在)|"
    r"请你|请|帮我|麻烦你|麻烦|能不能|能否|可以(?![了啦吧的]?$)|你能|你可以|然后|接着|现在|好的|嗯+|哦|欸|诶|哎呀|哎|嘿|其实|那就|那个(?=别|不要|不用|画|给|把|再|帮|就)|(?:宝贝|宝宝|亲爱的|亲)(?=[，,\s]*(?:帮我|给我|帮忙|画))|(?:宝宝|孩子|女儿|儿子)(?=要[一两三个只颗])|求(?=[一两三个只张幅])|要(?=[一两三][个只颗张幅条朵])|就是(?=(?:很|特别|超级?|非常|挺|比较)?[大小]|[一两三四五][个只条棵朵辆匹座张块颗位])|那(?![个只条棵朵辆艘匹座张块颗位幅盏串束面枝扇间根支顶件副双些盆株栋杯碗瓶片罐])(?!把(?![^，,]*?(?:改成|换成|变成|涂成|弄成|移到|挪到|放到|去掉|删掉|拿掉)))|随便|算了|还是|要不|不如|"
    r"但是|但(?=要|是要|得|要是)|不过|可是|(?:我)?(?:说|打|写)错了|"
    # "好看 can you make it 水彩 style", "nice make it red": praise for the picture, then the next request
    r"(?:好看|真好看|不错|很好|很棒|真棒|太棒了|漂亮|挺好的?)(?=[\s!！~～.。]+\S|\s*[A-Za-z])|"
    r"(?:nice|cool|great|perfect|awesome|superb|excellent|brilliant|lovely|love\s+it|looks\s+(?:good|great))"
    r"(?=\s*[,!.]+\s*\S|\s+now\s+\S|\s+(?:now\s+|and\s+)?"
    r"(?:make|change|turn|add|put|can|could|draw|give|move|remove|let'?s)\b))"
    r"(?:[\s,，]+|(?<=[\u4e00-\u9fff])))+",
    _I,
)

_TONE_EDGES = re.compile(rf"^[{TONE}\s–—]+|[{TONE}\s]+$")  # "— make it blue": a dash before it

# "red i guess", "bigger idk": a hedge after the value is not part of it
_HEDGE_TAIL = re.compile(r"(?:[\s,，]+(?:i\s+guess|i\s+think|i\s+mean|tbh|to\s+be\s+honest|honestly|i\s+suppose|"
                         r"idk|maybe|perhaps|lol+|lmf?ao+|haha+|or\s+something|actually|fr|ngl|eh|rn|asap|atm|af|"
                         r"if\s+you\s+(?:don'?t|do\s+not)\s+mind|if\s+you\s+please|if\s+(?:it'?s\s+)?possible|"
                         r"if\s+it'?s\s+(?:no|not\s+too\s+much)\s+trouble|sorry\s+to\s+be\s+a\s+(?:bother|pain)|"
                         r"sorry\s+for\s+the\s+(?:trouble|bother)|if\s+you\s+would|"
                         r"obviously|of\s+course|ofc|obv|obvi|naturally|sorry|my\s+bad|my\s+mistake|oops|"
                         r"if\s+you\s+can|pls|plz|please|thanks|thx|ty|"
                         # who it is said to, after the request: "drop it down to the bottom mate", "…yeah"
                         r"mate|fam|yeah|yea|cheers|this\s+time|for\s+now|for\s+a\s+change|yaar|abeg|bro|bruh|bru|boet|dude|"
                         r"sir|ma'?am|(?<!my\s)(?<!his\s)(?<!her\s)(?<!the\s)(?<!our\s)(?<!your\s)(?<!\ba\s)"
                         r"(?:brother|abi|abla|habibi|akhi)|"
                         # Thai, Vietnamese, Malay, Indonesian particles typed in English: "on the grass ka", "red ya"
                         r"ka|kha|krub|khrub|na|nha|ạ|la|ya+h?|dong|kak|kakak|bang|deh|nih|sih|"
                         # "draw a house for me please dear", "turn it into a puppy for him": who it is for
                         r"dear|darling|dearie|sweetie|hun|hon|for\s+(?:me|us)|"
                         # "move it up to the top would you", "make it bigger so" (Irish), "senpai", "uwu"
                         r"would\s+you|will\s+you|could\s+you|so|senpai|uwu|owo|"
                         # internet laughter and praise typed after a request: "hhh", "xswl", "yyds", "nb", "哈哈"
                         r"h{3,}|x+swl|yyds|nb|he(?:he)+|hihi+|ah|lah|leh|lor|哈+|呵呵+|嘿嘿+|嘻嘻+|first|to\s+start\s+with|"
                         # "purple would be nice", "bigger is better": the value, said as a wish
                         r"would\s+(?:be|look)\s+(?:nice|great|good|better|cool|lovely|perfect|awesome|fun|cute)|"
                         r"(?:might|could)\s+(?:be|look)\s+(?:nice|good|cool|fun)|is\s+better|sounds\s+(?:good|nice)|"
                         # "drop it down to the bottom like its falling": as if, how the move looks
                         r"like\s+(?:it'?s|its|he'?s|hes|she'?s|shes|they'?re)\s+[a-z]+ing|"
                         r"like\s+(?:my|our)\s+[a-z]+(?:'s)?(?:\s+[a-z]+)?)"  # "…柴犬 like my dog": whose it is like"
                         # "…就行", "…谢谢", "…好吗", "换成 fox 好了": how it is asked, not what
                         # (never inside a thanks said alone: 谢谢啦, 多谢啦 stay whole for the chat rules)
                         r"|(?<=[\u4e00-\u9fffA-Za-z])(?<![谢感多])\s*(?:吧|呗|啊|呀)?[,，]?\s*(?:就行了?|就(?:更)?好了?|就可以了?|谢谢(?:你|啦|亲)?|"
                         r"辛苦(?:了|啦)?|"
                         r"(?<![画做弄])好了|谢啦|多谢|"
                         r"好吗|行吗|可以吗|好不好|行不行|可以不|"
                         # 换成蓝色会不会更好看: try it
                         r"会不会(?:更|比较)?(?:好看|漂亮|合适|可爱)(?:一点|一些|些|点)?)"
                         # "有点电影感那种", "复古那样的": the kind of look, said after it
                         # "换成水彩风格试试", "换成红色看看": trying it, not a thing called 试试
                         # "headset 像客服那样": what it is like, said after it
                         r"|(?<=[\u4e00-\u9fffA-Za-z])\s*(?:(?:就是|就|好)像|(?<![就好是])像)[^，,。\s]{1,8}?(?:那样|一样|似的)的?"
                         r"|(?<=[\u4e00-\u9fff])\s*(?:那种(?:的|风格)?(?!感觉)|那样(?:的|子)?|试试看?|试一下|看看|看一下)"
                         # "让它抱着一根竹子 so cute": how it will look, said in English after the Chinese request
                         r"|(?<=[\u4e00-\u9fff])\s+(?:so|super|very|v)\s+(?:cute|nice|pretty|kawaii)"
                         r"|\s+代表\s*[A-Za-z\u4e00-\u9fff]{1,12}"  # "a lightbulb 代表 idea": what it stands for
                         r"|(?<=[\u4e00-\u9fff])\s*(?:求画|求图|求求(?:了|啦)?)"  # 蓝色背景 求画: asked for, please
                         r"|\s*z{3,}|(?<=[\u4e00-\u9fff])啦"  # "在睡觉zzz": the sound of sleep; 小猫啦
                         # "make it a star instead like the ones on the album cover": what it is like, after
                         r"|(?<=instead)\s+like\s+(?:the|a|an|my|those|these)\s+[a-z\s]{1,50})+"
                         r"[\s?？!！.。~]*$", _I)


# "能给我来一幅油画吗", "可以帮我画一只猫吗", "可以把它变成红色吗": a request asked as a question; 吗 goes only after
# such an opening
# ("是圆形吗" stays a question).
_CAN_YOU_ZH = re.compile(r"^\s*(?:请问)?(?:你)?(?:能不能|可不可以|能否|能|可以)"
                         r"(?:给我|帮我|为我|(?=把|将|在[^，,]{1,6}画))"
                         r"(?P<ask>.+?)吗?[\s?？!！.。~]*$")


_DEGREE_BEFORE_WAY = re.compile(r"(?<=\w)\s+(?:a\s+(?:little\s+|tiny\s+)?bit|a\s+little|a\s+tad|slightly)"
                                r"(?=\s+(?:more\s+)?(?:to\s+the\s+)?"
                                r"(?:left|right|up|down|upwards?|downwards?|higher|lower|bigger|smaller|larger)\b)", _I)

_DEGREE_FIRST_ALONE = re.compile(r"^(?:a\s+(?:little\s+|tiny\s+)?bit|a\s+little|a\s+tad|slightly)\s+"
                                 r"(?=(?:more\s+)?(?:to\s+the\s+)?(?:left|right|up|down|higher|lower)\b)", _I)
_DEGREE_FIRST = re.compile(r"(?<=\w)\s+(?P<degree>a\s+(?:little\s+|tiny\s+)?bit|a\s+little|a\s+tad|slightly)\s+"
                           r"(?P<way>(?:more\s+)?(?:to\s+the\s+)?(?:left|right|upwards?|downwards?|up|down|higher|lower|bigger|smaller|"
                           r"larger)\b)", _I)


# "(now) over to the left", said with no verb and no thing: the thing in focus goes to that side
_OVER_TO = re.compile(r"^(?:(?P<the>the\s+|that\s+|this\s+)?"
                      r"(?P<t>(?!(?:a|an|one|two|three|some|another|add|put|draw|and)\b)[a-z]+(?:\s+[a-z]+)?)\s+)?"
                      r"over\s+to\s+the\s+"
                      r"(?=(?:far\s+)?(?:left|right|top|bottom)\b)", _I)


def _moved_over(m: re.Match[str]) -> str:
    """"the cat over to the left": move the cat there; "over to the left": move it."""
    return f"move {m.group('the') or 'the '}{m.group('t')} to the " if m.group("t") else "move it to the "
# "much bigger", "a lot smaller": how much is the model's to draw, the way is what changes; "a darker green" is
# the shade "dark green".
_MUCH = re.compile(r"(?<![\w'])(?:much|a\s+lot|lots|way|far|even|a\s+good\s+bit)\s+(?=(?:bigger|smaller|larger|"
                   r"taller|shorter)(?![\w'-]))", _I)
# "change only the hat to red": that only the hat changes the edit already keeps
_ONLY_THE = re.compile(r"\b(?P<verb>make|change|turn|paint|recolou?r|colou?r|move|shift|resize|remove|delete|erase)"
                       r"\s+(?:only|just)(?=\s+(?:the|his|her|its|their|that|this)\s)", _I)
# "set the scene by the sea rather than on a street": what it was before, said after a change, asks nothing
_RATHER_THAN = re.compile(r"\s*,?\s+(?:rather\s+than|instead\s+of)\s+[^,;]+$", _I)
# "make it yellow like a daffodil": the colour, said with what has it (not a daffodil drawn)
_COLOUR_LIKE = re.compile(rf"(?<![\w'-])(?P<c>{COLOUR_WORD})\s+like\s+(?:a|an|the|some|my|our|his|her|its|their)"
                          r"\s+[a-z]+(?:\s+[a-z]+)?$", _I)


def clause_body(clause: str) -> str:
    """What a clause asks, without the courtesy, tone marks and hedges around it."""
    can_you = _CAN_YOU_ZH.match(clause)
    clause = as_asked(can_you.group("ask") if can_you else clause)  # "could we switch to…", "how about blue"
    body = _TONE_EDGES.sub("", _POLITE.sub("", clause).strip()).rstrip("?？!！.。~").strip()
    if not COMMAND.match(body) and not re.match(r"(?:slide|push|drag|nudge|scoot|it|him|her|them)\b", body, _I):
        body = _OVER_TO.sub(_moved_over, body)  # "now over to the left": to that side, as "move it" says
    if re.fullmatch(DROPPED, body, _I):
        return ""  # "ok forget that" before a request: nothing of its own to read
    body = said_plainly(body)  # "make it look like a painting", 黑白版本, "duplicate it", "instead of the sword"
    moved = re.match(r"(?:slide|push|drag|nudge|scoot|budge|bump)\b", body, _I)  # "slide it a little to the left"
    if not COMMAND.match(body) and not moved:  # "and the triangle a bit to the right": how far, said without a verb
        body = _DEGREE_FIRST_ALONE.sub("", _DEGREE_BEFORE_WAY.sub("", body))  # "a little bit to the left" too
    else:  # "move it a bit higher": the way, then how far, as "move it up a bit" says it
        body = _DEGREE_FIRST.sub(lambda m: f" {m.group('way')} {m.group('degree')}", body)
        body = _RATHER_THAN.sub("", body)
    body = re.sub(r"\b(?P<w>higher|lower)\s+(?:up|down)\b", r"\g<w>", body, flags=_I)  # "move it higher up"
    full = re.fullmatch(r"(?P<look>[\u4e00-\u9fff]{1,4}感)(?:拉满|满满|十足|爆棚)", body)
    if full and parse_looks(full.group("look"))[0]:  # 电影感拉满: the cinematic look, as much as can be
        body = full.group("look")
    body = SHADE_MORE.sub(lambda m: m.group("shade") + " ", _MUCH.sub("", _ONLY_THE.sub(r"\g<verb>", body)))
    body = _COLOUR_LIKE.sub(r"\g<c>", body)
    if len(body) > 3:  # "帽子换成蓝的哈": a tone word at the end
        asked = re.search(r"什么|啥|吗|哪|怎么|几|谁|多少|为什么|是不是|能不能|可不可以|会不会", body)
        tone = "哈|嘛|啦|哟|嘞|咯" if asked else "哈|嘛|啦|哟|嘞|咯|吧|呀|啊"  # "…树下面吧"; "这是什么季节呀" keeps 呀
        body = re.sub(rf"(?<=[\u4e00-\u9fff])(?<!酒)(?<!谢)(?:{tone})+$", "", body)  # 谢啦: a thanks, said whole
    return _HEDGE_TAIL.sub("", body) or body
