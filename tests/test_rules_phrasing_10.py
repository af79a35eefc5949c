"""Issue 20, the classes tuning-9 found. Each test failed before its fix (guards say so where they did not)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


def colours(decision) -> dict[str, str | None]:
    return {s.name: s.attributes.get("colour") for s in decision.scene.subjects}


# ---------------------------------------- "bright" only says a colour strongly

@pytest.mark.parametrize(("message", "expected"), [
    ("a bright red apple and a really dark blue mug", {"apple": "red", "mug": "dark blue"}),
    ("a bright green frog", {"frog": "green"}),
    ("draw a bright yellow sun and a pale blue cloud", {"sun": "yellow", "cloud": "light blue"}),
])
def test_bright_before_a_colour_is_the_colour(message: str, expected: dict[str, str]) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert colours(d) == expected


# ---------------------------------------- words pointing at a dropped picture are not words of the thing

@pytest.mark.parametrize(("message", "expected"), [
    ("![ref](https://example.com/fox.png)\ndraw a fox like in this pic", ["fox"]),
    ("https://example.com/car.png a red car just like the picture", ["car"]),
    ("![](https://example.com/c.png) a dog based on the reference", ["dog"]),
    ("![](https://example.com/c.png) 照着这张图画一只猫", ["猫"]),
])
def test_words_pointing_at_a_dropped_picture_go_with_it(message: str, expected: list[str]) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert names(d) == expected
    assert not d.scene.notes


# ---------------------------------------- 大象, 大熊猫 are words; 头 counts big animals

@pytest.mark.parametrize(("message", "name", "size"), [
    ("我要一头蓝色的大象", "大象", None),
    ("画一只大熊猫", "大熊猫", None),
    ("画一头大牛", "牛", "big"),
    ("一头小猪", "猪", "small"),
    ("画一棵大树", "树", "big"),  # a guard: 大树 is a big tree (passed before)
])
def test_a_word_starting_with_a_size_is_one_word_and_tou_counts(message: str, name: str, size: str | None) -> None:
    d = talk(message)
    assert names(d) == [name]
    assert d.scene.subjects[0].size == size


def test_a_blue_elephant_made_smaller_stays_an_elephant() -> None:
    d = talk("我要一头蓝色的大象", "再小一点")
    assert names(d) == ["大象"]
    assert d.scene.subjects[0].size == "small"
    assert d.scene.subjects[0].attributes.get("colour") == "blue"


# ---------------------------------------- "on a windy day", "on a snowy night" is the weather, not a thing

@pytest.mark.parametrize(("message", "expected", "time"), [
    ("a boy flying a kite on a windy day", ["boy"], "windy"),
    ("a dog on a windy afternoon", ["dog"], "windy"),
    ("a house on a snowy night", ["house"], "snowfall, night"),
    ("a cat on a rainy evening", ["cat"], "rain, sunset"),
])
def test_a_days_weather_is_the_picture_s_time(message: str, expected: list[str], time: str) -> None:
    d = talk(message)
    assert names(d) == expected
    assert d.scene.time == time
    assert d.scene.subjects[0].position is None
