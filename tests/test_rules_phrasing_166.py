"""Issue 20: 把 points at one thing, as "the" does. "把 triangle 删掉" and "把三角形涂成红色" with no triangle drawn ask
which thing was meant (before, the triangle was kept out, or a red triangle was added with "把涂成" as its detail)."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_ba_points_at_one_thing() -> None:
    for first, said in (("draw a cat", "把 triangle 删掉"), ("draw a cat", "把三角形涂成红色"),
                        ("draw a cat", "把 triangle 涂成红色")):
        d = talk(first, said)
        assert d.action is Action.CHAT and names(d) == ["cat"] and not d.scene.avoid, said
        assert d.reply.endswith(("?", "？")), said


def test_ba_guards() -> None:
    assert talk("画一只猫", "去掉云").scene.avoid == ["云"]  # a bare name is kept out, as before
    assert talk("画一只猫", "把背景涂成红色").scene.background == "red"
    assert talk("画一只猫", "把画面变成黑白的").scene.look == ["black and white"]
    d = talk("画一个 diver 在海底，穿黑色 wetsuit，背着黄色的 tank", "fins 要橙色的")
    assert d.scene.subjects[0].parts["fins"]["colour"] == "orange"  # a part it is given
