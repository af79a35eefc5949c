"""What people run together in one message, put the way the clause splitter and the description rules read it:
pauses left out ("big one on the left small one on the right", "make it night 月亮也要", "把 tree 删掉 lanterns
留着"), a thing named before a request about "it" ("蓝车 make it bigger"), what is read held (在看书: 拿着书), who a
new thing plays with dropped (小狗跟他玩), an English way after 往 ("fish 往 right 一点": 往右一点), and a verb
said once for two things ("the dog should be on the left and the cat on the right"), a complaint before its
request ("mouse way too big make it tiny"), and why said after a request ("ditch the bike he fell off it", "...
because it's her favourite", "remove the balloon looks cleaner without it", "make them both small, they too big");
a thing named first and then said as "it" ("the sun also.. remove it"), how a thing given is to look said after it
("give him a beard, long white one") and things put somewhere in the plural ("put presents under the tree": some,
new).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.en_words import article
from dialog.plurals import singular

# "make it night 月亮也要", "draw a cat 再加一顶帽子": an English request, then a Chinese one that opens with its own
# verb or ends by wanting a thing too ("fox 换成 wolf" is one request: 换成 opens nothing)
_EN_THEN_ZH = re.compile(r"(?<=[A-Za-z])\s+(?=(?:把|再|还要|也要|然后|背景|给|加上?|添上?)[\u4e00-\u9fff]"
                         r"|[\u4e00-\u9fff]{1,6}(?:也|还)要[。！!~]*$)")
# "在看书", "看报纸", "读着一本书": what is read is held, said as 拿着 ("看着月亮" looks at the moon: no part)
_READS_ZH = re.compile(r"(?:正在|在)?(?:看|读|翻)(?:着)?"
                       r"(?=(?:一|两)?(?:本|份|张|封)?(?:书(?![架店桌包房柜])|报纸|杂志|漫画|小说|信|绘本))")
# "big one on the left small one on the right", "the red one at the top the blue one at the bottom": a side said,
# then the next one
_NEXT_ONE = re.compile(r"(?:(?<=\bleft)|(?<=\bright)|(?<=\btop)|(?<=\bbottom)|(?<=\bmiddle)|(?<=\bcent(?:er|re)))"
                       r"\s+(?:and\s+)?"
                       r"(?=(?:the\s+)?[a-z]+\s+one\s+(?:on|at|in|to)\b)", re.IGNORECASE)

# "big green circle top left small pink square bottom right": a place said, then the next thing by its size or colour
_COLOUR_WORDS = "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en if " " not in f),
                                key=len, reverse=True))
_NEXT_THING = re.compile(r"(?:(?<=\bleft)|(?<=\bright)|(?<=\btop)|(?<=\bbottom)|(?<=\bmiddle)|(?<=\bcent(?:er|re)))"
                         rf"\s+(?=(?:an?\s+)?(?:big|small|large|tiny|little|huge|{_COLOUR_WORDS})\s+"
                         r"(?!(?:pls|please|plz|thanks|thx|too|instead|then|lol|now|again|ok|okay|maybe)\b)[a-z]+)",
                         re.IGNORECASE)
# "make the one on the left a golden retriever": what the one there becomes, not a next thing
_MADE_INTO = re.compile(r"(?:^|[,;.!?]\s*)(?:(?:please|pls|now|and)\s+)?(?:make|turn|change)\s+the\s+[a-z]+(?:\s+one)?"
                        r"\s+(?:on|at|in)\s+the\s+[a-z]+$", re.IGNORECASE)


def _next_thing(m: re.Match[str]) -> str:
    return m.group(0) if _MADE_INTO.search(m.string[: m.start()]) else ", "


# "白的在左边黑的在右边": a side said, then the next one by what it is like
_NEXT_ONE_ZH = re.compile(r"(?<=[左右上下中前后][边面间])"
                          r"(?=[\u4e00-\u9fff]{1,3}的(?:那只|那个|那头|那条)?(?:在|放在|放到|摆在))")
# "3 circles red blue green": as many colours as things counted, one each
_NUMBERS = {"2": 2, "3": 3, "4": 4, "5": 5, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNTED_COLOURS = re.compile(rf"^(?P<head>(?:draw\s+)?(?P<n>[2-5]|two|three|four|five)\s+[a-z]+s)\s*,?\s+"
                              rf"(?P<c>(?:(?:{_COLOUR_WORDS})\s*,?\s+(?:and\s+)?){{1,4}}(?:{_COLOUR_WORDS}))\b",
                              re.IGNORECASE)


def _one_colour_each(m: re.Match[str]) -> str:
    colours = [c for c in re.split(r"[\s,]+", m.group("c")) if c.lower() != "and"]
    if len(colours) != _NUMBERS[m.group("n").lower()]:
        return m.group(0)
    return f"{m.group('head')}, {', '.join(colours)},"


# "the cat looks kinda tiny, make it big": how the thing looks, said before the request, is no word of its name
_SEEN_AS = re.compile(r"\s+(?:looks?|seems?|is|feels?)\s+.*$", re.IGNORECASE)


# "画两辆车 one red one blue 红的在左边 blue one on the right": a switch of language before "one …" or before
# "红的在…" starts the next piece
_SWITCH_TO_ONES = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=one\s+[a-z]+\s+one\s|[a-z]+\s+one\s+(?:on|at|in|to)\s)"
                             r"|(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff]{1,3}的(?:那[个辆只条])?(?:在|放在))", re.IGNORECASE)


# "蓝车 make it bigger", "the blue car, make it bigger": the thing named first, then the request made of "it"
_TOPIC_FIRST = re.compile(r"^(?P<t>(?:the|that|this|his|her|its|their|my)\s+[a-z][a-z\s-]{0,30}?"
                          # 其实, 那, 好的 before the request are how it is said, not what it is about
                          r"|(?!其实|然后|那|好|嗯|还是|算了|对了|不对|不是|哦|啊|另外|顺便|现在|最后|接下来|不错|可以|谢谢|"
                          # 再加一个圆, put it…: a request of its own, then "it" is what it added
                          r"再|加|画|添|来一|改一下|改改|调一下|"
                          r"麻烦|请|帮我|行|对|是|能不能|能否|可不可以|你能|你可以|帮忙)[\u4e00-\u9fff]{1,6}"
                          r"|[a-z]+\s*的?那[只个条辆头匹棵朵])\s*(?:[,，:]|[-–—]+)?\s*"  # "brown的那只 make it bigger"
                          r"(?P<v>make|turn|move|paint|colou?r|change|give|put|shift|remove|delete|get\s+rid\s+of|lose|"
                          # "his hat, don't want it anymore": the thing out
                          r"(?:i\s+)?(?:don'?t|do\s+not)\s+want)\s+(?:it|him|her)\b"
                          r"(?P<rest>[^,，;；。]*)$", re.IGNORECASE)


# "snowman, 戴 red scarf", "拿着 a yellow kite": a Chinese verb of wearing or holding, its thing said in English
_ZH_VERBS_EN = {"戴": "wearing", "戴着": "wearing", "穿": "wearing", "穿着": "wearing", "拿": "holding",
                "拿着": "holding", "抱着": "holding", "举着": "holding"}
# ("穿黑色 leather jacket": its colour said in Chinese before it)
_ZH_VERB_EN = re.compile(r"(?:(?<=^)|(?<=[\s,，]))(?P<v>戴着|戴|穿着|穿|拿着|拿|抱着|举着)"
                         r"(?P<c>\s*[红橙黄绿青蓝紫粉黑白灰棕金银]色?的?)?\s*(?=[A-Za-z])")


# "上面放着一个 teddy bear": how an English-named thing is placed is where it is (放着 is no part of its name)
_PLACED_EN = re.compile(r"(?<=[上里下边面])(?:放着|摆着|挂着|停着|躺着)"
                        r"(?=\s*(?:一\s*[个只把辆本张条件块台]\s*)?[A-Za-z])")


_WAY_SAID_TWICE = re.compile(r"(?P<zh>(?:再|又|还)?(?:往|向|朝)(?P<d>[左右上下])边?(?:移|挪)?(?:一点|一些|点)?)\s*"
                             r"(?:a\s+(?:little\s+)?bit\s+|a\s+little\s+|slightly\s+)?(?:more\s+)?(?:to\s+the\s+)?"
                             r"(?P<en>left|right|up|down)(?:\s+a\s+(?:little\s+)?bit)?(?=\s*(?:$|[,，.。!！]))",
                             re.IGNORECASE)
# "再往上挪 to the top": the way in Chinese, then where it ends in English (the end of that way)
_WAY_THEN_END = re.compile(r"(?:再|又|还)?(?:往|向|朝)(?P<d>[左右上下])边?(?:移|挪|走|推)?\s*(?:all\s+the\s+way\s+)?"
                           r"to\s+the\s+(?P<p>top|bottom|left|right)(?:\s+(?:side|edge))?(?=\s*(?:$|[,，.。!！]))",
                           re.IGNORECASE)
_END_ZH = {"top": "最上面", "bottom": "最下面", "left": "最左边", "right": "最右边"}
_END_WAY = {"top": "上", "bottom": "下", "left": "左", "right": "右"}
_IS_VALUE_EN = re.compile(r"(?:(?<=^)|(?<=[,，\s]))(?P<t>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*是\s*"
                          r"(?P<v>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*的"
                          r"(?=\s*(?:$|[,，.。!！]))")


# "把 tree 删掉 lanterns 留着": one thing out, then what stays
_THEN_KEPT = re.compile(r"(?<=掉|了)\s+(?=[^\s，,]+\s*(?:就|也)?(?:留着|保留|留下|不动|别动|不要动)(?:吧|了)?$)")


# "旁边加一只小狗跟他玩": who it plays with is said by where it is; no word of its name
_PLAYS_WITH = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?:跟|和|陪|与)(?:他|她|它|他们|她们|它们)(?:一起)?"
                         r"(?:玩耍?|玩儿|嬉戏|打闹)|陪着?(?:他|她|它|他们|她们|它们))"  # 陪着它: beside it
                         r"(?=$|[，,。;；\s])")


# "fish 往 right 一点", "往left挪": an English way said after a Chinese 往, read as Chinese (no \b after it: a
# Chinese character is a word character too)
WAY_EN = re.compile(r"(?<=[往向朝])\s*(?:the\s+)?(?P<w>left|right|up|down)(?![A-Za-z])\s*", re.IGNORECASE)
WAY_ZH = {"left": "左", "right": "右", "up": "上", "down": "下"}
_BIT_AFTER_WAY = re.compile(r"(?<=[往向朝][左右上下])\s*(?:a\s+(?:little\s+)?bit|a\s+little)\b", re.IGNORECASE)


# "the dog should be on the left and the cat on the right": two things, the verb said once (as _TWO_VALUES in
# clauses.py for "make the cat black and the dog white")
_TWO_SHOULD = re.compile(r"(?P<first>\b(?:the|his|her|its)\s+[^;,\n]+?\s+"
                         r"(?P<verb>should\s+be|must\s+be|needs\s+to\s+be|has\s+to\s+be|should\s+go|goes)\s+[^;,\n]+?)\s+and\s+(?P<second>the\s+[a-z]+\s+"
                         r"(?!(?:should|must|is|are|needs|has|can|goes|and)\b)[^;,\n]+)", re.IGNORECASE)


_SHOULD_BE = re.compile(r"\b(?:should|must)\s+(?:be|go)\b", re.IGNORECASE)
_AND_THE_NEXT_SHOULD = re.compile(r"(?<=\S)\s+and\s+(?=the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:should|must)\s+(?:be|go)\b)",
                                  re.IGNORECASE)


# "给 cat 加个 hat", "把 fox 换成 wolf": the English words are 给's or 把's object, not a request of their own
_OBJECT_OF_ZH = re.compile(r"(?:^|[\s,，;；])(?:给|把|将|让|帮|替)\s*[A-Za-z]+(?:\s+[A-Za-z]+)?$")


def _pause_unless_object(m: re.Match[str]) -> str:
    if _ASKING_EN.search(m.string[: m.start()]):
        return " "  # "can you 给它戴一顶帽子": the asking, then what is asked
    if _PLACE_EN.search(m.string[: m.start()]):
        return " "  # "top 再加一颗小金色星星": where, then what is added there
    return m.group(0) if _OBJECT_OF_ZH.search(m.string[: m.start()]) else " ; "


# "围巾换成green 帽子不用动": a change ending on its English value, then the next request in Chinese
_VALUE_EN_THEN_ZH = re.compile(rf"(?P<v>(?:换成|改成|变成|改为|变为|涂成|换|改)\s*(?:(?:light|dark)\s+)?"
                               rf"(?:{_COLOUR_WORDS}))\s+"
                               r"(?=(?![的色吧啊呀了哦呢啦就也红橙黄绿蓝紫粉棕白黑灰金银])[\u4e00-\u9fff])",
                               re.IGNORECASE)
# "my halfling - she has a big backpack": what she has, said after a dash as after a comma
_DASH_THEN_WHO = re.compile(r"\s+-+\s+(?=(?:she|he|it|they)(?:'s|\s+(?:has|have|is|are|wears|holds|carries))\b)",
                            re.IGNORECASE)
_PLACE_EN = re.compile(r"(?:^|[,.!?;，。]\s*)(?:在\s*)?(?:(?:on|at|in|to)\s+)?(?:the\s+)?"
                       r"(?:top|bottom|left|right|middle|cent(?:er|re))(?:\s+(?:left|right))?(?:\s+(?:corner|side))?$",
                       re.IGNORECASE)
_ASKING_EN = re.compile(r"(?:^|[,.!?;]\s*)(?:(?:ok|okay|hey|so)\s+)?(?:can|could|would|will)\s+(?:you|u)"
                        r"(?:\s+(?:please|pls|plz|maybe))?$|(?:^|[,.!?;]\s*)(?:please|pls|plz)$", re.IGNORECASE)


_WHERE_WORD = re.compile(r"^(?:on|in|at|to|near|next|by|under|above|below|behind|beside|over|inside)$", re.IGNORECASE)


def _verb_again(m: re.Match[str]) -> str:
    """The verb said again after the second thing's words ("the big cat" | "white", "the red one" | "on the right"):
    they end at a word of place, or at a value once a word that is no value has named the thing."""
    second = m.group("second").rstrip(".!?…~ ")  # "…and the cat grey.": the stop is no word of it
    end = m.group("second")[len(second):]
    the, *words = second.split()
    named = 0
    for named, word in enumerate(words):
        value = vocab.lookup(vocab.COLOURS, word) or vocab.lookup(vocab.SIZES, word)
        if _WHERE_WORD.match(word) or (value and any(not (vocab.lookup(vocab.COLOURS, w) or vocab.lookup(
                vocab.SIZES, w)) for w in words[:named])):
            break
    else:
        named = len(words)
    thing, rest = words[:named], words[named:]
    return f"{m.group('first')} ; {the} {' '.join(thing)} {m.group('verb')} {' '.join(rest)}".rstrip() + end


# "mouse way too big make it tiny": a complaint, then the request it asks for
# ("the scarf looks weird take it off him": how it looks, then the request, run on)
_COMPLAINT_THEN = re.compile(r"\b(?P<c>(?:too|so)\s+(?:big|large|huge|small|tiny|little|dark|bright|busy|plain)"
                             r"|(?:it'?s|its)\s+(?:so\s+|kinda\s+)?(?:boring|bland|dull)"
                             r"|(?:the|that|this|his|her|its)\s+[a-z]+\s+(?:(?:looks?|seems?|is)\s+(?:(?:kinda|so|a\s+bit|"
                             r"really|pretty|super|too)\s+)?|(?:very|so|damn|super|quite|too)\s+)[a-z]+)"
                             r"(?:\s+(?:leh|lah|lor|sia|one))?\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]+\s*)?\s"
                             r"(?=(?:make|put|add|change|turn|move|give|take|remove|get\s+rid|lose|ditch|can\s+you|"
                             r"could\s+you|pls|please)\b)",
                             re.IGNORECASE)


# "add 2 buttons on his belly black ones": the colour said after, as "black ones", goes before the things
_COLOUR_ONES = re.compile(rf"^(?P<head>(?:add|draw|give\s+\w+)\s+(?:[2-9]|two|three|four|five|some|a\s+few)\s+)"
                          rf"(?P<things>[a-z]+s\b.*?)\s+(?P<c>{_COLOUR_WORDS})\s+ones$", re.IGNORECASE)


_UP_IN_THE = re.compile(r"(?:(?<=[a-z])|(?<=,))\s+(?:up|down|over|out)(?=\s+(?:in|on|at)\s+the\s+(?:corner|sky|top|"
                        r"bottom|left|right|middle|cent(?:er|re)|upper|lower))", re.IGNORECASE)
# "a castle on top of a mountain", "perched on a mountain top": on the mountain, where the picture is
_ON_TOP_OF_PLACE = re.compile(r"\bon\s+(?:the\s+)?top\s+of\s+(?=(?:a|an|the)\s+(?:mountain|hill|cliff)s?\b)"
                              r"|(?<=\bon\s)(?P<a>a|an|the)\s+(?P<p>mountain|hill)\s*-?\s*top\b", re.IGNORECASE)
# "a boy flying a kite on a hill with his dog chasing after him": his dog is with him, not with the kite
_WITH_HIS_PET = re.compile(r"\b(?P<v>[a-z]{3,}ing\s+(?:a|an|the|his|her|their)\s+[a-z]+(?:\s+(?:on|in|at)\s+"
                           r"(?:a|an|the)\s+[a-z]+)?)\s+with\s+(?P<w>(?:his|her|their)\s+(?:dog|cat|puppy|kitten|pony|horse|bird|"
                           r"parrot|rabbit|bunny|hamster|friend|brother|sister|mum|mom|dad|grandma|grandpa)s?)\b",
                           re.IGNORECASE)
# "a pair of white sneakers": the sneakers ("a pair of glasses" too)
_PAIR_OF = re.compile(r"\ba\s+pair\s+of\s+(?=(?:[a-z]+\s+){0,2}[a-z]+s\b)", re.IGNORECASE)
_TOO = re.compile(r"\s+(?:as\s+well|too|also)\s*$", re.IGNORECASE)  # "the dog as well, make it blue": the dog
_MOVES = re.compile(r"\b(?:move|put|shift|go|slide|push|drag|nudge)\b", re.IGNORECASE)


# "nah ditch the bike he fell off it last week lol": the thing to remove, then why, run on without a pause
_GONE_THEN_WHY = re.compile(r"(?P<head>\b(?:remove|delete|erase|ditch|lose|drop|get\s+rid\s+of|take\s+(?:out|away))\s+"
                            r"(?:the|that|this|his|her|its|their)\s+[a-z]+(?:\s+(?!(?:he|she|they|we|i)\b)[a-z]+)?)"
                            r"\s+(?=(?:he|she|they|we|i|it'?s|it\s+is)\s+[a-z]"  # "… looks cleaner without it"
                            r"|(?:it\s+)?looks?\s+(?:so\s+|much\s+)?(?:cleaner|better|nicer|neater|simpler)\s+without\b)",
                            re.IGNORECASE)
# "remove the bike cause he fell off it", "make it blue because it's her favourite", "a scarf too since its cold":
# why, never what to draw
_BECAUSE = re.compile(r"(?<=[a-z])\s*,?\s+(?:(?:because|cuz|coz|bc)\s|(?:'?cause|cos|since)\s+"
                      r"(?=(?:(?:apparently|obviously|clearly|honestly|basically)\s+)?(?:he|she|they|we|i|it|its|it's|"
                      r"that|this|my|his|her|the|everything|everyone|nobody|no\s+one|you)\b))[^,.;!?]*", re.IGNORECASE)


# "put him on a beach instead hes on vacation": someone spoken of, after the request, without a pause
# ("can you draw my dog like in this pic hes brown and fluffy": what it is like, run on)
_SOMEONE_AFTER = re.compile(r"(?<=\binstead)\s+(?=(?:he'?s|she'?s|they'?re|theyre|he|she|they|it'?s)\s+[a-z])"
                            rf"|(?<=[a-z])\s+(?=(?:he'?s|she'?s|hes|shes)\s+(?:(?:so|very|really|all)\s+)?"
                            rf"(?:{_COLOUR_WORDS})\b)", re.IGNORECASE)


# "draw a red apple a green apple and a banana": one thing, then the next, no comma between
_ARTICLE_RUN = re.compile(rf"\b(?P<x>(?:a|an)[ \t]+(?:(?:{_COLOUR_WORDS}|big|small|little|tiny|huge)[ \t]+)?"
                          r"(?!(?:and|or|in|on|with|of|at|by|to|bit|lot|little|few|couple|pair|picture|drawing|add|put|"
                          r"make|draw|move|give|remove|change|turn|plus|then)\b)"
                          r"[a-z]{3,})[ \t]+(?=(?:a|an)[ \t]+[a-z])", re.IGNORECASE)
# "three apples in a row: a red one, a green one and a yellow one": each one the thing counted
_COUNTED_ONES = re.compile(r"\b(?:two|three|four|five|[2-5])\s+(?P<things>[a-z]{3,})\b"
                           r"(?P<mid>(?:\s+in\s+a\s+row)?\s*[:,]\s*)"
                           r"(?P<list>an?\s+[a-z]+\s+one(?:\s*,\s*an?\s+[a-z]+\s+one)*\s*,?\s*and\s+an?\s+[a-z]+\s+one)\b",
                           re.IGNORECASE)


def counted_ones(text: str) -> str:
    """`text` with things counted, then each said as "a red one", said as each thing ("a red apple, …")."""
    return _COUNTED_ONES.sub(_each_one, text)


def _each_one(m: re.Match[str]) -> str:
    thing = singular(m.group("things"))  # houses: a house (not "a hous")
    return re.sub(r"\bone\b", thing, m.group("list"))


# "i dont want the ball anymore thank you": thanks run on at the end, after a pause
_THANKS_RUN_ON = re.compile(r"(?<=[a-z])\s+(?=(?:thank\s+you|thanks|thx|cheers)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?"
                            r"[\s.!]*$)", re.IGNORECASE)


# "cat在左边 dog在右边": an English name, then where it is said in Chinese
_NAME_AT_ZH = re.compile(r"(?:(?<=^)|(?<=[,，])|(?<=[,，边角间面侧]\s))(?!(?:it|one|them)\b)(?P<t>[A-Za-z]+)\s*在\s*"
                         r"(?P<p>左上角|右上角|左下角|右下角|左边|右边|中间|上面|下面|左侧|右侧)(?![\u4e00-\u9fff])")


def _name_at(m: re.Match[str]) -> str:
    where = vocab.lookup(vocab.POSITIONS, m.group("p"))
    lead = "" if m.start() == 0 or m.string[m.start() - 1] in ",，" else ", "
    return f"{lead}the {m.group('t')} at the {where.key}" if where else m.group(0)


# "make the kite red plz not the kid lol": the change, then what it is not to reach
_NOT_THAT_ONE = re.compile(r"(?<=[a-z])\s+(?:(?:plz|pls|please)\s+)?(?=not\s+(?:the|his|her)\s+"
                           r"(?!(?:left|right|top|bottom|middle|cent(?:er|re))\b)[a-z]+(?:\s+lol)?\s*$)", re.IGNORECASE)


# "… and a teacup. Thank you. Margaret", "thanks! - Bob": a name signed after the thanks, no thing to draw
_SIGNED = re.compile(r"(?P<gap>\b(?:(?:you|thanks|thx|cheers|regards)"
                     r"(?:\s+(?:ever\s+)?so\s+much|\s+very\s+much|\s+kindly)?[\s.!,]*|love,\s*))(?:[-–—~]\s*)?(?:from\s+)?"
                     r"(?-i:[A-Z][a-z]{2,})\s*[.!]*$", re.IGNORECASE)


# "draw two cats please a black one on the left …": a courtesy said where the comma would be, after the things
# counted ("a unicorn please a pink one" is one unicorn, described)
_PLEASE_PAUSE = re.compile(r"(?<=[a-z]s)(?<!draw)(?<!paint)(?<!add)(?<!make)(?<!give)(?<!put)(?<!me)(?<!sketch)"
                           r"\s+(?:please|pls|plz)\s+(?=(?:a|an|one)\s)", re.IGNORECASE)
# "画两个气球左边一个红的右边一个蓝的": each side said with its one, no comma typed
_SIDE_ONE_ZH = re.compile(r"(?:(?<=[红橙黄绿蓝紫粉黑白灰棕金银色]的)|(?<=[\u4e00-\u9fff])(?<![在往向到的正最靠]))"
                          r"(?=(?:左边|右边|上面|下面|中间)"
                          r"(?:一个|一只|一条|一朵|一颗|一辆)?"
                          r"[红橙黄绿蓝紫粉黑白灰棕金银]色?的)")


# "i dont want the bird bath anymore just the gnome is fine": what stays, said after the removal
# "the sun also.. remvoe it", "and the table also take away pls", "the cup we dont need it": the thing named first is
# what goes
_NAMED_THEN_GONE = re.compile(
    r"(?:^|(?<=[,.!]\s))(?:and\s+)?(?:the|that|this)\s+(?P<x>(?!one\b)[a-z]+(?:\s+[a-z]+)?)\s+(?:(?:also|too|as\s+well)"
    r"[\s,.…]*(?:(?:remove|delete|erase|get\s+rid\s+of)(?:\s+it)?|take\s+(?:it\s+)?(?:away|out|off))|"
    r"(?:we|i)\s+(?:dont|don'?t|do\s+not)\s+need(?:\s+it)?)\b", re.IGNORECASE)
# "make the hat grey and hes holding a cane too": what he holds, given to him
_AND_HE_HOLDS = re.compile(r"\s+and\s+(?P<who>he|she)(?:'?s|\s+is)\s+(?:holding|carrying)\s+"
                           r"(?P<x>(?:a|an|some)\s+[a-z]+(?:\s+[a-z]+)?)(?:\s+too|\s+as\s+well)?(?=\s*[.!]*$)",
                           re.IGNORECASE)
# "a stork flying along the bottom of the card", "chibi proportions": at the bottom, in chibi style
_ALONG_SIDE = re.compile(r"\balong\s+the\s+(?P<s>bottom|top)(?:\s+(?:edge|side))?"
                         r"(?:\s+of\s+(?:the\s+)?(?:card|picture|page|image|invite|invitation|poster))?\b(?!\s+of\b)",
                         re.IGNORECASE)
# "make them both small, they too big": why, after the size asked for (not a second size)
_SIZE_WHY = re.compile(r"(?P<s>\b(?:small|smaller|big|bigger|tiny|little|large|larger))\s*,\s*(?:they|it|he|she)"
                       r"(?:'re|'s|\s+are|\s+is|\s+r)?\s+(?:way\s+|so\s+|very\s+)?too\s+(?:big|small|large|tiny|huge)\b"
                       r"(?=[\s!.]*$)", re.IGNORECASE)
# "give him a beard, long white one", "…, like a big white one": the beard, as it is to look
_GIVEN_THEN_HOW = re.compile(r"\b(?P<g>give\s+(?:him|her|it|them|the\s+[a-z]+)\s+)(?:an?\s+)(?P<p>[a-z]+)\s*,\s*"
                             r"(?:like\s+)?(?:an?\s+)?"
                             rf"(?P<v>(?:(?:long|short|big|small|bushy|thick|curly|{_COLOUR_WORDS})\s+){{1,3}})one\b",
                             re.IGNORECASE)
# "put presents under the tree": things said in the plural with no "the" are new ones, put there
_PUT_SOME = re.compile(r"(?:^|(?<=[,;.!]\s))(?P<v>put|place|scatter)\s+(?=(?!(?:the|it|them|him|her|this|that|these|"
                       r"those|my|his|her|its|their|some|all|both)\b)[a-z]+s\s+(?:under|on|in|next\s+to|beside|around|"
                       r"behind|along)\s)", re.IGNORECASE)
_ANYMORE_JUST = re.compile(r"(?<=\banymore)(?:\s+(?:sorry|sry|soz|lol|haha+)|\s*[^\w\s,.;]+)*\s+(?=(?:just|only)\s)",
                           re.IGNORECASE)  # "… anymore sry 😅 just the bunny"
# "make her umbrella yellow like the one lily has": whose it is like, no thing of this picture
_LIKE_THEIRS = re.compile(r"\s+like\s+(?:the\s+one|hers|his|theirs)\s+(?:[a-z]+\s+)?(?:has|had|have|wears|wore|got)\b",
                          re.IGNORECASE)


def mark_pauses(text: str) -> str:
    """The text with the readings above (" ; " between two requests, ", " between two ones)."""
    text = _SIDE_ONE_ZH.sub("，", _PLEASE_PAUSE.sub(", ", _SIGNED.sub(lambda m: m.group("gap").rstrip(), text)))
    text = _LIKE_THEIRS.sub("", _ANYMORE_JUST.sub(" ; ", text))
    text = _NAMED_THEN_GONE.sub(lambda m: f"remove the {m.group('x')}", text)
    text = _SIZE_WHY.sub(r"\g<s>", text)
    text = _GIVEN_THEN_HOW.sub(lambda m: f"{m.group('g')}{article(m.group('v'))} {m.group('v')}{m.group('p')}", text)
    text = _AND_HE_HOLDS.sub(lambda m: f" ; give {'him' if m.group('who').lower() == 'he' else 'her'} {m.group('x')}",
                             text)
    text = re.sub(r"\bchibi\s+proportions?\b", "chibi style", _ALONG_SIDE.sub(r"at the \g<s>", text), flags=re.I)
    text = _PUT_SOME.sub(r"\g<v> some ", text)
    text = _THANKS_RUN_ON.sub(", ", _ARTICLE_RUN.sub(r"\g<x>, ", text))
    text = _SOMEONE_AFTER.sub(" ; ", _GONE_THEN_WHY.sub(r"\g<head> ; ", _BECAUSE.sub("", text)))
    text = _TOPIC_FIRST.sub(lambda m: f"{m.group('v')} {_TOO.sub('', _SEEN_AS.sub('', m.group('t'))).strip()}"
                                      f"{m.group('rest')}",
                            text.strip())
    text = _PLAYS_WITH.sub("", _READS_ZH.sub("拿着", text))
    text = _PLACED_EN.sub("", text)  # "上面放着一个 teddy bear": on it, a teddy bear
    # "再往左一点 a bit more left": one step, said in both languages
    text = _WAY_SAID_TWICE.sub(lambda m: m.group("zh") if WAY_ZH[m.group("en").lower()] == m.group("d") else m.group(0),
                               text)
    text = _WAY_THEN_END.sub(lambda m: f"往{m.group('d')}移到{_END_ZH[m.group('p').lower()]}"
                             if _END_WAY[m.group("p").lower()] == m.group("d") else m.group(0), text)
    text = _IS_VALUE_EN.sub(r"the \g<t> is \g<v>", text)  # "skateboard 是 green 的": the skateboard is green
    text = _NAME_AT_ZH.sub(_name_at, text)
    text = _NOT_THAT_ONE.sub(" ; ", text)
    # "戴 red scarf": wearing a red scarf
    text = _ZH_VERB_EN.sub(lambda m: f"{_ZH_VERBS_EN[m.group('v')]} {(m.group('c') or '').strip()} ", text)
    # "the dog 拿走 lah", "背景 white can ah": Singapore's 啦, and its "can (it)?" after a request
    text = re.sub(r"\s+(?:can\s+(?:ah|lah|anot|or\s+not|not)|lah|leh|lor|hor)\b", "", text, flags=re.IGNORECASE)
    text = text if _MOVES.search(text) else _UP_IN_THE.sub("", text)  # "a sun up in the corner": in the corner
    text = _PAIR_OF.sub("", _WITH_HIS_PET.sub(r"\g<v> and \g<w>", text))
    text = _ON_TOP_OF_PLACE.sub(lambda m: f"{m.group('a')} {m.group('p')}" if m.group("p") else "on ", text)
    text = _COLOUR_ONES.sub(lambda m: f"{m.group('head')}{m.group('c')} {m.group('things')}", text)
    text = WAY_EN.sub(lambda m: WAY_ZH[m.group("w").lower()], text)
    text = _BIT_AFTER_WAY.sub("一点", re.sub(r"(?<=[A-Za-z])\s+(?=[往向朝][左右上下])", "", text))
    text = _NEXT_ONE_ZH.sub("，", text)
    text = _NEXT_THING.sub(_next_thing, _COUNTED_COLOURS.sub(_one_colour_each, text))
    text = _SWITCH_TO_ONES.sub(", ", _NEXT_ONE.sub(", ", text))
    text = _COMPLAINT_THEN.sub(lambda m: f"{m.group('c')} ; ", _TWO_SHOULD.sub(_verb_again, text))
    if _SHOULD_BE.search(text):  # "the dog should be black and the cat should be white": two, each its verb
        text = _AND_THE_NEXT_SHOULD.sub(" ; ", text)
    text = _DASH_THEN_WHO.sub(", ", _VALUE_EN_THEN_ZH.sub(r"\g<v> ; ", text))
    return _EN_THEN_ZH.sub(_pause_unless_object, _THEN_KEPT.sub(" ; ", text))
