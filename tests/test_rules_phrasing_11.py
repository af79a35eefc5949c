"""Issue 20, the classes tuning-10 found. Each test failed before its fix (guards say so where they did not)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


# ---------------------------------------- a thanks beside a request is courtesy, never a thing

@pytest.mark.parametrize(("message", "expected"), [
    ("画一只狗，多谢啦", ["狗"]),
    ("帮我画个蓝色的气球，谢了", ["气球"]),
    ("画一只兔子 谢谢啦", ["兔子"]),  # a guard (passed before: no comma)
])
def test_a_thanks_beside_a_request_is_not_drawn(message: str, expected: list[str]) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert names(d) == expected


def test_a_thanks_alone_is_answered_not_noted() -> None:
    d = talk("画一只狗", "多谢啦")
    assert d.action is Action.CHAT
    assert not d.scene.notes


# ---------------------------------------- asking for a picture, then what is in it

@pytest.mark.parametrize(("message", "expected"), [
    ("画张图：海边的灯塔", ["灯塔"]),
    ("来一幅画吧，一只黑色的狗", ["狗"]),
    ("make me a picture, a cat in the snow", ["cat"]),
    ("generate an image: a red car", ["car"]),
])
def test_a_picture_asked_for_before_its_content_is_not_a_thing(message: str, expected: list[str]) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert names(d) == expected


# ---------------------------------------- words pointing at a dropped picture, without naming it a picture

@pytest.mark.parametrize(("message", "expected"), [
    ("https://example.com/a.png 照这个来，画一只猫", ["猫"]),
    ("![](https://example.com/a.png)\n按照那幅画一只狗", ["狗"]),
    ("![](https://example.com/a.png) a dog based on this one", ["dog"]),
    ("![](https://example.com/a.png) use this as a reference, a red bus", ["bus"]),
])
def test_this_alone_pointing_at_a_dropped_picture_goes_with_it(message: str, expected: list[str]) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert names(d) == expected
    assert not d.scene.notes


# ---------------------------------------- 正中间, 最左边 are one place word, not 正 and 中间

@pytest.mark.parametrize(("message", "position"), [
    ("正中间一只白色的兔子", "center"),
    ("最右边一个蓝色的三角形", "right"),
])
def test_a_place_word_with_a_head_is_not_cut(message: str, position: str) -> None:
    d = talk(message)
    assert len(d.scene.subjects) == 1
    assert d.scene.subjects[0].position == position
