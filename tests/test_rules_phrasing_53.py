"""Small words around a request (issue 20; found on tuning-24, the phrasings written for this test): talk joined to
a request with "and" ("ok cool and swap the tree for a phone booth", "nice and now add a cat" were notes), a hedge
("make it kinda big" gave the cat a detail "kinda"), "out" before a place ("a white sail out at sea": a part called
"sail out"), painted in Chinese (房子刷成黄色 was a note), "to match" (a note), and a worn thing of two words ("also
red rain boots please" was a note)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


@pytest.mark.parametrize(("message", "names"), [
    ("ok cool and swap the tree for a phone booth", ["dog", "phone booth"]),
    ("nice and now add a cat", ["dog", "oak tree", "cat"]),
    ("lol perfect and make the dog black", ["dog", "oak tree"]),
])
def test_talk_then_and_a_request(message: str, names: list[str]) -> None:
    d = talk("a brown dog under an oak tree", message)
    assert d.action is Action.EDIT and not d.scene.notes
    assert [s.name for s in d.scene.subjects] == names


def test_a_thing_and_another_is_not_talk() -> None:
    d = talk("a cat and a dog")
    assert [s.name for s in d.scene.subjects] == ["cat", "dog"]


@pytest.mark.parametrize("message", ["make it kinda big", "the cat looks kinda tiny, make it big", "sorta big pls"])
def test_a_hedge_changes_nothing(message: str) -> None:
    d = talk("a small cat", message)
    (cat,) = d.scene.subjects
    assert cat.size == "big" and "detail" not in cat.attributes


def test_out_before_a_place() -> None:
    d = talk("a boat with a white sail out at sea")
    (boat,) = d.scene.subjects
    assert list(boat.parts) == ["sail"] and d.scene.background == "at sea"


@pytest.mark.parametrize("message", ["房子刷成黄色", "把房子喷成黄色的"])
def test_painted_in_chinese(message: str) -> None:
    d = talk("一座房子", message)
    assert d.scene.subjects[0].attributes.get("colour") == "yellow" and not d.scene.notes


@pytest.mark.parametrize(("message", "part"), [
    ("also red rain boots please", "rain boots"),
    ("also a red hat to match", "hat"),
    ("and red boots to match pls", "boots"),
])
def test_more_worn_things_for_the_one_in_focus(message: str, part: str) -> None:
    d = talk("a girl with a yellow umbrella", message)
    (girl,) = d.scene.subjects
    assert girl.parts[part]["colour"] == "red" and "umbrella" in girl.parts


def test_a_woman_in_a_dress_is_no_part_of_the_man() -> None:
    d = talk("a man in a grey suit, a woman in a green dress")
    assert [s.name for s in d.scene.subjects] == ["man", "woman"]
