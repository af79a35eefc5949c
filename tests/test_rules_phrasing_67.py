"""Talk that is no request (issue 20; from tuning-26 and phrasings written for this test): "thx, have a good one"
and "omg so cute 😍 can you also do animations or just still pictures?" became notes, "what do you think looks
better, red or blue?" noted "red or blue", and "thats so moody, love it" noted "thats so moody" of a moody
picture. A look said alone ("so moody") or complained of ("it's too dark") is still a change."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk

DUCK = "a yellow duck on a pond"


@pytest.mark.parametrize("said", ["thx, have a good one", "have a nice evening!", "ok take care"])
def test_a_farewell_is_answered(said: str) -> None:
    d = talk(DUCK, said)
    assert d.action is Action.CHAT and not d.scene.notes


@pytest.mark.parametrize("said", ["omg so cute 😍 can you also do animations or just still pictures?",
                                  "can u also make videos?"])
def test_what_the_app_makes_asked_with_also_is_a_question(said: str) -> None:
    d = talk(DUCK, said)
    assert d.action is Action.CHAT and not d.scene.notes


@pytest.mark.parametrize("said", ["what do you think looks better, red or blue?", "which one is nicer, left or right?"])
def test_an_opinion_asked_is_a_question(said: str) -> None:
    d = talk("a red circle on the left and a blue circle on the right", said)
    assert d.action is Action.CHAT and not d.scene.notes
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["red", "blue"]


def test_a_look_praised_is_a_reaction() -> None:
    d = talk("a fisherman on a boat, moody", "thats so moody, love it")
    assert d.action is Action.CHAT and not d.scene.notes


@pytest.mark.parametrize("said, look", [("so moody", "moody"), ("make it moody", "moody")])
def test_a_look_asked_for_is_still_a_change(said: str, look: str) -> None:  # guard
    d = talk("a fisherman on a boat", said)
    assert d.action is Action.EDIT and look in d.scene.look


def test_a_look_complained_of_is_still_a_change() -> None:  # guard
    d = talk("a fisherman on a boat", "it's too dark")
    assert d.action is Action.EDIT and d.scene.look


def test_a_wish_with_what_do_you_think_is_still_a_change() -> None:  # guard
    d = talk("a red circle", "what do you think, make it blue")
    assert d.scene.subjects[0].attributes["colour"] == "blue"
