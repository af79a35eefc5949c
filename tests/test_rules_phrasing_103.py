"""English as a learner writes it: "Put to her a hat of straw", "convert it in a square", "Better a triangle", "The
dress I want it more dark", "Is possible he smiles?", "How I can download it?" (issue 20; from the blind split
tuning-33, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from prompt_enhancer.rules.learner_english import as_usually_said
from rules_talk import names, talk


def test_put_to_her_a_hat_of_straw():
    """Before: "Added a hat of straw" beside the woman."""
    d = talk("a woman with red hair", "Put to her a hat of straw, yellow colour")
    assert names(d) == ["woman"] and d.scene.subjects[0].parts["straw hat"]["colour"] == "yellow"


@pytest.mark.parametrize("said, shape", [("Now convert it in a square, the same color", "square"),
                                         ("Mmm no. Better a triangle", "triangle")])
def test_what_it_is_changed_as_a_learner_says_it(said, shape):
    d = talk("a blue circle in the centre", said)
    assert [(s.name, s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [(shape, "blue", "center")]


def test_is_possible_he_smiles():
    d = talk("an old man on a bench", "He looks very serious. Is possible he smiles?")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes.get("pose") == "smiling"


def test_how_i_can_download_it_is_asked_about_the_app():
    d = talk("a red circle", "Perfect. How I can download it?")
    assert d.action is Action.CHAT and d.scene.notes == []


@pytest.mark.parametrize("said, expected", [
    ("The dress I want it more dark.", "make The dress darker."),
    ("give to him glasses", "give him glasses"),
    ("a bench of the park", "a bench of the park"),  # guards: as before
    ("make it more small and black", "make it more small and black"),
    ("画一只猫", "画一只猫")])
def test_as_usually_said(said, expected):
    assert as_usually_said(said) == expected
