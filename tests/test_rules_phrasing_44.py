"""Free phrasing, round 44 (from the blind tuning-15 / tuning-16 splits' classes): "he doesnt need the balloon,
take it away" (took the boy away too), "remove the crate entirely", "i dont think we need the table"."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("message", ["actually he doesnt need the balloon, take it away",
                                     "remove the balloon, take it away"])
def test_it_after_a_removal_is_what_was_removed(message: str) -> None:
    d = talk("a boy holding a red balloon", message)
    assert [(s.name, s.parts) for s in d.scene.subjects] == [("boy", {})]


def test_remove_it_alone_still_removes_the_one_in_focus() -> None:  # guard
    d = talk("a cat and a dog", "make the dog red", "remove it")
    assert [s.name for s in d.scene.subjects] == ["cat"]


def test_removed_entirely() -> None:
    d = talk("a birthday cake on a wooden table", "remove the table entirely")
    assert [s.name for s in d.scene.subjects] == ["birthday cake"] and d.scene.avoid == []


def test_i_dont_think_we_need_it() -> None:
    d = talk("a birthday cake on a wooden table", "i dont think we need the table tbh")
    assert [s.name for s in d.scene.subjects] == ["birthday cake"]
