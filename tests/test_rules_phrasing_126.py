"""How many of a thing, said as a number (rules/counts_set.py): "make it 4 penguins" (before, the polar bear was
turned into "penguins"), "make it two birds total. keep the red one" (before, a bird into "a birds total"), "only one
cat please" (before, asked "the cat already there or one more?"), "猫留一只就行" (before, a note), "狗改成两只"
(before, the dog into "一个两") (issue 20; from the blind split tuning-36, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


def test_more_of_a_kind():
    d = talk("draw two penguins and a polar bear", "make it 4 penguins")
    assert sorted(names(d)) == ["penguin"] * 4 + ["polar bear"]
    d = talk("画两只猫和一只狗", "狗改成两只")
    assert sorted(names(d)) == ["狗", "狗", "猫", "猫"]


def test_fewer_keeps_the_one_that_stands_out():
    d = talk("draw three small blue birds at sunset", "add a red bird",
             "ehh too many, make it two birds total. keep the red one")
    assert names(d) == ["bird", "bird"] and [s.attributes.get("colour") for s in d.scene.subjects] == ["blue", "red"]
    assert not d.scene.notes


@pytest.mark.parametrize("first, said, left", [("draw three cats", "only one cat please", ["cat"]),
                                               ("画两只猫和一只狗", "猫留一只就行", ["猫", "狗"]),
                                               ("画三只猫", "只要一只猫", ["猫"])])
def test_fewer(first, said, left):
    d = talk(first, said)
    assert d.action.value == "edit" and names(d) == left


@pytest.mark.parametrize("said", ["two cats on the left", "add two cats", "add two more cats"])
def test_other_numbers_are_not_a_count(said):  # guards: more things, not how many there are
    d = talk("draw a cat", said)
    assert len(names(d)) >= 2
