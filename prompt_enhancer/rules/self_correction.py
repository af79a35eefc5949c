"""A value taken back inside one request: "花换成黄色的 不 还是白色吧", "make the flower yellow no wait white",
"把花改成黄色 算了 还是白色". The second value replaces the first where it was said, so it lands on the thing the
request named (the flower), not on whatever is in focus (the girl who holds it).
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.phrase import RESIZE_RE, clean_rest, parse_phrase

_TAKE_BACK_ZH = r"(?:不不*|不对|不是|算了|哦不|啊不|等等|等一下)"
_ZH = re.compile(rf"^(?P<head>.*?(?:换成|改成|变成|涂成|弄成|调成|要))(?P<a>[^，,。\s]{{1,5}}?)(?:的)?[\s，,。.…！!]+"
                 rf"{_TAKE_BACK_ZH}[\s，,。.…！!]*(?:还是|就|改成|换成|要)?(?P<b>[^，,。\s]{{1,5}}?)(?:的)?"
                 r"(?:吧|好了|好|吧。|啦)?[。！!~]*$")
_EN = re.compile(r"^(?P<head>(?:make|turn|paint|colou?r|change|set)\s+.+?\s+(?:to\s+|into\s+)?)(?P<a>[a-z]+)"
                 r"[\s,.…!-]+(?:no+|nah|wait|no\s+wait|actually|hmm+\s+no|or\s+rather|i\s+mean|sorry)"
                 r"[\s,.…!-]+(?:make\s+it\s+|actually\s+)?(?P<b>[a-z]+)(?:\s+(?:instead|please|pls))?[.!]*$",
                 re.IGNORECASE)


# A take-back run on with no comma before it, as dictation types it.
_RUN_ON_TAKE_BACK = re.compile(r"(?<=[a-z0-9])(?=\s+(?:no\s+wait|wait\s+no|no\s+no|no\s+i\s+mean|no\s+actually|"
                               r"actually\s+no|sorry\s+i\s+mean|or\s+rather)\b)", re.IGNORECASE)


def _kind(said: str) -> str | None:
    if RESIZE_RE.fullmatch(said.strip()):  # "make it bigger, no smaller"
        return "resize"
    ph = parse_phrase(said, global_parts=False)
    if clean_rest(ph.rest):
        return None
    return "colour" if ph.colour else "size" if ph.size else "shape" if ph.shape else None


def corrected_in_place(text: str) -> str:
    """The request with a value taken back replaced by the one said after it; as typed otherwise."""
    m = _ZH.match(text.strip()) or _EN.match(text.strip())
    if not m:  # "move the square to the right of the circle no wait i mean all the way right": a clause of its own
        return _RUN_ON_TAKE_BACK.sub(",", text)
    a, b = m.group("a"), m.group("b")
    if _kind(a) is None or _kind(a) != _kind(b):
        return text
    return m.group("head") + b
