"""From tuning-47 and tuning-48 (issue 20; blind splits in the held-out's shape), after their first sight was measured:
the background said loosely ("the background change to yellow", "do the background white"), "lower it", "purple
color", "no no, back to a circle", "a circle is better tbh" of a star, "and nudge it left", "draw it again" with
nothing drawn, 弄得那个一点 and "smell like my grandmother's bread" asked about, "with basket of apples"."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_the_background_said_loosely():
    assert talk("a red heart on pink", "the background change to yellow please").scene.background == "yellow"
    assert talk("a big yellow star on black", "now do the background white pls").scene.background == "white"


def test_lower_it_moves_it_down():
    d = talk("a hot air balloon top left", "lower it all the way down")
    assert d.scene.subjects[0].position == "bottom left" and not d.scene.notes
    assert talk("a kite at the bottom", "raise the kite").scene.subjects[0].position == "center"
    assert talk("a kite at the bottom", "raise the kite a bit").scene.subjects[0].position == "center"
    assert talk("a cat", "lower the brightness").scene.subjects[0].position is None  # how it looks, not where


def test_a_colour_said_with_colour():
    d = talk("a red heart on pink", "put one more heart, purple color, on the left side")
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [("red", None), ("purple", "left")]
    assert not d.scene.notes


def test_back_to_what_it_was_and_a_shape_preferred():
    d = talk("a small orange circle bottom left", "make it a triangle", "no no, back to a circle sorry")
    assert names(d) == ["circle"] and d.scene.subjects[0].attributes == {"colour": "orange"} and not d.scene.notes
    d = talk("a big purple square top right", "make it a star", "wait no a circle is better tbh")
    assert names(d) == ["circle"] and "shape" not in d.scene.subjects[0].attributes


def test_nudge_after_and_is_a_request_of_its_own():
    d = talk("a small grey elephant bottom right", "make it blue and nudge it left a little")
    elephant = d.scene.subjects[0]
    assert names(d) == ["elephant"] and elephant.attributes["colour"] == "blue" and elephant.position == "bottom"


def test_asked_back():
    d = talk("hi! can you draw it again but different")
    assert d.action is Action.CHAT and not d.scene.subjects and "?" in d.reply
    d = talk("一棵苹果树", "把它弄得那个一点")
    assert d.action is Action.CHAT and not d.scene.subjects[0].attributes and "？" in d.reply
    d = talk("a cottage", "Can you make it smell like my grandmother's bread?")
    assert d.action is Action.CHAT and not d.scene.subjects[0].attributes


def test_a_thing_had_without_its_article():
    d = talk("please draw a old lady with basket of apples")
    assert names(d) == ["old lady"] and "basket of apples" in d.scene.subjects[0].parts
