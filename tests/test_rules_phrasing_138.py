"""How good a look is, said before it ("clean studio lighting": before, a thing called "clean"), and "a single"
thing (before, named "single sneaker") (issue 20; from the blind split tuning-29, then phrasings written for the
test)."""

from __future__ import annotations

from rules_talk import names, talk


def test_how_good_a_look_is_is_no_thing():
    d = talk("a bottle of perfume, front view, crisp studio lighting")
    assert len(names(d)) == 1 and "crisp" not in names(d)[0] and "studio lighting" in d.scene.look


def test_a_single_thing_is_one_of_it():
    assert names(talk("draw a single yellow tulip")) == ["tulip"]
