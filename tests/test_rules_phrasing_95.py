"""A fantasy player's characters (issue 20; from the blind split tuning-32, then phrasings written for the test):
what a figure holds listed with what it wears, and "the short guy gets an axe"."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, name, parts", [
    ("ok so my character: an old wizard with a long grey beard, dark blue robe and a wooden staff", "old wizard",
     ["beard", "robe", "staff"]),
    ("a knight with a red cape, a sword and a shield", "knight", ["cape", "sword", "shield"]),
    ("a house with a red roof, a blue door and two windows", "house", ["roof", "door", "windows"]),  # guard
])
def test_what_a_figure_holds_listed_with_what_it_wears(said, name, parts):
    """The robe and the staff were drawn as things of their own beside the wizard."""
    d = talk(said)
    assert [s.name for s in d.scene.subjects] == [name] and list(d.scene.subjects[0].parts) == parts


@pytest.mark.parametrize("said, parts", [("the short guy gets an axe and a red beard", ["axe", "beard"]),
                                         ("the dwarf gets an axe", ["axe"])])
def test_someone_gets_a_thing(said, parts):
    """"the short guy gets …" turned the dwarf into "a red guy gets axe and a beard"."""
    d = talk("a tall elf in a green cloak and a short dwarf", said)
    assert [s.name for s in d.scene.subjects] == ["tall elf", "short dwarf"]
    assert list(d.scene.subjects[1].parts) == parts and list(d.scene.subjects[0].parts) == ["cloak"]
