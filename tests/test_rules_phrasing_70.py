"""An answer to "which one?" with "i mean" after it, and a grassy field as the setting (issue 20; from tuning-26 and
phrasings written for this test): "make it green" of two circles asked which, and "the red one i mean" then made
both circles red; "…, grassy field" drew a thing called "grassy field"."""

from __future__ import annotations

import pytest

from rules_talk import talk

TWO = "a red circle on the left and a blue circle on the right"


@pytest.mark.parametrize("answer", ["the red one i mean", "the red one, i meant", "the red one"])
def test_the_answer_gets_the_request_asked_about(answer: str) -> None:
    d = talk(TWO, "make it green", answer)
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["green", "blue"]


@pytest.mark.parametrize("said", ["a dog sitting on the left and a tall pine tree on the right, grassy field",
                                  "a dog in a grassy field", "a dog, grassy meadow"])
def test_a_grassy_field_is_the_setting(said: str) -> None:
    d = talk(said)
    assert d.scene.background == "on the grass"
    assert all("grass" not in s.name for s in d.scene.subjects)
