"""A prompt that opens with how the picture looks ("cinematic lighting, a fox in the forest", "masterpiece, 8k, a
girl", "电影感，一只猫"): with nothing drawn yet the looks are read after the things they light, not refused as
changes to an empty picture."""

from __future__ import annotations

from prompt_enhancer.rules.clause_body import clause_body
from prompt_enhancer.rules.phrase import clean_rest
from prompt_enhancer.rules.setting_phrase import parse_looks


def looks_after_things(clauses: list[str], empty: bool) -> list[str]:
    """The clauses with the looks said before anything to draw moved after it, on an empty picture."""
    lead = 0
    while empty and lead < len(clauses) - 1 and _only_looks(clauses[lead]):
        lead += 1
    return clauses[lead:] + clauses[:lead]


def _only_looks(clause: str) -> bool:
    looks, rest = parse_looks(clause_body(clause))
    return bool(looks) and not clean_rest(rest)
