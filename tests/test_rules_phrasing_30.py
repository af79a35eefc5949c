"""Free phrasing, round 30 (from the blind tuning-19 split's classes): a counted list after a colon with a please
("3 shapes pls: …"), two looks joined with a plus ("逆光 + close up"), the camera's angle said with 镜头 and 一下,
and a coloured emoji that only shows the colour just named ("make them both green 🟢")."""

from __future__ import annotations

import pytest

from prompt_enhancer.rules.emoji import read_emoji
from rules_talk import talk


def test_a_counted_list_after_a_colon_with_a_please() -> None:
    d = talk("3 shapes pls: red circle top left, blue square top right, yellow triangle bottom center")
    assert [s.name for s in d.scene.subjects] == ["circle", "square", "triangle"]


@pytest.mark.parametrize("then, looks", [("逆光 + close up", ["backlight", "close-up"]),
                                         ("再加个电影感，镜头俯视一下", ["cinematic", "bird's-eye view"])])
def test_looks_said_casually(then: str, looks: list[str]) -> None:
    d = talk("a woman", then)
    assert all(look in d.scene.look for look in looks), d.scene.look
    assert [s.name for s in d.scene.subjects] == ["woman"]


@pytest.mark.parametrize("typed, read", [("hmm make them both green 🟢", "hmm make them both green"),
                                         ("a red 🔴 and a blue 🟦", "a red circle and a blue square"),
                                         ("add a 🟢 on the left", "add a circle on the left")])
def test_a_coloured_emoji_after_its_colour(typed: str, read: str) -> None:
    assert read_emoji(typed) == read


def test_both_made_green_with_an_emoji_keep_their_shapes() -> None:
    d = talk("a tiny pale pink triangle at the bottom right and a huge dark blue circle in the middle",
             "hmm make them both green 🟢")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("triangle", "green"),
                                                                                  ("circle", "green")]


def test_what_the_owner_does_after_its_last_part_is_the_owners() -> None:
    d = talk("an old man with a long white beard and round glasses reading the newspaper")
    man, = d.scene.subjects
    assert set(man.parts) == {"beard", "round glasses"} and "reading the newspaper" in man.attributes.get("detail", "")


def test_a_part_held_then_another_relation_stays_a_part() -> None:  # guard
    d = talk("a cat with a bell playing with a ball")
    assert set(d.scene.subjects[0].parts) == {"bell", "ball"}


def test_what_the_one_just_said_rides_and_holds_in_hand_goes_with_them() -> None:
    d = talk("一个 knight 穿着 silver armor，骑着一匹 black horse，手里拿着 red flag", "flag 换成 blue")
    knight, = d.scene.subjects
    assert {name: values.get("colour") for name, values in knight.parts.items()} == {
        "armor": "silver", "horse": "black", "flag": "blue"}
    assert knight.parts["horse"]["relation"] == "riding"
