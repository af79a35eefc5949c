"""A grandparent's polite sentences (issue 20; from the blind split tuning-30, then phrasings written for the test):
the courtesy around a request, an apology beside a correction, "ought to be", "a good deal bigger", a farewell."""

from __future__ import annotations

import pytest

from rules_talk import talk

_MAN = "an elderly gentleman sitting in the park, wearing a brown flat cap and a grey cardigan"


@pytest.mark.parametrize("said", ["Would you be so good as to give him a walking stick as well?",
                                  "I was wondering if you could give him a walking stick.",
                                  "Would you mind giving him a walking stick?"])
def test_the_courtesy_around_a_request_is_no_part_of_it(said):
    """Each was kept as a note ("Would you be so good as to give him a walking stick as well")."""
    d = talk(_MAN, said)
    assert "walking stick" in d.scene.subjects[0].parts and not d.scene.notes


def test_an_apology_beside_a_correction_and_ought_to_be():
    """"The cap ought to be dark blue, not brown" coloured the man; the apology went into the prompt."""
    d = talk(_MAN, "Oh dear, I am afraid I told you wrongly. The cap ought to be dark blue, not brown. My apologies.")
    man = d.scene.subjects[0]
    assert man.parts["flat cap"]["colour"] == "dark blue" and "colour" not in man.attributes and not d.scene.notes


def test_a_place_asked_for_with_could_and_a_courtesy_after():
    d = talk("a duck on a pond and a sun", "And could the sun go up in the top right corner, if it is no trouble?")
    assert [s.position for s in d.scene.subjects if s.name == "sun"] == ["top right"]


def test_a_good_deal_bigger_is_bigger():
    """"a good deal" was read as a new name: the circle turned into "a good deal"."""
    d = talk("a red triangle on the left, a blue square in the middle and a yellow circle on the right",
             "Please make the shape on the right a good deal bigger.")
    assert [(s.name, s.size) for s in d.scene.subjects][-1] == ("circle", "big")


def test_a_farewell_with_thanks_is_chat():
    d = talk("a wooden bench in a garden", "Thank you, dear. Have a pleasant day.")
    assert d.action.value == "chat" and not d.scene.notes
