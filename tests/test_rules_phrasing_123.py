"""A thing no word list knows, said as one more with where it goes ("three pink tulips beside it": before, a note);
"it" in such a place means the same thing for each of several ("beside it" thrice: before, the second tulip beside
the first); praise before a request does not swallow the request ("Perfect. …": before, only "You're welcome!");
"warm the background up to a soft beige"; plurals in -ves that are not -f ("beehives", "gloves": before, "beehif",
"glof"); a dropped g on more verbs ("doin", "fishin") (issue 20; from the blind splits tuning-35 and tuning-36,
then phrasings written for the test)."""

from __future__ import annotations

import pytest

from prompt_enhancer.rules.casual import plain_words
from dialog.plurals import singular
from rules_talk import names, talk


@pytest.mark.parametrize("said, count", [("three pink tulips beside it", 3), ("a pink tulip beside it", 1),
                                         ("two gnomes on the left", 2), ("some tulips beside it", 1)])
def test_an_unlisted_thing_said_with_its_place_is_added(said, count):
    d = talk("draw a blue bottle", said)
    assert d.action.value == "edit"
    assert names(d)[0] == "bottle" and len(names(d)) == 1 + count
    assert all(s.position and "bottle" in s.position or s.position == "left" for s in d.scene.subjects[1:])


def test_it_is_the_same_thing_for_each_copy():
    d = talk("draw a blue bottle", "add three pink tulips beside it")
    assert [s.position for s in d.scene.subjects[1:]] == ["beside the bottle"] * 3


def test_praise_then_a_request():
    d = talk("draw a blue bottle", "Perfect. Three pink tulips beside it, and warm the background up to a soft beige")
    assert names(d) == ["bottle", "tulip", "tulip", "tulip"]
    assert d.scene.background == "soft beige"
    d = talk("draw a blue bottle", "Perfect. blorf the zibble on the left")
    assert d.scene.notes  # not thrown away as talk: said where something goes


@pytest.mark.parametrize("said", ["warm the background up to a soft beige", "tone the background down to beige"])
def test_a_background_warmed_to_a_colour(said):
    assert "beige" in talk("draw a blue bottle", said).scene.background


def test_plurals_in_ves():
    assert [singular(w) for w in ("beehives", "gloves", "knives", "wolves", "scarves", "leaves", "waves")] == [
        "beehive", "glove", "knife", "wolf", "scarf", "leaf", "wave"]
    d = talk("draw three beehives in a row, the left one yellow, middle one white, right one blue")
    assert names(d) == ["beehive"] * 3


def test_a_dropped_g():
    assert plain_words("a skater boy doin a kickflip") == "a skater boy doing a kickflip"
    assert plain_words("an old fishin boat") == "an old fishing boat"


@pytest.mark.parametrize("said", ["a bit on the left", "one on the left", "a lot more on the left"])
def test_values_are_no_things(said):  # guards: these move or ask, they draw nothing new
    d = talk("draw a blue bottle", said)
    assert "bit" not in " ".join(names(d)) and "lot" not in " ".join(names(d)) and len(names(d)) == 1
