"""Where things are, said loosely, put the way the place and position rules read it: "in the middle of the pic" (the
middle), "in the middle of a muddy pitch" (the middle, and the pitch is the setting), "one small boat far away" (in
the distance), "with a white umbrella on top" (its part, on it), 两边各一个小三角形 (one on the left, one on the
right), "fox dead center", "center frame" (the center), "in the corner up left" (the top left).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.setting_phrase import parse_place

_I = re.IGNORECASE

_MIDDLE_OF = re.compile(r"\bin\s+the\s+(?P<w>middle|centre|center)\s+of\s+(?P<a>a|an|the)(?P<x>(?:\s+[a-z]+){1,3})", _I)
_PICTURE_WORDS = ("pic", "picture", "image", "frame", "canvas", "photo", "drawing", "scene", "page")
_FAR_AWAY = re.compile(r"(?<=[a-z])\s+(?:far\s+away|far\s+off|way\s+off)(?=\s*(?:[,.!?;]|$))", _I)
# 远处有条小船, 在远处加一座山: far off, in the back of the picture (背景里, as the rules read a place there)
_FAR_ZH = re.compile(r"(?:在)?(?:很)?远处(?=(?:还|也|再)?(?:有|加|画|放|是|立着|站着))")
# 湖上有条小船, 树下有只猫: one, its count left unsaid after where it is
_ONE_THERE_ZH = re.compile(r"(?<=[边上下里角前后面])有(?=[只条棵朵辆艘匹座头])")
# "a red cart with a white umbrella on top": on top of the cart, its own part, not at the top of the picture
_WITH_ON_TOP = re.compile(r"(?P<with>\bwith\s+(?:a|an|some)\s+[a-z]+(?:\s+[a-z]+){0,2}?)\s+on\s+top\b(?!\s+of)", _I)
# (after a thing, or with a verb, "树两边各放一个灯笼" is the each-side rule's own)
_EACH_SIDE_ZH = re.compile(rf"(?:^|(?<=[，,。\s]))(?P<s>两边|两侧|左右两边|左右|上下)各"
                           rf"(?P<one>一[{vocab.ZH_MEASURES}][^，,。]+)")


def _middle_of(m: re.Match[str]) -> str:
    words = m.group("x").split()
    for n in range(len(words), 0, -1):
        said, after = " ".join(words[:n]), "".join(f" {w}" for w in words[n:])
        if words[n - 1].lower() in _PICTURE_WORDS:
            return f"in the {m.group('w')}{after}"
        place, rest = parse_place(f"in {m.group('a')} {said}")
        if place and not rest.strip():
            return f"in the {m.group('w')}, in {m.group('a')} {said}{after}"
    return m.group(0)


def _each_side(m: re.Match[str]) -> str:
    sides = ("上面", "下面") if m.group("s").startswith("上") else ("左边", "右边")
    return "，".join(f"{side}{m.group('one')}" for side in sides)


# "fox dead center", "center frame", "in the corner up left", "the sun up in the right corner": the nine places
_DEAD_CENTRE = re.compile(r"\b(?:dead|smack|bang|right)\s+(?:in\s+the\s+)?(?=(?:center|centre|middle)\b)", _I)
_FRAME_CENTRE = re.compile(r"(?<![\w-])(?:(?:in\s+(?:the\s+)?)?(?:center|centre)\s+(?:of\s+(?:the\s+)?)?frame|"
                           r"(?:in\s+(?:the\s+)?)?frame\s+(?:center|centre))(?![\w-])", _I)
_CORNER_WAY = re.compile(r"\b(?:in\s+)?(?:the\s+)?corner\s+(?P<v>up|down|top|bottom|upper|lower)\s+(?P<h>left|right)\b"
                         r"|\b(?P<v2>up|down)\s+in\s+the\s+(?P<h2>left|right)\s+corner\b", _I)


def _corner(m: re.Match[str]) -> str:
    v = (m.group("v") or m.group("v2")).lower()
    side = (m.group("h") or m.group("h2")).lower()
    return f"in the {'top' if v in ('up', 'top', 'upper') else 'bottom'} {side} corner"


# "could you draw yellow sun? left side is good": there
_SIDE_IS_GOOD = re.compile(r"(?:^|(?<=[,.?!]))\s*(?:the\s+)?(?P<s>left|right|top|bottom)(?:\s+side)?\s+"
                           r"(?:is|would\s+be)\s+(?:good|fine|ok|okay|better|best|nice|great)\b", _I)


# "a sunset over the ocean with a sailboat": the ocean with a sailboat at sunset (the time of day, not a thing
# that holds the sailboat)
_SUNSET_OVER = re.compile(r"^(?P<lead>(?:(?:please|pls|can\s+you|could\s+you)\s+)?"
                          r"(?:(?:draw|paint|make|show)\s+(?:me\s+)?)?)"
                          r"(?:an?\s+)?(?:(?:beautiful|gorgeous|pretty|stunning|lovely|golden|orange|red|pink|purple|"
                          r"dramatic|calm|peaceful)\s+)?(?P<t>sunset|sunrise)\s+(?:over|above|across|behind)\s+"
                          r"(?P<rest>[^,.!?]+?)(?P<end>\s*(?:[,.!?].*)?)$", _I | re.DOTALL)
# "a house with smoke coming out of the chimney", "a dragon with fire coming out of its mouth": what it has (it had
# become a thing called "house with smoke and")
_COMING_OUT = re.compile(r"\bwith\s+(?P<y>(?:(?:a|an|some)\s+)?[a-z]+(?:\s+(?![a-z]+ing\b)[a-z]+)?)\s+"
                         r"(?:(?:coming|rising|pouring|billowing|puffing|streaming|drifting)\s+"
                         r"(?:out\s+of|out|from|up\s+from|off)|from)(?:\s+(?:its|his|her|their|the|a|an)\s+[a-z]+)?"
                         r"(?=\s*(?:[,.!?]|$|\s+(?:in|on|at|and)\b))", _I)
# "remove whatever is at the top": the one there
_WHATEVER_AT = re.compile(r"\bwhat(?:ever|s+oever)(?:'s|\s+is)\s+(?=(?:at|on|in)\s+the\s+)", _I)


def _sunset_over(m: re.Match[str]) -> str:
    place, rest = parse_place(f"over {m.group('rest')}")
    if place and not rest.strip():
        return m.group(0)  # "a sunset over the ocean": the picture of one, read as it was
    return f"{m.group('lead')}{m.group('rest')} at {m.group('t').lower()}{m.group('end')}"


def places_said_plainly(text: str) -> str:
    """`text` with the places above said the way the rules read them; as typed otherwise."""
    text = _COMING_OUT.sub(lambda m: "with " + ("" if re.match(r"(?:a|an|some)\s", m.group("y"), _I) else "some ")
                           + m.group("y"), _WHATEVER_AT.sub("the one ", text))
    text = _SUNSET_OVER.sub(_sunset_over, text)
    text = _SIDE_IS_GOOD.sub(lambda m: f" on the {m.group('s').lower()}", text)
    text = _CORNER_WAY.sub(_corner, _FRAME_CENTRE.sub("in the center", _DEAD_CENTRE.sub("", text)))
    text = _WITH_ON_TOP.sub(r"\g<with>", _MIDDLE_OF.sub(_middle_of, text))
    text = _EACH_SIDE_ZH.sub(_each_side, text)
    return _ONE_THERE_ZH.sub("有一", _FAR_ZH.sub("背景里", _FAR_AWAY.sub(" in the distance", text)))
