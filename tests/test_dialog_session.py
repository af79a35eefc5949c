"""The Session: a tree of turns with undo / redo / branches / retry / new chat, driven through the ChatEngine the
app runs; and the zip archive (`dialog.archive`), which refuses broken or hostile archives with one clear error."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib

import pytest

from chat.engine import ChatEngine
from chat.state import ChatState, TurnSettings
from dialog.archive import ImportLimits, SessionImportError, export_session, import_session
from dialog.decision import Action, Decision, EditKind, Exchange
from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from dialog.session import Session
from generator.generator import Generator
from prompt_enhancer.rules import RuleEnhancer

FAST = TurnSettings(width=16, height=16, steps=1, preview_every=0)


def png(width: int = 2, height: int = 2, *, crc_ok: bool = True) -> bytes:
    """A real (tiny, grey) PNG built by hand, so these tests need no imaging library."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc if crc_ok else crc ^ 1)
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir):  # noqa: ANN001, ANN201
    return Generator.load(str(tiny_pipeline_dir))


@pytest.fixture
def engine(generator, tmp_path) -> ChatEngine:  # noqa: ANN001
    return ChatEngine(generator, RuleEnhancer(), root=tmp_path)


def chat(engine: ChatEngine, *messages: str) -> ChatState:
    """A browser session after `messages`, each sent the way the app sends it."""
    state = engine.new_state()
    for message in messages:
        send(engine, state, message)
    return state


def send(engine: ChatEngine, state: ChatState, message: str) -> None:
    result = engine.send(state, message, None, FAST)
    assert result.ok, result.message


def snapshot(session: Session) -> bytes:
    return export_session(session)


def cat_session() -> Session:
    """Two recorded turns ("draw a cat", "make it red"): the data the archive tests break in their own ways."""
    session = Session()
    cat = Scene(subjects=[Subject("s1", "cat")], focus="s1")
    session.record("draw a cat", Decision(Action.DRAW, "A cat.", cat), {"seed": 1})
    red = Scene(subjects=[Subject("s1", "cat", {"colour": "red"})], focus="s1")
    session.record("make it red", Decision(Action.EDIT, "Red now.", red, EditKind.ATTRIBUTE, ("s1",)), {"seed": 1})
    return session


# ------------------------------------------------------------------------------------------------ the tree


def test_a_new_session_is_empty() -> None:
    session = Session()
    assert session.current is None and session.path() == [] and session.current_scene == Scene()
    assert not session.can_undo and not session.can_redo and not session.undo() and not session.redo()
    assert session.recent_exchanges(4) == ()


def test_undo_redo_and_the_scene_at_each_point(engine: ChatEngine) -> None:
    state = chat(engine, "draw a cat", "add a red ball on the left", "remove the ball", "make the background a beach")
    session = state.session
    assert render_prompt(session.current_scene) == "a cat on a beach"
    assert engine.undo(state).ok
    assert engine.undo(state).ok
    assert render_prompt(session.current_scene) == "a cat and a red ball at the left"  # the ball is back
    assert session.can_redo
    assert engine.redo(state).ok
    assert render_prompt(session.current_scene) == "a cat"
    assert engine.redo(state).ok
    assert not session.can_redo and session.current.message == "make the background a beach"


def test_a_message_after_undo_starts_a_branch_and_redo_follows_the_newest(engine: ChatEngine) -> None:
    state = chat(engine, "draw a circle", "make it red")
    session = state.session
    first_red = session.current
    engine.undo(state)
    send(engine, state, "make it blue")
    assert [t.message for t in session.path()] == ["draw a circle", "make it blue"]
    first = session.path()[0]
    assert {t.message for t in session.turns.values() if t.parent_id == first.id} == {"make it red", "make it blue"}
    engine.undo(state)
    engine.redo(state)
    assert session.current.message == "make it blue"
    assert first_red.id in session.turns  # the old branch is kept


def test_undo_to_the_start_then_redo(engine: ChatEngine) -> None:
    state = chat(engine, "draw a circle")
    session = state.session
    assert engine.undo(state).ok and session.current is None and session.current_scene == Scene()
    assert engine.redo(state).ok and session.current.message == "draw a circle"


def test_retry_records_a_sibling_with_the_same_decision(engine: ChatEngine) -> None:
    state = chat(engine, "draw a circle", "make it red")
    session = state.session
    original = session.current
    first_render = dict(original.render)
    assert engine.retry(state, FAST).ok
    again = session.current
    assert again.parent_id == original.parent_id and again.id != original.id
    assert again.decision == original.decision and again.message == original.message
    assert again.render["seed"] != original.render["seed"] and original.render == first_render
    assert not engine.retry(engine.new_state(), FAST).ok  # nothing to retry yet


def test_new_chat_forgets_everything(engine: ChatEngine) -> None:
    state = chat(engine, "draw a circle", "make it red")
    assert engine.new_chat(state).ok
    session = state.session
    assert session.turns == {} and session.current is None and not session.can_undo
    send(engine, state, "draw a square")
    assert session.current.id == "t1"


def test_recent_exchanges_are_bounded_and_on_the_current_path(engine: ChatEngine) -> None:
    state = chat(engine, "draw a circle", "make it red", "make it big", "move it to the left", "make it blue")
    session = state.session
    recent = session.recent_exchanges(2)
    assert [e.message for e in recent] == ["move it to the left", "make it blue"]
    assert all(isinstance(e, Exchange) and e.reply for e in recent)
    engine.undo(state)
    assert session.recent_exchanges(1)[0].message == "move it to the left"
    assert session.recent_exchanges(0) == ()


def test_history_cannot_be_edited_through_returned_or_recorded_scenes(engine: ChatEngine) -> None:
    session = chat(engine, "draw a circle").session
    session.current_scene.subjects.clear()
    assert len(session.current_scene.subjects) == 1
    decision = RuleEnhancer().decide(Scene(), [], "draw a square")
    session.record("draw a square", decision)
    decision.scene.subjects.clear()
    assert [s.name for s in session.current_scene.subjects] == ["square"]


def test_chat_turns_are_recorded_with_the_scene_unchanged(engine: ChatEngine) -> None:
    session = chat(engine, "draw a circle", "thanks").session
    assert session.current.decision.action == Action.CHAT
    assert render_prompt(session.current_scene) == "a circle"


# ------------------------------------------------------------------------------------------------ refusals


@pytest.mark.parametrize("message", ["", "   ", "\x00", "x" * 10_000])
def test_a_rejected_message_leaves_the_session_unchanged(engine: ChatEngine, message: str) -> None:
    state = chat(engine, "draw a circle", "make it red")
    before = snapshot(state.session)
    result = engine.send(state, message, None, FAST)
    assert not result.ok and result.message
    assert snapshot(state.session) == before


class _Raising:
    name = "broken"

    def decide(self, scene, recent_turns, message, image=None, *, picture=None):  # noqa: ANN001, ANN201
        scene.subjects.clear()  # even a misbehaving enhancer that mutates its input must not reach history
        raise RuntimeError("model exploded")


class _Garbage:
    name = "garbage"

    def decide(self, scene, recent_turns, message, image=None, *, picture=None):  # noqa: ANN001, ANN201
        return {"action": "draw"}


@pytest.mark.parametrize("enhancer", [_Raising(), _Garbage()])
def test_a_failing_enhancer_leaves_the_session_unchanged(engine: ChatEngine, tmp_path, enhancer: object) -> None:  # noqa: ANN001
    state = chat(engine, "draw a circle")
    before = snapshot(state.session)
    result = ChatEngine(engine.generator, enhancer, root=tmp_path).send(state, "make it red", None, FAST)
    assert not result.ok and "nothing changed" in result.message
    assert snapshot(state.session) == before


def test_record_checks_what_it_stores() -> None:
    session = Session()
    decision = Decision(Action.CHAT, "hi", Scene())
    with pytest.raises(ValueError, match="plain JSON"):
        session.record("hi", decision, {"seed": object()})
    with pytest.raises(TypeError, match="Decision"):
        session.record("hi", "not a decision")  # type: ignore[arg-type]
    assert session.turns == {}


# ------------------------------------------------------------------------------------------------ export / import


def test_export_checks_the_images_it_writes() -> None:
    with pytest.raises(ValueError, match="not a PNG"):
        export_session(cat_session(), {"t1": b"GIF89a"})


def test_export_import_round_trip_with_images(engine: ChatEngine) -> None:
    state = chat(engine, "draw a cat", "make it orange", "add a red ball on the left")
    session = state.session
    engine.undo(state)
    send(engine, state, "画一个红色圆形")
    data = export_session(session, {"t1": png(), "t2": png(3, 3)})
    restored, images = import_session(data)
    assert set(restored.turns) == set(session.turns)
    assert restored.current.id == session.current.id
    assert [t.message for t in restored.path()] == [t.message for t in session.path()]
    for turn_id, turn in session.turns.items():
        assert restored.turns[turn_id].decision == turn.decision
    # The exporting machine's file name is dropped; the rest of the render record travels.
    assert restored.turns["t1"].render == {k: v for k, v in session.turns["t1"].render.items() if k != "image"}
    assert images == {"t1": png(), "t2": png(3, 3)}
    imported = engine.new_state()
    imported.session = restored
    assert engine.undo(imported).ok
    assert restored.can_redo  # redo state travels too
    send(engine, imported, "make it blue")
    assert restored.current.id == "t5"  # ids continue, never reused


def _zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _document(**changes: object) -> dict:
    document = json.loads(zipfile.ZipFile(io.BytesIO(export_session(cat_session()))).read("session.json"))
    document.update(changes)
    return document


def _with_document(document: object, **extra: bytes) -> bytes:
    return _zip({"session.json": json.dumps(document).encode(), **extra})


HOSTILE = {
    "not a zip": (b"this is not a zip file", "not a readable .zip"),
    "empty bytes": (b"", "not a readable .zip"),
    "path traversal": (_zip({"session.json": b"{}", "../evil.png": png()}), "escapes its folder"),
    "traversal inside images": (_zip({"images/../../evil.png": png()}), "escapes its folder"),
    "absolute path": (_zip({"/etc/passwd": b"x"}), "unsafe file name"),
    "windows drive": (_zip({"C:/x.png": b"x"}), "unsafe file name"),
    "backslash": (_zip({"images\\t1.png": b"x"}), "unsafe file name"),
    "unexpected member": (_zip({"session.json": b"{}", "run.sh": b"rm -rf /"}), "unexpected file"),
    "no session.json": (_zip({"images/t1.png": png()}), "no session.json"),
    "bad json": (_zip({"session.json": b"{not json"}), "not valid JSON"),
    "nan in json": (_zip({"session.json": b'{"x": NaN}'}), "not valid JSON"),
    "not utf-8": (_zip({"session.json": "{}".encode("utf-16")}), "not UTF-8"),
    "deeply nested": (_zip({"session.json": b"[" * 100_000 + b"]" * 100_000}), "nested too deeply"),
    "wrong format": (_with_document(_document(format="something-else")), "format is not"),
    "wrong version": (_with_document(_document(version=99)), "version 99"),
    "top level list": (_with_document([1, 2, 3]), "the top level must be an object"),
    "turns not a list": (_with_document(_document(turns="nope")), "turns must be a list"),
    "current dangling": (_with_document(_document(current="t99")), "current points to a turn"),
    "current not an id": (_with_document(_document(current=["t1"])), "current must be a turn id or null"),
    "redo not ids": (_with_document(_document(redo={"": ["t1"]})), "redo must be an object of turn ids"),
    "image for a missing turn": (_with_document(_document(), **{"images/t42.png": png()}), "turn t42"),
    "image not png": (_with_document(_document(), **{"images/t1.png": b"GIF89a...."}), "not a PNG"),
    "png bad checksum": (_with_document(_document(), **{"images/t1.png": png(crc_ok=False)}), "checksum"),
    "png truncated": (_with_document(_document(), **{"images/t1.png": png()[:40]}), "damaged PNG"),
    "png too large a side": (_with_document(_document(), **{"images/t1.png": png(5000, 1)}), "5000×1 pixels"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_broken_or_hostile_archives_fail_cleanly(case: str) -> None:
    data, message = HOSTILE[case]
    with pytest.raises(SessionImportError, match=message):
        import_session(data)


def _broken_turn(**changes: object) -> bytes:
    document = _document()
    document["turns"][1].update(changes)
    return _with_document(document)


@pytest.mark.parametrize(("data", "message"), [
    (_broken_turn(id="../t2"), "turn 2.id must be a turn id"),
    (_broken_turn(id="t1"), "appears twice"),
    (_broken_turn(parent="t77"), "parent that does not exist"),
    (_broken_turn(message=42), "turn 2.message must be a string"),
    (_broken_turn(render=[1, 2]), "turn 2.render must be an object or null"),
    (_broken_turn(decision={"action": "format_disk", "reply": "", "scene": {}}), "turn 2.decision.action must be one"),
    (_broken_turn(decision={"action": ["draw"], "reply": "", "scene": {}}), "turn 2.decision.action must be one"),
    (_broken_turn(decision={"action": "draw", "reply": "", "scene": {"subjects": [{"id": 1}]}}),
     r"turn 2.decision.scene.subjects\[0\].id must be a string"),
    (_broken_turn(decision={"action": "draw", "reply": "", "scene": {"language": "fr"}}),
     'turn 2.decision.scene.language must be "en" or "zh"'),
    (_broken_turn(decision={"action": "draw", "reply": "", "scene": {"notes": [1]}}),
     r"turn 2.decision.scene.notes\[0\] must be a string"),
    (_broken_turn(decision={"action": "draw", "reply": "", "scene": {"time": ["night"]}}),
     r"session.json does not describe a session: turn 2.decision.scene.time must be a string or null\.$"),
])
def test_archives_with_a_wrong_schema_fail_cleanly(data: bytes, message: str) -> None:
    with pytest.raises(SessionImportError, match=message):
        import_session(data)


def test_a_cycle_in_the_tree_is_refused() -> None:
    document = _document()
    document["turns"][0]["parent"] = "t2"
    with pytest.raises(SessionImportError, match="own ancestor"):
        import_session(_with_document(document))


def test_size_and_count_caps() -> None:
    small = ImportLimits(max_archive_bytes=10_000, max_members=3, max_json_bytes=50_000, max_image_bytes=1000,
                        max_total_bytes=60_000)
    with pytest.raises(SessionImportError, match="limit is"):
        import_session(b"x" * 20_000, small)
    many = _zip({f"images/t{i}.png": b"x" for i in range(1, 6)})
    with pytest.raises(SessionImportError, match="has 5 files"):
        import_session(many, small)
    # A zip bomb: a tiny archive whose JSON unpacks past the cap; reading stops at the cap.
    bomb = _zip({"session.json": b" " * 5_000_000})
    assert len(bomb) < 10_000
    with pytest.raises(SessionImportError, match="too large"):
        import_session(bomb, small)
    big_image = _with_document(_document(), **{"images/t1.png": png(30, 30) + b"\x00" * 2000})
    with pytest.raises(SessionImportError, match="too large"):
        import_session(big_image, ImportLimits(max_image_bytes=1000))


def test_duplicate_member_names_are_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("session.json", b"{}")
        with pytest.warns(UserWarning):
            archive.writestr("session.json", b"{}")
    with pytest.raises(SessionImportError, match="twice"):
        import_session(buffer.getvalue())


def test_an_encrypted_member_is_refused() -> None:
    data = bytearray(_zip({"session.json": b"{}"}, compression=zipfile.ZIP_STORED))
    # Set the "encrypted" flag in both the local header and the central directory.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x01
    with pytest.raises(SessionImportError, match="encrypted"):
        import_session(bytes(data))


def test_import_never_writes_files(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    import_session(export_session(cat_session(), {"t1": png()}))
    with pytest.raises(SessionImportError):
        import_session(HOSTILE["path traversal"][0])
    assert list(tmp_path.iterdir()) == []


def test_the_same_session_exports_to_the_same_bytes() -> None:
    """Zip members carry a fixed date, so an export does not depend on the clock (it did: a flaky comparison)."""
    import time

    session = cat_session()
    first = export_session(session)
    time.sleep(2.1)  # zip dates have a 2-second resolution
    assert export_session(session) == first
