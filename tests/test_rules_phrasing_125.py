"""A thing after a preposition with no article, as a learner writes it ("sitting under cherry tree": before, no tree
was drawn, and "on table" left no table); a thing moved to one not there ("he is sitting under a cherry tree":
before, the man was "under a cherry tree" and no tree was in the Scene); "black and white would be cool too";
"make it vintage lookin, sepia even" (before, the cat "vintage looking" and a note); "keep the wide angle tho" of a
wide shot (before, "can't find wide"); "undo the b&w" (before, "I'll keep undo the b&w out of the picture" or the
Undo hint); "move the surfboard so its on the right of the tower" (before, not read) (issue 20; from the blind split
tuning-36, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said, there", [
    ("Please draw a old man with white beard, he is sitting under cherry tree.", ["old man", "cherry tree"]),
    ("draw a cat sitting on table", ["cat", "table"]),
    ("a bird on apple tree", ["bird", "apple tree"]),
])
def test_a_thing_said_without_its_article(said, there):
    assert names(talk(said)) == there


def test_a_place_said_without_its_article_stays_a_place():
    d = talk("a fox in snow")
    assert names(d) == ["fox"] and d.scene.background == "in the snow"


def test_a_thing_moved_to_a_new_one():
    d = talk("draw an old man", "he is sitting under a cherry tree")
    assert names(d) == ["old man", "cherry tree"] and d.scene.subjects[0].position == "under the cherry tree"
    d = talk("draw a cat and a sofa", "put the cat on a sofa")
    assert names(d) == ["cat", "sofa"]  # guard: the sofa there is meant


def test_a_look_that_would_be_nice():
    d = talk("draw a telescope", "black and white would be cool too")
    assert d.scene.look == ["black and white"] and not d.scene.notes
    assert talk("draw a cat", "red would be nice").scene.subjects[0].attributes["colour"] == "red"


def test_a_look_said_loosely():
    d = talk("draw a black cat", "make it vintage lookin, sepia even")
    assert d.scene.look == ["vintage", "sepia"] and not d.scene.notes
    assert d.scene.subjects[0].attributes == {"colour": "black"}
    d = talk("draw a boy with a dog", "its ears should be black tho")
    assert not any("tho" in str(p) for s in d.scene.subjects for p in s.parts.values())
    assert "looking" in str(talk("draw a cat looking up at the moon").scene.subjects[0])  # guard


def test_a_look_kept_and_one_taken_off():
    d = talk("draw a telescope, wide angle, black and white", "actually no undo the b&w, keep the wide angle tho")
    assert d.action.value == "edit" and d.scene.look == ["wide shot"] and not d.scene.avoid


def test_moved_so_it_is_somewhere():
    d = talk("draw a tower in the middle and a surfboard on the left",
             "move the surfboard so its on the right of the tower")
    assert d.scene.subjects[1].position == "right"
