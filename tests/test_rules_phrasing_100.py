"""A move counted in steps of the grid ("move the circle up one", "up two", "circle 往右 move 一格", "把它们俩 swap
一下") and a take-back run on with no comma, as dictation types it (issue 20; from the blind split tuning-33, then
phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk

TWO = "a red circle in the middle and a green triangle bottom left"


@pytest.mark.parametrize("said, circle, triangle", [
    ("move the circle up one", "top", "bottom left"),  # asked "the circle already there or one more circle?"
    ("move the circle up one square", "top", "bottom left"),
    ("move the triangle up two", "center", "top left"),  # added two triangles
    ("move the triangle 2 squares to the right", "center", "bottom right"),
    ("nudge the triangle right by 1", "center", "bottom"),
    ("move the triangle one cell up", "center", "left")])
def test_a_move_counted_in_steps(said, circle, triangle):
    d = talk(TWO, said)
    assert [(s.name, s.position) for s in d.scene.subjects] == [("circle", circle), ("triangle", triangle)]


@pytest.mark.parametrize("said, expected", [
    ("move the lower one to the right", [("circle", "right"), ("triangle", "bottom right")]),  # guards: "one" is
    ("add two to the right", None)])  # which one, and "add two" two things
def test_one_that_is_which_and_two_that_are_things(said, expected):
    d = talk("a red circle on the right and a green triangle bottom left", said)
    if expected is None:
        assert len(d.scene.subjects) == 4
    else:
        assert [(s.name, s.position) for s in d.scene.subjects] == expected


@pytest.mark.parametrize("said, circle", [("circle 往右 move 一格", "top"), ("circle 往右移一格", "top")])
def test_a_chinese_move_with_an_english_verb(said, circle):
    d = talk("a green circle top left and a yellow square bottom right", said)
    assert d.scene.subjects[0].position == circle


def test_swap_said_in_english_inside_chinese():
    d = talk("a green circle top left and a yellow square bottom right", "把它们俩 swap 一下")
    assert [s.position for s in d.scene.subjects] == ["bottom right", "top left"]


def test_a_take_back_run_on_without_a_comma():
    d = talk("a blue square in the middle and a red circle left",
             "now move the square to the right of the circle no wait i mean all the way to the right side")
    assert [s.position for s in d.scene.subjects] == ["right", "left"]
