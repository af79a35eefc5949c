"""Free phrasing, round 42 (from the blind tuning-22 split's classes): a head noun said in the other language (树 of
a "Christmas tree"), a part kept when its thing is taken out ("把树删掉 灯笼留着"), 比例 16:9 as a setting, a label
before the description ("画面：…") with the place said first (电线上站着三只小鸟), and who a new thing plays with."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_a_head_noun_in_the_other_language() -> None:
    d = talk("a Christmas tree and a snowman", "把树删掉")
    assert [s.name for s in d.scene.subjects] == ["snowman"] and d.scene.avoid == []
    d = talk("一棵圣诞树和一个雪人", "remove the tree")
    assert [s.name for s in d.scene.subjects] == ["雪人"]


def test_a_ball_said_is_not_the_dog_that_plays_with_it() -> None:  # guard
    d = talk("一只玩球的小狗", "remove the ball")
    assert [(s.name, s.parts) for s in d.scene.subjects] == [("小狗", {})]


@pytest.mark.parametrize("message", ["把树删掉 灯笼留着", "把 tree 删掉 lanterns 留着",
                                     "remove the tree but keep the lanterns", "remove the tree, keep the lanterns"])
def test_a_part_kept_when_its_thing_is_taken_out(message: str) -> None:
    d = talk("a Christmas tree with red lanterns and a snowman", message)
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("snowman", None), ("lanterns", "red")]
    assert d.scene.notes == []


def test_an_aspect_ratio_in_chinese_is_a_setting() -> None:
    d = talk("一只猫 比例 16:9")
    assert [s.name for s in d.scene.subjects] == ["猫"]


def test_a_label_before_the_description_with_the_place_first() -> None:
    d = talk("画面：电线上站着三只小鸟；比例 16:9；高清")
    assert sorted(s.name for s in d.scene.subjects) == ["小鸟", "小鸟", "小鸟", "电线"]
    assert [s.position for s in d.scene.subjects if s.name == "小鸟"] == ["电线上"] * 3


def test_a_draw_verb_before_a_place_first_description() -> None:
    d = talk("画树上挂着一个灯笼")
    assert [s.name for s in d.scene.subjects] == ["树"] and list(d.scene.subjects[0].parts) == ["灯笼"]


def test_who_a_new_thing_plays_with_is_no_word_of_its_name() -> None:
    d = talk("一个男孩拿着篮球", "旁边加一只小狗跟他玩")
    assert [s.name for s in d.scene.subjects] == ["男孩", "小狗"]
