"""--lora, --controlnet and --control-model on render replicas (issue 24), without Ray: each replica loads the
shipped adapters and a tiny depth model into its own Generator, and the RemoteGenerator answers what the UI and
the engine ask of a local one about them.

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
import torch
from PIL import Image, ImageDraw

from chat.engine import ChatEngine
from chat.state import TurnSettings
from generator.errors import GeneratorError
from generator.generator import Generator
from generator.request import RenderRequest
from prompt_enhancer.rules import RuleEnhancer
from server.config import parse_config
from serving.remote import InProcessTransport, RemoteGenerator
from serving.worker import RenderWorker
from test_control_maps import tiny_dpt

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
def depth_model(tmp_path_factory) -> Path:
    return tiny_dpt(tmp_path_factory.mktemp("dpt"))


@pytest.fixture(scope="module")
def local(depth_model) -> Generator:
    return Generator.load(str(MODEL), device="cpu", loras=[str(LORA)], controlnet=str(CONTROLNET),
                          control_models=[f"depth={depth_model}"])


def flags(depth_model: Path) -> list[str]:
    return ["--render-backend", "ray", "--lora", str(LORA), "--controlnet", str(CONTROLNET),
            "--control-model", f"depth={depth_model}"]


def in_process_renderer(model, options, address=None, local_device="cpu", **load) -> RemoteGenerator:
    """`serving.ray_backend.start_renderer` without Ray: one replica's worker, loaded with what it was handed."""
    worker = RenderWorker.load(model, **{**load, "device": "cpu"})
    return RemoteGenerator(InProcessTransport(worker), where="in-process test")


@pytest.fixture(scope="module")
def remote(depth_model) -> RemoteGenerator:
    """The replica the app starts for these flags (server.factory.remote_generator), reached in this process."""
    from server.factory import remote_generator

    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "serving.ray_backend", types.SimpleNamespace(start_renderer=in_process_renderer))
        return remote_generator(parse_config(flags(depth_model), {}), str(MODEL))


def same(a, b) -> bool:
    return np.array_equal(np.asarray(a.image), np.asarray(b.image)) and a.settings == b.settings


def test_the_remote_generator_names_the_replicas_adapters(remote):
    assert list(remote.loras.names) == ["toy-negative-lora"]  # server/ui.py shows the LoRA slider for these
    assert remote.controlnet is not None and remote.controlnet_id == str(CONTROLNET)  # chat/engine.py's check
    assert "LoRA toy-negative-lora" in remote.describe() and f"ControlNet {CONTROLNET}" in remote.describe()
    assert list(remote.map_models) == ["depth"] and "+ depth maps" in remote.describe()  # as Generator.map_models


def test_without_adapters_the_remote_generator_has_none(tiny_pipeline_dir):
    bare = RemoteGenerator(InProcessTransport(RenderWorker.load(str(tiny_pipeline_dir), device="cpu")))
    assert not bare.loras.names and bare.controlnet is None and "LoRA" not in bare.describe()
    assert bare.map_models == {}


def test_the_page_offers_the_kinds_of_map_the_replicas_compute(remote, tmp_path):
    import gradio as gr

    from server.config import AppConfig
    from server.ui import build_ui

    page = build_ui(ChatEngine(remote, RuleEnhancer(), root=tmp_path), AppConfig(open_browser=False))
    radios = {b.label: b for b in page.blocks.values() if isinstance(b, gr.Radio)}
    kinds = radios["Layout read as"]
    assert kinds.visible and [value for _, value in kinds.choices] == ["edges", "sketch", "depth"]


def test_a_replica_computes_and_follows_a_depth_map_as_a_local_render_does(local, remote):
    request = RenderRequest("a big red circle", steps=3, seed=2, lora_scale=0.0, control_image=layout(),
                            control_kind="depth")
    far, near = remote.render(request), local.render(request)
    assert far.settings["control_kind"] == near.settings["control_kind"] == "depth"
    assert same(far, near) and torch.equal(far.latents, near.latents)
    assert np.array_equal(np.asarray(far.control_map), np.asarray(near.control_map))
    depth = local.map_models["depth"](layout().resize(far.image.size, Image.Resampling.BICUBIC))
    assert np.array_equal(np.asarray(far.control_map), np.asarray(depth))  # the depth map, not the edges
    edges = remote.render(replace(request, control_kind="edges"))
    assert not torch.equal(far.latents, edges.latents)


def test_a_kind_the_replicas_have_no_model_for_is_the_generators_own_error(local, remote):
    request = RenderRequest("a big red circle", steps=2, seed=2, control_image=layout(), control_kind="pose")
    with pytest.raises(GeneratorError, match="--control-model pose=PATH_OR_ID") as far:
        remote.render(request)
    with pytest.raises(GeneratorError) as near:
        local.render(request)
    assert str(far.value) == str(near.value)


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


def test_ray_takes_lora_controlnet_and_control_model_flags():
    config = parse_config(["--render-backend", "ray", "--lora", f"{LORA}:0.5", "--controlnet", str(CONTROLNET),
                           "--control-model", "depth=d", "--control-model", "pose=p"], {})
    assert (config.render_backend, config.lora, config.controlnet) == ("ray", (f"{LORA}:0.5",), str(CONTROLNET))
    assert config.control_model == ("depth=d", "pose=p")


def test_the_factory_hands_the_adapters_to_the_replicas(monkeypatch):
    from server.factory import remote_generator

    asked = {}
    fake = types.SimpleNamespace(start_renderer=lambda model, options, **given: asked.update(given, model=model))
    monkeypatch.setitem(sys.modules, "serving.ray_backend", fake)
    config = parse_config(["--render-backend", "ray", "--lora", f"{LORA}:0.5", "--controlnet", str(CONTROLNET),
                           "--control-model", "depth=d"], {})
    remote_generator(config, str(MODEL))
    assert asked["loras"] == (f"{LORA}:0.5",) and asked["controlnet"] == str(CONTROLNET)
    assert asked["control_models"] == ("depth=d",)


def test_a_replica_that_cannot_load_a_map_model_says_which_and_why(tmp_path):
    with pytest.raises(GeneratorError, match="Could not load the depth model .* depth estimator"):
        RenderWorker.load(str(MODEL), device="cpu", controlnet=str(CONTROLNET), control_models=[f"depth={tmp_path}"])
