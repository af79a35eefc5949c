"""The picture's look said as an artist or a grandparent puts it (issue 20; from the blind splits tuning-30 and
tuning-31, then phrasings written for the test): how much more, where the camera shoots from, converting, the
contrast bumped, the palette pushed, the colours back to normal, and why it should look so."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, looks", [
    ("and way more dramatic lighting", ["dramatic lighting"]),
    ("go more cinematic, wide shot, i want to feel how small it is", ["cinematic", "wide shot"]),
    ("can you push the palette warmer? it reads too cold right now", ["warm tones"]),
    ("shoot it from below so he looks more heroic", ["low angle"]),
    ("Could we look at it from directly above instead?", ["bird's-eye view"]),
    ("convert to black and white, and then bump the contrast way up", ["black and white", "high contrast"]),
    ("it looks too cold", ["warm tones"]),
])
def test_a_look_said_loosely_is_the_look(said, looks):
    """Each was kept as a note, drew a thing ("feel how it"), or ("it looks too cold") was answered as praise."""
    d = talk("a lighthouse on a cliff", said)
    assert [s.name for s in d.scene.subjects] == ["lighthouse"] and not d.scene.notes
    assert [look for look in d.scene.look if look in looks] == looks


def test_the_colours_back_to_normal_and_the_angle_kept():
    d = talk("a red car on a city street", "sepia, like an old photo", "top-down view",
             "hmm go back to normal colours but keep that angle")
    assert "sepia" not in d.scene.look and "bird's-eye view" in d.scene.look
    assert d.scene.subjects[0].attributes == {"colour": "red"}


@pytest.mark.parametrize("said", ["再忧郁一点就更好了", "再忧郁一点"])
def test_a_mood_wished_for_in_chinese(said):
    assert "moody" in talk("一个女孩打着伞在雨里", said).scene.look


def test_why_it_should_look_so_is_no_note():
    d = talk("a cartoon red apple on white",
             "Could you take the colour out, so the children can colour it in themselves? Black and white, I mean.")
    assert "black and white" in d.scene.look and not d.scene.notes


def test_a_little_more_to_one_side_is_still_a_step():  # guard: "a little more" of a move is no look
    d = talk("a small sun at the top left", "move it a little more to the right")
    assert d.scene.subjects[0].position == "top"


def test_so_after_ok_starts_the_request():  # guard: "ok so i want…" is no reason clause
    d = talk("ok so i want a picture of a jellyfish glowing in the dark ocean")
    assert [s.name for s in d.scene.subjects] == ["jellyfish"]
