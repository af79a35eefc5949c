"""A thing and its part said side by side with no 's ("make the owl eyes yellow": before, the owl was turned into
"a yellow eyes"; "owl eyes yellow pls", "cat tail black": before, notes), and a cake's icing or an owl's eyes as
what they have by nature (issue 20; from the blind split tuning-35, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from dialog.scene import Scene, Subject
from prompt_enhancer.rules.owner_part import owner_said
from rules_talk import names, talk


@pytest.mark.parametrize("said, owner, part", [("make the owl eyes yellow", "sleepy owl", "eyes"),
                                               ("owl eyes yellow pls", "sleepy owl", "eyes"),
                                               ("cat tail black", "cat", "tail")])
def test_a_part_said_after_its_owner(said, owner, part):
    d = talk("a sleepy owl and a cat", said)
    assert names(d) == ["sleepy owl", "cat"]
    thing = next(s for s in d.scene.subjects if s.name == owner)
    assert thing.parts[part]["colour"] in ("yellow", "black")


def test_the_icing_of_a_cake_is_its_own():
    """Before: "I can't find “icing” in the picture"."""
    d = talk("a round chocolate cake on a white plate", "can the icing be pink?")
    assert d.scene.subjects[0].parts["icing"] == {"relation": "with", "colour": "pink"}


def test_other_pairs_stay_as_said():  # guards
    scene = Scene([Subject("s1", "cat")])
    assert owner_said("a cat bed", scene) == "a cat bed"
    assert owner_said("put the cat in a box", scene) == "put the cat in a box"
    assert owner_said("make the cat ears pink", Scene()) == "make the cat ears pink"
