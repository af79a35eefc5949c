"""What the page shows (issue 23): the Scene card in the page's language with what the app chose marked, the
status line's tries and time, a picture that may not match, Retry and Variation beside the picture they redo
(and continuing from any of them), download names, uploads in the person's message, the About panel without a
server path, and the handlers' waiting: the message at once, stop only while drawing."""

from __future__ import annotations

import re

import gradio as gr
import pytest
from PIL import Image

from chat.choices import continue_from
from chat.engine import ChatEngine
from chat.state import TurnSettings
from chat.upload import for_upload, keep_pending, only_points_at_upload, start_from_upload, upload_path
from chat.view import scene_card, snapshot, status_line
from dialog.decision import Action
from dialog.scene import Scene, Subject
from generator.generator import Generator
from prompt_enhancer.rules import RuleEnhancer
from server.about import about_text, without_paths
from server.config import EMBEDDED_MODEL
from server.handlers import PageHandlers, chat_messages

FAST = TurnSettings(steps=2)
SETTINGS = ("64×64", 2, 5.0, 0, False, True, "", 1.0)  # the page's panel: size, steps, guidance, seed, lock...
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir):
    return Generator.load(str(tiny_pipeline_dir))


@pytest.fixture
def engine(generator, tmp_path):
    return ChatEngine(generator, RuleEnhancer(), root=tmp_path)


# ------------------------------------------------------------------------------------------ the Scene card
def test_the_scene_card_marks_what_the_app_chose_and_speaks_the_page_language():
    scene = Scene(
        subjects=[Subject("s1", "circle", {"colour": "red"}, position="top left", size="big", chosen=["size"])],
        background="gray", time="night", look=["soft lighting"], chosen=["background"], language="en",
    )
    english = scene_card(scene, "en")
    assert "red" in english and "big *(chosen)*" in english and "top left," not in english
    assert "gray *(chosen)*" in english and "top left *(chosen)*" not in english
    chinese = scene_card(scene, "zh")
    assert "红色" in chinese and "大" in chinese and "左上角" in chinese and "灰色" in chinese and "夜晚" in chinese
    assert "（自动选择）" in chinese and not LATIN_WORD.findall(chinese), chinese


def test_the_scene_card_escapes_what_a_person_wrote():
    card = scene_card(Scene(subjects=[Subject("s1", "![x](http://evil)")], notes=["<b>hi</b>"]), "en")
    assert "![x](" not in card and "<b>" not in card


# ------------------------------------------------------------------------------------------ status and doubts
def test_the_status_line_says_tries_time_and_a_doubt():
    assert status_line({"seconds": 3.42, "tries": 2}, "en") == "2 tries · 3.4 s"
    assert status_line({"seconds": 0.3, "tries": 1}, "zh") == "画了 1 次 · 0.3 秒"
    assert status_line({"seconds": 0.3}, "en") == "0.3 s"  # no verifier: no tries recorded
    doubt = status_line({"seconds": 1.0, "tries": 3, "verified": False, "problems": ["the circle is blue"]}, "en")
    assert doubt.startswith("3 tries · 1.0 s · ⚠️ may not match") and "the circle is blue" in doubt
    assert status_line(None, "en") == ""


def test_a_picture_that_may_not_match_says_so_under_it(engine):
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle", None, FAST).ok
    state.session.current.render.update(verified=False, problems=["no circle found"])
    bot = [e for e in snapshot(state, "en").entries if e.role == "assistant"]
    assert "may not match what you asked: no circle found" in bot[-1].caption


# ------------------------------------------------------------------------------------------ Retry, Variation
def test_retry_and_variation_draw_beside_the_picture_and_the_person_picks_one(engine):
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle", None, FAST).ok
    first = state.session.current
    assert engine.retry(state, FAST).ok and engine.variation(state, FAST).ok
    entries = snapshot(state, "en").entries
    bot = [e for e in entries if e.role == "assistant"]
    assert [e.role for e in entries] == ["user", "assistant", "assistant", "assistant"]
    assert bot[1].text.startswith("Retry") and bot[2].text.startswith("A variation"), "their own captions"
    assert all(e.image_path for e in bot) and len({e.image_path for e in bot}) == 3
    assert bot[0].turn_id == first.id and bot[1].turn_id and bot[2].turn_id is None  # the last is current
    assert "continues from this picture" in bot[2].caption
    messages = chat_messages(snapshot(state, "en"))
    assert "picture 3 · " in bot[2].caption and messages[-1]["content"][1]["file"]["orig_name"].startswith("drawing")
    assert messages[-1]["options"] == [{"value": first.id, "label": "Continue from picture 1"},
                                       {"value": bot[1].turn_id, "label": "Continue from picture 2"}]

    assert continue_from(state, first.id, "en").ok
    assert state.session.current.id == first.id
    assert engine.send(state, "make it blue", None, FAST).ok
    assert state.session.path()[0].id == first.id, "the chat goes on from the chosen picture"
    assert not continue_from(state, "t999", "en").ok and not continue_from(state, None, "en").ok


def test_retry_with_the_seed_locked_says_why_it_would_draw_the_same(engine):
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle", None, FAST).ok
    result = engine.retry(state, TurnSettings(steps=2, seed=7))
    assert not result.ok and "locked" in result.message and len(state.session.turns) == 1


def test_pictures_are_offered_under_a_download_name(engine):
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle", None, FAST).ok
    shown = snapshot(state).image_path
    assert shown.name == f"drawing-chat-1-{state.session.current.render['seed']}.png"
    assert shown.read_bytes() == state.image_path(state.session.current).read_bytes()
    assert engine.new_chat(state).ok and engine.send(state, "draw a small green square", None, FAST).ok
    again = snapshot(state).image_path
    assert again.read_bytes() == state.image_path(state.session.current).read_bytes(), "not the old chat's"


# ------------------------------------------------------------------------------------------ uploads
def test_a_message_only_pointing_at_the_upload_starts_from_it():
    rules = RuleEnhancer()
    upload = Image.new("RGB", (80, 40), "orange")
    for message, lang in (("draw this picture", "en"), ("画这张图", "zh"), ("use this", "en")):
        decision = for_upload(rules.decide(Scene(), (), message, upload), Scene(), message, lang, False)
        assert decision.action == Action.DRAW and not decision.scene.subjects, message
    said = "draw a red circle"
    described = for_upload(rules.decide(Scene(), (), said, upload), Scene(), said, "en", False)
    assert [s.name for s in described.scene.subjects] == ["circle"] and "started from your picture" in described.reply
    assert only_points_at_upload("this picture") and not only_points_at_upload("cat")
    question = "what is in this picture?"
    assert for_upload(rules.decide(Scene(), (), question, upload), Scene(), question, "en", False).action == Action.CHAT


def test_a_turn_started_from_an_upload_draws_from_it(engine):
    state = engine.new_state()
    edit = engine.editor.retry(engine._base_request(Scene(), FAST), 5, (8, 8))
    started = start_from_upload(edit, Image.new("RGB", (80, 40), "orange"), (64, 64), None, described=False)
    assert started.request.init_image.size == (64, 64) and 0 < started.request.strength < 1
    assert started.plan.start_from == "upload" and started.request.seed == 5
    result = engine.generator.render(started.request)
    assert result.image.size == (64, 64)
    state.close()


def test_the_upload_shows_in_the_persons_message(engine, tmp_path):
    handlers = PageHandlers(engine)
    state = engine.new_state()
    picture = tmp_path / "mine.png"
    Image.new("RGB", (700, 300), "orange").save(picture)
    outputs = list(handlers.send(state, {"text": "draw a big red circle", "files": [str(picture)]}, "English",
                                 *SETTINGS))
    chat = outputs[0][1]
    assert chat[0]["role"] == "user" and any(isinstance(c, dict) for c in chat[0]["content"]), "shown at once"
    final = outputs[-1][1]
    kept = upload_path(state, state.session.current)
    assert kept is not None and max(Image.open(kept).size) <= 512
    assert final[0]["content"][1]["file"]["path"] == str(kept)
    assert keep_pending(state, str(tmp_path / "missing.png"), 10**6) is None


# ------------------------------------------------------------------------------------------ waiting
def test_the_message_shows_at_once_and_stop_only_while_drawing(engine):
    handlers = PageHandlers(engine)
    state = engine.new_state()
    outputs = list(handlers.send(state, {"text": "draw a big red circle", "files": []}, "English", *SETTINGS))
    first, last = outputs[0], outputs[-1]
    assert first[1][0]["content"] == ["draw a big red circle"] and "Drawing" in first[5]
    assert first[-1]["stop_btn"] is True and first[-1]["value"] is None, "the box is free while drawing"
    assert last[-1]["stop_btn"] is False and last[2] is not None
    assert re.search(r"\d+\.\d s", last[5]), last[5]


def test_a_failed_message_goes_back_into_the_box(engine):
    handlers = PageHandlers(engine)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle", None, FAST).ok

    def stopped(*_args, **_kwargs):
        from chat.state import ActionResult
        return ActionResult(False, "Stopped.")

    engine.send = stopped  # the engine's answer is what is under test here, not how it stopped
    last = list(handlers.send(state, {"text": "make it blue", "files": []}, "English", *SETTINGS))[-1]
    assert last[-1]["value"] == {"text": "make it blue", "files": []} and last[-1]["stop_btn"] is False
    assert "⚠️" in str(last[1][-1]["content"])


# ------------------------------------------------------------------------------------------ About
def test_about_names_the_model_without_a_server_path():
    line = f"{EMBEDDED_MODEL} · cpu · float32 · quantization none · low-VRAM off · enhancer: rules"
    chinese = about_text(line, "run with --model", "rules", EMBEDDED_MODEL, "zh")
    assert str(EMBEDDED_MODEL) not in chinese and "CPU" in chinese
    assert not [w for w in LATIN_WORD.findall(chinese) if w not in ("CPU", "DiT")], chinese
    other = about_text("/srv/models/my-dit · cuda · float16 · quantization nf4 · low-VRAM on · fell back from /srv/x"
                       " · enhancer: /srv/llm/qwen", "Trained at /home/me/run.", "/srv/llm/qwen", EMBEDDED_MODEL, "en")
    assert "/srv" not in other and "/home" not in other and "my" in other
    assert without_paths("see /a/b/c.txt and C:\\x\\y") == "see c.txt and y"


def test_page_buttons_and_examples_follow_the_language():
    from server.handlers import UI_TEXT, examples

    assert examples("zh") and all(not LATIN_WORD.findall(e["text"]) for e in examples("zh"))
    for key, text in UI_TEXT["zh"].items():
        text = re.sub(r"\{\w+\}", "", text)  # the blanks filled in
        assert not [w for w in LATIN_WORD.findall(text) if w not in ("JSON", "zip")], (key, text)
    assert gr  # the handlers' updates are Gradio's


def test_quick_actions_answer_in_the_page_language(engine):
    handlers = PageHandlers(engine)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle", None, FAST).ok  # an English conversation
    assert handlers.move("undo")(state, "中文")[5] == "已撤销。"
    assert handlers.move("redo")(state, "中文")[5].startswith("已重做。")
    assert "新对话" in handlers.move("new_chat")(state, "中文")[5]
    assert handlers.move("undo")(state, "English")[5] == "Nothing to undo."
