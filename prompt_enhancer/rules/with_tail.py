"""How a "with" phrase ends: on the thing it is with ("a tree with a lantern hanging from it"), or with what the
owner does ("an old man with round glasses reading the newspaper"). Read by `parts` (and, said again the other way
round, by `clauses`)."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# What the owner does, said after the last of its parts: "round glasses reading the newspaper".
DOING_AFTER = re.compile(r"^(?P<item>.+?\S)\s+(?P<doing>(?!(?:holding|carrying|wearing|having|riding|hanging|"
                         r"dangling|sitting|perched|resting|lying|standing|growing|glowing)\b)[a-z]{2,}ing\s+"
                         r"(?:the|a|an|his|her|its|their|some)\s+.+)$", _I)


# "a man with glasses reading a book", "a woman with long hair playing a guitar": what one does, said after what one
# has; said the other way round ("a man reading a book, with glasses"), so the book is not a "reading book" he has
HAS_THEN_DOES = re.compile(r"(?P<head>\b(?:a|an|the|one)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?P<rel>with|wearing)\s+"
                            r"(?P<part>(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?P<doing>(?!(?:holding|carrying|wearing|having|"
                            r"riding|hanging|sitting|standing|lying)\b)[a-z]{3,}ing\s+(?:a|an|the|his|her|some)\s+"
                            r"[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[,.;!?]|$))", _I)


# "a tree with lights on it", "a sofa with a cat on it", "a tree with a lantern hanging from it": what is on the
# thing said with "it" after it is the thing's (a thing drawn on its own, a cat, is placed on it instead).
WITH_ON_IT = re.compile(r"^(?P<head>.+?)\s+with\s+(?P<item>.+?)\s+(?:(?P<verb>hanging|hung|dangling|sitting|perched|"
                        r"resting|lying|standing|growing|glowing|tied|attached)\s+)?(?P<prep>on top of|on|in|inside|"
                        r"around|from|off(?:\s+of)?|under|over)\s+(?:it|them|(?:one\s+of\s+)?(?:its|the|a)\s+"
                        r"(?:branch|branches|bough|boughs|limbs?))$", _I)
