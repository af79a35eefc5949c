"""The whole piece is the picture, a style changed with the English word in Chinese (style 改成 pixel art), printing
asked about, an em dash between a change and why, "in a row pls", and "the blue one" of a deep blue thing (issue 20;
from the blind split tuning-33, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


@pytest.mark.parametrize("said", ["make the whole piece b&w", "make the entire artwork black and white"])
def test_the_whole_piece_is_the_picture(said):
    """"I can't find “whole piece” in the picture" before."""
    d = talk("a wolf howling at a full moon", said)
    assert "black and white" in d.scene.look


@pytest.mark.parametrize("said", ["style 改成 pixel art 吧", "Style 换成 watercolor"])
def test_a_style_changed_in_chinese_with_the_english_word(said):
    assert talk("a boy", said).scene.style in ("pixel art", "watercolor")


@pytest.mark.parametrize("said", ["Can I print this at home on A4 paper?", "can i print it"])
def test_printing_asked_about_draws_nothing(said):
    """"Drew a paper Can I print this at home on 4." in the conversation it came from."""
    d = talk("a cake with candles", said)
    assert d.action is Action.CHAT and [s.name for s in d.scene.subjects] == ["cake"]


def test_an_em_dash_between_a_change_and_why():
    d = talk("a beige armchair on the left and a deep blue armchair on the right",
             "Make the blue one larger — it's the statement piece.")
    assert [(s.attributes["colour"], s.size) for s in d.scene.subjects] == [("beige", None), ("dark blue", "big")]
    assert d.scene.notes == []


def test_the_blue_one_is_the_exact_blue_when_there_is_one():  # guard: as before
    d = talk("a blue circle and a dark blue square", "make the blue one bigger")
    assert [s.size for s in d.scene.subjects] == ["big", None]


def test_in_a_row_with_a_courtesy_after_it():
    d = talk("draw 3 squares in a row pls, left one red, middle blue, right green")
    assert [(s.name, s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [
        ("square", "red", "left"), ("square", "blue", "center"), ("square", "green", "right")]
