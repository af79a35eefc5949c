"""Where things are, said loosely, put the way the place and position rules read it: "in the middle of the pic" (the
middle), "in the middle of a muddy pitch" (the middle, and the pitch is the setting), "one small boat far away" (in
the distance), "with a white umbrella on top" (its part, on it), 两边各一个小三角形 (one on the left, one on the right).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.setting_phrase import parse_place

_I = re.IGNORECASE

_MIDDLE_OF = re.compile(r"\bin\s+the\s+(?P<w>middle|centre|center)\s+of\s+(?P<a>a|an|the)(?P<x>(?:\s+[a-z]+){1,3})", _I)
_PICTURE_WORDS = ("pic", "picture", "image", "frame", "canvas", "photo", "drawing", "scene", "page")
_FAR_AWAY = re.compile(r"(?<=[a-z])\s+(?:far\s+away|far\s+off|way\s+off)(?=\s*(?:[,.!?;]|$))", _I)
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


def places_said_plainly(text: str) -> str:
    """`text` with the places above said the way the rules read them; as typed otherwise."""
    text = _WITH_ON_TOP.sub(r"\g<with>", _MIDDLE_OF.sub(_middle_of, text))
    text = _EACH_SIDE_ZH.sub(_each_side, text)
    return _FAR_AWAY.sub(" in the distance", text)
