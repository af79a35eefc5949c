"""Issue 20, the classes tuning-6 found: a thing said again when one is already there, several subjects moved
at once, taking a colour away, a part's size, putting a held thing away, misspelt names, a subject with a place
phrase or a detail. Each test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


def names(decision) -> list[str]:  # noqa: ANN001
    return [s.name for s in decision.scene.subjects]


# ------------------------------------------------------------------ a thing said again that is already there

@pytest.mark.parametrize(("first", "message"), [
    ("draw a cat", "cat"),
    ("a cat on the grass", "a cat"),
    ("画一只猫", "一只猫"),
    ("a dog and a cat", "cat"),
    ("draw a red circle", "a circle"),
])
def test_a_bare_thing_already_there_asks_instead_of_drawing_a_second(first: str, message: str) -> None:
    before = talk(first)
    d = talk(first, message)
    assert d.action is Action.CHAT
    assert "?" in d.reply or "？" in d.reply
    assert names(d) == names(before)


@pytest.mark.parametrize("message", ["add another cat", "another cat", "a second cat pls", "再加一只猫"])
def test_another_one_said_outright_still_adds(message: str) -> None:
    d = talk("draw a cat", message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 2


def test_yes_before_a_request_is_read_as_courtesy() -> None:
    d = talk("draw a cat", "cat", "yes add another one")
    assert d.action is Action.EDIT
    assert names(d) == ["cat", "cat"]


def test_a_thing_not_there_yet_is_still_added() -> None:
    d = talk("draw a cat", "a dog")
    assert d.action is Action.EDIT
    assert names(d) == ["cat", "dog"]
