"""Who is meant by what they wear, said in Chinese (issue 20; from the blind split tuning-32, then phrasings
written for the test): "戴帽子的那个穿上红色的衣服" gave the boy a part called 帽子的那穿上衣服."""

from __future__ import annotations

import pytest

from rules_talk import talk

_BOYS = "画两个男孩站在一起，一个戴着黄色的帽子，另一个戴着眼镜"


def test_two_standing_together_are_two_boys():
    """站在一起 drew two things called 男孩站 whose pose was 一起."""
    d = talk(_BOYS)
    assert [s.name for s in d.scene.subjects] == ["男孩", "男孩"]
    assert [sorted(s.parts) for s in d.scene.subjects] == [["帽子"], ["眼镜"]]


@pytest.mark.parametrize("said, check", [
    ("戴帽子的那个穿上红色的衣服", lambda d: d.scene.subjects[0].parts["衣服"]["colour"] == "red"
     and "衣服" not in d.scene.subjects[1].parts),
    ("把戴帽子的那个男孩画大一点", lambda d: [s.size for s in d.scene.subjects] == ["big", None]),
    ("戴眼镜的那个站到右边去", lambda d: [s.position for s in d.scene.subjects] == [None, "right"]),
    ("戴眼镜的那个变成蓝色", lambda d: [s.attributes.get("colour") for s in d.scene.subjects] == [None, "blue"]),
])
def test_the_one_wearing_a_thing_is_picked_by_it(said, check):
    d = talk(_BOYS, said)
    assert len(d.scene.subjects) == 2 and check(d)
