"""鸟儿 (the spoken 儿 of a bird), 就要熊猫一个 (only the panda stays), "in the corner up to the right", a look said
after what it is of (色调复古一点), "soft light over everything", and "never mind that" (before, the cat was removed)
(issue 20; from the blind split tuning-35, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


def test_the_spoken_er_of_a_bird_and_only_the_panda():
    """Before: nothing called 鸟儿 found, then "which one: this panda or one more?"."""
    d = talk("一只熊猫，再加两只小鸟在天上飞", "鸟儿不要了，就要熊猫一个")
    assert names(d) == ["熊猫"] and d.action.value == "edit"


def test_the_corner_up_to_the_right():
    """Before: at the right."""
    d = talk("a house", "Also I want a sun in the corner up to the right")
    assert [(s.name, s.position) for s in d.scene.subjects][-1] == ("sun", "top right")


@pytest.mark.parametrize("said, look", [("色调复古一点，像老胶片那种", "vintage"), ("画面梦幻一点", "dreamy")])
def test_a_look_said_after_what_it_is_of(said, look):
    """Before: "看懂了…但没看懂“色调复古一点”", nothing changed (画面梦幻一点 is a guard)."""
    assert look in talk("一个女孩", said).scene.look


def test_soft_light_over_everything():
    """Before: only "You're welcome!"."""
    assert talk("a bride and a groom", "and soft light over everything, thx!").scene.look == ["soft lighting"]


@pytest.mark.parametrize("said, expected", [
    ("Never mind that. Could you add a small lamp on the right?", ["cat", "armchair", "lamp"]),
    ("never mind that", ["cat", "armchair"]),
])
def test_never_mind_that_removes_nothing(said, expected):
    """Before: the cat was removed when a request followed (alone, it is a guard)."""
    d = talk("a gray cat on a green armchair", said)
    assert names(d) == expected and not d.scene.notes


def test_never_mind_the_bird_still_removes_it():  # guard
    assert names(talk("a cat and a bird", "never mind the bird")) == ["cat"]
