"""Issue 20, from what tuning-63 … -68 missed at first sight: chat typing. A face typed in ASCII (":)", ":D", "xD")
is a face, not words; a lone "w" is "with"; "eh" hesitates; "better make it…" asks for it."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


@pytest.mark.parametrize("said", ["perfect :) now make it purple", "nice :D make it purple", "make it purple :(",
                                  "lol xD make it purple", "make it purple ^_^"])
def test_a_face_typed_in_ascii_is_no_word(said: str) -> None:
    d = talk("a blue circle", said)
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes["colour"] == "purple", d.reply
    assert not d.scene.notes  # before, "perfect with ) now make it purple" was a note


def test_a_ratio_or_a_link_is_no_face() -> None:
    assert talk("a cat", "https://x.com/a.png make it red").scene.subjects[0].attributes["colour"] == "red"
    assert talk("a cat", "set the ratio to 16:9").action is Action.CHAT


def test_a_lone_w_is_with() -> None:
    d = talk("a cat", "can we get a close up w soft lighting? kinda dreamy mood")
    assert d.action is Action.EDIT and {"close-up", "soft lighting", "dreamy"} <= set(d.scene.look), d.reply
    assert "with a flower" in next(iter(talk("a cat", "give her a hat w a flower").scene.subjects[0].parts))
    assert talk("draw a big letter w in the middle").scene.subjects[0].name == "letter w"


@pytest.mark.parametrize("said", ["ehh no, better make it a square pls", "eh no, make it a square",
                                  "better make it a square"])
def test_eh_hesitates_and_better_asks(said: str) -> None:
    d = talk("a red circle", said)
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("square", "red")], d.reply
    assert not d.scene.notes
