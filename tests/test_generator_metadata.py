"""PNG files carry their recipe (iTXt, UTF-8) and the recipe draws the same picture again."""

from __future__ import annotations

import numpy as np
import pytest

from generator import Generator, RenderRequest, png_bytes, read_png_metadata, save_png
from PIL import Image

pytestmark = pytest.mark.usefixtures("single_torch_thread")  # see tests/conftest.py


def test_round_trip_with_chinese_text_and_types(tmp_path):
    metadata = {
        "prompt": "灰色背景上，左上角有一个大的红色圆形", "negative_prompt": "模糊, blurry", "seed": 2**40 + 3,
        "steps": 25, "guidance": 5.5, "width": 1024, "height": 768, "strength": 0.35, "model_id": "some/model",
    }
    path = tmp_path / "picture.png"
    save_png(Image.new("RGB", (8, 8), (1, 2, 3)), metadata, path)
    assert read_png_metadata(path) == metadata
    assert read_png_metadata(path.read_bytes()) == metadata
    with Image.open(path) as image:  # stored as iTXt (international text), not Latin-1 tEXt
        assert image.text["drawchat:prompt"] == metadata["prompt"]
    assert "灰色背景上".encode("utf-8") in path.read_bytes()


def test_missing_fields_stay_missing():
    assert read_png_metadata(png_bytes(Image.new("RGB", (4, 4)), {"seed": 1, "prompt": None})) == {"seed": 1}


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir) -> Generator:
    return Generator.load(str(tiny_pipeline_dir))


def test_a_saved_render_can_be_drawn_again_from_its_file(generator, tmp_path):
    result = generator.render(RenderRequest("左上角有一个大的红色圆形", negative_prompt="模糊", steps=3, seed=99))
    path = tmp_path / "turn.png"
    save_png(result.image, result.metadata, path)
    recipe = read_png_metadata(path)
    assert recipe["model_id"] == generator.model_id and recipe["strength"] == 1.0
    again = generator.render(RenderRequest(
        recipe["prompt"], negative_prompt=recipe["negative_prompt"], width=recipe["width"], height=recipe["height"],
        steps=recipe["steps"], guidance=recipe["guidance"], seed=recipe["seed"],
    ))
    with Image.open(path) as saved:
        assert np.array_equal(np.asarray(saved.convert("RGB")), np.asarray(again.image))
