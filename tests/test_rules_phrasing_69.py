"""Chinese rows and middling sizes (issue 20; from tuning-26 and phrasings written for this test): 横着排开 after
three circles drew a fourth thing called 横着排开, and 一个中等的蓝色圆 kept 中等 as a detail; 中等难度的迷宫 is a
maze, not a size."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


@pytest.mark.parametrize("said", [
    "画三个圆：一个大的红色，一个中等的蓝色，一个小的绿色，横着排开", "画三个圆，横着排开", "画三个圆，横向排开",
])
def test_three_things_set_out_in_a_row(said: str) -> None:
    d = talk(said)
    assert [s.name for s in d.scene.subjects] == ["circle"] * 3
    assert [s.position for s in d.scene.subjects] == ["left", "center", "right"]


@pytest.mark.parametrize("said", ["画一个中等的蓝色圆", "一个中等蓝色的圆"])
def test_a_middling_size_is_no_size(said: str) -> None:
    d = talk(said)
    circle = d.scene.subjects[0]
    assert circle.attributes == {"colour": "blue"} and circle.size is None


def test_a_middling_size_asked_for_is_asked_about() -> None:
    d = talk("画一个蓝色的圆", "把它变成中等的")
    assert d.action is Action.CHAT and d.scene.subjects[0].attributes == {"colour": "blue"}


def test_a_middling_difficulty_stays_in_the_name() -> None:  # guard
    assert "中等难度" in talk("一个中等难度的迷宫").scene.subjects[0].name
