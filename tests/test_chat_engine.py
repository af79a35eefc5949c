"""ChatEngine: one turn end to end on the tiny pipeline, with the real RuleEnhancer and Session.

The session changes only when an action succeeds; failures and cancels leave it exactly as it was.
"""

from __future__ import annotations

import struct
import zlib

import pytest
from PIL import Image

from chat.engine import ChatEngine
from chat.state import TurnSettings
from editing.editor import Editor
from editing.plan import Strategy
from generator.errors import GeneratorOutOfMemory
from generator.generator import Generator
from prompt_enhancer.rules import RuleEnhancer

FAST = TurnSettings(steps=2)


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir):
    return Generator.load(str(tiny_pipeline_dir))


@pytest.fixture
def engine(generator, tmp_path):
    return ChatEngine(generator, RuleEnhancer(), root=tmp_path)


def fingerprint(state) -> tuple:
    """Everything about a session that a failed action must not change."""
    session = state.session
    return (tuple(session.turns), session.current.id if session.current else None, session.current_scene.to_json())


def test_an_edit_keeps_the_seed_and_a_new_scene_changes_it(engine):
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, FAST).ok
    first = state.session.current.render["seed"]
    assert engine.send(state, "make it blue", None, FAST).ok
    assert state.session.current.render["seed"] == first
    assert "blue" in state.session.current.render["prompt"]
    assert engine.send(state, "new chat", None, FAST).ok
    assert engine.send(state, "draw a small green square", None, FAST).ok
    assert state.session.current.render["seed"] != first


def test_every_picture_is_a_png_with_its_settings(engine):
    from generator.metadata import read_png_metadata

    state = engine.new_state()
    engine.send(state, "画一个红色圆形", None, FAST)
    path = state.image_path(state.session.current)
    metadata = read_png_metadata(path)
    assert metadata["prompt"] == state.session.current.render["prompt"]
    assert metadata["seed"] == state.session.current.render["seed"]


class FailingGenerator:
    """A named boundary: the real generator, whose render fails the way a device can."""

    def __init__(self, real, error):
        self.real, self.error = real, error

    def __getattr__(self, name):
        return getattr(self.real, name)

    def render(self, *args, **kwargs):
        raise self.error


@pytest.mark.parametrize("error", [
    GeneratorOutOfMemory("Out of memory at 64×64: lower the size."), RuntimeError("driver exploded"),
])
def test_a_failed_render_leaves_the_session_as_it_was_and_the_next_turn_works(generator, tmp_path, error):
    engine = ChatEngine(generator, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    engine.send(state, "draw a big red circle", None, FAST)
    before = fingerprint(state)
    engine.generator = FailingGenerator(generator, error)
    result = engine.send(state, "make it blue", None, FAST)
    assert not result.ok
    assert "Traceback" not in result.message and result.message
    assert fingerprint(state) == before
    engine.generator = generator
    assert engine.send(state, "make it blue", None, FAST).ok


def test_a_cancelled_render_leaves_the_session_as_it_was(engine):
    state = engine.new_state()
    engine.send(state, "draw a big red circle", None, FAST)
    before = fingerprint(state)

    def cancel_on_first_step(progress):
        state.cancel.set()

    result = engine.send(state, "make it blue", None, TurnSettings(steps=5), on_step=cancel_on_first_step)
    assert not result.ok and "Stopped" in result.message
    assert fingerprint(state) == before


def test_rejected_messages_change_nothing(engine):
    state = engine.new_state()
    engine.send(state, "draw a big red circle", None, FAST)
    before = fingerprint(state)
    for text in ["", "   \n\t ", "\x00\x01", "x" * 5000]:
        result = engine.send(state, text, None, FAST)
        assert not result.ok and result.message
        assert fingerprint(state) == before


def huge_png_header(width: int, height: int) -> bytes:
    """A PNG that claims a huge size but carries almost no data (decoding it would need gigabytes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


@pytest.mark.parametrize("content,expected", [
    (b"this is not an image", "not a picture"),
    (huge_png_header(20000, 20000), "too large"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not a picture"),
])
def test_bad_uploads_get_a_clear_message(engine, tmp_path, content, expected):
    state = engine.new_state()
    upload = tmp_path / "upload.png"
    upload.write_bytes(content)
    result = engine.send(state, "draw this", upload, FAST)
    assert not result.ok and expected in result.message
    assert not state.session.turns


def test_retry_is_a_sibling_with_a_new_seed_and_undo_goes_back_past_it(engine):
    state = engine.new_state()
    engine.send(state, "draw a big red circle", None, FAST)
    original = state.session.current
    assert engine.retry(state, FAST).ok
    retried = state.session.current
    assert retried.parent_id == original.parent_id and retried.id != original.id
    assert retried.render["seed"] != original.render["seed"]
    assert engine.undo(state).ok and state.session.current is None


def test_variation_starts_from_the_current_picture(engine):
    state = engine.new_state()
    engine.send(state, "draw a big red circle", None, FAST)
    assert engine.variation(state, FAST).ok
    plan = state.session.current.render["plan"]
    assert plan["start_from"] == "current" and plan["strength"] < 1.0


def test_ours_starts_edits_from_the_edited_picture_with_the_scene_seed(generator, tmp_path):
    engine = ChatEngine(generator, RuleEnhancer(), Editor(Strategy.OURS), root=tmp_path)
    state = engine.new_state()
    engine.send(state, "draw a big red circle on a gray background", None, FAST)
    engine.send(state, "make it blue", None, FAST)
    plan = state.session.current.render["plan"]
    assert plan["start_from"] == "current" and plan["strength"] < 1.0
    assert plan["seed"] == state.session.path()[0].render["seed"]


def test_while_one_action_runs_every_other_action_on_the_session_is_refused_and_changes_nothing(engine, tmp_path):
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle", None, FAST).ok
    archive = engine.export_zip(state)
    before = fingerprint(state)
    with state.one_action() as free:  # a render in flight holds the session like this
        assert free
        refused = [
            engine.send(state, "make it blue", None, FAST), engine.retry(state, FAST), engine.variation(state, FAST),
            engine.undo(state), engine.redo(state), engine.new_chat(state), engine.import_zip(state, archive),
        ]
        with state.one_action() as again:
            assert not again
    assert all(not r.ok for r in refused), refused
    assert all("/" in r.message and ("Still working" in r.message or "Wait for" in r.message) for r in refused)
    assert fingerprint(state) == before
    assert engine.undo(state).ok  # released: the next action goes through


def test_export_then_import_restores_the_chat_and_its_pictures(engine):
    state = engine.new_state()
    engine.send(state, "draw a big red circle", None, FAST)
    engine.send(state, "make it blue", None, FAST)
    archive = engine.export_zip(state)
    other = engine.new_state()
    assert engine.import_zip(other, archive).ok
    assert [t.message for t in other.session.path()] == ["draw a big red circle", "make it blue"]
    snapshot = engine.snapshot(other)
    assert snapshot.image_path is not None
    assert Image.open(snapshot.image_path).size == Image.open(engine.snapshot(state).image_path).size


def test_a_broken_archive_is_refused_and_changes_nothing(engine, tmp_path):
    state = engine.new_state()
    engine.send(state, "draw a big red circle", None, FAST)
    before = fingerprint(state)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    result = engine.import_zip(state, bad)
    assert not result.ok and result.message
    assert fingerprint(state) == before


def test_sessions_never_share_state(engine):
    first, second = engine.new_state(), engine.new_state()
    engine.send(first, "draw a big red circle", None, FAST)
    assert not second.session.turns and first.folder != second.folder
    assert engine.snapshot(second).image_path is None


@pytest.mark.parametrize(("first", "remove", "prompt"), [
    ("draw a big red circle", "remove it", "an empty picture"),
    ("中间有一个大的红色圆形", "去掉它", "一张空白的图"),
])
def test_removing_the_only_subject_draws_an_empty_picture(engine, first, remove, prompt):
    """It used to be refused with "The prompt is empty: describe what to draw."."""
    state = engine.new_state()
    assert engine.send(state, first, None, FAST).ok
    result = engine.send(state, remove, None, FAST)
    assert result.ok, result.message
    assert state.session.current_scene.subjects == []
    assert state.session.current.render["prompt"] == prompt


def test_what_the_scene_avoids_adds_to_the_model_default_negative_prompt(engine, monkeypatch):
    from dataclasses import replace

    from generator.settings import HUNYUAN_NEGATIVE

    monkeypatch.setattr(engine.generator, "defaults", replace(engine.defaults, negative_prompt=HUNYUAN_NEGATIVE))
    state = engine.new_state()
    assert engine.send(state, "draw a red circle, no text", None, FAST).ok
    negative = state.session.current.render["negative_prompt"]
    assert negative == HUNYUAN_NEGATIVE.rstrip("，") + ", text"  # before: "text" alone, the default dropped


def test_the_enhancer_sees_the_current_picture_with_the_scene(generator, tmp_path):
    class Seeing(RuleEnhancer):
        """The rules, recording the picture each turn was decided with (the boundary under test)."""

        sees_images = True  # as a multimodal enhancer says it sees

        def __init__(self) -> None:
            super().__init__()
            self.pictures = []

        def decide(self, scene, recent_turns, message, image=None, *, picture=None):  # noqa: ANN001, ANN201
            self.pictures.append(picture)
            return super().decide(scene, recent_turns, message, image, picture=picture)

    enhancer = Seeing()
    engine = ChatEngine(generator, enhancer, root=tmp_path)
    state = engine.new_state()
    assert engine.send(state, "draw a red circle", None, FAST).ok
    shown = state.image_path(state.session.current)
    assert engine.send(state, "make it blue", None, FAST).ok
    assert enhancer.pictures[0] is None
    with Image.open(shown) as drawn:
        assert enhancer.pictures[1].tobytes() == drawn.convert("RGB").tobytes()


def test_draw_this_picture_starts_from_it(generator, tmp_path):
    engine = ChatEngine(generator, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    upload = tmp_path / "u.png"
    Image.new("RGB", (100, 60), "orange").save(upload)
    assert engine.send(state, "draw this picture", str(upload), FAST).ok
    turn = state.session.current
    assert turn.render["plan"]["start_from"] == "upload" and not turn.decision.scene.subjects
    assert engine.send(state, "draw a red circle", str(upload), FAST).ok
    assert state.session.current.render["plan"]["start_from"] == "upload"
    assert engine.send(state, "make it blue", None, FAST).ok


def test_an_edit_after_a_chat_turn_still_builds_on_the_picture(engine):
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, FAST).ok
    drawn = state.session.current.render["seed"]
    assert engine.send(state, "thanks!", None, FAST).ok and state.session.current.render is None
    assert engine.send(state, "make it blue", None, FAST).ok
    plan = state.session.current.render["plan"]
    assert state.session.current.render["seed"] == drawn and plan["reason"].startswith("edit: same seed")
    assert state.session.shown is state.session.current


def test_retry_after_a_chat_turn_redraws_the_picture_shown(engine):
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, FAST).ok
    first = state.session.current
    assert engine.send(state, "thanks!", None, FAST).ok
    assert engine.retry(state, FAST).ok  # before: "nothing to redo"
    again = state.session.current
    assert again.render and again.parent_id == first.parent_id and again.render["seed"] != first.render["seed"]
