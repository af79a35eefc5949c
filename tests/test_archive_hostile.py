"""A session archive is read like live input: hostile field contents (types, lengths, markup) and members that
inflate are refused with a message, the session as it was. Found by an attack run; each case failed before."""

from __future__ import annotations

import io
import json
import struct
import threading
import tracemalloc
import zipfile
import zlib

import pytest

from chat.engine import ChatEngine
from chat.state import ChatLimits, TurnSettings
from dialog import archive
from dialog.archive import SessionImportError, export_session, import_session
from dialog.decision import Action, Decision, EditKind
from dialog.scene import Scene, Subject
from dialog.session import Session
from generator.generator import Generator
from prompt_enhancer.rules import RuleEnhancer

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FAST = TurnSettings(steps=1, width=64, height=64, preview_every=0)


def document() -> dict:
    """session.json of a one-turn session as the app writes it."""
    session = Session()
    scene = Scene([Subject("s1", "circle", {"colour": "red"}, "left", "big")], background="gray", focus="s1")
    decision = Decision(Action.DRAW, "Drew a big red circle.", scene, EditKind.NEW, ("s1",))
    session.record("draw a big red circle on the left", decision,
                   {"seed": 7, "prompt": "a big red circle at the left", "negative_prompt": "", "plan": {},
                    "settings": {}, "model_id": "tiny", "seconds": 0.1})
    with zipfile.ZipFile(io.BytesIO(export_session(session))) as packed:
        return json.loads(packed.read("session.json"))


def zipped(doc: dict, members: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("session.json", json.dumps(doc))
        for name, data in (members or {}).items():
            packed.writestr(name, data)
    return buffer.getvalue()


def with_turn(**changes) -> dict:
    doc = document()
    turn = doc["turns"][0]
    for path, value in changes.items():
        target, *keys = path.split("__")
        holder = turn[target] if keys else turn
        for key in keys[:-1]:
            holder = holder[key]
        holder[keys[-1] if keys else target] = value
    return doc


def test_an_export_as_the_app_writes_it_imports() -> None:
    session, images = import_session(zipped(document()))
    assert session.current_scene.subjects[0].id == "s1" and session.current.render["seed"] == 7 and not images


HOSTILE = {
    "a 14-million-character message": with_turn(message="draw " + "x" * 14_400_000),
    "a message over the live limit": with_turn(message="x" * 2001),
    "a message with control characters": with_turn(message="draw\x00 a circle"),
    "a seed that is text": with_turn(render__seed="![x](http://evil.example/a.png)"),
    "a seed that is a fraction": with_turn(render__seed=1.5),
    "a seed that is a boolean": with_turn(render__seed=True),
    "no seed": with_turn(render__seed=None),
    "a huge prompt": with_turn(render__prompt="a" * 100_000),
    "a prompt that is a list": with_turn(render__prompt=["a"]),
    "a subject id with Markdown": with_turn(decision__scene__subjects=[
        {"id": "s1`\n\n![x](http://evil.example/a.png)", "name": "circle"}]),
    "a focus that is no subject id": with_turn(decision__scene__focus="<img src=x>"),
    "a changed id that is no subject id": with_turn(decision__changed=["<b>"]),
    "a huge reply": with_turn(decision__reply="y" * 100_000),
    "a huge note": with_turn(decision__scene__notes=["n" * 100_000]),
    "a thousand notes": with_turn(decision__scene__notes=["n"] * 1000),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_fields_are_refused_with_a_message(name: str) -> None:
    with pytest.raises(SessionImportError) as refused:
        import_session(zipped(HOSTILE[name]))
    assert "session.json does not describe a session" in str(refused.value)


def test_members_that_inflate_are_refused_before_they_are_unpacked() -> None:
    """15 members of a PNG signature and 16 MB of zeros: 247 KB packed, +238 MB unpacked before the fix."""
    members = {f"images/t{i}.png": PNG_SIGNATURE + bytes(16 * 1024 * 1024 - 8) for i in range(1, 16)}
    data = zipped(document(), members)
    assert len(data) < 400_000
    tracemalloc.start()
    try:
        with pytest.raises(SessionImportError, match="PNG"):
            import_session(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, f"{peak / 2**20:.0f} MB held while refusing"


def test_a_png_padded_to_compress_well_is_refused_after_reading_a_few_times_its_packed_size() -> None:
    header = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + header))
    png_head = PNG_SIGNATURE + struct.pack(">I", 13) + b"IHDR" + header + crc
    members = {"images/t1.png": png_head + bytes(8 * 1024 * 1024)}
    with pytest.raises(SessionImportError, match="too large when unpacked"):
        import_session(zipped(document(), members))


@pytest.fixture(scope="module")
def engine(tiny_pipeline_dir, tmp_path_factory):
    return ChatEngine(Generator.load(str(tiny_pipeline_dir)), RuleEnhancer(),
                      limits=ChatLimits(max_concurrent_imports=2), root=tmp_path_factory.mktemp("sessions"))


def test_a_refused_archive_leaves_the_session_as_it_was(engine, tmp_path) -> None:
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle", None, FAST).ok
    before = (tuple(state.session.turns), state.session.current.id, state.session.current_scene.to_json())
    upload = tmp_path / "long.zip"
    upload.write_bytes(zipped(HOSTILE["a message over the live limit"]))
    result = engine.import_zip(state, upload)
    assert not result.ok and "message" in result.message
    assert (tuple(state.session.turns), state.session.current.id, state.session.current_scene.to_json()) == before


def test_only_a_few_imports_run_at_once_across_sessions(engine, tmp_path, monkeypatch) -> None:
    upload = tmp_path / "ok.zip"
    upload.write_bytes(zipped(document()))
    entered, release = threading.Semaphore(0), threading.Event()
    real = archive.import_session

    def slow_import(data, limits=None):  # the archive reader, held open at the named boundary
        entered.release()
        release.wait(10)
        return real(data, limits)

    monkeypatch.setattr("chat.engine.import_session", slow_import)
    states = [engine.new_state() for _ in range(3)]
    results: dict[int, object] = {}
    threads = [threading.Thread(target=lambda i=i: results.__setitem__(i, engine.import_zip(states[i], upload)))
               for i in range(2)]
    for thread in threads:
        thread.start()
    assert entered.acquire(timeout=10) and entered.acquire(timeout=10)  # two imports are running
    third = engine.import_zip(states[2], upload)
    assert not third.ok and "try again" in third.message and states[2].session.current is None
    release.set()
    for thread in threads:
        thread.join(10)
    assert all(results[i].ok for i in range(2))
    assert engine.import_zip(states[2], upload).ok  # the slots are free again
