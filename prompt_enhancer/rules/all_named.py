""""remove all the flowers", "make both cats grey", "所有的花都去掉": every one of the things named, not everything
in the picture (a rabbit beside the flowers stays). "all of them", "both", "all three" still mean everything."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialog.scene import Subject
from prompt_enhancer.rules.names import name_matches
from dialog.plurals import singular

_ALL = re.compile(r"^(?:all|both|every|each)(?:\s+of)?(?:\s+(?:the|these|those|my|your))?\s+(?P<name>.+)$"
                  r"|^(?:所有|全部)的?(?P<zh>[^都全们]+?)(?:们)?(?:都|全)?$", re.I)
_NOT_NAMES = re.compile(r"^(?:them|it|of\s+them|things?|stuff|ones?|everything|objects?|the\s+rest|others?|"
                        r"\d+|two|three|four|five|six|single\s+one)$", re.I)


def all_of_name(subjects: Sequence[Subject], key: str) -> list[Subject] | None:
    """The subjects `key` ("all the flowers") names after its "all"; None when it names none of them."""
    m = _ALL.match(key.strip())
    name = m and (m.group("name") or m.group("zh") or "").strip()
    if not name or _NOT_NAMES.match(name):
        return None
    named = [s for s in subjects if name_matches(s.name, name) or name_matches(s.name, singular(name))]
    return named or None
