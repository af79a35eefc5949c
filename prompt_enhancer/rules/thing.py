"""One thing of a drawing's description as the parts rules split it, and how a list of things is parted ("a, b
and c", "a和b、c")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|和|与|跟|、|以及|还有", re.IGNORECASE)


@dataclass
class Thing:
    """One thing of a description: its words, its parts as (relation, words), where it is at another ("on the sofa")."""

    text: str
    parts: list[tuple[str, str]] = field(default_factory=list)
    placed: str | None = None  # a free position naming the other thing: "on the sofa", "樱花树下"
    pose: str | None = None
    shows: str | None = None  # what it shows or says: "3:30" of "a clock showing 3:30", "says OPEN"
    done_to: bool = False  # what another thing's doing is done to: the ship of "a kraken attacking the ship"


def pieces(text: str) -> list[str]:
    """The items of a list; a piece that names nothing joins the next ("black and white fur": one, of two colours)."""
    found: list[str] = []
    for piece in (i.strip() for i in ITEM_SPLIT.split(text) if i and i.strip()):
        if found and not _names_something(found[-1]):
            found[-1] += " and " + piece
        else:
            found.append(piece)
    return found


def _names_something(piece: str) -> bool:
    ph = parse_phrase(piece, global_parts=False)
    return bool(ph.shape or clean_rest(ph.rest))
