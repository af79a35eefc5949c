""""put some fog over the water" (before, a thing called fog); "ink it in black and white" (before, a note); "swap the
low angle for a close-up" (before, the detective given "a swap the low angle…"); "wait no go back to a dragon" (before,
a note); what the thing just named is like, said as a sentence ("its a lil white pup": before, a note)
(issue 20; from the blind split tuning-35, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


def test_fog_put_over_a_place():
    d = talk("draw a small red boat at dawn", "put some fog over the water")
    assert names(d) == ["boat"] and "fog" in d.scene.time and "dawn" in d.scene.time


@pytest.mark.parametrize("said", ["ink it in black and white", "render it in black and white"])
def test_done_in_a_look(said):
    d = talk("draw a detective in the rain", said)
    assert d.scene.look == ["black and white"] and not d.scene.notes


def test_one_look_for_another():
    d = talk("draw a detective in the rain, low angle", "swap the low angle for a close-up on his face")
    assert "low angle" not in d.scene.look and "close-up" in d.scene.look
    assert names(d) == ["detective"] and not d.scene.subjects[0].parts


def test_back_to_the_kind_before():
    d = talk("draw a green dragon", "make it a giant red spider",
             "wait no go back to a dragon, but keep it red and giant")
    assert names(d) == ["dragon"] and d.scene.subjects[0].attributes["colour"] == "red" and not d.scene.notes


@pytest.mark.parametrize("said", ["add his dog next to him, its a lil white pup",
                                  "add a dog next to him. it's a small white puppy"])
def test_what_it_is_like(said):
    d = talk("draw a boy in a red hoodie", said)
    dog = d.scene.subjects[1]
    assert dog.name == "dog" and dog.attributes["colour"] == "white" and dog.size == "small" and not d.scene.notes


def test_another_kind_is_not_a_description():  # guard
    d = talk("draw a cat", "it's a fox")
    assert d.scene.subjects[0].attributes == {}
