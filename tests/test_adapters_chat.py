"""The adapters in the chat: --lora / --controlnet reach the generator, the settings reach each render, and what a
picture was drawn with is in its record and PNG."""

from __future__ import annotations

from dataclasses import replace

import pytest
import torch
from adapter_files import write_peft_lora
from test_adapters_control import tiny_controlnet
from tiny_pipeline import TINY, save_tiny_pipeline

from chat.checks import SettingsRejected, checked_settings
from chat.engine import ChatEngine
from chat.state import TurnSettings
from generator.generator import Generator
from generator.metadata import read_png_metadata
from prompt_enhancer.rules import RuleEnhancer
from server.config import parse_config
from server.handlers import read_settings

FAST = TurnSettings(steps=2)


@pytest.fixture(scope="module")
def generator(tmp_path_factory) -> Generator:
    torch.set_num_threads(1)
    folder = save_tiny_pipeline(tmp_path_factory.mktemp("tiny4"), replace(TINY, num_layers=4))
    base = Generator.load(str(folder), device="cpu")
    lora = write_peft_lora(base.pipeline.transformer, tmp_path_factory.mktemp("lora") / "crayon")
    controlnet = tiny_controlnet(base.pipeline.transformer, tmp_path_factory.mktemp("controlnet"))
    return Generator.load(str(folder), device="cpu", loras=[f"{lora}:0.8"], controlnet=str(controlnet))


def test_flags_and_variables():
    config = parse_config(["--lora", "/a/jade:0.5", "--lora", "org/style", "--controlnet", "org/canny"], environ={})
    assert config.lora == ("/a/jade:0.5", "org/style") and config.controlnet == "org/canny"
    assert parse_config([], environ={"DRAWCHAT_LORA": "x:1, y"}).lora == ("x:1", "y")
    assert parse_config(["--lora", "x", "--render-backend", "ray"], environ={}).lora == ("x",)  # replicas load it


def test_settings_are_checked():
    settings = read_settings("64×64", 2, 2.0, 0, False, True, "", 1.0, 0, 0.5, "previous", 0.7)
    assert (settings.lora_scale, settings.control, settings.control_scale) == (0.5, "previous", 0.7)
    for bad in (TurnSettings(lora_scale=float("nan")), TurnSettings(control="sideways"),
                TurnSettings(control_scale=9.0)):
        with pytest.raises(SettingsRejected):
            checked_settings(bad, 100, "en")


def test_a_style_edit_follows_the_previous_pictures_edges(generator, tmp_path):
    engine = ChatEngine(generator, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, FAST).ok
    first = state.session.current.render
    assert first["settings"]["lora"] == "crayon:0.8" and "control_map" not in first
    follow = replace(FAST, control="previous", control_scale=0.5, lora_scale=0.0)
    assert engine.send(state, "make it blue", None, follow).ok
    render = state.session.current.render
    assert render["control_map"] and (state.folder / render["control_map"]).is_file()
    assert render["settings"]["control_scale"] == 0.5 and render["settings"]["lora"] == "crayon:0"
    metadata = read_png_metadata(state.image_path(state.session.current))
    assert metadata["lora"] == "crayon:0" and metadata["control_scale"] == 0.5
    assert "crayon" in engine.describe() and "ControlNet" in engine.describe()


def test_an_upload_to_follow_is_the_layout_not_the_start(generator, tmp_path):
    """Bug: an upload given as the layout to follow was also the picture img2img started from, so its colours
    came through and the ControlNet had little left to do; now it is only the control image."""
    from PIL import Image, ImageDraw

    engine = ChatEngine(generator, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    sketch = Image.new("RGB", (64, 64), "white")
    ImageDraw.Draw(sketch).ellipse((8, 8, 30, 30), outline="black", width=2)
    sketch.save(tmp_path / "sketch.png")
    sketch = tmp_path / "sketch.png"
    assert engine.send(state, "draw a red circle", sketch, replace(FAST, control="upload")).ok
    render = state.session.current.render
    assert render["plan"].get("start_from") != "upload" and render["control_map"]
    assert engine.send(state, "draw a blue square", sketch, FAST).ok  # control off: the upload is the start
    assert state.session.current.render["plan"]["start_from"] == "upload"


def test_the_page_shows_the_map_followed_and_the_adapters(generator, tmp_path):
    from chat.view import snapshot

    engine = ChatEngine(generator, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, FAST).ok
    plain = snapshot(state, "en")
    assert len(plain.entries) == 2 and "LoRA crayon:0.8" in plain.status and "layout" not in plain.status
    assert engine.send(state, "make it blue", None, replace(FAST, control="previous", control_scale=0.5)).ok
    shown = snapshot(state, "zh")
    followed = shown.entries[-1]
    assert followed.role == "assistant" and followed.image_path.name.startswith("control-")
    assert "0.5" in followed.text and "边缘图" in followed.text
    assert "遵循了布局" in shown.status and "LoRA crayon:0.8" in shown.status
