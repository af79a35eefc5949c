"""A size after 的 before a thing the rules need not know (issue 20, stacked Chinese modifiers; from tuning-18 and
phrasings written for this test): "红色的大南瓜" drew a thing called 大南瓜 with no size, though "画一个大南瓜"
and "红色大南瓜" had one (a size there was read only before a word whose first character the rules know)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said, name, size", [
    ("画一个红色的大南瓜", "南瓜", "big"),
    ("画一个绿色的大西瓜", "西瓜", "big"),
    ("来个蓝色的小风车", "风车", "small"),  # guard: 风 begins a word the rules know, so this one read before
])
def test_the_size_after_de_is_the_things(said, name, size):
    d = talk(said)
    assert names(d) == [name] and d.scene.subjects[0].size == size


def test_a_pumpkin_under_a_cat_keeps_its_size_and_colour():
    d = talk("一只胖胖的白色小猫坐在一个红色的大南瓜上")
    pumpkin = d.scene.subjects[1]
    assert pumpkin.name == "南瓜" and pumpkin.size == "big" and pumpkin.attributes.get("colour") == "red"


@pytest.mark.parametrize("said, name", [("一只白色的大象", "大象"), ("一个穿红色的大衣的人", "人")])
def test_words_that_begin_with_a_size_stay_words(said, name):  # guard
    d = talk(said)
    assert names(d)[0] == name and d.scene.subjects[0].size is None


def test_its_size_is_no_size():  # guard
    d = talk("一个红色的圆", "把它的大小改成小的")
    assert d.scene.subjects[0].size == "small"
