"""Cutting a description into the phrases of its things: "a red circle and a blue square" is two, "白猫和粉色圆"
two, "a cat with black and white fur" one. Split only where a new thing clearly starts, so each phrase can be read
by `phrase.parse_phrase` on its own.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.patterns import alternation
from prompt_enhancer.rules.parts import _ZH_RELATIONS
from prompt_enhancer.rules.phrase import _DETERMINER_RE, _SHAPE_RE, parse_phrase

_MEASURES = "[个只条棵朵辆艘匹座张块颗位盏根面本把支顶件台架片]"
_AND_SPLIT_EN = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\+\s*|\s+plus\s+)(?=(?:a|an|one|two|three|four|five|another|some|\d+)\b"
    # the one sun or moon there is is said with "the": "a boat, a seagull and the sun"
    r"|the\s+(?:(?:big|small|little|bright|full|crescent|setting|rising|yellow|white|red|orange)\s+)?"
    r"(?:sun|moon|earth)\b"
    r"|[一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位盏])",
    re.IGNORECASE)
# "red circle at left side and small yellow star at right side": a place ends the first thing, so the next
# starts after "and" even without an article (not "on the left and right")
_AND_AFTER_PLACE = re.compile(r"(?:(?<=\bleft)|(?<=\bright)|(?<=\bside)|(?<=\bmiddle)|(?<=\bcenter)|(?<=\bcentre)"
                              r"|(?<=\btop)|(?<=\bbottom)|(?<=\bcorner))\s+and\s+"
                              r"(?!(?:the\s+)?(?:left|right|top|bottom|middle|center|centre|upper|lower|both)\b)"
                              r"(?=[a-z])", re.IGNORECASE)
# "one big sunflower and small white house": a size starts the next thing, said without an article (not "a big
# and small circle", nor "red and small")
_AND_SIZED = re.compile(r"\s+and\s+(?=(?:small|big|little|tiny|large|huge)\s+[a-z])", re.IGNORECASE)
# "a white shirt and black trousers": a colour starts the next thing too, where nothing worn or held is listed
_AND_COLOURED = re.compile(r"\s+and\s+(?=(?:" + alternation([f for t in vocab.COLOURS.values() for f in t.en])
                           + r")\s+[a-z])", re.IGNORECASE)
_LISTS_PARTS = re.compile(r"\b(?:with|in|wearing|holding|carrying|dressed|of|has|have)\b", re.IGNORECASE)


def _and_sized(text: str) -> list[str]:
    m = _AND_SIZED.search(text)
    coloured = _AND_COLOURED.search(text) if not m and not _LISTS_PARTS.search(text) else None
    m = m or (coloured if coloured and re.match(r"(?:a|an|one|the)\s", text.strip(), re.IGNORECASE) else None)
    before = text[: m.start()].split()[-1:] if m else []
    if not before or parse_phrase(before[0]).has_subject_values() or not parse_phrase(text[: m.start()]).rest:
        return [text]
    return [text[: m.start()], *_and_sized(text[m.end():])]


_AND_SPLIT_ZH = re.compile(r"(?:和|与|跟|以及|还有|、|，|,)"
                           r"(?=[一两二三四五几\d]\s*"
                           r"[个只条棵朵辆艘匹座张块颗位把盏面本支根片顶件副架头台扇盆株栋杯碗瓶双对串盘碟束袋包罐枝口方列])")


# "白猫和粉色圆", "女孩和她的狗", "猫跟dog": Chinese joins two things with 和 without a count as often as with one.
# Split there only when a known thing ends the words before it and a known thing is named after it, so
# "红色和白色的条纹" (two colours of one thing) stays one.
_THING_FORMS = [f for table in (vocab.SHAPES, vocab.NOUNS) for t in table.values() for f in t.forms] + [
    w for w in (*vocab.MALE_WORDS, *vocab.FEMALE_WORDS, *vocab.PERSON_WORDS)]  # 男孩和妈妈, "a bride and groom"
_ZH_AND = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])\s*(?:和|与|跟|以及|还有|、|\s(?:and|plus)\s|\+|&)\s*(?=\S)",
                     re.IGNORECASE)
# "左边一只白猫右边一个粉色圆": a place and a count start the next thing, with or without a comma; never inside
# a place word (正中间, 最左边: 正 and 最 are its head).
_ZH_POSITION_HEADS = {w[:i] for t in vocab.POSITIONS.values() for w in t.zh for i in range(1, len(w))
                      if w[i:] in {f for u in vocab.POSITIONS.values() for f in u.zh}}
_ZH_PLACE_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])" + "".join(f"(?<!{p})" for p in sorted(_ZH_POSITION_HEADS))
                             + r"(?=(?:" + "|".join(sorted(
    (f for t in vocab.POSITIONS.values() for f in t.zh), key=len, reverse=True))
    + r")[一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位盏])")
_ZH_NEXT_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?=[一两二三四五几]\s*[个只条棵朵辆艘匹座张块颗位盏])")
_ENDS_WITH_THING = re.compile(rf"(?:{alternation(_THING_FORMS)})(?:们)?\s*$", re.IGNORECASE)
_NAMES_A_THING = re.compile(alternation(_THING_FORMS), re.IGNORECASE)


# "一只灰色的猫盯着一个鱼缸", "三只小企鹅跟着一只大企鹅": a verb with 着 between two counted things joins two
# things; what is worn or held (拿着一把伞, 戴着一顶帽子) stays the first thing's part (`parts`), and a place before
# the verb (一棵树上挂着…) is where the second one is.
_ZH_VERB_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?P<verb>[\u4e00-\u9fff])着(?=[一两二三四五几]\s*" + _MEASURES + ")")
_ZH_HELD = set(_ZH_RELATIONS) | {"挂着", "插着", "放着", "摆着", "堆着", "停着", "开着"}


def _split_zh_nouns(text: str) -> list[str]:
    """Two known things joined without a count: "白猫和粉色圆", "draw 白猫 and 粉圆", "white cat + pink circle"."""
    if not vocab.has_cjk(text) and not re.search(r"\s(?:and|plus)\s|\+|&", text, re.IGNORECASE):
        return [text]
    if vocab.has_cjk(text):
        pieces = [p for p in _ZH_PLACE_COUNT.split(text) if p.strip()]
        if len(pieces) > 1:
            return [q for p in pieces for q in _split_zh_nouns(p)]
    for m in _ZH_VERB_COUNT.finditer(text):
        left = text[: m.start()]
        if m.group(0) not in _ZH_HELD and _DETERMINER_RE.match(left.strip()) \
                and not re.search(r"[上里下中边前后面旁]$", left):
            return [left, *_split_zh_nouns(text[m.end():])]
    for m in _ZH_NEXT_COUNT.finditer(text):  # "一个大圆一个小圆", "一只猫一只狗": a count starts the next thing
        left = text[: m.start()]
        if _DETERMINER_RE.search(left) and _ENDS_WITH_THING.search(left):
            return [left, *_split_zh_nouns(text[m.start():])]
    for m in _ZH_AND.finditer(text):
        left, right = text[: m.start()], text[m.end():]
        if _ENDS_WITH_THING.search(left) and _NAMES_A_THING.search(right):
            right = re.sub(r"^(?:她的|他的|它的|我的|他们的|她们的)", "", right)  # 她的狗: the dog
            return [left, *_split_zh_nouns(right)]
    return [text]


# "a cowboy and his horse", "a girl and her cat": the second is a thing of its own, said with whose it is; not after
# a word that makes it a part ("a knight with his sword and his shield").
_AND_HIS = re.compile(r"^(?P<a>.+?)\s+and\s+(?:his|her|their|its)\s+(?P<b>[A-Za-z].*)$", re.IGNORECASE)
_PART_WORD = re.compile(r"\b(?:with|holding|wearing|carrying|has|have|having|in|dressed|riding|walking|hugging|"
                        r"and)\b", re.IGNORECASE)


def _his_own(text: str) -> list[str]:
    m = _AND_HIS.match(text)
    if not m or _PART_WORD.search(m.group("a")):
        return [text]
    return [m.group("a"), m.group("b")]


def split_things(text: str) -> list[str]:
    """'a red circle and a blue square' -> two phrases. Splits only where a new thing clearly starts (an article
    or a count, or a second shape), so 'a cat with black and white fur' stays one phrase."""
    parts = [q for part in _AND_SPLIT_EN.split(text) for p in _AND_AFTER_PLACE.split(part) for q in _and_sized(p)]
    out: list[str] = []
    for part in parts:
        out.extend(_AND_SPLIT_ZH.split(part))
    out = [piece for part in out for piece in _split_zh_nouns(part) for piece in _his_own(piece)]
    result: list[str] = []
    for part in out:
        shapes = list(_SHAPE_RE.finditer(part))
        if len(shapes) > 1:  # "red circle and blue square" / "红色圆形和蓝色正方形"
            cut = re.search(r"\s+and\s+|和|与|跟|、|,|，", part[shapes[0].end(): shapes[1].start()])
            if cut:
                at = shapes[0].end() + cut.start()
                result.extend([part[:at], part[at + len(cut.group(0)):]])
                continue
        result.append(part)
    return [r for r in (s.strip() for s in result) if r]
