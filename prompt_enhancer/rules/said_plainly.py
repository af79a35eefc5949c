"""A clause said again the plain way the rules read it, once its courtesy is off: a kind of picture
(picture_kinds: "make it look like a painting", 来个黑白版本), a copy (copies: "duplicate it", 再画一只一样的),
one thing instead of another (instead_of: "a spear instead of the sword"), a new thing with what it has
(has_parts: "a dog has a blue collar"), a way alone (axis_moves: "all the way down", 一直往下) and a value chosen
for a thing (value_for: "go with grey for the bg")."""

from __future__ import annotations

from prompt_enhancer.rules.axis_moves import as_move
from prompt_enhancer.rules.copies import as_copy
from prompt_enhancer.rules.has_parts import as_with
from prompt_enhancer.rules.instead_of import as_swap
from prompt_enhancer.rules.picture_kinds import as_kind_said
from prompt_enhancer.rules.value_for import as_value_for


def said_plainly(body: str) -> str:
    return as_value_for(as_move(as_with(as_swap(as_copy(as_kind_said(body))))))
