"""One thing in place of another, said with "instead of": "he should hold a spear instead of the sword", "give her
a kite instead of the balloon", "a dog instead of the cat". Said the way the swap rules read it ("swap the sword
for a spear"); it gave the knight a part called "spear instead of the sword". 而不是 / 代替 in Chinese: "给他一把
长矛代替剑" likewise. "i don't like the sofa, can we have a bed instead" (two clauses, one swap) too.
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


# "i don't like the sofa, can we have a bed instead", "not a fan of the hat, maybe a crown": the thing disliked, then
# the one wanted; read as two clauses it removed the sofa and turned the thing in focus into a bed.
_DISLIKED = re.compile(r"^(?:(?:hmm+|ok|okay|actually|honestly|tbh|um+)[\s,]+)*(?:i\s+)?(?:(?:don'?t|do\s+not|dont)\s+"
                       r"(?:really\s+)?(?:like|want|love)|(?:am\s+)?not\s+(?:a\s+fan\s+of|into|sure\s+about))\s+"
                       r"(?P<x>(?:the|that|this|his|her|its)\s+[a-z][a-z ]*?)\s*[,.;]?\s+(?:(?:so\s+)?(?:can|could)\s+"
                       r"(?:we|you|u|i)\s+(?:have|get|do|use|try|make\s+it)|(?:let'?s\s+)?(?:have|use|try)|maybe|how\s+about|"
                       r"what\s+about|i'?d\s+(?:like|prefer|rather\s+have))\s+(?P<y>(?:a|an|some)\s+[a-z][a-z ]*?)"
                       r"(?:\s+instead)?(?:\s+(?:please|pls))?\s*[?.!]*$", _I)


def disliked_swapped(text: str) -> str:
    """The message as a swap when it names a thing it dislikes, then the one it wants."""
    m = _DISLIKED.match(text.strip())
    return f"swap {m.group('x').strip()} for {m.group('y').strip()}" if m else text
