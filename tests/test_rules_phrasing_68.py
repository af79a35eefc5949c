"""A style or a background said as a tag or a preference (issue 20; from tuning-26 and phrasings written for this
test): "an old fisherman on a boat, realistic" drew a thing called "realistic" beside him; "dark blue would look
nicer than black for the bg" was a note."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said", ["an old fisherman mending his nets on a boat at dawn, realistic",
                                  "a cat on a sofa, realistic", "a cat, realistic, at night", "a cat on a sofa, photo"])
def test_a_style_word_alone_after_a_comma_is_the_style(said: str) -> None:
    d = talk(said)
    assert d.scene.style == "photorealistic"
    assert all("realistic" not in s.name and "photo" not in s.name for s in d.scene.subjects)


def test_a_realistic_thing_is_still_a_thing() -> None:  # guard: "realistic" before a name describes it
    d = talk("a realistic cat")
    assert len(d.scene.subjects) == 1 and "cat" in d.scene.subjects[0].name


@pytest.mark.parametrize("said, colour", [
    ("hmm actually dark blue would look nicer than black for the bg", "dark blue"),
    ("blue would look nicer for the bg", "blue"),
])
def test_a_background_colour_preferred_is_the_background(said: str, colour: str) -> None:
    d = talk("a red circle on black", said)
    assert d.scene.background == colour and not d.scene.notes
    assert d.scene.subjects[0].attributes["colour"] == "red"


def test_a_thing_preferred_for_the_background_is_not_a_colour() -> None:  # guard
    d = talk("a red circle on black", "a square would look better")
    assert d.scene.subjects[0].name == "square" and d.scene.background == "black"
