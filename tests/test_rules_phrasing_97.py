"""Each one of two said in its own clause, and a list of things each with its place on its own line (issue 20; from
the blind split tuning-32, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_each_one_of_two_in_a_clause_of_its_own():
    """"two boys, one in a yellow hat, one with glasses" gave the second boy both."""
    d = talk("two boys, one in a yellow hat, one with glasses")
    assert [list(s.parts) for s in d.scene.subjects] == [["hat"], ["glasses"]]


@pytest.mark.parametrize("said", ["draw these:\n1. yellow circle, top right\n2. white square, top left\n"
                                  "3. green triangle at the bottom",
                                  "yellow circle, top right\nwhite square, top left\ngreen triangle at the bottom"])
def test_each_thing_of_a_list_keeps_its_own_place(said):
    """"top left" moved the circle said first (the circle and the square both ended at the top left)."""
    d = talk(said)
    assert [(s.name, s.position) for s in d.scene.subjects] == [("circle", "top right"), ("square", "top left"),
                                                                ("triangle", "bottom")]


@pytest.mark.parametrize("said, colours", [("a cat and a dog, black", ["black", "black"]),  # guards: as before
                                           ("two cats, one black and one white", ["black", "white"])])
def test_a_value_after_things_of_different_names_is_all_of_theirs(said, colours):
    assert [s.attributes.get("colour") for s in talk(said).scene.subjects] == colours
