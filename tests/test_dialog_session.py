"""The Session: a tree of turns with undo / redo / branches / retry / new chat, and zip export / import that
refuses broken or hostile archives with one clear error."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib

import pytest

from dialog.decision import Action, Decision, Exchange
from dialog.message import MessageRejected
from dialog.prompt import render_prompt
from dialog.scene import Scene
from dialog.session import EnhancerFailed, ImportLimits, Session, SessionImportError
from prompt_enhancer.rules import RuleEnhancer


def png(width: int = 2, height: int = 2, *, crc_ok: bool = True) -> bytes:
    """A real (tiny, grey) PNG built by hand, so these tests need no imaging library."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc if crc_ok else crc ^ 1)
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def chat(*messages: str) -> Session:
    session, enhancer = Session(), RuleEnhancer()
    for message in messages:
        session.apply(message, enhancer)
    return session


def snapshot(session: Session) -> bytes:
    return session.export_zip()


# ------------------------------------------------------------------------------------------------ the tree


def test_a_new_session_is_empty() -> None:
    session = Session()
    assert session.current is None and session.path() == [] and session.current_scene == Scene()
    assert not session.can_undo and not session.can_redo and not session.undo() and not session.redo()
    assert session.recent_exchanges(4) == ()


def test_undo_redo_and_the_scene_at_each_point() -> None:
    session = chat("draw a cat", "add a red ball on the left", "remove the ball", "make the background a beach")
    assert render_prompt(session.current_scene) == "a cat on a beach background"
    session.undo()
    session.undo()
    assert render_prompt(session.current_scene) == "a cat and a red ball at the left"  # the ball is back
    assert session.can_redo
    session.redo()
    assert render_prompt(session.current_scene) == "a cat"
    session.redo()
    assert not session.can_redo and session.current.message == "make the background a beach"


def test_a_message_after_undo_starts_a_branch_and_redo_follows_the_newest() -> None:
    session = chat("draw a circle", "make it red")
    first_red = session.current
    session.undo()
    session.apply("make it blue", RuleEnhancer())
    assert [t.message for t in session.path()] == ["draw a circle", "make it blue"]
    assert {t.message for t in session.children(session.path()[0].id)} == {"make it red", "make it blue"}
    session.undo()
    session.redo()
    assert session.current.message == "make it blue"
    assert first_red.id in session.turns  # the old branch is kept


def test_undo_to_the_start_then_redo() -> None:
    session = chat("draw a circle")
    assert session.undo() and session.current is None and session.current_scene == Scene()
    assert session.redo() and session.current.message == "draw a circle"


def test_retry_records_a_sibling_with_the_same_decision() -> None:
    session = chat("draw a circle", "make it red")
    session.set_render(session.current.id, {"seed": 1})
    original = session.current
    again = session.retry({"seed": 2})
    assert again.parent_id == original.parent_id and again.id != original.id
    assert again.decision == original.decision and again.message == original.message
    assert session.current is again and again.render == {"seed": 2} and original.render == {"seed": 1}
    with pytest.raises(ValueError, match="nothing to retry"):
        Session().retry({})


def test_new_chat_forgets_everything() -> None:
    session = chat("draw a circle", "make it red")
    session.new_chat()
    assert session.turns == {} and session.current is None and not session.can_undo
    assert session.apply("draw a square", RuleEnhancer()).id == "t1"


def test_recent_exchanges_are_bounded_and_on_the_current_path() -> None:
    session = chat("draw a circle", "make it red", "make it big", "move it to the left", "make it blue")
    recent = session.recent_exchanges(2)
    assert [e.message for e in recent] == ["move it to the left", "make it blue"]
    assert all(isinstance(e, Exchange) and e.reply for e in recent)
    session.undo()
    assert session.recent_exchanges(1)[0].message == "move it to the left"
    assert session.recent_exchanges(0) == ()


def test_history_cannot_be_edited_through_returned_or_recorded_scenes() -> None:
    session = chat("draw a circle")
    session.current_scene.subjects.clear()
    assert len(session.current_scene.subjects) == 1
    decision = RuleEnhancer().decide(Scene(), [], "draw a square")
    session.record("draw a square", decision)
    decision.scene.subjects.clear()
    assert [s.name for s in session.current_scene.subjects] == ["square"]


def test_chat_turns_are_recorded_with_the_scene_unchanged() -> None:
    session = chat("draw a circle", "thanks")
    assert session.current.decision.action == Action.CHAT
    assert render_prompt(session.current_scene) == "a circle"


# ------------------------------------------------------------------------------------------------ refusals


@pytest.mark.parametrize("message", ["", "   ", "\x00", "x" * 10_000])
def test_a_rejected_message_leaves_the_session_unchanged(message: str) -> None:
    session = chat("draw a circle", "make it red")
    before = snapshot(session)
    with pytest.raises(MessageRejected):
        session.apply(message, RuleEnhancer())
    assert snapshot(session) == before


class _Raising:
    name = "broken"

    def decide(self, scene, recent_turns, message, image=None):  # noqa: ANN001, ANN201
        scene.subjects.clear()  # even a misbehaving enhancer that mutates its input must not reach history
        raise RuntimeError("model exploded")


class _Garbage:
    name = "garbage"

    def decide(self, scene, recent_turns, message, image=None):  # noqa: ANN001, ANN201
        return {"action": "draw"}


@pytest.mark.parametrize("enhancer", [_Raising(), _Garbage()])
def test_a_failing_enhancer_leaves_the_session_unchanged(enhancer: object) -> None:
    session = chat("draw a circle")
    before = snapshot(session)
    with pytest.raises(EnhancerFailed, match="nothing changed"):
        session.apply("make it red", enhancer)  # type: ignore[arg-type]
    assert snapshot(session) == before


def test_record_checks_what_it_stores() -> None:
    session = Session()
    decision = Decision(Action.CHAT, "hi", Scene())
    with pytest.raises(ValueError, match="plain JSON"):
        session.record("hi", decision, {"seed": object()})
    with pytest.raises(ValueError, match="not a PNG"):
        session.record("hi", decision, {}, image=b"GIF89a")
    with pytest.raises(TypeError, match="Decision"):
        session.record("hi", "not a decision")  # type: ignore[arg-type]
    assert session.turns == {}


# ------------------------------------------------------------------------------------------------ export / import


def test_export_import_round_trip_with_images() -> None:
    session = chat("draw a cat", "make it orange", "add a red ball on the left")
    session.set_render("t1", {"seed": 7, "prompt": "a cat", "image": "abc.png"}, image=png())
    session.undo()
    session.apply("画一个红色圆形", RuleEnhancer())
    data = session.export_zip({"t2": png(3, 3)})
    restored, images = Session.import_zip(data)
    assert set(restored.turns) == set(session.turns)
    assert restored.current.id == session.current.id
    assert [t.message for t in restored.path()] == [t.message for t in session.path()]
    for turn_id, turn in session.turns.items():
        assert restored.turns[turn_id].decision == turn.decision
    assert restored.turns["t1"].render == {"seed": 7, "prompt": "a cat"}  # the exporting machine's file name
    assert images == {"t1": png(), "t2": png(3, 3)}
    restored.undo()
    assert restored.can_redo  # redo state travels too
    assert restored.apply("make it blue", RuleEnhancer()).id == "t5"  # ids continue, never reused


def _zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _document(**changes: object) -> dict:
    document = json.loads(zipfile.ZipFile(io.BytesIO(chat("draw a cat", "make it red").export_zip()))
                          .read("session.json"))
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
    "top level list": (_with_document([1, 2, 3]), "top level is not an object"),
    "turns not a list": (_with_document(_document(turns="nope")), "turns is not a list"),
    "current dangling": (_with_document(_document(current="t99")), "current points to a turn"),
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
        Session.import_zip(data)


def _broken_turn(**changes: object) -> bytes:
    document = _document()
    document["turns"][1].update(changes)
    return _with_document(document)


@pytest.mark.parametrize(("data", "message"), [
    (_broken_turn(id="../t2"), "bad id"),
    (_broken_turn(id="t1"), "appears twice"),
    (_broken_turn(parent="t77"), "parent that does not exist"),
    (_broken_turn(message=42), "message is not text"),
    (_broken_turn(render=[1, 2]), "render is not an object"),
    (_broken_turn(decision={"action": "format_disk", "reply": "", "scene": {}}), "action is unknown"),
    (_broken_turn(decision={"action": "draw", "reply": "", "scene": {"subjects": [{"id": 1}]}}), "no id or name"),
    (_broken_turn(decision={"action": "draw", "reply": "", "scene": {"language": "fr"}}), "neither en nor zh"),
    (_broken_turn(decision={"action": "draw", "reply": "", "scene": {"notes": [1]}}), "notes is not a list"),
])
def test_archives_with_a_wrong_schema_fail_cleanly(data: bytes, message: str) -> None:
    with pytest.raises(SessionImportError, match=message):
        Session.import_zip(data)


def test_a_cycle_in_the_tree_is_refused() -> None:
    document = _document()
    document["turns"][0]["parent"] = "t2"
    with pytest.raises(SessionImportError, match="own ancestor"):
        Session.import_zip(_with_document(document))


def test_size_and_count_caps() -> None:
    small = ImportLimits(max_archive_bytes=10_000, max_members=3, max_json_bytes=50_000, max_image_bytes=1000,
                        max_total_bytes=60_000)
    with pytest.raises(SessionImportError, match="limit is"):
        Session.import_zip(b"x" * 20_000, small)
    many = _zip({f"images/t{i}.png": b"x" for i in range(1, 6)})
    with pytest.raises(SessionImportError, match="has 5 files"):
        Session.import_zip(many, small)
    # A zip bomb: a tiny archive whose JSON unpacks past the cap; reading stops at the cap.
    bomb = _zip({"session.json": b" " * 5_000_000})
    assert len(bomb) < 10_000
    with pytest.raises(SessionImportError, match="too large"):
        Session.import_zip(bomb, small)
    big_image = _with_document(_document(), **{"images/t1.png": png(30, 30) + b"\x00" * 2000})
    with pytest.raises(SessionImportError, match="too large"):
        Session.import_zip(big_image, ImportLimits(max_image_bytes=1000))


def test_duplicate_member_names_are_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("session.json", b"{}")
        with pytest.warns(UserWarning):
            archive.writestr("session.json", b"{}")
    with pytest.raises(SessionImportError, match="twice"):
        Session.import_zip(buffer.getvalue())


def test_an_encrypted_member_is_refused() -> None:
    data = bytearray(_zip({"session.json": b"{}"}, compression=zipfile.ZIP_STORED))
    # Set the "encrypted" flag in both the local header and the central directory.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x01
    with pytest.raises(SessionImportError, match="encrypted"):
        Session.import_zip(bytes(data))


def test_import_never_writes_files(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    Session.import_zip(chat("draw a cat").export_zip({"t1": png()}))
    with pytest.raises(SessionImportError):
        Session.import_zip(HOSTILE["path traversal"][0])
    assert list(tmp_path.iterdir()) == []


def test_the_same_session_exports_to_the_same_bytes() -> None:
    """Zip members carry a fixed date, so an export does not depend on the clock (it did: a flaky comparison)."""
    import time

    from prompt_enhancer.rules import RuleEnhancer

    session = Session()
    session.apply("draw a red circle", RuleEnhancer())
    first = session.export_zip()
    time.sleep(2.1)  # zip dates have a 2-second resolution
    assert session.export_zip() == first
