"""Issue 20, the classes tuning-11 found: settings said in Chinese or mixed, and corrections that undo or reverse
the last edit. Each test failed before its fix (guards say so where they did not)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk

# ---------------------------------------- settings said in Chinese or mixed are settings, never notes or names


@pytest.mark.parametrize("message", [
    "strength调成0.5", "seed设为1234", "guidance 换成 8.5", "seed 改为 2024", "steps调到45", "种子随机一下",
    "seed随机", "步数设成35 种子随机", "size 设为 1024", "种子 = 77 引导系数 6", "换一个种子", "把种子固定成8",
    "another seed pls",
])
def test_a_setting_said_in_chinese_or_mixed_is_a_setting(message: str) -> None:
    d = talk("一只灰色的兔子", message)
    assert d.action is Action.CHAT
    assert names(d) == ["兔子"] and d.scene.subjects[0].attributes.get("colour") == "gray"
    assert not d.scene.notes
    assert "画图设置" in d.reply or "Picture settings" in d.reply


@pytest.mark.parametrize(("message", "expected"), [
    ("画一棵松树步数20", ["松树"]),
    ("一只小狗在草地上 步数40", ["小狗"]),
    ("画一朵向日葵，seed设为3", ["向日葵"]),
    ("a red kite, seed换成42", ["kite"]),
    ("画一只熊猫 40步", ["熊猫"]),
])
def test_a_setting_beside_a_drawing_is_not_part_of_the_thing(message: str, expected: list[str]) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert names(d) == expected
    assert not d.scene.notes


@pytest.mark.parametrize("message", ["--steps 30", "`--cfg 7`", "--seed 3 --steps 20",
                                     "`--seed 12`"])  # the last a guard: passed before d324c20, not at it
def test_a_pasted_setting_flag_goes_with_its_dashes(message: str) -> None:
    d = talk("a green square", message)
    assert d.action is Action.CHAT
    assert not d.scene.notes


def test_a_flag_after_a_drawing_leaves_no_dashes() -> None:
    d = talk("a fox in the snow --steps 40")
    assert names(d) == ["fox"]
    assert "--" not in d.reply


@pytest.mark.parametrize(("message", "size"), [("把它变大一点", "big"), ("再小一点", "small")])
def test_a_size_of_the_thing_is_still_its_size(message: str, size: str) -> None:  # a guard: passed before
    d = talk("一只猫", message)
    assert d.action is Action.EDIT and d.scene.subjects[0].size == size
