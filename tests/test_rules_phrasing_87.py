"""The background said back or kept, a child's words for things, "the tree too" after a removal and "i want the
circle back" (issue 20; from the blind split tuning-31, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, background", [
    ("no wait, the background back to white", "white"),
    ("add a small cake on the right, same background", "beige"),
    ("swap the background for dark green", "dark green"),
    ("keep the background, make the cup blue", "beige"),
    ("change the background to black", "black"),  # guard: as before
])
def test_the_background_said_back_or_kept(said, background):
    """"back to white" and "same" were set as backgrounds; "swap the background for …" was not read."""
    d = talk("a coffee cup and a croissant on beige", "make the background light gray", said) \
        if "back to" in said else talk("a coffee cup and a croissant on beige", said)
    assert d.scene.background == background


@pytest.mark.parametrize("first, said, names", [
    ("draw a doggy and a kitty on the grass pls", None, ["dog", "cat"]),
    ("can u draw a boat on the sea and a fishy under it", "move the boaty to the left side", ["boat", "fish"]),
    ("a pink kitty cat", None, ["cat"]),
])
def test_a_childs_word_for_a_thing_is_the_thing(first, said, names):
    """"move the boaty to the left side" found no boaty; "doggy" and "kitty" were kept as names."""
    d = talk(first, said) if said else talk(first)
    assert [s.name for s in d.scene.subjects] == names
    if said:
        assert d.scene.subjects[0].position == "left"


@pytest.mark.parametrize("removal, too, left", [
    ("remove the car", "the tree too", ["house"]),
    ("把车删了", "the tree too", ["house"]),
    ("把车删了", "树也是", ["house"]),
])
def test_another_thing_too_after_a_removal_is_removed(removal, too, left):
    """The removed thing could not be found again, so "the tree too" drew a second tree."""
    d = talk("a house, a tree and a car", removal, too)
    assert [s.name for s in d.scene.subjects] == left


def test_another_thing_too_after_a_colour_change_is_coloured():  # guard: as before
    d = talk("a red circle and a blue square", "make the circle green", "the square too")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["green", "green"]


@pytest.mark.parametrize("said", ["undo that, i want the circle back", "i want the circle back",
                                  "bring the circle back"])
def test_wanting_a_removed_thing_back_brings_it_back(said):
    """"i want the circle back" drew a thing called "back circle" in a new picture."""
    d = talk("a blue square, a red circle and a yellow triangle", "delete the circle", said)
    assert sorted((s.name, s.attributes.get("colour")) for s in d.scene.subjects) == [
        ("circle", "red"), ("square", "blue"), ("triangle", "yellow")]
