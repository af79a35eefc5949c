"""Free phrasing, round 31 (from the blind tuning-20 split's classes): "them" are the things, not what they sit
on; 但是 between two requests; "keep X 但是 Y 不要了"; a film look is a look."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("first, then, changed", [
    ("a blue bird and a red bird on a branch", "make them both yellow", ["bird", "bird"]),
    ("a big fluffy orange cat and a small grey cat on a sofa", "put little party hats on them",
     ["fluffy cat", "cat"]),
])
def test_them_are_the_things_not_what_they_sit_on(first: str, then: str, changed: list[str]) -> None:
    before = talk(first)
    d = talk(first, then)
    touched = [s.name for s, was in zip(d.scene.subjects, before.scene.subjects) if s != was]
    assert touched == changed


def test_them_both_of_two_things_alone_is_both() -> None:  # guard
    d = talk("a red circle and a blue square", "make them both green")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["green", "green"]


def test_keep_one_but_remove_the_other_said_with_danshi() -> None:
    d = talk("a dog and a cat in the park", "keep the dog 但是 cat 不要了")
    assert [s.name for s in d.scene.subjects] == ["dog"]


def test_a_film_look_is_a_look() -> None:
    d = talk("a chocolate cake on a white plate", "give it a film look")
    assert "film grain" in d.scene.look and all(not s.parts for s in d.scene.subjects)


def test_a_chinese_colour_with_the_english_word_background() -> None:
    d = talk("a blue square 在右边 白色 background")
    assert [s.name for s in d.scene.subjects] == ["square"] and d.scene.background == "white"


def test_a_chinese_angle_with_the_english_word_view() -> None:
    d = talk("a pizza on a wooden table", "俯视 view")
    assert "bird's-eye view" in d.scene.look and not d.scene.notes
