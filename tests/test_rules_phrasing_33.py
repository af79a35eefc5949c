"""Free phrasing, round 33 (from the blind tuning-19/20 splits' classes): a list of colours for counted things, said
in Chinese, mixed or with a note after it; "one …, one …" after an English name inside Chinese; "and also put";
a thing whose name is made of value words (ice cream)."""

from __future__ import annotations

import pytest

from rules_talk import talk


def _values(message: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.attributes.get("colour"), s.position) for s in talk(message).scene.subjects]


@pytest.mark.parametrize("message, colours", [
    ("三个圆，红绿蓝", ["red", "green", "blue"]),
    ("三个圆形，分别是红色、绿色、蓝色", ["red", "green", "blue"]),
    ("three circles: red, green and blue respectively", ["red", "green", "blue"]),
])
def test_one_colour_each_from_a_list(message: str, colours: list[str]) -> None:
    assert [c for _, c, _ in _values(message)] == colours


def test_black_and_white_after_two_things_is_not_one_colour_each() -> None:  # guard: 黑白 is a look
    assert [c for _, c, _ in _values("两只狗，黑白")] == [None, None]


def test_english_colours_listed_inside_chinese_then_left_to_right() -> None:
    assert _values("三个圆 red, green, blue 从左到右排一排") == [
        ("circle", "red", "left"), ("circle", "green", "center"), ("circle", "blue", "right")]


def test_a_note_in_brackets_after_the_list() -> None:
    d = talk("three squares in a row: red, green, blue (no outline)")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [
        ("square", "red"), ("square", "green"), ("square", "blue")]


@pytest.mark.parametrize("message, expected", [
    ("两个 triangle 一个大一个小 都是绿色", [("big", "green"), ("small", "green")]),
    ("两只 dog 一只 big black 一只 small white", [("big", "black"), ("small", "white")]),
])
def test_one_each_after_an_english_name_inside_chinese(message: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.size, s.attributes.get("colour")) for s in talk(message).scene.subjects] == expected


def test_and_also_put_is_a_second_request() -> None:
    d = talk("ok can you make a red car parked in front of a house",
             "um make the car green and also put a tree next to the house")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [
        ("car", "green"), ("house", None), ("tree", None)]


@pytest.mark.parametrize("messages, owner", [
    (["a boy holding an ice cream"], "boy"),
    (["一个 boy 拿着 ice cream 在 beach 上"], "boy"),
])
def test_ice_cream_is_a_thing_not_cream_coloured_ice(messages: list[str], owner: str) -> None:
    subject = talk(*messages).scene.subjects[0]
    assert (subject.name, subject.attributes.get("colour"), subject.attributes.get("material")) == (owner, None, None)
    assert "ice cream" in subject.parts


def test_a_pink_ice_cream() -> None:
    subject = talk("a pink ice cream").scene.subjects[0]
    assert (subject.name, subject.attributes) == ("ice cream", {"colour": "pink"})
