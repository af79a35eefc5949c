"""Issue 20, blind splits tuning-79 … tuning-84: what is said in one message. One name said twice with its own
values is two things ("small circle top left, big circle bottom right" drew one), "a small red one top right" of
one circle drawn elsewhere is one more, a remark after a request is no thing ("…. my creativity knows no bounds",
"…, chest piece", "…, for my lookbook"), "full body" is a framing, and "a cat but orange" is an orange cat."""

from __future__ import annotations

from rules_talk import names, talk


def test_one_name_said_twice_with_its_own_values_is_two_things() -> None:
    d = talk("tiny square at the top, huge square at the bottom")
    assert [(s.name, s.size, s.position) for s in d.scene.subjects] == [
        ("square", "small", "top"), ("square", "big", "bottom")]
    d = talk("green bird on the left, yellow bird on the right")
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [("green", "left"),
                                                                                  ("yellow", "right")]
    d = talk("draw a cat", "cat on the left")  # guard: said again later, the cat is moved
    assert names(d) == ["cat"] and d.scene.subjects[0].position == "left"


def test_a_valued_one_somewhere_else_is_one_more() -> None:
    d = talk("a big yellow star in the middle", "now a small green one bottom left")
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [("yellow", "center"),
                                                                                  ("green", "bottom left")]
    d = talk("a blue square", "a red one too")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["blue", "red"]
    d = talk("a blue square on the left", "a red one on the left")  # guard: the one there, changed
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["red"]


def test_a_remark_after_the_request_is_no_thing() -> None:
    assert names(talk("draw a fox. truly visionary, i know")) == ["fox"]
    assert names(talk("a moon in the top left. my talent is wasted")) == ["moon"]
    assert names(talk("a green triangle. simplicity is everything")) == ["triangle"]
    assert names(talk("a koi fish, shoulder piece")) == ["koi fish"]
    assert names(talk("draw a wolf howling, for my portfolio")) == ["wolf"]
    assert names(talk("a cup. the height of creativity")) == ["cup"]
    assert names(talk("draw a cat, dog")) == ["cat", "dog"]  # guard: a list
    assert names(talk("draw a fox, hedgehog")) == ["fox", "hedgehog"]  # guard: a thing no list knows


def test_a_maker_says_what_the_picture_is_for() -> None:
    d = talk("so for the menu board i need a red apple and a green pear")
    assert names(d) == ["apple", "pear"]
    assert names(talk("draw a heart and an anchor all on one page")) == ["heart", "anchor"]


def test_full_body_is_how_it_is_framed() -> None:
    d = talk("draw a knight in armour, full body")
    assert names(d) == ["knight"] and d.scene.look == ["full body"]
    assert talk("画一个女孩，全身").scene.look == ["full body"]


def test_a_thing_but_a_value_is_that_thing_with_the_value() -> None:
    d = talk("draw a dog but purple")
    assert names(d) == ["dog"] and d.scene.subjects[0].attributes.get("colour") == "purple"
    d = talk("a house but in blue")
    assert names(d) == ["house"] and d.scene.subjects[0].attributes.get("colour") == "blue"


def test_how_it_rests_there_said_after_a_comma() -> None:
    d = talk("draw a fox, curled up on a rug")
    assert names(d) == ["fox", "rug"] and d.scene.subjects[0].position == "on the rug"
    assert names(talk("an eagle, perched on a rock")) == ["eagle", "rock"]
    assert names(talk("a cat, lying on a bed")) == ["cat", "bed"]
    assert names(talk("draw a blue square, nothing else")) == ["square"]
