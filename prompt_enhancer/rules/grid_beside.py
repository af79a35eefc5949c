"""A place said against a thing that stands in a cell of the picture ("above the house" of a house in the middle,
"to the right of the square", 正方形的上面, "below it" of a triangle at the top right): the next cell that way.
The picture says where each thing is in its grid of nine; a relation to a thing with a cell said as that cell is
what a person sees and what any model draws. Against a thing with no cell ("left of the cat" on a sofa), at an edge
("above" a thing at the top) or physically under or on it ("under the table"), the relation stays as said.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Scene
from prompt_enhancer.rules.names import name_matches

_I = re.IGNORECASE
_STEP = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}
_EN = re.compile(r"^(?:just\s+|right\s+)?(?P<d>above|over|below|beneath|(?:(?:to|on)\s+the\s+)?(?:left|right)"
                 r"(?:\s+side)?\s+of)\s+(?:the\s+)?(?P<a>[\w' -]+?)$", _I)
_ZH = re.compile(r"^(?P<a>[\u4e00-\u9fffA-Za-z ]+?)的?正?"
                 r"(?P<d>上面|上方|上|下面|下方|下|左边|左侧|左面|右边|右侧|右面)$")
_WAY = {"above": "up", "over": "up", "below": "down", "beneath": "down", "上面": "up", "上方": "up", "上": "up",
        "下面": "down", "下方": "down", "下": "down"}


def _way(said: str) -> str:
    said = said.lower()
    return _WAY.get(said) or ("left" if "left" in said or "左" in said else "right")


def on_the_grid(scene: Scene, position: str) -> str:
    """The cell next to the named thing's cell, the way said; the position as said when there is none."""
    m = _EN.match(position.strip()) or _ZH.match(position.strip())
    if not m:
        return position
    anchors = [s for s in scene.subjects if name_matches(s.name, m.group("a").strip())]
    if len(anchors) != 1 or anchors[0].position not in vocab.GRID_CELLS:
        return position
    col, row = vocab.GRID_CELLS[anchors[0].position]
    step = _STEP[_way(m.group("d"))]
    to = (col + step[0], row + step[1])
    return vocab.grid_position(*to) if 0 <= to[0] <= 2 and 0 <= to[1] <= 2 else position
