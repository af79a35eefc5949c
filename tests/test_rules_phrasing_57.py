"""Moves back and worn things said Chinese ways (issue 20; requests written for this test): 回到原来的位置, 放回原处
and "move it back to where it started" were notes or questions; 向右平移 was a note; 雪人加一条红围巾 (the wearer said
first, no 给) was a note."""

from __future__ import annotations

import pytest

from rules_talk import talk

TRIANGLE = ("左上角画一个黄色的三角形", "把它移到右下角")
TRIANGLE_EN = ("a yellow triangle top left", "move it to the bottom right")


@pytest.mark.parametrize(("turns", "where"), [
    ((*TRIANGLE, "回到原来的位置"), "top left"),
    ((*TRIANGLE, "放回原处"), "top left"),
    ((*TRIANGLE, "三角形回到最开始的地方"), "top left"),
    ((*TRIANGLE_EN, "move it back to where it started"), "top left"),
    ((*TRIANGLE_EN, "put the triangle back to its original spot"), "top left"),
    ((*TRIANGLE_EN, "move it to the top right", "move it back"), "bottom right"),
])
def test_a_move_back(turns: tuple[str, ...], where: str) -> None:
    d = talk(*turns)
    assert d.scene.subjects[0].position == where and not d.scene.notes


@pytest.mark.parametrize(("message", "where"), [("向右平移", "top right"), ("往下平移一点", "left")])
def test_slid_in_chinese(message: str, where: str) -> None:
    d = talk("左上角画一个黄色的三角形", message)
    assert d.scene.subjects[0].position == where and not d.scene.notes


@pytest.mark.parametrize(("first", "message"), [
    ("画个雪人", "雪人加一条红围巾"),
    ("画个雪人", "雪人加一条围巾，红色的"),
    ("画个雪人", "给雪人加一条围巾，红色的"),
    ("画个男孩和雪人", "雪人也戴一顶红帽子"),
])
def test_the_wearer_said_first(first: str, message: str) -> None:
    d = talk(first, message)
    snowman = d.scene.subjects[-1]
    (part,) = snowman.parts.values()
    assert snowman.name == "雪人" and part["colour"] == "red" and "colour" not in snowman.attributes


@pytest.mark.parametrize("message", ["左边加一条围巾", "左上加一顶帽子"])
def test_a_place_said_first_is_no_wearer(message: str) -> None:
    d = talk("画个女孩", message)
    assert len(d.scene.subjects) == 2 and not d.scene.subjects[0].parts


@pytest.mark.parametrize(("message", "name", "parts"), [
    ("## a house\n- red roof\n- blue door", "house", ["roof", "door"]),
    ("# A cozy house\nwith a red roof", "cozy house", ["roof"]),
    ("# 房子\n红色屋顶", "房子", ["屋顶"]),
])
def test_a_heading_that_names_the_thing_its_lines_describe(message: str, name: str, parts: list[str]) -> None:
    d = talk(message)
    assert [(s.name, list(s.parts)) for s in d.scene.subjects] == [(name, parts)]


@pytest.mark.parametrize(("message", "names"), [
    ("# A house\ndraw a red house", ["house"]),
    ("## my drawing\n\ndraw a small boat", ["boat"]),
    ("# Sunset\n- orange sky\n- a boat", ["sky", "boat"]),
])
def test_a_heading_over_a_request_is_still_a_title(message: str, names: list[str]) -> None:  # guard
    assert [s.name for s in talk(message).scene.subjects] == names


def test_a_thing_said_with_a_count_then_what_it_wears_is_no_wearer_topic() -> None:  # guard
    d = talk("画个戴眼镜的老人，白胡子，坐在公园里的长椅上")
    assert [s.name for s in d.scene.subjects] == ["老人", "长椅"]
