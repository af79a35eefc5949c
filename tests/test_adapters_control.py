"""ControlNet on a tiny HunyuanDiT built from configs: it runs, follows its control image, and scale 0 is no control."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw
from tiny_pipeline import TINY, save_tiny_pipeline

from generator.control import control_map, edge_map, sketch_map, trained_map_kind
from generator.errors import GeneratorError
from generator.generator import Generator
from generator.metadata import png_bytes, read_png_metadata
from generator.request import RenderRequest

PROMPT = "a big red circle at the center on a white background"


def tiny_controlnet(transformer: torch.nn.Module, folder, seed: int = 0):
    """A HunyuanDiT2DControlNetModel for `transformer` (diffusers' from_transformer start), its zero-initialised
    projections given random weights (a trained one's are not zero), saved in diffusers layout."""
    from toyworld.control_stage import new_controlnet

    torch.manual_seed(seed)
    controlnet = new_controlnet(transformer)
    with torch.no_grad():
        for layer in [controlnet.input_block, *controlnet.controlnet_blocks]:
            layer.weight.normal_(0, 0.3)
    controlnet.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> tuple[str, str]:
    """A tiny model folder and a ControlNet folder for it."""
    torch.set_num_threads(1)
    from dataclasses import replace

    # Four layers: HunyuanDiT's ControlNet feeds the skips of the first half (num_layers // 2 - 1 of them).
    folder = save_tiny_pipeline(tmp_path_factory.mktemp("tiny4"), replace(TINY, num_layers=4))
    base = Generator.load(str(folder), device="cpu")
    return str(folder), str(tiny_controlnet(base.pipeline.transformer, tmp_path_factory.mktemp("controlnet")))


@pytest.fixture(scope="module")
def generator(folders) -> Generator:
    folder, controlnet = folders
    return Generator.load(folder, device="cpu", controlnet=controlnet)


def shapes(offset: int = 0) -> Image.Image:
    image = Image.new("RGB", (64, 64), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8 + offset, 8, 36 + offset, 36), fill="red")
    draw.rectangle((40 - offset, 40, 58 - offset, 58), fill="blue")
    return image


def _render(generator: Generator, **fields):
    return generator.render(RenderRequest(prompt=PROMPT, seed=5, steps=3, guidance=2.0, **fields))


def test_edge_map_outlines_shapes():
    edges = np.asarray(edge_map(shapes()))[..., 0] > 0
    assert edges[8:37, 8:37].any() and edges[40:59, 40:59].any()
    assert not edges[46:52, 46:52].any() and not edges[18:26, 18:26].any()  # insides are flat
    assert not np.asarray(edge_map(Image.new("RGB", (32, 32), "gray"))).any()


def test_edge_map_sees_colour_edges_of_one_brightness():
    """A yellow square on beige and a red disc on a green of its brightness have no edge in grey levels; Canny on
    a colour picture (OpenCV's, the Canny ControlNets' annotator) takes each pixel's strongest channel."""
    image = Image.new("RGB", (64, 64), (224, 208, 176))  # beige, grey level ~207
    draw = ImageDraw.Draw(image)
    draw.rectangle((8, 8, 28, 28), fill=(236, 208, 40))  # yellow, grey level ~197
    draw.rectangle((36, 36, 60, 60), fill=(0, 0, 0))  # a strong edge elsewhere sets the thresholds' scale
    edges = np.asarray(edge_map(image))[..., 0] > 0
    assert edges[6:31, 6:31].sum() >= 40  # the square's outline
    assert not edges[14:22, 14:22].any()  # its inside is flat
    red_green = Image.new("RGB", (48, 48), (0, 128, 0))  # grey level ~75
    ImageDraw.Draw(red_green).ellipse((12, 12, 36, 36), fill=(250, 0, 0))  # grey level ~75
    assert (np.asarray(edge_map(red_green))[..., 0] > 0).sum() >= 40


def test_sketch_map_is_edges_in_black_over_a_coarse_colour_wash():
    """The sketch: the picture's colours averaged over 16 × 16 flat cells, its edges drawn on top in black."""
    image = Image.new("RGB", (128, 128), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((16, 16, 72, 72), fill="red")
    draw.rectangle((80, 80, 116, 116), fill="blue")
    sketch = sketch_map(image)
    pixels = np.asarray(sketch)
    assert sketch.size == image.size and sketch.mode == "RGB"
    edges = np.asarray(edge_map(image))[..., 0] > 0
    assert (pixels[edges] == 0).all()  # every edge drawn over the wash, in black
    wash = pixels[~edges]
    assert len({tuple(c) for c in wash}) <= 16 * 16
    assert tuple(pixels[44, 44]) == (255, 0, 0) and tuple(pixels[98, 98]) == (0, 0, 255)  # insides keep their colour
    assert tuple(pixels[4, 124]) == (255, 255, 255)
    for i in range(0, 128, 8):  # each 8 × 8 cell one flat colour, but where an edge crosses it
        for j in range(0, 128, 8):
            cell = pixels[i:i + 8, j:j + 8][~edges[i:i + 8, j:j + 8]]
            assert len(cell) == 0 or (cell == cell[0]).all()
    assert np.array_equal(np.asarray(sketch_map(image)), pixels)  # deterministic
    shown = control_map(image, "sketch", (64, 64))
    assert shown.size == (64, 64) and tuple(np.asarray(shown)[22, 22]) == (255, 0, 0)
    assert not np.asarray(sketch_map(Image.new("RGB", (32, 32), "gray"))).min() == 0  # no edge, no black


def test_a_controlnet_folder_says_which_map_it_was_trained_on(tmp_path):
    from pathlib import Path

    adapters = Path(__file__).resolve().parents[1] / "assets" / "adapters"
    assert trained_map_kind(str(adapters / "toy-sketch-controlnet")) == "sketch"
    assert trained_map_kind(str(adapters / "toy-edges-controlnet")) == "edges"  # written before map_kind existed
    assert trained_map_kind("Tencent-Hunyuan/HunyuanDiT-v1.2-ControlNet-Diffusers-Canny") == "edges"
    assert trained_map_kind(None) == "edges"
    (tmp_path / "training.json").write_text('{"settings": {"map_kind": "scribble"}}')
    assert trained_map_kind(str(tmp_path)) == "edges"  # a kind the app cannot compute is not offered


def test_control_runs_and_follows_its_image(generator):
    plain = _render(generator).latents
    first = _render(generator, control_image=shapes())
    assert first.control_map is not None and first.control_map.size == (64, 64)
    assert (first.latents - plain).abs().max() > 1e-3
    moved = _render(generator, control_image=shapes(offset=12)).latents
    assert (moved - first.latents).abs().max() > 1e-3
    assert torch.equal(_render(generator, control_image=shapes()).latents, first.latents)  # deterministic


def test_scale_zero_matches_no_control(generator):
    plain = _render(generator).latents
    assert torch.equal(_render(generator, control_image=shapes(), control_scale=0.0).latents, plain)


def test_control_in_settings_and_png(generator):
    result = _render(generator, control_image=shapes(), control_scale=0.6, control_kind="as-is")
    assert result.settings["control_scale"] == 0.6 and result.settings["control_kind"] == "as-is"
    found = read_png_metadata(png_bytes(result.image, result.metadata))
    assert found["control_scale"] == 0.6 and found["controlnet"]
    assert "ControlNet" in generator.describe()


def test_control_image_without_a_controlnet_is_refused(tiny_pipeline_dir):
    plain = Generator.load(str(tiny_pipeline_dir), device="cpu")
    with pytest.raises(GeneratorError, match="--controlnet"):
        plain.render(RenderRequest(prompt=PROMPT, seed=1, steps=2, control_image=shapes()))


def test_a_controlnets_own_scale_multiplies_the_chats_strength(folders, generator):
    """`--controlnet PATH:SCALE`, as `--lora PATH:SCALE`: the ControlNet's own weight times the control strength."""
    folder, controlnet = folders
    weighted = Generator.load(folder, device="cpu", controlnet=f"{controlnet}:2")
    assert weighted.controlnet_scale == 2.0 and weighted.controlnet_id == controlnet
    half = _render(weighted, control_image=shapes(), control_scale=0.5)
    assert torch.equal(half.latents, _render(generator, control_image=shapes(), control_scale=1.0).latents)
    assert not torch.equal(_render(weighted, control_image=shapes()).latents,
                           _render(generator, control_image=shapes()).latents)
    assert half.settings["control_scale"] == 1.0  # what the render used: 0.5 × 2
    assert "ControlNet" in weighted.describe() and "×2" in weighted.describe()
    assert "×" not in generator.describe()


@pytest.mark.parametrize("spec", [":9", ":-1"])
def test_a_controlnet_scale_outside_zero_to_five_is_refused(folders, spec):
    folder, controlnet = folders
    with pytest.raises(GeneratorError, match="--controlnet .*between 0 and 5"):
        Generator.load(folder, device="cpu", controlnet=controlnet + spec)
