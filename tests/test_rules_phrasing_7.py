"""Issue 20, the classes left after tuning-6: a Chinese demonstrative alone, a thing with a place phrase, a
phrasal verb's particle after a thing, a two-colour description as a reference, a thing with 在 + place + verb,
a missing letter in a name, "X，但是要Y" with a comma, taking the colour away with several things there. Each
test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk



# ------------------------------------------------------- 那 + a measure word is "that", not "then"

@pytest.mark.parametrize(("first", "message"), [
    ("画一只猫", "那只猫"),
    ("画一条狗", "那条狗"),
    ("画一个圆形", "那个圆形"),
])
def test_that_one_said_alone_in_chinese_is_the_one_there_and_asks_nothing(first: str, message: str) -> None:
    before = talk(first)
    d = talk(first, message)
    assert d.action is Action.CHAT
    assert "?" not in d.reply and "？" not in d.reply
    assert names(d) == names(before)


def test_that_with_a_measure_word_still_names_the_thing_changed() -> None:
    d = talk("画一只猫", "那只猫变成红色")
    assert d.scene.subjects[0].attributes.get("colour") == "red"


def test_then_before_a_request_is_still_read_as_then() -> None:
    d = talk("画一只猫", "那就画一只狗")
    assert names(d) == ["狗"]


# ------------------------------------------------- a thing, a comma, then "but" and how it should differ

@pytest.mark.parametrize(("first", "message", "colour"), [
    ("画一只猫", "猫，但是要橙色的", "orange"),
    ("a cat", "a cat, but orange", "orange"),
    ("a dog", "a dog, but brown please", "brown"),
])
def test_a_thing_then_but_after_a_comma_changes_the_thing_there(first: str, message: str, colour: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 1
    assert d.scene.subjects[0].attributes.get("colour") == colour
    assert not d.scene.notes
    assert "?" not in d.reply and "？" not in d.reply


def test_a_comma_and_but_after_a_command_is_still_one_request() -> None:
    d = talk("draw a cat, but make it blue")
    assert names(d) == ["cat"]
    assert d.scene.subjects[0].attributes.get("colour") == "blue"


# ---------------------------------------- a thing with a place phrase naming the surroundings ("on the wall")

@pytest.mark.parametrize(("message", "name", "where"), [
    ("a clock on the wall", "clock", "on the wall"),
    ("a vase on the table", "vase", "on the table"),
    ("a vase on the floor", "vase", "on the floor"),
    ("a lamp by the window", "lamp", "by the window"),
])
def test_a_thing_on_the_wall_is_that_thing_placed_there(message: str, name: str, where: str) -> None:
    d = talk(message)
    assert names(d) == [name]
    assert d.scene.subjects[0].position == where


def test_a_thing_on_the_wall_added_to_a_picture() -> None:
    d = talk("a cat", "add a clock on the wall")
    assert names(d) == ["cat", "clock"]
    assert d.scene.subjects[1].position == "on the wall"


def test_a_side_said_with_the_is_still_a_side_and_a_new_thing_placed_at_is_still_drawn() -> None:
    assert [(s.name, s.position) for s in talk("a dog on the left and a cat on the right").scene.subjects] == [
        ("dog", "left"), ("cat", "right")]
    assert names(talk("a cat sitting on a sofa")) == ["cat", "sofa"]


# -------------------------------------------- a verb's particle after a thing already there ("put the cat down")

@pytest.mark.parametrize(("first", "message"), [
    ("a cat", "put the cat down"),
    ("a cat", "pick the cat up"),
    ("a cat", "pick up the cat"),
    ("a cat", "turn the cat around"),
    ("a cat and a dog", "turn the dog around please"),
])
def test_a_particle_is_no_word_of_the_name_and_the_rules_ask(first: str, message: str) -> None:
    before = talk(first)
    d = talk(first, message)
    assert d.action is Action.CHAT
    assert "?" in d.reply
    assert d.scene.subjects == before.scene.subjects


@pytest.mark.parametrize(("first", "message", "named"), [
    ("a cat and a dog", "turn the dog around please", "dog"),
    ("a red cat", "put the cat down", "cat"),
])
def test_the_question_says_which_thing_was_understood(first: str, message: str, named: str) -> None:
    """The rules found the thing, not what to do with it: the question names it rather than a bare "what"."""
    d = talk(first, message)
    assert d.action is Action.CHAT
    assert named in d.reply.split("”")[-1]  # in the question, not only in the quoted message


@pytest.mark.parametrize(("first", "message", "expected"), [
    ("a girl holding a ball", "put the ball down", ["girl"]),
    ("a cat", "turn the cat red", ["cat"]),
    ("a cat", "put the cat on the left", ["cat"]),
])
def test_a_held_thing_put_down_a_value_and_a_place_are_read_as_before(first: str, message: str,
                                                                     expected: list[str]) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert names(d) == expected


# ------------------------------------------------------- a vowel left out of a thing of four to six letters

@pytest.mark.parametrize(("message", "expected"), [
    ("hrse", ["horse"]),
    ("draw a brd", ["bird"]),
    ("a fsh pls", ["fish"]),
])
def test_a_thing_typed_without_its_vowel_is_mended(message: str, expected: list[str]) -> None:
    assert names(talk(message)) == expected


@pytest.mark.parametrize("word", ["hose", "bid", "shy", "hrs", "msg", "thx"])
def test_a_real_word_or_a_chat_abbreviation_is_never_mended_into_a_thing(word: str) -> None:
    from prompt_enhancer.rules.spelling import correction
    assert correction(word) is None


# ------------------------------------------------- Chinese: a thing + 在 + place + what it does there

@pytest.mark.parametrize(("message", "name", "pose"), [
    ("一条鱼在水里游", "鱼", "swimming"),
    ("一只猫在地上躺着", "猫", "lying"),
    ("一个钟在墙上", "钟", None),
])
def test_a_thing_in_its_surroundings_doing_something_is_that_thing(message: str, name: str, pose: str) -> None:
    d = talk(message)
    assert names(d) == [name]
    assert d.scene.subjects[0].position
    assert d.scene.subjects[0].attributes.get("pose") == pose


def test_a_thing_on_another_thing_doing_something_draws_both() -> None:
    d = talk("一只猫在沙发上睡")
    assert names(d) == ["猫", "沙发"]
    assert d.scene.subjects[0].attributes.get("pose") == "sleeping"
