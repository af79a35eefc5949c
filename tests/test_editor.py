"""The Editor, the editing room's one door: what it asks of a picture reader and the request it builds.

The reader is a counting stand-in at the named `PictureReader` boundary; plans, rough-in and regions are real.
"""

from __future__ import annotations

import random

import numpy as np
import torch
from PIL import Image

from dialog.decision import EditKind
from dialog.scene import Scene, Subject
from editing.editor import UNKNOWN_REGION, Editor, Picture, Pictures
from editing.plan import Overrides, Strategy
from generator.request import RenderRequest, RenderResult

BASE = RenderRequest(prompt="a blue circle", steps=2)
LATENT = (8, 8)
BEFORE = Scene([Subject("s1", "circle", {"colour": "red"}, "top left", "small")], background="gray")
AFTER = Scene([Subject("s1", "circle", {"colour": "blue"}, "top left", "small")], background="gray")


class CountingReader:
    palette = {"red": (220, 40, 40), "blue": (40, 90, 220), "gray": (128, 128, 128)}

    def __init__(self) -> None:
        self.calls = 0

    def locate(self, image, scene):
        self.calls += 1
        mask = np.zeros((image.height, image.width), dtype=bool)
        mask[5:17, 5:17] = True
        return {"s1": mask}


def picture() -> Image.Image:
    pixels = np.full((64, 64, 3), 128, dtype=np.uint8)
    pixels[5:17, 5:17] = (220, 40, 40)
    return Image.fromarray(pixels)


def kept(seed: int = 11, size: tuple[int, int] = LATENT) -> Picture:
    return Picture(torch.zeros(1, 4, *size), torch.zeros(1, 4, *size), seed)


def result(image: Image.Image) -> RenderResult:
    return RenderResult(image, torch.ones(1, 4, *LATENT), torch.zeros(1, 4, *LATENT), 11, {}, {}, None, "tiny", {})


def test_ours_reads_the_edited_picture_once_for_both_the_rough_in_and_the_kept_outside() -> None:
    reader = CountingReader()
    pictures = Pictures(anchor=kept(), current=kept(), image=picture())
    edit = Editor(Strategy.OURS, reader).plan(BEFORE, AFTER, EditKind.ATTRIBUTE, pictures, Overrides(), BASE,
                                              random.Random(0), LATENT)
    assert edit.plan.start_from == "roughed" and edit.request.init_image is not None
    assert edit.request.seed == 11 and edit.request.prompt == BASE.prompt
    drawn = Image.new("RGB", (64, 64), (0, 255, 0))  # the model changed every pixel
    finished = edit.finish(result(drawn))
    assert reader.calls == 1
    out = np.asarray(finished.result.image)
    assert (out[40:, 40:] == 128).all()  # outside the circle's region: the edited picture, not the render
    assert (out[8:14, 8:14] == (0, 255, 0)).all() and "may change" in finished.region


def test_same_seed_never_reads_pictures_and_renders_the_whole_scene_from_its_seed() -> None:
    reader = CountingReader()
    editor = Editor(Strategy.SAME_SEED, reader)
    assert not editor.reads_pictures
    edit = editor.plan(BEFORE, AFTER, EditKind.ATTRIBUTE, Pictures(anchor=kept(5), current=kept(9)), Overrides(),
                       BASE, random.Random(0), LATENT)
    assert reader.calls == 0 and edit.request.seed == 5 and edit.request.strength == 1.0
    assert edit.request.init_latents is None and edit.finish(result(picture())).region is None


def test_ours_without_a_reader_says_the_region_is_unknown() -> None:
    edit = Editor(Strategy.OURS).plan(BEFORE, AFTER, EditKind.ATTRIBUTE, Pictures(anchor=kept(), current=kept()),
                                      Overrides(), BASE, random.Random(0), LATENT)
    assert edit.plan.start_from == "current" and edit.request.init_latents is not None
    assert edit.finish(result(picture())).region == UNKNOWN_REGION


def test_a_new_size_starts_from_the_seed_instead_of_latents_of_another_size() -> None:
    pictures = Pictures(anchor=kept(size=(4, 4)), current=kept(size=(4, 4)))
    edit = Editor(Strategy.OURS).plan(BEFORE, AFTER, EditKind.ATTRIBUTE, pictures, Overrides(), BASE,
                                      random.Random(0), LATENT)
    assert edit.request.init_latents is None and edit.request.strength == 1.0 and edit.request.seed == 11


def test_retry_and_variation() -> None:
    editor = Editor(Strategy.SAME_SEED)
    retry = editor.retry(BASE, 42, LATENT)
    assert retry.request.seed == 42 and retry.request.strength == 1.0 and retry.request.init_latents is None
    variation = editor.variation(BASE, kept(), 43, 0.55, LATENT)
    assert variation.request.seed == 43 and variation.request.strength == 0.55
    assert variation.request.init_latents is not None and variation.plan.start_from == "current"
