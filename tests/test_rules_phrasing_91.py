"""References by the order things came in, "a blue one too" after an addition, and fast colloquial Chinese (issue
20; from the blind splits tuning-30 and tuning-31, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_a_blue_one_too_after_an_addition_adds_one():
    """It recoloured the green triangle blue."""
    d = talk("a red triangle", "add a green triangle", "and a blue one too")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["red", "green", "blue"]


def test_the_one_added_last_and_the_first_one():
    d = talk("a red triangle", "add a green triangle", "add a blue triangle",
             "make the one i added last bigger and the first one smaller")
    assert [s.size for s in d.scene.subjects] == ["small", None, "big"]


@pytest.mark.parametrize("said, sizes", [("中间那个放大一点", [None, "big", None]),
                                         ("make the middle one bigger", [None, "big", None])])
def test_the_middle_one_of_a_row_said_in_order(said, sizes):
    """Three circles drawn with no place: "中间那个" made the last one bigger."""
    d = talk("三个圆 红黄蓝", said)
    assert [s.size for s in d.scene.subjects] == sizes


@pytest.mark.parametrize("first, said, check", [
    ("画一只黑狗和一只白狗，再加一只猫", "刚才那只猫改成黄色的",
     lambda d: d.scene.subjects[-1].attributes.get("colour") == "yellow"),
    ("一个小女孩牵着白色小狗", "让它们在公园里玩", lambda d: d.scene.background == "公园"),
    ("a woman in a red dress on a city street", "她也要一把 umbrella，white 的",
     lambda d: [s.name for s in d.scene.subjects] == ["woman"] and d.scene.subjects[0].parts["umbrella"]["colour"]
     == "white"),
    ("一只橘色的小猫", "那给它加个蝴蝶结吧，粉色的", lambda d: d.scene.subjects[0].parts["蝴蝶结"]["colour"] == "pink"),
    ("一个雪人，戴黑帽子", "肚子上再加两颗黑色的纽扣", lambda d: "纽扣" in d.scene.subjects[0].parts),
    ("一辆黑色的卡车", "卡车换成蓝色，然后改小", lambda d: d.scene.subjects[0].size == "small"
     and "detail" not in d.scene.subjects[0].attributes),
    ("一只熊猫和一棵树", "让它们都变小一点，还有背景别改啊", lambda d: len(d.scene.subjects) == 2),
    ("一个红色正方形在右边，一个蓝色圆在左边", "把它们俩换个位置",
     lambda d: [s.position for s in d.scene.subjects] == ["left", "right"]),
    ("a purple triangle", "再加一个圆, put it in the top left",
     lambda d: [(s.name, s.position) for s in d.scene.subjects][-1] == ("circle", "top left")),
])
def test_fast_colloquial_chinese(first, said, check):
    """刚才那只猫 was a note; 让它们在公园里玩 was not read; 她也要一把 umbrella turned her into an umbrella; 那给它…
    became 给那给它; 肚子上 was a note; 改小 a detail 小; 背景别改 a thing; 它们俩换个位置 and 再加一个圆, put it … not
    read."""
    assert check(talk(first, said))
