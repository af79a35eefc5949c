"""Free phrasing, round 29 (from the blind tuning-19 split's classes): a letter held down for emphasis ("allll the
way"), and a Chinese particle or 一点 closing English words ("left a bit 哈", "to the left 一点")."""

from __future__ import annotations

import pytest

from prompt_enhancer.rules.spelling import correct_typos
from rules_talk import talk


@pytest.mark.parametrize("typed, meant", [
    ("alll the way", "all the way"), ("sooo cute", "so cute"), ("pleeease", "please"), ("biggerrr", "bigger"),
    ("a green tree", "a green tree"), ("zzz", "zzz"), ("www.example.com", "www.example.com"),
])
def test_a_letter_held_down_is_said_once(typed: str, meant: str) -> None:
    assert correct_typos(typed) == meant


def test_all_the_way_over_to_the_right_said_with_a_held_letter() -> None:
    d = talk("a big red square at the top left", "ok now move it allll the way over to the right")
    assert d.scene.subjects[0].position == "top right"


@pytest.mark.parametrize("then", ["move it left a bit 哈", "now shift it to the left 一点"])
def test_a_particle_after_english_words(then: str) -> None:
    d = talk("a big red square at the bottom", then)
    assert d.scene.subjects[0].position == "bottom left"


def test_no_more_of_a_part_with_a_particle() -> None:
    d = talk("a puppy in a yellow raincoat", "no more raincoat 哈")
    assert [s.name for s in d.scene.subjects] == ["puppy"] and not d.scene.subjects[0].parts


@pytest.mark.parametrize("message, background, time", [
    ("a little girl in a yellow raincoat holding a red umbrella, rainy street", "on the street", "rain"),
    ("a fox, snowy forest", "in a forest", "snowfall"),
])
def test_a_place_with_its_weather_said_alone_after_the_things(message: str, background: str, time: str) -> None:
    d = talk(message)
    assert len(d.scene.subjects) == 1 and d.scene.background == background and time in (d.scene.time or "")


def test_a_place_alone_is_still_a_thing() -> None:  # guard: a bare "forest" could be drawn
    d = talk("a fox, a forest")
    assert [s.name for s in d.scene.subjects] == ["fox", "forest"]
