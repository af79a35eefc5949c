"""Issue 20, the classes left after tuning-6: a Chinese demonstrative alone, a thing with a place phrase, a
phrasal verb's particle after a thing, a two-colour description as a reference, a thing with 在 + place + verb,
a missing letter in a name, "X，但是要Y" with a comma, taking the colour away with several things there. Each
test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


def names(decision) -> list[str]:  # noqa: ANN001
    return [s.name for s in decision.scene.subjects]


# ------------------------------------------------------- 那 + a measure word is "that", not "then"

@pytest.mark.parametrize(("first", "message"), [
    ("画一只猫", "那只猫"),
    ("画一条狗", "那条狗"),
    ("画一个圆形", "那个圆形"),
])
def test_that_one_said_alone_in_chinese_is_the_one_there_and_asks_nothing(first: str, message: str) -> None:
    before = talk(first)
    d = talk(first, message)
    assert d.action is Action.CHAT
    assert "?" not in d.reply and "？" not in d.reply
    assert names(d) == names(before)


def test_that_with_a_measure_word_still_names_the_thing_changed() -> None:
    d = talk("画一只猫", "那只猫变成红色")
    assert d.scene.subjects[0].attributes.get("colour") == "red"


def test_then_before_a_request_is_still_read_as_then() -> None:
    d = talk("画一只猫", "那就画一只狗")
    assert names(d) == ["狗"]

