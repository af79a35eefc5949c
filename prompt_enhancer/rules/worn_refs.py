"""A thing picked out by what it wears or holds: "穿红裙子的那个", "the one in the blue dress"."""

from __future__ import annotations

import re

from dialog.scene import Subject
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

_I = re.IGNORECASE

# "戴帽子的那个", "穿红裙子的那位": one picked out by what it wears or holds, said before a request about it
WHO_BY_PART_ZH = r"(?:戴|穿|拿|背|抱|围)着?[^，,的]{1,8}的(?:那|这)(?:个|只|位|条|头)"
_WORN_BY_ZH = re.compile(r"^(?:把|将|让)?(?:那个|那位|那只)?(?:穿着?|戴着?|拿着?|举着?|背着?|抱着?|有)"
                         r"(?P<part>[^的]+)的(?P<rest>.*)$")
_WORN_BY_EN = re.compile(r"^(?:the\s+)?(?P<rest>[a-z]+)\s+(?:in|wearing|with|holding)\s+(?:the|a|an|her|his)?\s*"
                         r"(?P<part>[a-z][a-z ]*)$", _I)


def by_part(subjects: list[Subject], said: str) -> list[Subject] | None:
    """The one thing that has the part said, in the colour said: None unless exactly one has it."""
    m = _WORN_BY_ZH.match(said.strip()) or _WORN_BY_EN.match(said.strip())
    if not m:
        return None
    part = parse_phrase(m.group("part"), global_parts=False)
    part_said = clean_rest(part.rest).lower()
    # "the guy with the coffee": a word for anyone, so the part alone tells which
    rest = re.sub(r"^(?:那|这)(?:个|位|只|条|头)(?=\S)", "", m.group("rest").strip())  # 那个男孩: the boy
    rest = clean_rest(re.sub(r"^(?:那个|那位|那只|那个人|人|one|guy|dude|person|fella|lady|kid)$", "", rest,
                             flags=_I)).lower()
    found = [s for s in subjects if (not rest or name_matches(s.name, rest)) and any(
        name_matches(key, part_said) and (not part.colour or values.get("colour") == part.colour)
        for key, values in s.parts.items())]
    return found if len(found) == 1 else None
