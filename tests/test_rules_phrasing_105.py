"""As dictation types it: "the top write corner" (right), "right under the circle" (under, not the right of the
picture), and why run on with no comma ("get rid of the mug its too busy") (issue 20; from the blind split
tuning-33, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said, position", [("draw a yellow circle in the top write corner", "top right"),
                                            ("a red square at the bottom write", "bottom right")])
def test_write_for_right(said, position):
    assert talk(said).scene.subjects[0].position == position


def test_move_it_to_the_write():
    assert talk("a red circle", "move it to the write").scene.subjects[0].position == "right"


@pytest.mark.parametrize("said", ["put a yellow star right under the circle", "add a yellow star directly under it"])
def test_right_under_is_under(said):
    d = talk("a red circle at the top", said)
    assert d.scene.subjects[1].position != "right"


def test_why_run_on_after_a_removal():
    """Before: "I can't find “mug it's too busy” in the picture"."""
    d = talk("a cat and a coffee mug", "get rid of the mug its too busy")
    assert names(d) == ["cat"]


def test_too_bright_alone_is_still_a_look():  # guard: a run-on split found before this commit
    assert talk("a cat", "too dark", "now it's too bright").scene.look == ["low light"]


def test_write_as_a_verb_is_left_alone():  # guard: as before
    assert talk("a red circle", "write the word hello").scene.subjects[0].position is None
