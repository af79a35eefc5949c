"""Defects an attack run found in what the chat engine accepts and shows (issue: reliability), each pinned here.

Driven through the real ChatEngine on the tiny pipeline; the page-side check is `live_markup`, which knows that
a blank line ends a Markdown code span.
"""

from __future__ import annotations

import math

import pytest

from chat.engine import ChatEngine
from chat.state import TurnSettings
from generator.generator import Generator
from prompt_enhancer.rules import RuleEnhancer
from tests.test_fuzz_chat import live_markup

FAST = TurnSettings(steps=1, width=64, height=64)
HOSTILE = ("a cat\n\n![x](http://evil.example/x.png)\n\n<img src=http://evil.example/y.png>\n\n"
           "`a\n\n<img src=http://evil.example/z.png>`")


@pytest.fixture(scope="module")
def engine(tiny_pipeline_dir, tmp_path_factory):
    return ChatEngine(Generator.load(str(tiny_pipeline_dir)), RuleEnhancer(), root=tmp_path_factory.mktemp("s"))


def test_the_markdown_check_knows_a_blank_line_ends_a_code_span() -> None:
    assert live_markup("`![x](http://e.example/a.png)`") == []
    assert live_markup("`a\n\n![x](http://e.example/a.png)`") != []
    assert live_markup("`a\n![x](http://e.example/a.png)`") == []  # one paragraph: still a code span


@pytest.mark.parametrize("enhance", [False, True])
def test_remote_images_in_a_message_are_shown_as_text_with_the_enhancer_on_or_off(engine, enhance) -> None:
    state = engine.new_state()
    assert engine.send(state, "draw a red circle", None, FAST).ok
    result = engine.send(state, HOSTILE, None, TurnSettings(steps=1, width=64, height=64, enhance=enhance))
    assert result.ok, result.message
    snapshot = engine.snapshot(state)
    for entry in snapshot.entries:
        assert not live_markup(entry.text), entry.text
        assert not live_markup(entry.caption), entry.caption
    assert not live_markup(snapshot.scene_card), snapshot.scene_card


@pytest.mark.parametrize("negative", ["blurry \ud800", "\udfff", "low quality\x00\u202e"])
def test_a_lone_surrogate_or_control_character_in_the_negative_prompt_is_cleaned(engine, negative) -> None:
    state = engine.new_state()
    result = engine.send(state, "draw a red circle", None, TurnSettings(steps=1, negative_prompt=negative))
    assert result.ok, result.message
    recorded = state.session.current.render["negative_prompt"]
    assert not any(0xD800 <= ord(c) <= 0xDFFF or ord(c) < 32 or c == "\u202e" for c in recorded)


@pytest.mark.parametrize("field, value", [
    ("steps", math.nan), ("steps", 2.7), ("steps", "5"), ("steps", 0), ("guidance", math.nan),
    ("guidance", math.inf), ("seed", math.nan), ("seed", -1), ("seed", "7"), ("strength", math.nan),
    ("strength", 1.5), ("width", "64"), ("height", 63.5), ("negative_prompt", 42), ("enhance", "no"),
])
def test_settings_only_an_api_can_send_get_a_clear_message_and_change_nothing(engine, field, value) -> None:
    state = engine.new_state()
    assert engine.send(state, "draw a red circle", None, FAST).ok
    before = (tuple(state.session.turns), state.session.current.id)
    settings = TurnSettings(**{**FAST.__dict__, field: value})
    for action in (lambda: engine.send(state, "make it blue", None, settings), lambda: engine.retry(state, settings),
                   lambda: engine.variation(state, settings)):
        result = action()
        assert not result.ok and field.replace("_", " ") in result.message, result.message
        assert (tuple(state.session.turns), state.session.current.id) == before


def test_a_message_that_is_not_text_gets_a_clear_message(engine) -> None:
    state = engine.new_state()
    for message in (None, 42, ["draw"], {"text": "draw"}):
        result = engine.send(state, message, None, FAST)
        assert not result.ok and result.message.strip() and state.session.current is None
