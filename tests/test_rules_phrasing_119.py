"""Chinese: things worn listed with their own verbs (戴黑框眼镜、穿灰色卫衣的男孩: before, a part called 穿卫衣),
what is done at a place said with its locative (在公园里下象棋: before, a thing called 老人象棋), and a doing whose
thing is said in English (在公园里踢 football, 坐在沙发上弹 guitar) (issue 20; from misses of tuning-33, then
phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


def test_each_worn_thing_with_its_own_verb():
    d = talk("画一个戴黑框眼镜、穿灰色卫衣的男孩")
    assert names(d) == ["男孩"] and d.scene.subjects[0].parts == {
        "眼镜": {"colour": "black", "relation": "wearing"}, "卫衣": {"colour": "gray", "relation": "wearing"}}


def test_what_is_done_at_a_place():
    d = talk("麻烦您画一位老人在公园里下象棋，谢谢")
    assert names(d) == ["老人"] and d.scene.background == "in a park"


def test_a_doing_whose_thing_is_said_in_english():
    """Before: the detail "踢 football" on the boy."""
    d = talk("一个 boy 在公园里踢 football")
    assert names(d) == ["boy"] and "football" in d.scene.subjects[0].parts


@pytest.mark.parametrize("said, where", [("一只猫在草地上", "on the grass"), ("一只狗在雪地里跑", "in the snow")])
def test_a_place_with_its_locative_still_reads(said, where):  # guards
    assert talk(said).scene.background == where


def test_an_english_thing_sitting_somewhere_doing_something():
    """Before: one thing called "girl 坐在沙发上弹 guitar"."""
    d = talk("画一个 girl 坐在沙发上弹 guitar")
    assert names(d) == ["girl", "沙发"] and d.scene.subjects[0].attributes.get("pose") == "sitting"
