"""Asked as a question, meant as a request ("Could you do a cake with 7 candles?", "can the background be pink
instead?"), said as what there should not be ("there should be no tree either"), where the picture is said as
what is behind ("and theres a forest behind them"), and thanks for being helpful (issue 20; from the blind splits
tuning-33 and -34, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


def test_do_a_thing_is_draw_it():
    """Before: "do a cake …?" was a yes-or-no question, answered and nothing drawn."""
    assert names(talk("Could you do a cake with 7 candles for my son's birthday?")) == ["cake"]


def test_a_yes_or_no_question_is_still_one():  # guard
    d = talk("a cat", "do you like cats?")
    assert d.action is Action.CHAT and names(d) == ["cat"]


def test_thanks_for_being_helpful():
    """Before: on a picture with nothing in it, a thing called "you've been very helpful" was drawn."""
    d = talk("Thank you, you've been very helpful 😊")
    assert d.action is Action.CHAT and names(d) == []


@pytest.mark.parametrize("said, background", [("Actually can the background be pink instead? She loves pink",
                                               "pink"), ("and theres a forest behind them", "in a forest")])
def test_the_background_asked_for(said, background):
    """Before: "I didn't understand “can the background be pink instead”", "…a forest behind them"."""
    assert talk("a teddy bear on a light blue background", said).scene.background == background


def test_could_the_thing_be():  # guard: read before, and read the same way now
    assert talk("a cat", "could the cat be blue").scene.subjects[0].attributes["colour"] == "blue"


def test_there_should_be_no_tree():
    """Before: a thing called "no tree either just the house" was added."""
    assert names(talk("a house, a tree and the sun", "and there should be no tree either just the house by "
                      "itself")) == ["house", "sun"]


def test_w_before_a_colour_is_with():
    """Before: "grey w white paws" read "w" as a word of the cat's description."""
    assert "w" not in talk("a cat", "can u make the cat grey w white paws ty").reply.split()
