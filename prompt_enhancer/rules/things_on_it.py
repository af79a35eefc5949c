"""What things are set on or in, said with "with": "a picnic blanket with a basket and a dog", "a desk with a lamp
and a book", "a kitchen with a table" are the things on it or in it, each drawn."""

from __future__ import annotations

import re

from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.thing import ITEM_SPLIT, Thing

# Its own pieces ("a table with four legs") stay its parts.
_SURFACES = {"table", "desk", "blanket", "tray", "shelf", "counter", "plate", "rug", "carpet", "mat", "tablecloth",
             "bookshelf", "cart", "wagon", "windowsill", "nightstand", "workbench", "platter"}
_ROOMS = {"room", "kitchen", "bedroom", "bathroom", "office", "classroom", "studio", "library", "garage", "cafe"}
_OWN_PIECES = {"leg", "legs", "drawer", "drawers", "top", "cloth", "tablecloth", "cushion", "cushions", "edge",
               "edges", "corner", "corners", "pattern", "patterns", "stripes", "fringe", "tassels", "shelves"}


def things_on_it(head: str, said: str) -> list[Thing] | None:
    """`head` with the things said after it set on it ("a desk with a lamp and a book"), or None where they are
    its own pieces or it is no surface or room."""
    name = clean_rest(parse_phrase(head, global_parts=False).rest).lower()
    words = name.split()
    room = bool(words) and words[-1] in _ROOMS
    if not words or not (room or words[-1] in _SURFACES or re.sub(r"s$", "", words[-1]) in _SURFACES):
        return None
    items = [i for i in ITEM_SPLIT.split(said.strip()) if i and clean_rest(i)]
    names = [clean_rest(parse_phrase(i, global_parts=False).rest).lower() for i in items]
    if not items or any(not n or n.split()[-1] in _OWN_PIECES for n in names):
        return None
    return [Thing(head), *(Thing(item, placed=f"{'in' if room else 'on'} the {name}") for item in items)]
