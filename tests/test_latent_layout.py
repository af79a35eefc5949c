"""A move under the `masked` strategy: the model finds the subject, its latents are carried to the new place.

The end-to-end test uses the shipped embedded model (its pictures show where things are; the toy reader only
judges); the others give a fixed difference map, the named `PromptDifference` boundary.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
import torch

from dialog.decision import EditKind
from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from editing.editor import Editor, Picture, Pictures
from editing.latent_layout import arrange, subject_weights
from editing.masked import MaskSettings
from editing.places import place_point
from editing.plan import Overrides, Strategy
from generator.generator import Generator
from generator.request import RenderRequest
from toyworld.reader import read_picture

MODEL = Path(__file__).resolve().parents[1] / "assets" / "embedded"
SQUARE = Subject("s1", "square", {"colour": "red"}, "top left", "small")
CIRCLE = Subject("s2", "circle", {"colour": "blue"}, "right", "big")
BEFORE = Scene([SQUARE, CIRCLE], background="white")


def moved(subject: Subject, position: str, size: str | None = None) -> Subject:
    return Subject(subject.id, subject.name, dict(subject.attributes), position, size or subject.size)


def test_place_words_name_thirds_of_the_frame():
    assert place_point("top left") == (1 / 6, 1 / 6)
    assert place_point("bottom-right") == (5 / 6, 5 / 6)
    assert place_point("center") == (0.5, 0.5)
    assert place_point("right") == (5 / 6, 0.5)
    assert place_point("on a shelf") is None and place_point(None) is None


def two_by_two_at(row: int, column: int):
    """A difference map that finds the square in a 2 x 2 block of cells, and nothing else in the picture."""
    def difference(latents: torch.Tensor, before: str, after: str) -> torch.Tensor:
        found = torch.zeros(latents.shape[-2:])
        if "square" in before and "square" not in after:
            found[row:row + 2, column:column + 2] = 1.0
        return found
    return difference


def test_a_move_carries_the_subjects_latents_exactly_and_fills_its_old_place_from_around_it():
    latents = torch.zeros(1, 4, 8, 8)
    latents[..., 0:2, 0:2] = torch.arange(16.0).reshape(4, 2, 2)  # the square, distinct in every cell
    latents[..., 6, 6] = 9.0  # something else, far away
    after = Scene([moved(SQUARE, "bottom right"), CIRCLE], background="white")
    settings = MaskSettings(carry_grow=0)
    arranged = arrange(BEFORE, after, latents, two_by_two_at(0, 0), settings)
    assert arranged is not None
    # centre (1, 1) in cells to 5/6 of 8 = 6.67 -> 6 cells right and down: rows and columns 6-7
    assert torch.equal(arranged.keep[..., 6:8, 6:8], latents[..., 0:2, 0:2])
    assert torch.equal(arranged.keep[..., 0:2, 0:2], torch.zeros(1, 4, 2, 2))  # the background around it
    assert arranged.keep[0, 0, 4, 4] == 0 and arranged.keep[0, 0, 3, 0] == 0  # nothing else moved
    change = arranged.change[0, 0]
    assert torch.all(change[6:8, 6:8] == settings.placed)
    assert torch.all(change[0:2, 0:2] == settings.vacated)
    edited = arranged.edited[0, 0] > 0
    assert edited[0:2, 0:2].all() and edited[6:8, 6:8].all() and not edited[0, 5] and not edited[4, 0]


def test_only_the_cells_joined_to_the_peak_are_carried_not_what_else_the_words_stir_up():
    def difference(latents: torch.Tensor, before: str, after: str) -> torch.Tensor:
        found = torch.zeros(latents.shape[-2:])
        found[0:2, 0:2] = 1.0  # the square
        found[5:7, 5:7] = 0.6  # another place the prompt without it also changes
        return found
    latents = torch.randn(1, 4, 8, 8)
    after = Scene([moved(SQUARE, "bottom left"), CIRCLE], background="white")
    arranged = arrange(BEFORE, after, latents, difference, MaskSettings(carry_grow=0))
    assert torch.equal(arranged.keep[..., 5:8, 5:8], latents[..., 5:8, 5:8])  # left where it was
    assert torch.equal(arranged.keep[..., 6:8, 0:2], latents[..., 0:2, 0:2])  # the square, at the bottom left


def test_a_subject_is_not_carried_off_the_frame():
    latents = torch.randn(1, 4, 8, 8)
    after = Scene([moved(SQUARE, "bottom right"), CIRCLE], background="white")
    arranged = arrange(BEFORE, after, latents, two_by_two_at(2, 2), MaskSettings(carry_grow=1))
    # with one cell around it the block is rows and columns 1-4; its centre 3 goes to 6.67 -> as far as 4-7
    assert torch.equal(arranged.keep[..., 4:8, 4:8], latents[..., 1:5, 1:5])


@pytest.mark.parametrize("after", [
    Scene([moved(SQUARE, "top left", "big"), CIRCLE], background="white"),  # a resize: the model redraws it
    Scene([moved(SQUARE, "bottom"), moved(CIRCLE, "right", "small")], background="white"),  # and a resize
    Scene([CIRCLE], background="white"),  # a removal
    Scene([moved(SQUARE, "on the shelf"), CIRCLE], background="white"),  # a place no word names
    Scene([SQUARE, CIRCLE], background="black"),  # not a move at all
])
def test_only_plain_moves_are_carried(after):
    assert arrange(BEFORE, after, torch.randn(1, 4, 8, 8), two_by_two_at(0, 0), MaskSettings()) is None


def test_a_subject_the_model_cannot_find_is_left_to_the_region_redraw():
    nothing = lambda latents, before, after: torch.zeros(latents.shape[-2:])  # noqa: E731
    after = Scene([moved(SQUARE, "center"), CIRCLE], background="white")
    assert arrange(BEFORE, after, torch.randn(1, 4, 8, 8), nothing, MaskSettings()) is None


@pytest.fixture(scope="module")
def embedded():
    return Generator.load(str(MODEL))


def test_the_model_finds_the_subject_it_is_asked_to_move(embedded):
    picture = embedded.render(RenderRequest(prompt=render_prompt(BEFORE), seed=5))
    weights = subject_weights(picture.latents, BEFORE, SQUARE, embedded.prompt_difference,
                              MaskSettings(carry_grow=0))
    assert weights[:2, :2].max() == 1  # the square: pixels 5-16 of 64, cells 0-2
    assert weights[3:, :].max() < 0.1 and weights[:, 4:].max() < 0.1  # not the circle at the right


def test_a_moved_subject_keeps_its_shape_and_colour_in_the_engines_render(embedded):
    """Through the Editor and the generator: the square moves and stays a red square; the circle stays."""
    first = embedded.render(RenderRequest(prompt=render_prompt(BEFORE), seed=5))
    after = Scene([moved(SQUARE, "bottom left"), CIRCLE], background="white")
    editor = Editor(Strategy.MASKED, difference=embedded.prompt_difference)
    current = Picture(first.latents, first.initial_noise, first.seed)
    edit = editor.plan(BEFORE, after, EditKind.LAYOUT, Pictures(current, current, first.image), Overrides(),
                       RenderRequest(prompt=render_prompt(after)), random.Random(0), tuple(first.latents.shape[-2:]))
    assert edit.request.keep_latents is not None and not torch.equal(edit.request.keep_latents, first.latents)
    image = edit.finish(embedded.render(edit.request)).result.image
    found = {(o.shape, o.colour): o for o in read_picture(np.asarray(image.convert("RGB"))).objects}
    assert set(found) == {("square", "red"), ("circle", "blue")}, found
    x0, y0, x1, y1 = found[("square", "red")].box
    assert x1 < 24 and y0 > 40  # the bottom left third of 64 pixels
    before = {(o.shape, o.colour): o.box for o in read_picture(np.asarray(first.image.convert("RGB"))).objects}
    assert found[("circle", "blue")].box == before[("circle", "blue")]
