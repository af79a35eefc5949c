"""Requests as people put them, written for this test, not taken from a benchmark split (issue 20): the picture said
as a kind of picture ("make it look like a painting" turned the fox into a thing called "painting", "show me a green
version" drew a "version", 我想要一个夜晚的版本 turned the cat into 版本); a wish ("i want it to be night" gave the
fox a detail "night", "what if it was green"); "it's too small" / "its too small" made it small; 试试 / 看看 after a
change named the cat 试试; "hmm nope go back" was a note."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize(("message", "style"), [
    ("make it look like a painting", "a painting"), ("painting style", "painting"),
    ("make it in a painting style", "a painting"),
    ("make it look like a children's book illustration", "a children's book illustration"),
    ("make it look like an oil painting", "oil painting"), ("watercolor style", "watercolor"),
])
def test_a_kind_of_picture_is_a_style(message: str, style: str) -> None:
    d = talk("a red fox in the snow", message)
    assert d.scene.style == style and [(s.name, s.attributes) for s in d.scene.subjects] == [
        ("fox", {"colour": "red"})]


@pytest.mark.parametrize("message", ["show me a green version", "a green version please", "can i see it in green",
                                     "what if it was green", "i want it to be green"])
def test_a_version_or_a_wish_is_the_change(message: str) -> None:
    d = talk("a blue circle on the left", message)
    assert d.action.value == "edit" and [(s.name, s.attributes, s.position) for s in d.scene.subjects] == [
        ("circle", {"colour": "green"}, "left")]


def test_a_bigger_version_and_a_bigger_wish() -> None:
    assert talk("a blue circle", "can i get a bigger version").scene.subjects[0].size == "big"
    assert talk("a blue circle", "what if the circle was bigger").scene.subjects[0].size == "big"


@pytest.mark.parametrize("message", ["i want it to be night", "i want it to be night time",
                                     "make it look like it's night"])
def test_a_wished_time_is_the_scene_s(message: str) -> None:
    d = talk("a red fox in the snow", message)
    assert d.scene.time == "night" and d.scene.subjects[0].attributes == {"colour": "red"}


@pytest.mark.parametrize(("message", "time", "look"), [("我想要一个夜晚的版本", "night", []),
                                                        ("来个黑白版本", None, ["black and white"])])
def test_a_chinese_version_is_the_change(message: str, time: str | None, look: list[str]) -> None:
    d = talk("一只戴着帽子的猫", message)
    assert [s.name for s in d.scene.subjects] == ["猫"] and d.scene.time == time and d.scene.look == look


@pytest.mark.parametrize("message", ["it's too small", "its too small", "it is too small"])
def test_too_small_makes_it_bigger(message: str) -> None:
    assert talk("a blue circle on the left", message).scene.subjects[0].size == "big"


@pytest.mark.parametrize(("message", "colour", "style"), [("换成水彩风格试试", None, "watercolor"),
                                                          ("换成红色看看", "red", None)])
def test_trying_a_change_in_chinese(message: str, colour: str | None, style: str | None) -> None:
    d = talk("一只猫", message)
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("猫", colour)]
    assert d.scene.style == style and not d.scene.notes


def test_nope_go_back_is_the_undo_s() -> None:
    d = talk("a blue circle", "hmm nope go back")
    assert d.action.value == "chat" and not d.scene.notes and "Undo" in d.reply


def test_its_hat_is_still_a_possessive() -> None:  # guard
    d = talk("a cat wearing a hat", "make its hat red")
    assert d.scene.subjects[0].parts["hat"]["colour"] == "red"
