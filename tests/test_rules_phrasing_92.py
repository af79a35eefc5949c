"""First requests said in full by a grandparent, a parent and a mixed-language speaker (issue 20; from the blind
splits tuning-30 and tuning-31, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, names", [
    ("Could you please draw a mother duck with two little ducklings swimming on a pond?",
     ["mother duck", "duckling", "duckling"]),
    ("a dog with two puppies", ["dog", "puppy", "puppy"]),  # guard: as before
    ("can u draw a rocket flying to the moon", ["rocket", "moon"]),
    ("Good afternoon. Could you please draw an elderly gentleman sitting in the park, wearing a brown flat cap? "
     "Thank you kindly.", ["elderly gentleman"]),
    ("can we draw a snowman with a red scarf and a black top hat? my son wants one", ["snowman"]),
    ("draw 一个 red ball 和一个 blue ball，red 的那个大一点", ["ball", "ball"]),
    ("a bird sitting on the roof", ["bird"]),  # guard: a place said with "the" is where it is
])
def test_what_a_first_request_draws(said, names):
    """The ducklings were a name ("mother duck with two ducklings"), the moon was left out, and "kindly", "son
    wants" and "draw" were drawn as things."""
    assert [s.name for s in talk(said).scene.subjects] == names


@pytest.mark.parametrize("said, part", [("give her rainbow wings", "rainbow wings"),
                                        ("give her a crown", "crown")])  # guard
def test_a_part_described_by_a_thing_is_still_a_part(said, part):
    """"rainbow wings" read as a rainbow, a thing of its own, so the request was not understood."""
    d = talk("a pink unicorn", said)
    assert [s.name for s in d.scene.subjects] == ["unicorn"] and part in d.scene.subjects[0].parts
