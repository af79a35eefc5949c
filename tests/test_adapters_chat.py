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
    with pytest.raises(SystemExit):
        parse_config(["--lora", "x", "--render-backend", "ray"], environ={})


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
