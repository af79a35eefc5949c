"""Where things go, said as an architect says it ("centred horizontally and vertically", "immediately to its
right", "in the upper right of the picture", "Move the tree so it stands directly left of the house. Nothing else
changes.", "Correction: a triangle"), and a picture asked for by its place first ("i want a beach with a red
umbrella in the middle …") (issue 20; from the blind split tuning-34, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from prompt_enhancer.rules.place_first import place_first
from prompt_enhancer.rules.precise_places import as_placed_precisely
from rules_talk import names, talk


@pytest.mark.parametrize("said, meant", [
    ("a small house, centred horizontally and vertically", "a small house, centred"),
    ("Red circle, exactly centred in the frame, roughly a third of the width.", "Red circle, centred."),
    ("A tall pine tree immediately to its right.", "A tall pine tree to the right of it."),
    ("a yellow bird in the upper right of the picture", "a yellow bird in the upper right"),
    ("Move the tree so it stands directly left of the house. Nothing else changes.",
     "Move the tree left of the house. keep everything else."),
    ("Correction: a triangle, not a square.", "no, a triangle, not a square.")])
def test_places_said_precisely(said, meant):
    assert as_placed_precisely(said) == meant


def test_an_architect_draws_and_moves():
    """Before: things called "horizontally and vertically" and "tall pine tree immediately to its" were drawn, and
    "Move the tree" was not read."""
    d = talk("Draw a small house, centred horizontally and vertically. A tall pine tree immediately to its right. "
             "Sun in the top-left corner.")
    assert [(s.name.lower(), s.position) for s in d.scene.subjects] == [
        ("house", "center"), ("tall pine tree", "right"), ("sun", "top left")]
    moved = talk("a small house in the center and a tree on the right",
                 "Move the tree so it stands directly left of the house. Nothing else changes.")
    assert moved.scene.subjects[1].position == "left" and moved.scene.subjects[0].position == "center"


def test_a_correction_label():  # guard: read before on a clean picture, and still so
    assert names(talk("a red circle", "Make it a square.", "Correction: a triangle, not a square.")) == ["triangle"]


@pytest.mark.parametrize("said, drawn, place", [
    ("ok so i want a beach with a red umbrella in the middle and a crab on the left side", ["umbrella", "crab"],
     "on the beach"),
    ("draw a forest with a small cabin and a deer", ["cabin", "deer"], "in a forest")])
def test_a_place_first_then_its_things(said, drawn, place):
    """Before: the beach (or the forest) was a thing drawn at the center."""
    d = talk(said)
    assert names(d) == drawn and d.scene.background == place


@pytest.mark.parametrize("kept", ["draw a house with a red door", "a girl with a red umbrella"])
def test_a_thing_with_its_parts_is_no_place(kept):  # guards
    assert place_first(kept) == kept
