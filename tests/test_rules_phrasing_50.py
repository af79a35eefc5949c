"""First requests that were misread, and every turn after them with it (issue 20; written for this test): a thing
with a plural ("a tree with apples" was a thing called "tree with apples": "make the apples green" made the tree
green, "remove the apples" removed it), one thing instead of another ("he should hold a spear instead of the
sword" gave him a part called "spear instead of the sword"), Chinese relations in a row (穿着蓝裙子拿着花的女人:
a part called 裙子拿着花), a colour on a part (红门的房子: a red house with a detail 门的), 挂满 (a part called
满苹果), 一栋 (a thing called 一栋房子), "his dog" of a boy and his dog (given to the boy as a part called dog)."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_a_thing_with_a_plural_has_it_as_a_part() -> None:
    d = talk("a tree with apples", "make the apples green")
    assert [(s.name, s.parts) for s in d.scene.subjects] == [("tree", {"apples": {"relation": "with",
                                                                                  "colour": "green"}})]
    d = talk("a tree with apples", "remove the apples")
    assert [(s.name, s.parts) for s in d.scene.subjects] == [("tree", {})]


def test_a_plural_part_is_said_as_a_plural() -> None:
    assert talk("a tree with red apples").reply == "Drew a tree with red apples."


@pytest.mark.parametrize(("first", "message", "parts"), [
    ("a knight with a sword and a shield", "he should hold a spear instead of the sword", ["shield", "spear"]),
    ("a girl holding a red balloon", "give her a kite instead of the balloon", ["kite"]),
    ("一个拿着剑的骑士", "给他一把长矛代替剑", ["长矛"]),
])
def test_one_thing_instead_of_another(first: str, message: str, parts: list[str]) -> None:
    d = talk(first, message)
    assert len(d.scene.subjects) == 1 and list(d.scene.subjects[0].parts) == parts


@pytest.mark.parametrize(("message", "name", "parts"), [
    ("一个穿着蓝裙子拿着花的女人", "女人", ["裙子", "花"]),
    ("戴着帽子围着围巾的雪人", "雪人", ["帽子", "围巾"]),
])
def test_chinese_relations_in_a_row(message: str, name: str, parts: list[str]) -> None:
    d = talk(message)
    assert [(s.name, list(s.parts)) for s in d.scene.subjects] == [(name, parts)]


def test_a_part_in_a_row_is_changed_and_removed() -> None:
    d = talk("一个穿着蓝裙子拿着花的女人", "裙子换成红色")
    assert d.scene.subjects[0].parts["裙子"]["colour"] == "red"
    assert list(talk("一个穿着蓝裙子拿着花的女人", "把花去掉").scene.subjects[0].parts) == ["裙子"]


@pytest.mark.parametrize(("message", "name", "part"), [
    ("一栋红门的房子", "房子", "门"), ("一个蓝眼睛的女孩", "女孩", "眼睛"), ("一只白肚子的猫", "猫", "肚子"),
    ("画一个黑头发的男孩", "男孩", "头发"),
])
def test_a_colour_on_a_part_is_the_part_s(message: str, name: str, part: str) -> None:
    d = talk(message)
    subject = d.scene.subjects[0]
    assert len(d.scene.subjects) == 1 and subject.name == name and "colour" not in subject.attributes
    assert subject.parts[part].get("colour") in ("red", "blue", "white", "black")


def test_a_coloured_thing_is_still_coloured() -> None:  # guard
    d = talk("一只红色的猫")
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [("猫", {"colour": "red"})]


@pytest.mark.parametrize(("message", "name", "part"), [("一棵挂满苹果的树", "树", "苹果"),
                                                       ("一棵开满花的树", "树", "花")])
def test_full_of_is_a_part(message: str, name: str, part: str) -> None:
    assert [(s.name, list(s.parts)) for s in talk(message).scene.subjects] == [(name, [part])]


@pytest.mark.parametrize(("first", "message", "expected"), [
    ("a boy and his dog", "make his dog brown", [("boy", {}, {}), ("dog", {"colour": "brown"}, {})]),
    ("一个男孩和他的狗", "他的狗换成黑色", [("男孩", {}, {}), ("狗", {"colour": "black"}, {})]),
    ("a boy and his dog", "remove his dog", [("boy", {}, {})]),
])
def test_his_thing_drawn_on_its_own_is_that_thing(first: str, message: str, expected: list) -> None:
    d = talk(first, message)
    assert [(s.name, s.attributes, s.parts) for s in d.scene.subjects] == expected and not d.scene.avoid


def test_his_part_is_still_his_part() -> None:  # guard
    d = talk("a boy holding a balloon", "make his balloon red")
    assert d.scene.subjects[0].parts["balloon"]["colour"] == "red"
