"""Issue 20, from what tuning-63 … -68 missed at first sight: a way said alone moves to that edge and keeps the
other axis ("move it down" from the top right ends at the bottom right, as every blind split since tuning-26 expects);
a little that way is still one step; a thing asked for two opposite ways at once is asked about, not guessed."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


@pytest.mark.parametrize(("first", "said", "where"), [
    ("put a red circle in the top right corner", "move it down", "bottom right"),
    ("small green triangle, bottom right", "move it left", "bottom left"),
    ("draw a moon in the top right, night time", "move the moon down pls", "bottom right"),
    ("draw a 月亮 at the top right", "把它往左边挪", "top left"),
    ("画一只鸟在右下角", "把它往上移", "top right"),
])
def test_a_way_said_alone_goes_to_that_edge(first: str, said: str, where: str) -> None:
    assert talk(first, said).scene.subjects[0].position == where  # before, one step: right, bottom, top...


@pytest.mark.parametrize(("first", "said", "where"), [
    ("put a red circle in the top right corner", "move it down a bit", "right"),
    ("a star at the top right", "nudge the star down", "right"),
    ("在左下角画一个紫色的正方形", "往右边挪挪", "bottom"),
    ("一个小的红色圆形在右边", "小红圆往左挪挪", "center"),
    ("在左下角画一个紫色的正方形", "往右挪一点", "bottom"),
])
def test_a_little_that_way_is_one_step(first: str, said: str, where: str) -> None:
    assert talk(first, said).scene.subjects[0].position == where


@pytest.mark.parametrize(("first", "said"), [
    ("a red square", "make the square bigger and also smaller at the same time"),
    ("a red circle", "can u make it bigger but also smaller at the same time??"),
    ("一个红色的圆", "把它变大又变小"),
    ("a blue circle", "make it red but also keep it blue, exactly the same blue"),
    ("a small red circle at the top left", "put it at the top and also at the bottom both, but only one circle ok"),
])
def test_one_thing_asked_two_opposite_ways_is_asked_about(first: str, said: str) -> None:
    before = talk(first)
    d = talk(first, said)
    assert d.action is Action.CHAT and d.scene.subjects == before.scene.subjects, d.reply
    assert "?" in d.reply or "？" in d.reply


@pytest.mark.parametrize(("first", "said", "sizes"), [
    ("a boy and a girl", "make him taller and her shorter", ["big", "small"]),  # two things, one way each
    ("a red circle", "make it bigger, no smaller", ["small"]),  # a change of mind: before, the circle was removed
    ("a red circle", "make it bigger, no, smaller", ["small"]),
])
def test_opposite_sizes_of_two_things_or_taken_back_are_not_asked(first: str, said: str, sizes: list) -> None:
    d = talk(first, said)
    assert d.action is Action.EDIT and [s.size for s in d.scene.subjects] == sizes, d.reply


def test_a_change_of_mind_or_a_new_thing_described_is_not_asked():
    d = talk("draw a cat", "make it red... never mind. make it blue")
    assert d.scene.subjects[0].attributes["colour"] == "blue"
    d = talk("a unicorn", "And some balloons next to her — red, yellow and blue 🎈")
    assert d.action is Action.EDIT and len(d.scene.subjects) == 2
    d = talk("a red circle", "move it up and then left")
    assert d.scene.subjects[0].position == "top left"
    d = talk("a red ball at the right", "hmm move it all the way up, and over to the left side too")
    assert d.action is Action.EDIT and d.scene.subjects[0].position == "top left"  # two axes, not two places
