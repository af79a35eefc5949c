"""Input hygiene: every odd message gets a defined result and a clear reply."""

from __future__ import annotations

import pytest

from dialog.message import DEFAULT_MAX_CHARS, MessageRejected, clean_message, detect_language, session_command


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n", "\x00\x01\x1b", "\u200b\u200e\u202e", "　"])
def test_empty_and_invisible_messages_are_rejected(text: str) -> None:
    with pytest.raises(MessageRejected) as caught:
        clean_message(text)
    assert caught.value.reason == "empty" and "message" in caught.value.reply


def test_not_text_is_rejected_like_empty() -> None:
    with pytest.raises(MessageRejected):
        clean_message(None)  # type: ignore[arg-type]


def test_too_long_is_rejected_with_the_numbers_never_cut() -> None:
    with pytest.raises(MessageRejected) as caught:
        clean_message("a" * 10_000)
    assert caught.value.reason == "too_long"
    assert "10000" in caught.value.reply and str(DEFAULT_MAX_CHARS) in caught.value.reply
    with pytest.raises(MessageRejected) as caught:
        clean_message("画" * 10_000)
    assert "10000" in caught.value.reply and "太长" in caught.value.reply
    assert clean_message("a" * DEFAULT_MAX_CHARS) == "a" * DEFAULT_MAX_CHARS
    assert clean_message("b" * 50, max_chars=50) == "b" * 50
    with pytest.raises(MessageRejected):
        clean_message("b" * 51, max_chars=50)


def test_control_characters_are_dropped_and_whitespace_squeezed() -> None:
    assert clean_message("  draw\x00 a\x1b[31m  red\tcircle \u202e ") == "draw a[31m red circle"
    assert clean_message("one\r\ntwo\n\n\n\nthree") == "one\ntwo\n\nthree"


def test_full_width_punctuation_is_normalised_and_cjk_kept() -> None:
    assert clean_message("画一个红色圆形，再把它变成蓝色！") == "画一个红色圆形,再把它变成蓝色!"
    assert clean_message("ＤＲＡＷ　ａ　ｃａｔ") == "DRAW a cat"


def test_emoji_are_kept() -> None:
    assert clean_message("draw a 🐱 with a 🎩") == "draw a 🐱 with a 🎩"
    assert clean_message("👨‍👩‍👧") == "👨‍👩‍👧"  # the zero-width joiner inside an emoji stays


@pytest.mark.parametrize(("text", "expected"), [
    ("draw a cat", "en"), ("画一只猫", "zh"), ("make it 蓝色", "en"), ("把它变成 red", "zh"),
    ("把它变成蓝色 ok", "zh"), ("🐱🐱", "en"), ("1234", "en"),
])
def test_language_is_the_majority_of_letters(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_language_tie_or_none_keeps_the_default() -> None:
    assert detect_language("ab 蓝色", default="zh") == "zh"
    assert detect_language("🙂", default="zh") == "zh"


@pytest.mark.parametrize(("text", "command"), [
    ("undo", "undo"), ("Undo!", "undo"), ("撤销", "undo"), ("redo", "redo"), ("重做", "redo"),
    ("start over", "new"), ("新对话", "new"), ("undo the blue", None), ("draw a cat", None),
])
def test_session_commands(text: str, command: str | None) -> None:
    assert session_command(text) == command
