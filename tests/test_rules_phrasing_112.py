"""Standing in the rain (女孩站在雨里打着伞: the weather is no place to stand at) and "a pair of white sneakers" (the
sneakers) (issue 20; from the blind split tuning-34, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said", ["画一个女孩站在雨里打着伞", "画一个男孩坐在雨里"])
def test_standing_in_the_weather(said):
    """Before: a thing called 女孩站."""
    d = talk(said)
    assert names(d)[0] in ("女孩", "男孩") and d.scene.subjects[0].attributes.get("pose") in ("standing", "sitting")
    assert d.scene.time


@pytest.mark.parametrize("said, name", [("draw a pair of white sneakers", "sneakers"),
                                        ("a pair of glasses on a table", "glasses")])
def test_a_pair_of_things_is_the_things(said, name):
    """Before: a thing called "pair of sneakers" ("pair of glasses")."""
    assert names(talk(said))[0] == name
