"""Light said with where it shines (issue 20, settings and markup / global modifiers; from tuning-26 and phrasings
written for this test): "a cozy cabin ..., warm light in the windows" drew a second thing called "windows"; "a
house with warm light glowing in the windows" drew "house glowing" wearing windows; "sunlight coming through the
window" became two things. The light is the picture's; where it shines is kept in the prompt as said."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said, name", [
    ("a cozy cabin in a snowy forest at night, warm light in the windows --ar 16:9 --steps 30", "cozy cabin"),
    ("a cabin, warm light in the windows", "cabin"),
    ("a house with warm light glowing in the windows", "house"),
    ("a room with sunlight coming through the window", "room"),
    ("a little shop at night, soft light spilling from the door", "shop"),
])
def test_light_and_where_it_shines_is_no_thing(said, name):
    d = talk(said)
    assert names(d) == [name]
    assert any("window" in n or "door" in n for n in d.scene.notes)
    assert "understand" not in d.reply


def test_said_as_an_edit_it_lights_the_picture():
    d = talk("a cabin", "make it night, warm light in the windows")
    assert names(d) == ["cabin"] and d.scene.time == "night" and "warm lighting" in d.scene.look


def test_a_thing_with_a_lantern_still_holds_it():  # guard
    d = talk("a girl with a lantern")
    assert names(d) == ["girl"] and list(d.scene.subjects[0].parts) == ["lantern"]
