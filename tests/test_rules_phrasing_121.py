"""A breed said first, then the animal ("a golden retriever …", "just the dog": before, a second dog was added and
the others stayed), and the last change again with "actually" after it ("and the kitty too actually": before, one
more cat) (issue 20; from the blind split tuning-35, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk

_CLINIC = ("a golden retriever, a gray cat and a small white rabbit", "remove the bunny please")


def test_just_the_dog_keeps_the_retriever():
    assert names(talk(*_CLINIC, "just the dog")) == ["golden retriever"]  # the breed as said (no gold colour)


def test_the_last_removal_again_then_only_the_dog_and_its_collar():
    d = talk(*_CLINIC, "and the kitty too actually, just the dog. give him a red collar")
    assert names(d) == ["golden retriever"] and d.scene.subjects[0].parts["collar"]["colour"] == "red"


@pytest.mark.parametrize("first, said, changed", [("a corgi and a cat", "make the dog brown", "corgi"),
                                                  ("a kitten and a dog", "make the cat black", "kitten")])  # 2nd: guard
def test_the_animal_named_by_its_kind(first, said, changed):
    d = talk(first, said)
    assert [s.name for s in d.scene.subjects if s.attributes.get("colour")] == [changed]


def test_a_dog_named_dog_is_the_one_meant():  # guard
    d = talk("a cat and a dog", "make the dog brown")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("cat", None), ("dog", "brown")]
