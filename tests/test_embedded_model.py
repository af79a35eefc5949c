"""The shipped embedded model loads like HunyuanDiT, stays small, and really draws fixed captions right."""

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from toyworld.checker import check
from toyworld.scene import ToyObject, ToyScene

MODEL = Path(__file__).resolve().parents[1] / "assets" / "embedded"
pytestmark = pytest.mark.skipif(not (MODEL / "model_index.json").exists(),
                                reason="assets/embedded not exported yet (python -m toyworld.train --export-to)")

# Fixed scenes, chosen before looking at any output: each is drawn from a fixed seed in both languages.
SCENES = [
    ToyScene("white", (ToyObject("square", "blue", "small", "center"),)),
    ToyScene("gray", (ToyObject("circle", "red", "big", "top left"),)),
    ToyScene("black", (ToyObject("triangle", "yellow", "big", "bottom right"),)),
    ToyScene("sky blue", (ToyObject("circle", "green", "small", "right"),)),
    ToyScene("beige", (ToyObject("square", "purple", "big", "bottom"),)),
    ToyScene("gray", (ToyObject("circle", "red", "big", "top left"), ToyObject("square", "blue", "small",
                                                                                "bottom right"))),
]
EN = ["a small blue square at the center on a white background",
      "a big red circle at the top left on a gray background",
      "a big yellow triangle at the bottom right on a black background",
      "a small green circle at the right on a sky blue background",
      "a big purple square at the bottom on a beige background",
      "a big red circle at the top left and a small blue square at the bottom right on a gray background"]
ZH = ["白色背景上，中间有一个小的蓝色正方形",
      "灰色背景上，左上角有一个大的红色圆形",
      "黑色背景上，右下角有一个大的黄色三角形",
      "天蓝色背景上，右边有一个小的绿色圆形",
      "米色背景上，下方有一个大的紫色正方形",
      "灰色背景上，左上角有一个大的红色圆形，右下角有一个小的蓝色正方形"]


@pytest.fixture(scope="module")
def pipe():
    from diffusers import HunyuanDiTPipeline

    pipeline = HunyuanDiTPipeline.from_pretrained(MODEL)
    pipeline.set_progress_bar_config(disable=True)
    return pipeline


@pytest.fixture(scope="module")
def defaults():
    return json.loads((MODEL / "generation_defaults.json").read_text())


def test_shipped_folder_is_small_safetensors_with_defaults(defaults):
    weights = list(MODEL.rglob("*.safetensors"))
    assert weights and not list(MODEL.rglob("*.bin"))
    assert sum(f.stat().st_size for f in MODEL.rglob("*") if f.is_file()) <= 40 * 2**20
    assert set(defaults) == {"steps", "guidance", "width", "height", "negative_prompt"}
    assert defaults["width"] == defaults["height"] == 64


def test_tokenizers_know_every_word(pipe):
    for text in EN + ZH:
        assert pipe.tokenizer.unk_token_id not in pipe.tokenizer(text).input_ids
        assert pipe.tokenizer_2.unk_token_id not in pipe.tokenizer_2(text).input_ids


@pytest.fixture(scope="module")
def results(pipe, defaults):
    prompts = EN + ZH
    out = pipe(prompts, height=64, width=64, num_inference_steps=defaults["steps"],
               guidance_scale=defaults["guidance"], negative_prompt=[defaults["negative_prompt"]] * len(prompts),
               generator=[torch.Generator().manual_seed(i) for i in range(len(prompts))],
               use_resolution_binning=False, output_type="np")
    images = [(np.asarray(im) * 255).round().astype(np.uint8) for im in out.images]
    return [check(im, scene.describe()) for im, scene in zip(images, SCENES + SCENES)]


def test_named_backgrounds_are_drawn(results):
    backgrounds = [c.ok for r in results for c in r.checks if c.attribute == "background"]
    assert sum(backgrounds) >= 0.75 * len(backgrounds), [r.reading.background for r in results]


def test_fixed_one_object_captions_are_drawn_right_in_both_languages(results):
    """A floor, not the issue's bar (bench_embedded measures that: 91% on one object today, bar 90%).

    The shipped model draws all 10 of these right; the floor leaves room for one picture to flip on another
    CPU's float rounding, and fails for the previous shipped model (8 of 10) as for a model that draws no
    objects or ignores the caption.
    """
    one_object = [(i < len(SCENES), r.follows) for i, (r, s) in enumerate(zip(results, SCENES + SCENES))
                  if len(s.objects) == 1]
    english = sum(ok for en, ok in one_object if en)
    chinese = sum(ok for en, ok in one_object if not en)
    assert english + chinese >= 9 and min(english, chinese) >= 4, [r.failed() for r in results]
    assert all(r.reading.objects and r.reading.background for r in results)
