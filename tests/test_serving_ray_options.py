"""--dtype, --compile, --fuse-qkv, --vae-tiling, --vae-slicing and --low-vram on render replicas: a replica loads its
pipeline with every option the app's local Generator is loaded with, and its facts (the About line) say so.

Without Ray: what the factory hands `start_renderer` is compared with what it hands `Generator.load` on the local
backend, and a replica's worker is loaded in this process; tests/test_serving_ray_adapters.py starts a real one.
"""

from __future__ import annotations

import inspect
import sys
import types
from pathlib import Path

import numpy as np
import pytest
import torch

from generator.generator import Generator
from generator.request import RenderRequest
from server.config import parse_config
from serving.remote import InProcessTransport, RemoteGenerator
from serving.worker import RenderWorker

pytestmark = pytest.mark.usefixtures("single_torch_thread")
ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "assets" / "embedded"
LORA = ROOT / "assets" / "adapters" / "toy-negative-lora"
CONTROLNET = ROOT / "assets" / "adapters" / "toy-edges-controlnet"
# Every loading flag the app has, none at its default.
LOADING_FLAGS = ["--device", "cpu", "--dtype", "bfloat16", "--quant", "int8", "--low-vram", "--compile", "--fuse-qkv",
                 "--vae-tiling", "--vae-slicing", "--lora", "some-lora:0.5", "--controlnet", "some-controlnet",
                 "--control-model", "depth=some-depth-model"]
# What the tests load the tiny pipeline with: every option but quantization (CUDA's) and inductor (slow to build).
SPEED = {"device": "cpu", "dtype": "bfloat16", "low_vram": True, "compile": "eager", "fuse_qkv": True,
         "vae_tiling": True, "vae_slicing": True}
LOAD_KEYWORDS = set(inspect.signature(Generator.load).parameters) - {"model"}  # read before a test replaces it


class Loaded(Exception):
    """Stops the local build once `Generator.load` has been called: what it was given is all this test reads."""


def local_load_options(monkeypatch, flags: list[str]) -> dict:
    from server.factory import build_engine

    given = {}

    def load(model, **options):
        given.update(options)
        raise Loaded

    monkeypatch.setattr(Generator, "load", load)
    with pytest.raises(Loaded):
        build_engine(parse_config(["--model", "some-model", *flags], {}))
    return given


def replica_load_options(monkeypatch, flags: list[str]) -> dict:
    from server.factory import remote_generator

    given = {}

    def start_renderer(model, options, address=None, local_device="cpu", **load):
        given.update(load)

    monkeypatch.setitem(sys.modules, "serving.ray_backend", types.SimpleNamespace(start_renderer=start_renderer))
    remote_generator(parse_config(["--render-backend", "ray", *flags], {}), "some-model")
    return given


def test_the_replicas_are_handed_every_option_the_local_generator_is_loaded_with(monkeypatch):
    local = local_load_options(monkeypatch, LOADING_FLAGS)
    assert replica_load_options(monkeypatch, LOADING_FLAGS) == local
    assert (local["dtype"], local["compile"], local["fuse_qkv"], local["vae_tiling"], local["vae_slicing"],
            local["low_vram"], local["quantization"]) == ("bfloat16", True, True, True, True, True, "int8")
    assert set(local) == LOAD_KEYWORDS  # nothing Generator.load can be told is left to its default on either backend


@pytest.fixture(scope="module")
def replica(tiny_pipeline_dir) -> RenderWorker:
    return RenderWorker.load(str(tiny_pipeline_dir), **SPEED)


def test_a_replica_loads_its_pipeline_with_every_option(replica):
    pipe = replica.generator.pipeline
    assert pipe.transformer.dtype == torch.bfloat16 and pipe.vae.dtype == torch.bfloat16
    assert all(block._compiled_call_impl is not None for block in pipe.transformer.blocks)
    assert {type(p).__name__ for p in pipe.transformer.attn_processors.values()} == {"FusedHunyuanAttnProcessor2_0"}
    assert pipe.vae.use_tiling and pipe.vae.use_slicing


def test_a_replicas_facts_say_how_it_was_loaded_as_a_local_generator_does(replica, tiny_pipeline_dir):
    local = Generator.load(str(tiny_pipeline_dir), **SPEED)
    remote = RemoteGenerator(InProcessTransport(replica), where="in-process test")
    assert replica.facts()["describe"] == local.describe()
    line = remote.describe()  # the About panel's source (server/about.py)
    assert " · bfloat16 · " in line and "low-VRAM on" in line
    assert "speed: transformer blocks compiled (eager), fused QKV, VAE tiling, VAE slicing" in line


def test_a_replica_draws_in_its_dtype_what_a_local_generator_draws(tiny_pipeline_dir):
    options = {**SPEED, "compile": False}  # compiling would only make this slower: the blocks compute the same
    request = RenderRequest("a big red circle on a gray background", steps=2, seed=3)
    remote = RemoteGenerator(InProcessTransport(RenderWorker.load(str(tiny_pipeline_dir), **options)))
    far, near = remote.render(request), Generator.load(str(tiny_pipeline_dir), **options).render(request)
    assert np.array_equal(np.asarray(far.image), np.asarray(near.image)) and torch.equal(far.latents, near.latents)
    plain = Generator.load(str(tiny_pipeline_dir), device="cpu").render(request)
    assert not torch.equal(far.latents, plain.latents)  # bfloat16 and fused projections: not the float32 picture


def test_a_replica_with_a_lora_leaves_its_projections_unfused_and_says_so(monkeypatch):
    """The flags through the factory, the replica in this process: the local backend's rule holds on a replica."""
    from server.factory import remote_generator

    def start_renderer(model, options, address=None, local_device="cpu", **load):
        return RemoteGenerator(InProcessTransport(RenderWorker.load(model, **load)), where="in-process test")

    monkeypatch.setitem(sys.modules, "serving.ray_backend", types.SimpleNamespace(start_renderer=start_renderer))
    config = parse_config(["--render-backend", "ray", "--device", "cpu", "--fuse-qkv", "--vae-tiling", "--lora",
                           str(LORA)], {})
    remote = remote_generator(config, str(MODEL))
    pipe = remote.transport.worker.generator.pipeline
    assert "Fused" not in "".join(type(p).__name__ for p in pipe.transformer.attn_processors.values())
    assert pipe.vae.use_tiling
    line = remote.describe()
    assert "fused QKV asked for but a LoRA is loaded" in line and "speed: VAE tiling" in line


def test_start_renderer_refuses_what_generator_load_does_not_take_before_any_replica_starts():
    ray_backend = pytest.importorskip("serving.ray_backend")
    with pytest.raises(TypeError, match="fuse_qvk"):
        ray_backend.start_renderer("some-model", None, fuse_qvk=True)  # a typo would otherwise fail in each replica


def test_the_replicas_options_have_absolute_adapter_paths_and_the_rest_as_given(monkeypatch):
    ray_backend = pytest.importorskip("serving.ray_backend")
    monkeypatch.chdir(ROOT)
    given = {"dtype": "bfloat16", "compile": True, "fuse_qkv": True, "vae_tiling": True, "low_vram": False,
             "loras": ("assets/adapters/toy-negative-lora:0.5",),
             "controlnet": "assets/adapters/toy-edges-controlnet:2",
             "control_models": ("depth=assets",)}
    load = ray_backend.replica_load_options(given)
    assert load["loras"] == (f"{LORA}:0.5",) and load["controlnet"] == f"{CONTROLNET}:2"
    assert load["control_models"] == (f"depth={ROOT / 'assets'}",)
    assert {k: v for k, v in load.items() if k not in ("loras", "controlnet", "control_models")} == {
        "dtype": "bfloat16", "compile": True, "fuse_qkv": True, "vae_tiling": True, "low_vram": False}
