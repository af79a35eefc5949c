"""Settings beside a request, a colour to go back to and two things one on each side (issue 20; found on
tuning-24, the phrasings written for this test): "hmm make the fox white, keep the seed" asked instead of changing
the fox; 种子别变 and "sampler 用 euler a" were notes; "go back to color" answered with the Undo button's hint;
"add two gold circles, one on each side" left "one on each side" as a note, 两边各加一个灯笼 too."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


@pytest.mark.parametrize(("first", "message", "colour"), [
    ("a fox in the snow", "hmm make the fox white, keep the seed", "white"),
    ("a fox", "same seed pls, make it red", "red"),
    ("蓝色小鸟", "鸟改红色 种子别变", "red"),
    ("蓝色小鸟", "鸟改成红色，种子不变", "red"),
])
def test_the_seed_kept_beside_a_change(first: str, message: str, colour: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT and not d.scene.notes
    assert d.scene.subjects[0].attributes["colour"] == colour
    assert "Picture settings" in d.reply or "画图设置" in d.reply


@pytest.mark.parametrize("message", ["sampler 用 euler a", "steps 25, sampler 用 euler a"])
def test_a_sampler_said_in_chinese_is_a_setting(message: str) -> None:
    d = talk("a cat", message)
    assert d.action is Action.CHAT and not d.scene.notes


@pytest.mark.parametrize(("message", "looks"), [
    ("go back to color", []),
    ("ok actually go back to color but keep the low angle", ["low angle"]),
])
def test_go_back_to_colour_is_no_undo(message: str, looks: list[str]) -> None:
    d = talk("a red car, black and white, low angle" if looks else "a red car, black and white", message)
    assert d.action is Action.EDIT and d.scene.look == looks


def test_go_back_to_the_previous_one_is_the_undo_button() -> None:
    assert "Undo" in talk("a red car", "go back to the previous one").reply


@pytest.mark.parametrize(("first", "message", "name"), [
    ("a small red star in the center", "add two big gold circles, one on each side", "circle"),
    ("a small red star in the center", "add two 大的金色的 circles, one on each side", "circle"),
    ("a small red star in the center", "two big gold circles on either side", "circle"),
    ("a tree", "两边各加一个灯笼", "灯笼"),
    ("一扇门", "门的两侧各挂一盏灯笼", "灯笼"),
    ("画一棵树", "树两边各放一个灯笼", "灯笼"),
])
def test_one_on_each_side(first: str, message: str, name: str) -> None:
    d = talk(first, message)
    added = d.scene.subjects[1:]
    assert [(s.name, s.position) for s in added] == [(name, "left"), (name, "right")] and not d.scene.notes
