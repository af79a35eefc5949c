"""A new thing said with what it has: "a dog has a blue collar", "an old man has a cane and a hat" (drawn as a
thing called "old man has cane"). Said as the rules read a description: "a dog with a blue collar". Only a new
thing (a, an, one): "the girl has a red hat" gives a thing of the picture something, and the give rules read it.
"""

from __future__ import annotations

import re

_HAS = re.compile(r"^(?P<thing>(?:a|an|one)\s+[\w' -]+?)\s+(?:has|have)\s+(?P<what>(?:a|an|some|two|three|"
                  r"four|long|short|big|small|\d+)\s.+)$", re.IGNORECASE)


def as_with(body: str) -> str:
    """The clause as "a thing with what it has" when it says a new thing has something; as said otherwise."""
    m = _HAS.match(body.strip())
    if not m or re.search(r"\s(?:has|have)\s", m.group("thing"), re.IGNORECASE):
        return body
    return f"{m.group('thing')} with {m.group('what')}"
