"""Issue 20, the classes tuning-7 found: two new things said side by side ("a red circle left of
a blue square", 一个圆在正方形的左边). Each test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


def names(decision) -> list[str]:  # noqa: ANN001
    return [s.name for s in decision.scene.subjects]


def where(decision) -> dict[str, str | None]:  # noqa: ANN001
    return {s.name: s.position for s in decision.scene.subjects}


# ---------------------------------------- two new things side by side: each on its side of the picture

@pytest.mark.parametrize(("message", "expected"), [
    ("a red circle left of a blue square", {"circle": "left", "square": "right"}),
    ("draw a cat to the right of a dog", {"cat": "right", "dog": "left"}),
    ("a cat on the left of a tree", {"cat": "left", "tree": "right"}),
    ("a sun above a house", {"sun": "top", "house": "bottom"}),
    ("a ball below a table", {"ball": "bottom", "table": "top"}),
    ("一个红色的圆在蓝色正方形的左边", {"circle": "left", "square": "right"}),
    ("一只猫在狗的右边", {"猫": "right", "狗": "left"}),
])
def test_two_new_things_side_by_side_are_both_drawn_on_their_sides(message: str, expected: dict) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert where(d) == expected


def test_the_colours_stay_with_their_things_side_by_side() -> None:
    d = talk("a red circle left of a blue square")
    colours = {s.name: s.attributes.get("colour") for s in d.scene.subjects}
    assert colours == {"circle": "red", "square": "blue"}


def test_a_side_of_a_thing_already_drawn_keeps_the_relation() -> None:
    d = talk("a dog", "add a cat left of the dog")
    assert names(d) == ["dog", "cat"]
    assert d.scene.subjects[1].position == "left of the dog"


def test_under_and_next_to_stay_relations() -> None:
    assert where(talk("a cat under a table"))["cat"] == "under the table"
    assert where(talk("a cat next to a dog"))["cat"] == "next to the dog"
