"""A value taken back inside one request: "花换成黄色的 不 还是白色吧", "make the flower yellow no wait white",
"把花改成黄色 算了 还是白色". The second value replaces the first where it was said, so it lands on the thing the
request named (the flower), not on whatever is in focus (the girl who holds it).
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.phrase import RESIZE_RE, clean_rest, parse_phrase

_TAKE_BACK_ZH = r"(?:不是|不对|不不*|算了|哦不|啊不|等等|等一下)"
_ZH = re.compile(rf"^(?P<head>.*?(?:换成|改成|变成|涂成|弄成|调成|要))(?P<a>[^，,。\s]{{1,5}}?)(?:的)?[\s，,。.…！!]+"
                 rf"(?P<back>{_TAKE_BACK_ZH})[\s，,。.…！!]*(?P<then>还是|就|改成|换成|要)?(?P<b>[^，,。\s]{{1,5}}?)(?:的)?"
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


# A place said, then the place it is not: "put it on the left not the right", "放左边，不是右边". What it is not says
# nothing more (before, "not the right" became a thing called "it not the right").
_SIDE = r"(?:(?:top|bottom|upper|lower)[\s-]+(?:left|right)|left|right|top|bottom|middle|cent(?:er|re))"
_NOT_THERE_EN = re.compile(rf"(?P<keep>\b(?:on|to|in|at|towards?)\s+(?:the\s+)?{_SIDE}(?:\s+(?:side|corner|edge))?)"
                           rf"\s*,?\s*(?:and\s+|but\s+)?not\s+(?:on\s+|to\s+|in\s+|at\s+)?(?:the\s+)?{_SIDE}"
                           r"(?:\s+(?:side|corner|edge))?\b", re.IGNORECASE)
_SIDE_ZH = r"(?:左上|右上|左下|右下|左|右|上|下|中间|中央)(?:边|面|角|方)?"
_NOT_THERE_ZH = re.compile(rf"(?P<keep>(?:在|放|到|往|移到|挪到){_SIDE_ZH})[，,\s]*(?:而)?不是(?:在|放)?{_SIDE_ZH}")


# "cape should be red, like bright red": the colour, then its shade said after it (not the next thing's colour)
_SHADE_AFTER = re.compile(r"\b(?P<c>[a-z]+)\s*,?\s*(?:like|i\s+mean|as\s+in)\s+(?:a\s+)?(?P<s>(?:bright|dark|light|"
                          r"deep|pale|vivid|hot|baby|royal|dusty|soft|neon|pastel)\s+(?P=c))\b", re.IGNORECASE)


def corrected_in_place(text: str) -> str:
    """The request with a value taken back replaced by the one said after it; as typed otherwise."""
    text = _NOT_THERE_ZH.sub(r"\g<keep>", _NOT_THERE_EN.sub(r"\g<keep>", _SHADE_AFTER.sub(r"\g<s>", text)))
    m = _ZH.match(text.strip()) or _EN.match(text.strip())
    if not m:  # "move the square to the right of the circle no wait i mean all the way right": a clause of its own
        return _RUN_ON_TAKE_BACK.sub(",", text)
    a, b = m.group("a"), m.group("b")
    if _kind(a) is None or _kind(a) != _kind(b):
        return text
    if m.groupdict().get("back") == "不是" and not m.group("then"):
        return text  # "我要的是圆形 不是三角": the circle, not the triangle it is (no value taken back)
    return m.group("head") + b
