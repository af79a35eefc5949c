"""Where a thing goes, said with "goes" (issue 20; phrasings written for this test, of a kind tuning-17 has):
"the sun should go top right" gave the sun a detail "should go", "it goes to the left" was a note, "the circle
goes back where it was" gave it a detail "goes back where it was"."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize(("first", "message", "where"), [
    ("a sun and a tree", "the sun should go top right", "top right"),
    ("a sun and a tree", "the sun goes in the top left corner", "top left"), ("a sun", "it goes to the left", "left"),
])
def test_where_a_thing_goes(first: str, message: str, where: str) -> None:
    d = talk(first, message)
    assert d.scene.subjects[0].position == where and not d.scene.subjects[0].attributes and not d.scene.notes


@pytest.mark.parametrize("message", ["the circle goes back where it was", "it goes back"])
def test_a_thing_goes_back(message: str) -> None:
    d = talk("a circle on the left", "move it to the right", message)
    assert d.scene.subjects[0].position == "left" and not d.scene.subjects[0].attributes


def test_goes_well_is_no_move() -> None:  # guard
    d = talk("a circle on the left", "it goes well with the square")
    assert d.scene.subjects[0].position == "left"
