"""A finish said between commas after the thing ("A pendant lamp, matte black, …": before, a thing called "matte"),
a participle said right after a thing's name ("a red dragon perched on a mountain top": before, "dragon perched")
(issue 20; from the blind split tuning-33, then phrasings written for the test)."""

from __future__ import annotations

from rules_talk import names, talk


def test_a_finish_between_commas_describes_the_thing():
    d = talk("A floor lamp, matte white, on the left")
    assert names(d) == ["floor lamp"] and d.scene.subjects[0].attributes.get("colour") == "white"


def test_a_participle_after_the_name_is_not_in_it():
    assert names(talk("a green dragon perched on a mountain top breathing fire"))[0] == "dragon"


def test_a_participle_before_the_name_stays():  # guard
    assert names(talk("draw a boiled egg")) == ["boiled egg"]
