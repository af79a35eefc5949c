"""References and moves said by pointing (issue 20; found on tuning-24, the phrasings written for this test):
"红色那个 make it bigger" asked which square; "move the cat straight up" asked about one more cat; "猫 move up
到最上面" was a note; "画一只 **橘色** 的猫" (bold taken off: spaces) drew a thing called 画; 照这个画一只猫 drew a
thing called 照这画一只猫; 同样颜色的三角形 and "where the balloon started" were details; "all the way down" and
一直往下 said alone were notes."""

from __future__ import annotations

import pytest

from rules_talk import talk

ROW = "red, blue and yellow squares in a row"
CAT_AND_DOG = "a black cat bottom left and a white dog bottom right"


def test_a_colour_and_that_one_then_an_english_request() -> None:
    d = talk(ROW, "红色那个 make it bigger")
    assert [s.size for s in d.scene.subjects] == ["big", None, None]


@pytest.mark.parametrize(("message", "where"), [
    ("move the cat straight up", "top left"),
    ("猫 move straight up 到最上面", "top left"),
    ("猫 move up 到最上面", "top left"),
])
def test_moves_said_straight_or_across_languages(message: str, where: str) -> None:
    d = talk(CAT_AND_DOG, message)
    assert [s.position for s in d.scene.subjects] == [where, "bottom right"] and not d.scene.notes


@pytest.mark.parametrize("message", ["画一只 橘色 的猫", "画一只 **橘色** 的猫", "照这个画一只橘色的猫",
                                     "参考这张图画一只橘色的猫"])
def test_an_orange_cat_however_spaced_or_introduced(message: str) -> None:
    d = talk(message)
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("猫", "orange")]


@pytest.mark.parametrize(("turns", "colour"), [
    (("右上角橙色的圆", "左边加一个同样颜色的三角形"), "orange"),
    (("右上角橙色的圆", "左边加一个和圆一样颜色的三角形"), "orange"),
    (("a red circle on the left and a blue square", "add a triangle the same colour as the square"), "blue"),
    (("a red circle on the left", "add a triangle in the same colour"), "red"),
])
def test_the_same_colour_as_another(turns: tuple[str, ...], colour: str) -> None:
    d = talk(*turns)
    triangle = d.scene.subjects[-1]
    assert triangle.attributes == {"colour": colour}


@pytest.mark.parametrize("turns", [
    ("a red balloon top left", "move it to the right", "and a small green square where the balloon started"),
    ("a red balloon top left", "move it to the right", "put a green square where it was before"),
])
def test_where_a_thing_started(turns: tuple[str, ...]) -> None:
    d = talk(*turns)
    balloon, square = d.scene.subjects
    assert balloon.position == "top right" and square.position == "top left" and "detail" not in square.attributes


@pytest.mark.parametrize("message", ["all the way down", "now all the way down", "一直往下"])
def test_a_way_alone_moves_the_thing_in_focus(message: str) -> None:
    d = talk("a red balloon top right", message)
    assert d.scene.subjects[0].position == "bottom right" and not d.scene.notes


@pytest.mark.parametrize(("first", "message", "part"), [
    ("a girl", "add a scarf", "scarf"),
    ("a snowman", "add a red scarf", "scarf"),
    ("画个雪人", "加一条红围巾", "围巾"),
    ("画个雪人", "加条红围巾", "围巾"),
    ("a girl next to a tree", "add a hat", "hat"),
])
def test_a_worn_thing_added_is_worn_by_the_one_who_can(first: str, message: str, part: str) -> None:
    d = talk(first, message)
    assert part in d.scene.subjects[0].parts and not any(s.name in (part, "条围巾") for s in d.scene.subjects)


@pytest.mark.parametrize("first", ["a cat and a dog", "a red circle"])
def test_a_worn_thing_added_with_no_one_plain_to_wear_it_is_drawn(first: str) -> None:
    d = talk(first, "add a hat")
    assert d.scene.subjects[-1].name == "hat" and not any(s.parts for s in d.scene.subjects)
