"""--lora and --controlnet on Ray Serve (issue 24): one CPU replica of the embedded model loads the shipped LoRA
and ControlNet, and draws with them what a local Generator with the same adapters draws (needs `ray[serve]`,
requirements-ray.txt; skipped without it)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

pytest.importorskip("ray.serve")

from generator.generator import Generator  # noqa: E402
from generator.request import RenderRequest  # noqa: E402
from serving.options import ReplicaOptions  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("single_torch_thread")]
ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "assets" / "embedded"
# Relative to this process's folder, as a person types it: the replica, which runs elsewhere, must still find it.
LORA = f"{os.path.relpath(ROOT / 'assets' / 'adapters' / 'toy-negative-lora')}:0.5"
CONTROLNET = ROOT / "assets" / "adapters" / "toy-edges-controlnet"


@pytest.fixture(scope="module")
def remote():
    from serving.ray_backend import start_renderer, stop_renderer

    generator = start_renderer(str(MODEL), ReplicaOptions(replicas=1), device="cpu", loras=[LORA],
                               controlnet=str(CONTROLNET))
    yield generator
    stop_renderer()


def test_a_ray_replica_draws_with_the_shipped_lora_and_controlnet(remote):
    local = Generator.load(str(MODEL), device="cpu", loras=[LORA], controlnet=str(CONTROLNET))
    assert list(remote.loras.names) == ["toy-negative-lora"] and remote.controlnet is not None
    assert "LoRA toy-negative-lora" in remote.describe() and "ControlNet" in remote.describe()

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
