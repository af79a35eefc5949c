"""A list after "with" that names a thing drawn on its own ("a sink with a yellow rubber duck and a green
toothbrush"): that one is drawn beside the head, and the others are the head's when it is someone ("a girl with a
dog and an umbrella": her umbrella), else things beside it too. Before, the sink was named "sink with a rubber duck"
and coloured yellow."""

from __future__ import annotations

import re

from prompt_enhancer.rules.drawn_alone import is_new_subject
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

_ITEMS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|the|some|two|three|\d+)\s)", re.IGNORECASE)


def _name(said: str) -> str:
    return (clean_rest(parse_phrase(said, global_parts=False).rest).lower().split() or [""])[-1]


def things_listed(head: str, said: str) -> list[tuple[str, list[tuple[str, str]]]] | None:
    """(text, parts) of each thing: the head with the items that are its, then each item drawn on its own; None
    when the list names nothing drawn on its own."""
    items = [i for i in _ITEMS.split(said.strip()) if clean_rest(i)]
    alone = [is_new_subject(_name(i)) for i in items]
    if len(items) < 2 or not any(alone):
        return None
    if not is_new_subject(clean_rest(parse_phrase(head, global_parts=False).rest).lower()):
        alone = [True] * len(items)
    return [(head, [("with", i) for i, own in zip(items, alone) if not own]),
            *((i, []) for i, own in zip(items, alone) if own)]
