"""A size said as a label (issue 20; phrasings written for this test): "fox: white, size: big" made the fox white
and kept "size: big" as a note; "size: 1024x1024" is the picture's size, a setting."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import talk


def test_a_size_label_is_the_things_size() -> None:
    d = talk("a red fox in the snow", "fox: white, size: big")
    assert (d.scene.subjects[0].attributes["colour"], d.scene.subjects[0].size) == ("white", "big")
    assert not d.scene.notes


def test_a_picture_size_stays_a_setting() -> None:  # guard
    d = talk("a red fox in the snow", "size: 1024x1024")
    assert d.action is Action.CHAT and d.scene.subjects[0].size is None
