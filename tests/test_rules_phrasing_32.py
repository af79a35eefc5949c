"""Free phrasing, round 32: text pasted or formatted as people do: _italics_, HTML entities, a message in capitals,
tag-style prompts whose bare places are the setting ("a red fox, snow, night"), Chinese quality tags, and one place
said in two Chinese words (城市街道)."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_underscore_italics_are_emphasis() -> None:
    d = talk("draw a _small_ house")
    assert [(s.name, s.size) for s in d.scene.subjects] == [("house", "small")]


def test_a_snake_case_word_is_not_italics() -> None:  # guard
    assert talk("a snake_case thing").scene.subjects[0].name == "snake_case thing"


@pytest.mark.parametrize("message, names", [
    ("draw a house &amp; a tree", ["house", "tree"]),
    ("a red&nbsp;circle", ["circle"]),
])
def test_html_entities_are_their_characters(message: str, names: list[str]) -> None:
    assert [s.name for s in talk(message).scene.subjects] == names


def test_a_message_in_capitals_keeps_names_in_small_letters() -> None:
    d = talk("A RED FOX IN THE SNOW PLS")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("fox", "red")]
    assert talk("a red fox", "MAKE IT BLUE").scene.subjects[0].attributes["colour"] == "blue"


@pytest.mark.parametrize("message, name, background, time", [
    ("masterpiece, best quality, a red fox, snow, night", "fox", "in the snow", "night"),
    ("a cat, beach", "cat", "on the beach", None),
    ("a dog, forest, sunset", "dog", "in a forest", "sunset"),
    ("a boat, sea", "boat", "at sea", None),
    ("杰作，最佳质量，一只红狐狸，雪地，夜晚", "狐狸", "in the snow", "night"),
    ("高清，8k，一个女孩，城市街道", "女孩", "on a city street", None),  # "in the city" before test _73
])
def test_a_bare_place_in_a_tag_list_is_the_setting(message: str, name: str, background: str,
                                                    time: str | None) -> None:
    d = talk(message)
    assert [s.name for s in d.scene.subjects] == [name]
    assert (d.scene.background, d.scene.time) == (background, time)


def test_a_place_said_alone_later_is_still_a_thing() -> None:  # guard: only after this message's things
    assert [s.name for s in talk("a cat", "forest").scene.subjects] == ["cat", "forest"]


@pytest.mark.parametrize("message, name", [
    ("一个女孩在城市街道上", "女孩"),
    ("一个女孩站在城市的街道上", "女孩"),
    ("一只猫在森林小路上", "猫"),
])
def test_one_place_said_in_two_chinese_words(message: str, name: str) -> None:
    d = talk(message)
    assert [s.name for s in d.scene.subjects] == [name]
    assert d.scene.background in ("on a city street", "in a forest")  # "in the city" before test _73
