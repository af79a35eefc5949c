"""Talk between a drawing and "it" (issue 20, chat and references; from tuning-26 and phrasings written for this
test): after "a red and a blue circle", "make it green" asks which one, but with a question in between ("which
looks better?") it made the blue one green: whether "it" was just drawn was read from the exchange before only."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("between", [("which looks better?",), ("which one looks better?", "hmm idk"),
                                     ("哪个好看？",)])
def test_talk_after_a_drawing_leaves_it_unclear(between):
    d = talk("a red and a blue circle", *between, "make it green")
    assert d.action.value == "chat" and "which" in d.reply.lower()
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["red", "blue"]


def test_the_answer_then_is_the_one_meant():
    d = talk("a red and a blue circle", "which looks better?", "make it green", "the red one i mean")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["green", "blue"]


@pytest.mark.parametrize("turns, colours", [
    (("a red circle", "nice!", "make it green"), ["green"]),  # guard: one thing, no question
    (("a red and a blue circle", "make the blue one bigger", "thanks!", "make it green"), ["red", "green"]),  # guard
])
def test_after_an_edit_or_with_one_thing_it_is_clear(turns, colours):
    d = talk(*turns)
    assert [s.attributes["colour"] for s in d.scene.subjects] == colours
