"""A worn thing named with a word the rules do not know before its kind ("white satin pointe shoes": before, a
note), an aspect kept said with what it is of ("keep the glaze colour", "keep the traditional look": before, the
turn before it was not made), "the far right", what is wrong with one thing before what to do about it ("the cubs
way too close to her. put it on the far right": before, the cub got that as a detail and "it" was the tree), "tree
stays as is" beside a change (before, the tree was made "stays") (issue 20; from the blind split tuning-37, then
phrasings written for the test)."""

from __future__ import annotations

from rules_talk import names, talk


def test_a_worn_thing_with_an_unknown_word_before_its_kind():
    d = talk("draw a soldier in a green jacket", "and black leather combat boots")
    assert names(d) == ["soldier"] and "combat boots" in " ".join(d.scene.subjects[0].parts)


def test_an_aspect_kept_with_what_it_is_of():
    d = talk("draw a small blue vase", "turn the vase into a jug, keep the glaze colour")
    assert names(d) == ["jug"] and d.scene.subjects[0].attributes.get("colour") == "blue"
    d = talk("draw a swallow, traditional tattoo style", "make it a koi instead, keep the old school look")
    assert names(d) == ["koi"]


def test_the_far_side():
    d = talk("draw a cat and a dog", "put the dog on the far left")
    assert d.scene.subjects[1].position == "left"


def test_what_is_wrong_with_one_thing_then_it():
    d = talk("draw a girl, a small goat and a fence", "the goats way too close to her. move it to the far right")
    goat = d.scene.subjects[1]
    assert goat.position == "right" and "detail" not in goat.attributes
    assert d.scene.subjects[2].position is None


def test_a_thing_that_stays_beside_a_change():
    d = talk("draw a boat, a lighthouse and a gull", "make the gull white, lighthouse stays as is")
    assert "detail" not in d.scene.subjects[1].attributes
    assert d.scene.subjects[2].attributes.get("colour") == "white"
