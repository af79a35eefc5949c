"""Issue 20, the classes tuning-2 and tuning-3 still missed: what "it" means after "X on Y", replacing one thing
with another, answers to the rules' own questions, ellipsis, emoji, parts said with its / 它的, Chinese colour
compounds. Each test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


def described(decision) -> list[tuple[str, dict, str | None, str | None]]:  # noqa: ANN001
    return [(s.name, s.attributes, s.size, s.position) for s in decision.scene.subjects]


@pytest.mark.parametrize(("first", "then", "changed"), [
    ("a cat sitting on a sofa", "make it bigger", "cat"),
    ("a green frog on a lily pad", "make it blue", "frog"),
])
def test_it_after_a_thing_placed_on_another_is_the_thing_not_what_it_sits_on(first: str, then: str,
                                                                               changed: str) -> None:
    d = talk(first, then)
    assert d.action is Action.EDIT
    touched = [d.scene.subject(i).name for i in d.changed]
    assert touched == [changed]


@pytest.mark.parametrize(("first", "then", "names"), [
    ("a dog and a cat in a park", "replace the dog with a rabbit", ["rabbit", "cat"]),
    ("a dog and a cat in a park", "swap the cat for a bird", ["dog", "bird"]),
    ("a red ball and a tree", "put a blue cube in place of the ball", ["cube", "tree"]),
    ("画一只鸭子和一棵树", "用一只天鹅替换鸭子", ["天鹅", "树"]),
    ("画一只鸭子和一棵树", "把鸭子替换成一只天鹅", ["天鹅", "树"]),
])
def test_replace_one_thing_with_another(first: str, then: str, names: list[str]) -> None:
    d = talk(first, then)
    assert d.action is Action.EDIT
    assert [s.name for s in d.scene.subjects] == names


def test_a_replacement_keeps_the_place_and_the_colour_not_said_again() -> None:
    # as "turn the dog into a cat" does: only what was asked changes (its collar would go with it)
    d = talk("a brown dog on the left and a tree", "replace the dog with a cat")
    assert described(d)[0] == ("cat", {"colour": "brown"}, None, "left")
    d = talk("a brown dog on the left and a tree", "replace the dog with a white cat")
    assert described(d)[0] == ("cat", {"colour": "white"}, None, "left")


@pytest.mark.parametrize(("first", "then", "names", "position"), [
    ("画一只鸭子在左边和一棵树", "别画鸭子了，改成一只天鹅", ["树", "天鹅"], "left"),
    ("a brown dog on the left and a tree", "lose the dog, make it a fox instead", ["tree", "fox"], "left"),
])
def test_a_change_right_after_a_removal_is_what_comes_in_its_place(first: str, then: str, names: list[str],
                                                                  position: str) -> None:
    d = talk(first, then)
    assert [s.name for s in d.scene.subjects] == names
    assert d.scene.subjects[-1].position == position
    assert d.scene.subjects[-1].attributes == {}


def test_swap_of_two_things_there_still_trades_places() -> None:
    d = talk("a red circle on the left and a blue square on the right", "swap the circle with the square")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("circle", "right"), ("square", "left")]


@pytest.mark.parametrize(("first", "vague", "answer", "expected"), [
    ("two cats, one black and one white", "make it bigger", "the white one",
     [("cat", {"colour": "black"}, None, None), ("cat", {"colour": "white"}, "big", None)]),
    ("画一只黑猫和一只白猫", "把它变大一点", "白色那只",
     [("猫", {"colour": "black"}, None, None), ("猫", {"colour": "white"}, "big", None)]),
    ("two red circles, one on the left and one on the right", "move it up a bit", "the left one",
     [("circle", {"colour": "red"}, None, "top left"), ("circle", {"colour": "red"}, None, "right")]),
    ("a cat and a dog in a garden", "make one of them brown", "the dog",
     [("cat", {}, None, None), ("dog", {"colour": "brown"}, None, None)]),
    ("画一只猫和一只狗", "把其中一只变成黑色", "狗", [("猫", {}, None, None), ("狗", {"colour": "black"}, None, None)]),
])
def test_it_of_one_of_two_is_asked_about_and_the_answer_does_the_earlier_request(
        first: str, vague: str, answer: str, expected: list) -> None:
    asked = talk(first, vague)
    assert asked.action is Action.CHAT and asked.reply.rstrip().endswith(("?", "？"))
    assert described(asked) == described(talk(first))  # nothing changed while asking
    d = talk(first, vague, answer)
    assert d.action is Action.EDIT
    assert described(d) == expected


def test_a_missing_thing_answered_by_name_reads_the_request_about_it() -> None:
    d = talk("a red circle and a square", "make the dragon blue", "the circle")
    assert described(d)[0] == ("circle", {"colour": "blue"}, None, None)


def test_it_is_still_the_subject_in_focus_once_one_was_singled_out() -> None:
    d = talk("two cats, one black and one white", "make the black cat smaller", "make it blue")
    assert described(d)[0] == ("cat", {"colour": "blue"}, "small", None)


def test_a_reference_without_a_pending_question_is_not_an_answer() -> None:
    d = talk("two cats, one black and one white", "make the black cat bigger", "the white one")
    assert [s.size for s in d.scene.subjects] == ["big", None]


@pytest.mark.parametrize(("first", "vague", "answer", "colour"), [
    ("draw a green apple", "make it that other colour", "red", "red"),
    ("a red circle", "make it a different colour", "blue", "blue"),
    ("画一只蓝色的鸟", "换个颜色吧", "黄色的", "yellow"),
    ("画一朵粉色的花", "把它改成那个颜色", "算了，红色吧", "red"),
])
def test_a_colour_pointed_at_but_not_said_is_asked_for(first: str, vague: str, answer: str, colour: str) -> None:
    asked = talk(first, vague)
    assert asked.action is Action.CHAT and asked.reply.rstrip().endswith(("?", "？"))
    assert described(asked) == described(talk(first))
    assert talk(first, vague, answer).scene.subjects[0].attributes["colour"] == colour


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("a paper boat on the sea", "make it.... red i guess", {"material": "paper", "colour": "red"}),
    ("a balloon over a city", "hmm maybe make it... orange? idk", {"colour": "orange"}),
    ("画一个正方形", "把它改成……绿色吧", {"colour": "green"}),
])
def test_a_pause_between_the_verb_and_its_value_is_one_request(first: str, then: str, expected: dict) -> None:
    d = talk(first, then)
    assert d.action is Action.EDIT
    assert d.scene.subjects[0].attributes == expected


def test_a_filler_clause_beside_a_request_is_not_asked_about() -> None:
    d = talk("a paper boat on the sea", "and um, make the boat... like, bigger?")
    assert (d.action, d.scene.subjects[0].size) == (Action.EDIT, "big")


@pytest.mark.parametrize(("messages", "names", "background"), [
    (("draw a cat 🐱 pls", "now put it in the snow ❄️"), ["cat"], "in the snow"),
    (("a lil corgi 🐶", "ok now put him on a beach 🏖️"), ["corgi"], "on the beach"),
    (("draw a cat", "add a red 🎈 next to it"), ["cat", "balloon"], None),
    (("画一只🐱", "再加一个🎈"), ["猫", "气球"], None),
])
def test_an_emoji_is_a_noun_where_one_goes_and_decoration_elsewhere(messages: tuple, names: list[str],
                                                                    background: str | None) -> None:
    d = talk(*messages)
    assert [s.name for s in d.scene.subjects] == names
    assert d.scene.background == background


@pytest.mark.parametrize(("message", "expected"), [
    ("帮我画一只橘猫嘛～🐱", [("猫", {"colour": "orange"}, None, None)]),
    ("画一个橘子和一只橘猫", [("橘子", {}, None, None), ("猫", {"colour": "orange"}, None, None)]),
    ("画一个橙子", [("橙子", {}, None, None)]),
])
def test_chinese_colour_compounds_and_fruit(message: str, expected: list) -> None:
    assert described(talk(message)) == expected


def test_a_trailing_particle_is_not_part_of_a_name() -> None:
    d = talk("画一只猫", "再在它旁边放个粉色的毛线球呗")
    assert [s.name for s in d.scene.subjects] == ["猫", "球"]


@pytest.mark.parametrize(("messages", "part", "colour"), [
    (("画一个戴帽子的女孩", "她的帽子是黄色的"), "帽子", "yellow"),
    (("a girl with a hat", "her hat is blue now"), "hat", "blue"),
])
def test_a_part_said_with_its_owner_and_what_it_is(messages: tuple, part: str, colour: str) -> None:
    d = talk(*messages)
    assert d.action is Action.EDIT
    assert d.scene.subjects[0].parts[part]["colour"] == colour


def test_a_question_is_not_an_edit_of_what_it_names() -> None:
    d = talk("画一只猫", "这是一只猫吗")
    assert (d.action, [s.name for s in d.scene.subjects]) == (Action.CHAT, ["猫"])


def test_it_beside_a_place_that_singles_one_out_is_not_asked_about() -> None:
    d = talk("两只小猫，左边一只黑的，右边一只白的", "左边那只给它加个红色蝴蝶结")
    assert d.action is Action.EDIT
    left = next(s for s in d.scene.subjects if s.position == "left")
    assert left.parts["蝴蝶结"]["colour"] == "red"


@pytest.mark.parametrize(("messages", "expected"), [
    (("a cat and a dog", "make the cat blue", "the dog too"), [{"colour": "blue"}, {"colour": "blue"}]),
    (("a cat and a dog", "make the cat blue", "same for the dog pls"), [{"colour": "blue"}, {"colour": "blue"}]),
    (("画一只猫和一只狗", "把猫变成黑色", "狗也是"), [{"colour": "black"}, {"colour": "black"}]),
    (("画一只猫和一只狗", "把猫变成黑色", "还有狗"), [{"colour": "black"}, {"colour": "black"}]),
])
def test_another_subject_named_alone_gets_the_last_change_too(messages: tuple, expected: list) -> None:
    d = talk(*messages)
    assert d.action is Action.EDIT
    assert [s.attributes for s in d.scene.subjects] == expected


def test_the_same_move_for_another_subject() -> None:
    d = talk("a red circle and a blue square", "move the circle to the left", "the square too")
    assert [s.position for s in d.scene.subjects] == ["left", "left"]


def test_change_back_is_a_change_to_the_colour_said() -> None:
    d = talk("画一只蓝色的猫", "还是换回红色吧")
    assert d.scene.subjects[0].attributes == {"colour": "red"}
