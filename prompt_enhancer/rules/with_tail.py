"""How a "with" phrase ends: on the thing it is with ("a tree with a lantern hanging from it"), or with what the
owner does ("an old man with round glasses reading the newspaper"). Read by `parts`."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# What the owner does, said after the last of its parts: "round glasses reading the newspaper".
DOING_AFTER = re.compile(r"^(?P<item>.+?\S)\s+(?P<doing>(?!(?:holding|carrying|wearing|having|riding|hanging|"
                         r"dangling|sitting|perched|resting|lying|standing|growing|glowing)\b)[a-z]{2,}ing\s+"
                         r"(?:the|a|an|his|her|its|their|some)\s+.+)$", _I)


# "a tree with lights on it", "a sofa with a cat on it", "a tree with a lantern hanging from it": what is on the
# thing said with "it" after it is the thing's (a thing drawn on its own, a cat, is placed on it instead).
WITH_ON_IT = re.compile(r"^(?P<head>.+?)\s+with\s+(?P<item>.+?)\s+(?:(?P<verb>hanging|hung|dangling|sitting|perched|"
                        r"resting|lying|standing|growing|glowing|tied|attached)\s+)?(?P<prep>on top of|on|in|inside|"
                        r"around|from|off(?:\s+of)?|under|over)\s+(?:it|them|(?:one\s+of\s+)?(?:its|the|a)\s+"
                        r"(?:branch|branches|bough|boughs|limbs?))$", _I)
