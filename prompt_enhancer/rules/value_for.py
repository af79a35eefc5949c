"""A value chosen for a thing: "go with grey for the bg", "use a darker blue for the car", "try gold for the frame".
Said the plain way ("make the bg grey"), so the colour lands on the thing named; before, the clause was not read.
Only a value goes this way ("use a brush for the hair" is no colour of the hair)."""

from __future__ import annotations

import re

from prompt_enhancer.rules.clauses import SHADE_MORE
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

_VALUE_FOR = re.compile(r"^(?:(?:use|go\s+with|try|pick|choose)\s+)?(?:a\s+|an\s+|some\s+)?"
                        r"(?P<v>[a-z][a-z -]{0,30}?)\s+for\s+(?P<t>(?:the|his|her|its|their)\s+[a-z][a-z ]{0,30}?)"
                        r"[\s.!]*$", re.IGNORECASE)


def as_value_for(body: str) -> str:
    """The clause as "make the <thing> <value>" when it chooses a value for a thing; else as it is."""
    m = _VALUE_FOR.match(body.strip())
    if m is None:
        return body
    said = SHADE_MORE.sub(lambda shade: shade.group("shade") + " ", m.group("v"))  # "a darker blue": dark blue
    value = parse_phrase(said, global_parts=False)
    if not (value.colour or value.material) or clean_rest(value.rest):
        return body
    return f"make {m.group('t')} {said}"
