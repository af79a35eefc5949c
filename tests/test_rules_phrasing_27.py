"""Free phrasing, round 27: settings the vocabulary has no row for, said in Chinese, are where things are (kept as
said), and a narrower place is not folded into a wider one (a pond is no lake, a bamboo grove no forest)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("message, background, names", [
    ("一只狐狸在山洞里", "山洞", ["狐狸"]),
    ("两个男人坐在咖啡馆里聊天", "咖啡馆", ["男人", "男人"]),
    ("一只狐狸在昏暗的阁楼里", "昏暗的阁楼", ["狐狸"]),
    ("一个穿汉服的女孩在竹林里弹古筝", "竹林", ["女孩"]),
    ("一只猫在咖啡馆里的桌子上", "咖啡馆", ["猫", "桌子"]),
    ("a small green frog sitting on a lily pad in a pond", "pond", ["frog", "lily pad"]),
    ("a panda in a bamboo forest", "bamboo forest", ["panda"]),
])
def test_a_setting_without_a_row_is_kept_as_said(message: str, background: str, names: list[str]) -> None:
    d = talk(message)
    assert d.scene.background == background and [s.name for s in d.scene.subjects] == names


def test_a_setting_said_as_what_a_thing_belongs_to_stays_with_the_thing() -> None:
    d = talk("一只猫在咖啡馆的桌子上")  # the café's table: a table, no café around it
    assert d.scene.background is None and [s.name for s in d.scene.subjects] == ["猫", "桌子"]


def test_a_setting_alone_is_still_a_thing_to_draw() -> None:
    d = talk("画一个山洞")
    assert [s.name for s in d.scene.subjects] == ["山洞"] and d.scene.background is None


@pytest.mark.parametrize("first, then, left", [
    ("一棵大树 树枝上挂着一个红灯笼 晚上", "把树删掉", [("灯笼", "red")]),
    ("a big old oak tree at night with a paper lantern hanging off one of the branches", "get rid of the tree",
     [("lantern", None)]),
    ("a pine tree", "hang a silver bell on the tree", None),
])
def test_what_hangs_on_a_thing_stays_when_the_thing_goes(first: str, then: str, left) -> None:
    if left is None:  # hung there in a later turn, then the tree goes
        d = talk(first, then, "remove the tree")
        left = [("bell", "silver")]
    else:
        d = talk(first, then)
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == left
    assert not d.scene.subjects[0].parts


def test_what_a_thing_holds_or_wears_goes_with_it() -> None:  # guard: read before, kept so
    d = talk("a girl holding a red umbrella and wearing a hat, and a dog", "remove the girl")
    assert [s.name for s in d.scene.subjects] == ["dog"]


def test_the_prompt_says_what_hangs_on_a_thing() -> None:
    from dialog.prompt import render_prompt

    d = talk("a tree with a lantern hanging from it")
    assert "hung with a lantern" in render_prompt(d.scene)
