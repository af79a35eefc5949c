"""A request taken back later in the same message: "make the lamp a bit warmer... no, never mind, it's lovely as
it is", "make the cat red, no never mind, leave it", "把猫变成红色 算了 不用了". What came before is not wanted; only
what follows is read (before, the lamp was changed anyway, "never mind" kept out of the picture as if a thing, and
"不用了" removed the cat).
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

_I = re.IGNORECASE

# "never mind" and its kin after something was said, standing alone (not "never mind the scarf", which names what to
# leave out of the rest).
_TAKEN_BACK = re.compile(r"[\s,，.。!！…;；]+(?:(?:no|nah|oh|actually|wait|hmm+|ah)[\s,.]+)*(?:never\s*mind|nvm|"
                         r"forget\s+(?:it|that)|scratch\s+that|算了(?:吧)?|没事了|当我没说|"
                         # "make it bigger, no wait, leave it", "carrot 放大一点点 no wait, 就这样挺好"
                         r"(?:no+[\s,.]*wait|wait[\s,.]*no+)(?=[\s,，.。!！…;；]+(?:(?:just\s+)?(?:leave|keep)\s+it|"
                         r"it'?s\s+fine|就这样|还是这样|不用了|不改了)))"
                         r"(?=[\s,，.。!！…;；]|$)(?!\s+(?:the|that|this|about|my|his|her|its|their)\b)", _I)
_GONE = re.compile(r"\b(?:remove|delete|erase|get\s+rid\s+of|take\s+(?:it\s+)?(?:out|away|off)|lose|drop|"
                   r"(?:dont|don'?t|do\s+not)\s+(?:need|want))\b", _I)
# What only repeats that nothing is to change: "leave it", "keep it as it is", "不用了", "不改了".
_LEAVE_IT = re.compile(r"^[\s,，.。!！…;；]*(?:(?:just\s+)?(?:leave|keep)\s+it(?:\s+as\s+(?:it\s+is|is))?|"
                       r"(?:it'?s\s+)?fine(?:\s+as\s+(?:it\s+is|is))?|"
                       r"不用了|不改了|不用改了|就这样(?:挺好|就好|也挺好|蛮好)?吧?|还是这样吧?)?"
                       r"[\s,，.。!！…;；]*", _I)

# ("swap... no nvm, just make the green one gold": a whole request of its own follows, read alone)
_WHOLE_REQUEST = re.compile(r"^[\s,，.。!！…;；]*(?:just\s+|only\s+)?(?:make|add|remove|draw|change|put|move|turn|give|"
                            r"paint|delete|colou?r)\b", re.IGNORECASE)
# What follows says what is wanted instead: the correction rules read the whole.
_RATHER = re.compile(r"^[\s,，.。!！…;；]*(?:还是|那就|那还是|就要|instead|rather|i\s+mean|make\s+it|"
                     r"just(?!\s+(?:leave|keep)\b))", _I)


def after_taken_back(text: str) -> str | None:
    """What is left to read after a request taken back ("" when nothing is), or None when nothing was taken
    back."""
    m = _TAKEN_BACK.search(text)
    if m is None or not text[: m.start()].strip(" ,，.。!！…"):
        return None
    if _GONE.search(text[: m.start()]) and re.match(r"[\s,，.。!！…;；]*forget\s", m.group(0), _I) \
            and not text[m.end():].strip(" ,.!…"):
        return None  # "the cup we dont need it, forget it": the cup is what to forget
    rest = text[m.end():]
    if _RATHER.match(rest) and not _WHOLE_REQUEST.match(rest):
        return None  # "把花改成黄色 算了 还是白色": a value taken back for another, read as one correction
    return rest[_LEAVE_IT.match(rest).end():].strip()


# "draw three circles... no wait, just one big green triangle", "画三个……不对，就画一个很大的深绿色三角形": a drawing
# asked for, then another in its place in the same message; only the second is drawn (before, both were).
_DRAW_FIRST = re.compile(r"^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:draw|paint|sketch)\b|^(?:请|帮我|给我)?画",
                         _I)
_REDRAWN = re.compile(r"[\s,，.。…!！;；]+(?:no+[\s,.]*wait|wait[\s,.]*no+|no+[\s,.]+no+|actually[\s,.]+no+|"
                      r"no+[\s,.]+actually|scratch\s+that|oops[\s,.]+no+|不对|不不+|算了|等等|哦不|"
                      # 不是 said alone takes back ("画三个……不是，画一个…"); "画一只猫，不是狗" says what it is not
                      r"不是(?=[\s,，.。…!！;；]|画|就|只|还是))[\s,，.。…!！;；]*"
                      r"(?P<rest>(?:just|only|instead|就|只|还是)?\s*.*\S)$", _I)


def redrawn(text: str) -> str | None:
    """What to draw when a drawing asked for is taken back for another in the same message, else None ("draw a red
    cat, no, make it blue" is a value taken back: the correction rules read it)."""
    if not _DRAW_FIRST.match(text.strip()):
        return None
    m = _REDRAWN.search(text)
    if m is None:
        return None
    rest = re.sub(r"^(?:just|only|instead|就|只|还是)\s*", "", m.group("rest"), flags=_I)
    said = parse_phrase(re.sub(r"^(?:draw|paint|画)\s*", "", rest, flags=_I))
    if re.match(r"(?:make|turn|change|colou?r|paint\s+it|要|改|换|变)", rest, _I) \
            or not (said.shape or clean_rest(said.rest)):
        return None  # "…, no wait, blue": a value only
    if re.match(r"(?:draw|paint|画)", rest, _I):
        return rest
    return ("画" if re.match(r"[\u4e00-\u9fff]", rest) else "draw ") + rest
