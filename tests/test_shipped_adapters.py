"""The adapters shipped in assets/adapters, on the embedded model, through the app's own loaders and engine: the
LoRA draws its style only when loaded and asked, the ControlNet puts objects where its map says. A few fixed
training-split cases (the benchmark's held-out figures are in the README); renders are deterministic on a CPU."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from chat.engine import ChatEngine
from chat.state import TurnSettings
from generator.generator import Generator
from generator.request import RenderRequest
from prompt_enhancer.profile import load_profile
from prompt_enhancer.rules import RuleEnhancer
from toyworld.adapter_data import drawn_negative, layout_caption, negative_case, picture
from toyworld.adapter_stages import CONTROL_SCALE, CONTROLNET_NAME, LORA_NAME
from toyworld.checker import check, read_picture
from toyworld.scene import ObjectDescription, SceneDescription, sample_scene

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "assets" / "embedded"
LORA = ROOT / "assets" / "adapters" / LORA_NAME
CONTROLNET = ROOT / "assets" / "adapters" / CONTROLNET_NAME


@pytest.fixture(scope="module")
def generator() -> Generator:
    torch.set_num_threads(1)
    return Generator.load(str(MODEL), device="cpu", loras=[str(LORA)], controlnet=f"{CONTROLNET}:{CONTROL_SCALE:g}")


def _drawn(generator: Generator, prompt: str, seed: int, **fields) -> np.ndarray:
    return np.asarray(generator.render(RenderRequest(prompt=prompt, seed=seed, **fields)).image.convert("RGB"))


def test_the_lora_draws_negative_style_only_when_loaded(generator):
    rng = random.Random("shipped-lora")
    cases = [negative_case(rng, held_out=False, n_objects=1, trigger=i % 2 == 0) for i in range(8)]
    styled = sum(drawn_negative(_drawn(generator, text, i), named) for i, (text, named, _, _) in enumerate(cases))
    plain = [_drawn(generator, text, i, lora_scale=0.0) for i, (text, _, _, _) in enumerate(cases)]
    base_styled = sum(drawn_negative(image, named) for image, (_, named, _, _) in zip(plain, cases))
    as_named = sum(check(image, named).follows for image, (_, named, _, _) in zip(plain, cases))
    assert styled >= 6 and base_styled == 0 and as_named >= 6, (styled, base_styled, as_named)


def test_the_controlnet_puts_objects_where_the_map_says(generator):
    rng = random.Random("shipped-control")
    followed = by_chance = 0
    for i in range(8):
        scene = sample_scene(rng, 1, held_out=False)
        text, _ = layout_caption(scene, rng)
        layout = SceneDescription(None, tuple(ObjectDescription(None, None, o.size, o.position)
                                              for o in scene.objects))  # where and how big: the layout
        followed += check(_drawn(generator, text, i, lora_scale=0.0, control_image=picture(scene)), layout).follows
        by_chance += check(_drawn(generator, text, i, lora_scale=0.0), layout).follows
    assert followed >= 6 and by_chance <= 2, (followed, by_chance)


def test_the_chat_draws_the_loras_style_and_refuses_it_without(generator, tmp_path):
    with_lora = ChatEngine(generator, RuleEnhancer(), root=tmp_path / "a", profile=load_profile(MODEL, [str(LORA)]))
    state = with_lora.new_state()
    result = with_lora.send(state, "a big red circle in the center, negative style please", None, TurnSettings())
    assert result.ok and "negative style" in state.session.current.render["prompt"]
    found = read_picture(_pixels(state.image_path(state.session.current)))
    assert [o.colour for o in found.objects] == ["green"]
    without = ChatEngine(generator, RuleEnhancer(), root=tmp_path / "b", profile=load_profile(MODEL))
    state = without.new_state()
    result = without.send(state, "a big red circle in the center, negative style please", None, TurnSettings())
    assert state.session.current is None or state.session.current.render is None
    assert "negative" in result.message


def _pixels(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


def test_with_the_lora_the_toy_checker_does_not_judge_the_pictures():
    """The toy world's checker and reader know the base model's palette: with a LoRA restyling what it draws they
    would call every negative picture wrong and redraw it, so the app runs without them."""
    from server.config import parse_config
    from server.factory import build_engine

    plain = build_engine(parse_config(["--model", str(MODEL)], environ={}))
    assert plain.verifier is not None and plain.editor.reader is not None
    styled = build_engine(parse_config(["--model", str(MODEL), "--lora", str(LORA)], environ={}))
    assert styled.verifier is None and styled.editor.reader is None
    assert styled.profile.drawn_styles == ("negative",)


def test_the_reply_says_when_the_always_on_style_lora_restyled_a_picture_not_asked_to_be(generator, tmp_path):
    """The reply reads the Scene ("a big red circle"); the picture is green, so the chat names the LoRA's style."""
    engine = ChatEngine(generator, RuleEnhancer(), root=tmp_path, profile=load_profile(MODEL, [str(LORA)]))
    state = engine.new_state()
    plain = engine.send(state, "a big red circle in the center", None, TurnSettings())
    assert plain.ok and "negative style, asked or not" in plain.message
    off = engine.send(state, "make it blue", None, TurnSettings(lora_scale=0.0))
    assert off.ok and "asked or not" not in off.message
    asked = engine.send(state, "negative style please", None, TurnSettings())
    assert asked.ok and "asked or not" not in asked.message
    state = engine.new_state()
    zh = engine.send(state, "画一个大的红色圆形", None, TurnSettings())
    assert zh.ok and "反色" in zh.message and "无论是否要求" in zh.message
