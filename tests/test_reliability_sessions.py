"""Session lifecycle: each browser session has its own unguessable folder; closing it (tab closed, idle timeout)
drops its tensors and files and nobody else's; the UI wires that to Gradio's state expiry. The same through the
running app, with a real time to live, is in test_reliability_app.py.
"""

from __future__ import annotations

import gc
import os
import re
import threading
import time
from pathlib import Path

import pytest

from chat.engine import ChatEngine
from chat.state import ChatState, TurnSettings
from generator.generator import Generator
from prompt_enhancer.rules import RuleEnhancer

FAST = TurnSettings(steps=1)


@pytest.fixture(scope="module")
def engine(tiny_pipeline_dir, tmp_path_factory):
    return ChatEngine(Generator.load(str(tiny_pipeline_dir)), RuleEnhancer(), root=tmp_path_factory.mktemp("s"))


def test_each_session_has_its_own_unguessable_folder(engine):
    states = [engine.new_state() for _ in range(20)]
    names = {state.folder.name for state in states}
    assert len(names) == 20 and all(re.fullmatch(r"[0-9a-f]{32}", name) for name in names)
    assert all(state.folder.parent == engine.root for state in states)
    for state in states:
        state.close()


def test_a_session_makes_its_folder_only_when_it_keeps_a_file(engine):
    from server.config import AppConfig
    from server.ui import build_ui

    build_ui(engine, AppConfig(open_browser=False))
    opened = [engine.new_state() for _ in range(3)]
    assert not list(engine.root.iterdir()), "building the page and opening sessions leave no empty folders"
    assert engine.send(opened[0], "draw a big red circle", None, FAST).ok
    assert [p.name for p in engine.root.iterdir()] == [opened[0].folder.name]
    for state in opened:
        state.close()


def test_closing_a_session_drops_its_files_and_tensors_and_nobody_elses(engine):
    mine, other = engine.new_state(), engine.new_state()
    for state in (mine, other):
        assert engine.send(state, "draw a big red circle", None, FAST).ok
        assert engine.export_zip(state) is not None
    assert list(mine.folder.iterdir()) and mine.pictures
    mine.close()
    assert not mine.folder.exists() and not mine.pictures
    assert len(list(other.folder.glob("*.png"))) == 1 and other.pictures
    mine.close()  # closing twice (tab closed, then the timeout) is harmless
    other.close()


def test_the_ui_hands_sessions_to_gradio_with_a_time_to_live_that_really_fires(engine):
    """Gradio's own expiry (StateHolder, which the server runs every second) calls ChatState.close."""
    import gradio as gr
    from gradio.state_holder import StateHolder

    from server.config import AppConfig
    from server.ui import build_ui

    demo = build_ui(engine, AppConfig(session_ttl_s=1, open_browser=False))
    (state_block,) = [b for b in demo.blocks.values() if isinstance(b, gr.State)]
    assert state_block.time_to_live == 1 and state_block.delete_callback is ChatState.close
    assert demo.delete_cache == (1, 1), "Gradio's cached copies of pictures expire with the session"

    holder = StateHolder()
    holder.set_blocks(demo)
    session = holder["a-browser-tab"]
    chat_state = session[state_block._id]  # created on first use, as for a real event
    assert engine.send(chat_state, "draw a big red circle", None, FAST).ok
    session[state_block._id] = chat_state  # an event's output stores it, which starts the clock
    holder.delete_all_expired_state()
    assert chat_state.folder.exists(), "not before the time to live"
    time.sleep(1.2)
    holder.delete_all_expired_state()
    assert not chat_state.folder.exists() and not chat_state.pictures


def test_concurrent_sessions_never_see_each_others_chat_scene_or_pictures(engine):
    """Sized for CI: 4 sessions x 3 turns at once through one engine (the app's queue would serialise them)."""
    colours = ["red", "blue", "green", "yellow"]
    states = [engine.new_state() for _ in colours]
    failures: list[str] = []

    def converse(state, colour: str) -> None:
        for message in (f"draw a big {colour} circle", "move it to the left", "make it small"):
            result = engine.send(state, message, None, TurnSettings(steps=1, width=64, height=64, preview_every=0))
            if not result.ok:
                failures.append(result.message)

    threads = [threading.Thread(target=converse, args=(s, c)) for s, c in zip(states, colours)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures, failures
    for state, colour in zip(states, colours):
        others = [c for c in colours if c != colour]
        prompts = " ".join(t.render["prompt"] for t in state.session.path())
        assert colour in prompts and not any(c in prompts for c in others), prompts
        assert all(t.message for t in state.session.path()) and len(state.session.path()) == 3
    folders = [set(p.name for p in s.folder.iterdir()) for s in states]
    assert all(a.isdisjoint(b) for i, a in enumerate(folders) for b in folders[i + 1:])


def resident_mb() -> float:
    """This process's resident memory (Linux), in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads Linux's /proc")
def test_memory_stays_flat_over_many_renders_in_one_session(engine):
    """60 renders after a warm-up: the session keeps at most KEEP_LATENTS pictures' tensors, nothing else grows."""
    state = engine.new_state()
    settings = TurnSettings(steps=1, width=64, height=64, preview_every=0)
    assert engine.send(state, "draw a big red circle", None, settings).ok
    for _ in range(10):
        assert engine.retry(state, settings).ok
    gc.collect()
    before = resident_mb()
    for _ in range(60):
        assert engine.retry(state, settings).ok
    gc.collect()
    assert resident_mb() - before < 30, f"{resident_mb() - before:.1f} MB more after 60 renders"
