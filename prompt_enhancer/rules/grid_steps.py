"""A move counted in steps ("move the circle up one", "up two squares", "nudge it left by 1", "up a bit more"),
and a move said in Chinese with an English verb ("circle 往右 move 一格", "把它们俩 swap 一下"). The count was read
as one more thing ("the circle already in the picture or one more circle?") and "up two" added two. One step is
"a bit" (the next cell of the picture's 3 × 3 grid), two steps go all the way (its edge).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_I = re.IGNORECASE

_MOVED = re.compile(r"\b(?:move|moved|shift|slide|nudge|bump|push|drag|scoot|put|bring|take)\b", _I)
_UNIT = r"(?:squares?|cells?|spots?|spaces?|steps?|notch(?:es)?|places?|rows?|columns?|boxes?)"
_WAY = r"(?:up|down|left|right|upwards|downwards|higher|lower)"
# "up one", "up by 2", "left one square", "up one more" ("the lower one", "the left one": which one, not a move)
_WAY_THEN_COUNT = re.compile(rf"(?<!\bthe\s)(?<!\bthat\s)(?<!\bthis\s)\b(?P<way>{_WAY})\s+(?:by\s+)?"
                             rf"(?P<n>one|two|1|2)(?:\s+more)?(?:\s+{_UNIT})?(?:\s+more)?\b(?!\s+(?:of|[a-z]+s)\b)", _I)
# "two to the right", "2 squares up", "one cell down" ("the blue one up top": which one)
_COUNT_THEN_WAY = re.compile(rf"\b(?:(?P<n>two|2)\s+(?:more\s+)?(?:{_UNIT}\s+)?"
                             rf"|(?P<n1>one|1)\s+(?:more\s+)?{_UNIT}\s+)(?:to\s+the\s+|over\s+to\s+the\s+)?"
                             rf"(?P<way>{_WAY})\b", _I)
_A_BIT_MORE = re.compile(r"\ba\s+(?:little\s+)?bit\s+more\b", _I)
_ZH_VERB = re.compile(r"(?<=[往向朝][左右上下])(?P<side>边)?\s*(?:move|shift)\b\s*", _I)
_ZH_SWAP = re.compile(r"\s*\bswap\b\s*(?:一下)?", _I)


def _as_steps(m: re.Match[str]) -> str:
    way = m.group("way").lower()
    way = {"upwards": "up", "higher": "up", "downwards": "down", "lower": "down"}.get(way, way)
    n = m.group("n") or m.group("n1")
    return f"{way} a bit" if n.lower() in ("one", "1") else f"all the way {way}"


def steps_said(text: str) -> str:
    """The text with a move counted in steps said as the rules read a move."""
    if vocab.has_cjk(text):
        text = _ZH_VERB.sub(lambda m: (m.group("side") or "") + "移", text)  # 往右 move 一格: 往右移一格
        return _ZH_SWAP.sub("换个位置", text) if re.search(r"[它们俩两个]", text) else text
    if not _MOVED.search(text):
        return text  # "add two to the right": two things
    text = _COUNT_THEN_WAY.sub(_as_steps, _WAY_THEN_COUNT.sub(_as_steps, text))
    return _A_BIT_MORE.sub("a bit", text)
