"""--lora and --controlnet on render replicas (issue 24), without Ray: each replica loads the shipped adapters into
its own Generator, and the RemoteGenerator answers what the UI and the engine ask of a local one about them.

The replica here is a RenderWorker in this process reached through the wire (serving.codec), so what is tested is
what a Ray replica does; tests/test_serving_ray_adapters.py runs the same on Ray Serve.
"""

from __future__ import annotations

import sys
import types
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from chat.engine import ChatEngine
from chat.state import TurnSettings
from generator.generator import Generator
from generator.request import RenderRequest
from prompt_enhancer.rules import RuleEnhancer
from server.config import parse_config
from serving.remote import InProcessTransport, RemoteGenerator
from serving.worker import RenderWorker

pytestmark = pytest.mark.usefixtures("single_torch_thread")
ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "assets" / "embedded"
LORA = ROOT / "assets" / "adapters" / "toy-negative-lora"
CONTROLNET = ROOT / "assets" / "adapters" / "toy-edges-controlnet"
FAST = TurnSettings(steps=2)


def layout() -> Image.Image:
    """A layout to follow: one white disc at the top left."""
    image = Image.new("RGB", (64, 64), "black")
    ImageDraw.Draw(image).ellipse((6, 6, 30, 30), fill="white")
    return image


@pytest.fixture(scope="module")
def local() -> Generator:
    return Generator.load(str(MODEL), device="cpu", loras=[str(LORA)], controlnet=str(CONTROLNET))


@pytest.fixture(scope="module")
def remote() -> RemoteGenerator:
    worker = RenderWorker.load(str(MODEL), device="cpu", loras=[str(LORA)], controlnet=str(CONTROLNET))
    return RemoteGenerator(InProcessTransport(worker), where="in-process test")


def same(a, b) -> bool:
    return np.array_equal(np.asarray(a.image), np.asarray(b.image)) and a.settings == b.settings


def test_the_remote_generator_names_the_replicas_adapters(remote):
    assert list(remote.loras.names) == ["toy-negative-lora"]  # server/ui.py shows the LoRA slider for these
    assert remote.controlnet is not None and remote.controlnet_id == str(CONTROLNET)  # chat/engine.py's check
    assert "LoRA toy-negative-lora" in remote.describe() and f"ControlNet {CONTROLNET}" in remote.describe()


def test_without_adapters_the_remote_generator_has_none(tiny_pipeline_dir):
    bare = RemoteGenerator(InProcessTransport(RenderWorker.load(str(tiny_pipeline_dir), device="cpu")))
    assert not bare.loras.names and bare.controlnet is None and "LoRA" not in bare.describe()


def test_a_replica_draws_with_its_lora_as_a_local_render_does(local, remote):
    for scale in (None, 0.0):
        request = RenderRequest("a big red circle on a gray background", steps=3, seed=7, lora_scale=scale)
        far = remote.render(request)
        assert far.settings["lora"] == ("toy-negative-lora:1" if scale is None else "toy-negative-lora:0")
        assert same(far, local.render(request))


def test_a_replica_follows_a_control_image_as_a_local_render_does(local, remote):
    request = RenderRequest("a big red circle", steps=3, seed=2, lora_scale=0.0, control_image=layout(),
                            control_scale=0.8)
    far, near = remote.render(request), local.render(request)
    assert far.settings["controlnet"] == str(CONTROLNET) and far.settings["control_scale"] == 0.8
    assert same(far, near) and np.array_equal(np.asarray(far.control_map), np.asarray(near.control_map))


def test_the_engine_on_a_replica_follows_the_previous_pictures_edges(remote, tmp_path):
    engine = ChatEngine(remote, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, FAST).ok
    assert state.session.current.render["settings"]["lora"] == "toy-negative-lora:1"
    assert engine.send(state, "make it blue", None, replace(FAST, control="previous", lora_scale=0.0)).ok
    render = state.session.current.render
    assert render["control_map"] and (state.folder / render["control_map"]).is_file()
    assert render["settings"]["controlnet"] == str(CONTROLNET) and render["settings"]["lora"] == "toy-negative-lora:0"


def test_ray_takes_lora_and_controlnet_flags():
    config = parse_config(["--render-backend", "ray", "--lora", f"{LORA}:0.5", "--controlnet", str(CONTROLNET)], {})
    assert (config.render_backend, config.lora, config.controlnet) == ("ray", (f"{LORA}:0.5",), str(CONTROLNET))


def test_the_factory_hands_the_adapters_to_the_replicas(monkeypatch):
    from server.factory import remote_generator

    asked = {}
    fake = types.SimpleNamespace(start_renderer=lambda model, options, **given: asked.update(given, model=model))
    monkeypatch.setitem(sys.modules, "serving.ray_backend", fake)
    config = parse_config(["--render-backend", "ray", "--lora", f"{LORA}:0.5", "--controlnet", str(CONTROLNET)], {})
    remote_generator(config, str(MODEL))
    assert asked["loras"] == (f"{LORA}:0.5",) and asked["controlnet"] == str(CONTROLNET)
