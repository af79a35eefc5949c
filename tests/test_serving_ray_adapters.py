"""--lora, --controlnet and --control-model on Ray Serve (issue 24): one CPU replica of the embedded model loads the
shipped LoRA and ControlNet and a tiny depth model, with fused QKV and VAE tiling and slicing asked for, and draws
with them what a local Generator loaded alike draws; a map model it cannot load stops the start with the replica's
own words (needs `ray[serve]`, requirements-ray.txt; skipped without it)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

pytest.importorskip("ray.serve")

from generator.errors import GeneratorError  # noqa: E402
from generator.generator import Generator  # noqa: E402
from generator.request import RenderRequest  # noqa: E402
from serving.options import ReplicaOptions  # noqa: E402
from test_control_maps import tiny_dpt  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("single_torch_thread")]
ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "assets" / "embedded"
# Relative to this process's folder, as a person types it: the replica, which runs elsewhere, must still find it.
LORA = f"{os.path.relpath(ROOT / 'assets' / 'adapters' / 'toy-negative-lora')}:0.5"
CONTROLNET = ROOT / "assets" / "adapters" / "toy-edges-controlnet"
# The loading options reach the replica as they reach a local Generator (fused QKV is left off beside a LoRA).
SPEED = {"fuse_qkv": True, "vae_tiling": True, "vae_slicing": True}


@pytest.fixture(scope="module")
def depth_model(tmp_path_factory) -> str:
    """A tiny DPT's folder, relative like the LoRA's."""
    return f"depth={os.path.relpath(tiny_dpt(tmp_path_factory.mktemp('dpt')))}"


@pytest.fixture(scope="module")
def remote(depth_model):
    from serving.ray_backend import start_renderer, stop_renderer

    generator = start_renderer(str(MODEL), ReplicaOptions(replicas=1), device="cpu", loras=[LORA],
                               controlnet=str(CONTROLNET), control_models=[depth_model], **SPEED)
    yield generator
    stop_renderer()


def test_a_ray_replica_draws_with_the_shipped_lora_and_controlnet_and_a_depth_model(remote, depth_model):
    local = Generator.load(str(MODEL), device="cpu", loras=[LORA], controlnet=str(CONTROLNET),
                           control_models=[depth_model], **SPEED)
    assert remote.describe() == f"{local.describe()} · rendered by {remote.where}"  # loaded alike, said alike
    assert "fused QKV asked for but a LoRA is loaded" in remote.describe() and "VAE tiling, VAE slicing" in (
        remote.describe())
    assert list(remote.loras.names) == ["toy-negative-lora"] and remote.controlnet is not None
    assert "LoRA toy-negative-lora" in remote.describe() and "ControlNet" in remote.describe()
    assert list(remote.map_models) == ["depth"] and "+ depth maps" in remote.describe()

    styled = RenderRequest("a big red circle on a gray background", steps=3, seed=7)
    far = remote.render(styled)
    assert far.settings["lora"] == "toy-negative-lora:0.5"
    assert np.array_equal(np.asarray(far.image), np.asarray(local.render(styled).image))

    sketch = Image.new("RGB", (64, 64), "black")
    ImageDraw.Draw(sketch).ellipse((6, 6, 30, 30), fill="white")
    followed = RenderRequest("a big red circle", steps=3, seed=2, lora_scale=0.0, control_image=sketch)
    far, near = remote.render(followed), local.render(followed)
    assert far.settings["controlnet"] == str(CONTROLNET) and far.settings["lora"] == "toy-negative-lora:0"
    assert np.array_equal(np.asarray(far.image), np.asarray(near.image))
    assert np.array_equal(np.asarray(far.control_map), np.asarray(near.control_map))
    followed_map = far.control_map

    by_depth = RenderRequest("a big red circle", steps=3, seed=2, lora_scale=0.0, control_image=sketch,
                             control_kind="depth")
    far, near = remote.render(by_depth), local.render(by_depth)
    assert far.settings["control_kind"] == "depth" and torch.equal(far.latents, near.latents)
    assert np.array_equal(np.asarray(far.image), np.asarray(near.image))
    assert np.array_equal(np.asarray(far.control_map), np.asarray(near.control_map))
    assert not np.array_equal(np.asarray(far.control_map), np.asarray(followed_map))  # depth, not the edges


def test_a_bad_control_model_stops_the_start_with_what_to_give(remote, tmp_path):
    """Run last: the failed start replaces the replicas above (and takes them down)."""
    from serving.ray_backend import start_renderer

    with pytest.raises(GeneratorError, match="KIND=PATH_OR_ID"):  # refused here, before any replica starts
        start_renderer(str(MODEL), ReplicaOptions(replicas=1), controlnet=str(CONTROLNET),
                       control_models=["normals=somewhere"])
    with pytest.raises(GeneratorError, match=f"Could not load the depth model '{tmp_path}'.* depth estimator"):
        start_renderer(str(MODEL), ReplicaOptions(replicas=1), device="cpu", controlnet=str(CONTROLNET),
                       control_models=[f"depth={os.path.relpath(tmp_path)}"])  # the replica's error, its path absolute
