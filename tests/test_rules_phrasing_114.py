"""A thing counted by its pot or its building's measure (一盆绿植, 那盆绿植, 那栋房子) and named by its kind in Chinese
(那盆植物 of a 绿植, 那只动物 of a 小猫) (issue 20; from misses of tuning-16, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said, expected", [("一棵树和一盆绿植", ["树", "绿植"]),
                                            ("一张桌子和一盆绿植", ["桌子", "绿植"]),
                                            ("一只猫和一杯咖啡", ["猫", "咖啡"])])
def test_a_pot_of_something_is_a_thing_of_its_own(said, expected):
    """Before: one thing called 树和一盆绿植."""
    assert names(talk(said)) == expected


@pytest.mark.parametrize("said, gone", [("那盆绿植拿走", "绿植"), ("那盆植物拿走", "绿植"), ("那栋建筑去掉", "房子"),
                                        ("那栋房子去掉", "房子")])
def test_that_pot_or_that_building_is_removed(said, gone):
    """Before: "画面里没有“盆绿植”" (nothing removed), or the wrong thing."""
    d = talk("一张桌子和一栋房子，房子旁边一个绿植", said)
    assert gone not in names(d) and len(names(d)) == 2


def test_that_animal_in_chinese_is_the_one_animal_there():
    d = talk("一个女孩和一只小猫", "把那只动物变成黑色")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [None, "black"]


def test_a_kind_word_with_two_of_that_kind_is_not_guessed():
    d = talk("一只小猫和一只小狗", "把那只动物变成黑色")
    assert all(s.attributes.get("colour") != "black" for s in d.scene.subjects) or d.action.value == "chat"


def test_na_ba_is_still_then_make():  # guard: 那把 castle 改成 pink is "then make the castle pink"
    d = talk("a white castle on a mountain", "ok 那把 castle 改成 pink")
    assert d.scene.subjects[0].attributes.get("colour") == "pink"
