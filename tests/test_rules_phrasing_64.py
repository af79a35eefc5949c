"""Removal and a new picture said as people put them (issue 20; phrasings written for this test): "bye bye bird"
asked which bird, 把鸟赶走 was not read, 重新画一只青蛙 drew a thing called 重新青蛙 beside the bird, 重新画 alone
was not read (the Retry button's)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


@pytest.mark.parametrize("message", ["bye bye bird", "goodbye bird", "把鸟赶走", "鸟赶跑吧"])
def test_sending_a_thing_away_removes_it(message: str) -> None:
    d = talk("a blue bird on a branch", message)
    assert names(d) == ["branch"]


@pytest.mark.parametrize("message", ["bye bye", "goodbye for now", "ok bye"])
def test_a_farewell_removes_nothing(message: str) -> None:  # guard
    d = talk("a blue bird on a branch", message)
    assert d.action is Action.CHAT and names(d) == ["bird", "branch"] and not d.scene.avoid


@pytest.mark.parametrize("message", ["重新画一只青蛙", "清空 重新画一只青蛙", "帮我重新画一只红色的鸟"])
def test_drawn_anew_in_chinese(message: str) -> None:
    d = talk("一只蓝色的鸟", message)
    assert d.action is Action.DRAW and len(d.scene.subjects) == 1 and "重新" not in d.scene.subjects[0].name


def test_redraw_alone_is_the_retry_button() -> None:
    d = talk("一只蓝色的鸟", "重新画")
    assert d.action is Action.CHAT and "重画" in d.reply and names(d) == ["鸟"]
