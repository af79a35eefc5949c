"""Spoken Chinese: "再来条狗" (one more dog; before, not read), "旁边站个男人" (before, a thing called
旁边站男人), "树底下" (under the tree; before, a thing called 树底), "那狗不要了 去掉" (before, "去掉" alone
not read, nothing changed), "男的也删了吧，就留个车得了" (before, "画面里没有“男”" and a note) (issue 20;
from the blind split tuning-36, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


def test_one_more_said_with_lai():
    assert names(talk("画一辆黄色的车", "再来条狗")) == ["车", "狗"]


def test_someone_standing_beside():
    d = talk("画一辆黄色的车，旁边站个男人")
    assert names(d) == ["车", "男人"] and d.scene.subjects[1].position == "车旁边"


def test_under_the_tree():
    d = talk("画一只黄色的猫 在树底下")
    assert names(d) == ["猫", "树"]


@pytest.mark.parametrize("first, said, left", [("画一只猫和一只狗", "那狗不要了 去掉", ["猫"]),
                                               ("画一辆车和一个男人", "男的也删了吧，就留个车得了", ["车"])])
def test_removal_said_twice_or_by_sex(first, said, left):
    d = talk(first, said)
    assert d.action.value == "edit" and names(d) == left and not d.scene.notes


def test_lai_in_a_word_is_not_more():  # guards
    d = talk("画一只猫", "看起来个子太小")
    assert names(d) == ["猫"]
    assert names(talk("来张图，雪地里的红色狐狸")) == ["狐狸"]
    assert "加" not in " ".join(names(talk("画一棵 big tree，tree 的右边站着一个 little girl")))
