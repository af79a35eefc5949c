"""One thing in place of another, said with "instead of": "he should hold a spear instead of the sword", "give her
a kite instead of the balloon", "a dog instead of the cat". Said the way the swap rules read it ("swap the sword
for a spear"); it gave the knight a part called "spear instead of the sword". 而不是 / 代替 in Chinese: "给他一把
长矛代替剑" likewise.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_INSTEAD_OF = re.compile(r"^(?:.*?\s)?(?P<x>(?:a|an|some|one)\s+[\w' -]+?)\s+instead\s+of\s+"
                         r"(?P<y>(?:the|his|her|its|their|that)\s+[\w' -]+?)(?:\s+(?:please|pls))?$", _I)
_INSTEAD_ZH = re.compile(r"^(?:给(?:他|她|它)|让(?:他|她|它)拿|换|用)?"
                         r"(?P<x>[一两][把个只顶条件朵根支][\u4e00-\u9fff]{1,6}?)(?:代替|替换|换掉|取代)(?P<y>[\u4e00-\u9fff]{1,6}?)(?:吧|呗)?$")


def as_swap(body: str) -> str:
    """The clause as a swap when it puts one thing instead of another; as said otherwise."""
    m = _INSTEAD_OF.match(body.strip())
    if m:
        return f"swap {m.group('y').strip()} for {m.group('x').strip()}"
    m = _INSTEAD_ZH.match(body.strip())
    if m:
        return f"把{m.group('y')}换成{m.group('x')}"
    return body
