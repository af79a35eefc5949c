"""Issue 20, classes from the blind tuning-15 split: first messages read wrong, so every later turn was wrong with
them: 橘色的 after a count (read as the fruit), two things joined by 和 before a measure word the splitter did not
know (一把), colours said one by one with spaces (红的 黄的 白的), and two places-and-draws said without a pause
(voice input). Each failed before its fix (guards marked)."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_an_orange_one_after_a_count_is_a_colour() -> None:
    d = talk("两只猫 左边一只黑的 右边一只橘色的")
    assert [(s.name, s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [
        ("猫", "black", "left"), ("猫", "orange", "right")]


def test_an_orange_is_still_the_fruit() -> None:  # guard
    assert [s.name for s in talk("draw an orange").scene.subjects] == ["orange"]


@pytest.mark.parametrize(("message", "names"), [
    ("画个海边 有个沙堡 还有一只螃蟹和一把遮阳伞", ["沙堡", "螃蟹", "遮阳伞"]),
    ("一只螃蟹和一盏灯", ["螃蟹", "灯"]),
])
def test_things_joined_before_any_measure_word(message: str, names: list[str]) -> None:
    assert [s.name for s in talk(message).scene.subjects] == names


@pytest.mark.parametrize("message", ["画三朵花 红的 黄的 白的", "三个气球 红色 黄色 蓝色的"])
def test_colours_said_one_by_one_with_spaces(message: str) -> None:
    colours = [s.attributes.get("colour") for s in talk(message).scene.subjects]
    assert len(colours) == 3 and len(set(colours)) == 3 and None not in colours


def test_two_places_and_draws_said_without_a_pause() -> None:
    d = talk("右上角画一个黄色的太阳左边画一棵树")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("太阳", "top right"), ("树", "left")]


def test_a_draw_beside_a_thing_stays_one() -> None:  # guard: 在太阳左边 is beside the sun
    d = talk("画一个太阳 在太阳左边画一棵树")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("太阳", None), ("树", "太阳左边")]
