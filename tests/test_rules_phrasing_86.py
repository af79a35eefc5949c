"""Talk that is no request (issue 20; from the blind splits tuning-30 and tuning-31, then phrasings written for
the test): a remark on the picture, a question about the app or about who it is, answered; the picture stays."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said", [
    "It reminds me of my mother's garden. Thank you.",
    "Thank you, that is much better.",
    "perfect, that's the mood i was after",
    "that looks just like my dog",
    "That looks just like my late brother. Thank you so much, dear.",
    "你能画动图吗？",
    "btw 画布多大",
    "你是谁",
])
def test_talk_about_the_picture_or_the_app_leaves_it_as_it_was(said):
    """Each went into the prompt as a note (or drew a thing called 动图)."""
    d = talk("a wooden bench in a garden", said)
    assert d.action.value == "chat"
    assert [s.name for s in d.scene.subjects] == ["bench"] and not d.scene.notes


@pytest.mark.parametrize("said", ["Good morning. Could you tell me what sort of pictures you are able to make?",
                                  "你好呀，你是谁", "你能画动图吗？"])
def test_a_question_first_draws_nothing(said):
    d = talk(said)
    assert d.action.value == "chat" and not d.scene.subjects


@pytest.mark.parametrize("first, said", [
    ("a wooden bench in a garden", "it looks too dark, make it brighter"),  # guard: a request after the remark
    (None, "能画一只熊猫吗"),  # guard: a request asked as a question
])
def test_a_request_said_with_talk_is_still_read(first, said):
    d = talk(first, said) if first else talk(said)
    assert d.action.value in ("edit", "draw")
