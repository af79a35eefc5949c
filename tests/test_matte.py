"""A background edit's kept subjects come back without a box of the old background around them.

Synthetic pictures (no model): the previous picture is a subject on the old background, the drawn one the new
background with the previous picture's pixels restored where the subject's cells were kept, as
`editing.masked.keep_outside_pixels` leaves it.
"""

from __future__ import annotations

import random

import numpy as np
import torch
from PIL import Image

from dialog.decision import EditKind
from dialog.scene import Scene, Subject
from editing.editor import Editor, Picture, Pictures
from editing.masked import MaskSettings
from editing.matte import rematte
from editing.plan import Overrides, Strategy
from generator.request import RenderRequest, RenderResult

OLD, NEW, SUBJECT = (230, 215, 180), (20, 20, 20), (200, 30, 30)


def disc(size: int, centre: tuple[int, int], radius: int) -> np.ndarray:
    ys, xs = np.mgrid[:size, :size]
    return (ys - centre[0]) ** 2 + (xs - centre[1]) ** 2 <= radius ** 2


def pictures(background: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """previous, drawn (new background, the box of cells 2-4 restored from previous) and the kept mask."""
    previous = np.empty((64, 64, 3), np.uint8)
    previous[:] = OLD if background is None else background
    subject = disc(64, (28, 28), 7)
    previous[subject] = SUBJECT
    kept = np.zeros((64, 64), bool)
    kept[16:40, 16:40] = True
    drawn = np.empty_like(previous)
    drawn[:] = NEW
    drawn[kept] = previous[kept]
    return previous, drawn, kept


def test_the_old_background_around_a_kept_subject_takes_the_new_one_and_the_subject_stays():
    previous, drawn, kept = pictures()
    out = np.asarray(rematte(Image.fromarray(drawn), Image.fromarray(previous), kept))
    subject = disc(64, (28, 28), 7)
    assert np.array_equal(out[subject], previous[subject])  # the subject, bit for bit
    assert (out[kept & ~subject] == NEW).all()  # its box: the new background
    assert np.array_equal(out[~kept], drawn[~kept])  # the redrawn region as drawn
    before = np.asarray(drawn)[kept & ~subject]
    assert (before == OLD).all()  # what it was: the box of the old colour


def test_a_subject_the_regions_edge_cuts_through_is_not_taken_for_background():
    previous, drawn, kept = pictures()
    kept[16:40, 16:24] = False  # the region's edge runs through the subject: its left part was redrawn
    drawn[~kept] = NEW
    drawn[~kept & disc(64, (28, 28), 7)] = SUBJECT  # the model drew the subject's left part again
    out = np.asarray(rematte(Image.fromarray(drawn), Image.fromarray(previous), kept))
    subject = disc(64, (28, 28), 7)
    assert np.array_equal(out[subject & kept], previous[subject & kept])


def test_a_thing_the_model_drew_beside_the_box_is_not_smeared_into_it():
    previous, drawn, kept = pictures()
    drawn[10:16, 16:40] = (120, 40, 160)  # a strip of something else along the box's top edge
    out = np.asarray(rematte(Image.fromarray(drawn), Image.fromarray(previous), kept))
    box = kept & ~disc(64, (28, 28), 7)
    assert (np.abs(out[box].astype(int) - NEW).max(-1) <= 32).all()


def test_a_gradient_background_is_followed():
    ramp = np.linspace(150, 250, 64)[None, :, None].repeat(64, 0).repeat(3, 2).astype(np.uint8)
    previous, drawn, kept = pictures(ramp)
    out = np.asarray(rematte(Image.fromarray(drawn), Image.fromarray(previous), kept))
    subject = disc(64, (28, 28), 7)
    assert np.array_equal(out[subject], previous[subject])
    assert (np.abs(out[kept & ~subject].astype(int) - NEW).max(-1) <= 32).all()


def test_nothing_kept_or_everything_kept_is_left_as_drawn():
    previous, drawn, _ = pictures()
    for kept in (np.zeros((64, 64), bool), np.ones((64, 64), bool)):
        out = rematte(Image.fromarray(drawn), Image.fromarray(previous), kept)
        assert np.array_equal(np.asarray(out), drawn)


def test_the_editor_mattes_a_background_edit_and_only_when_asked():
    previous, _, _ = pictures()
    scene = Scene([Subject("s1", "circle", {"colour": "red"}, "top left", "big")], background="beige")
    after = Scene(scene.subjects, background="black")

    def subject_cells(latents, before, changed):  # the subject's cells (the named PromptDifference boundary)
        difference = torch.zeros(latents.shape[-2:])
        difference[2:5, 2:5] = 1.0
        return difference

    latents = torch.randn(1, 4, 8, 8)
    outs = []
    for matte in (1, 0):
        editor = Editor(Strategy.MASKED, difference=subject_cells, masking=MaskSettings(matte=matte))
        given = Pictures(Picture(None, None, 3), Picture(latents, None, 3), Image.fromarray(previous))
        edit = editor.plan(scene, after, EditKind.BACKGROUND, given, Overrides(), RenderRequest(prompt="x"),
                           random.Random(0), (8, 8))
        drawn = Image.new("RGB", (64, 64), NEW)
        finished = edit.finish(RenderResult(drawn, latents, latents, 3, {}, {}, None, "t", {}))
        outs.append(np.asarray(finished.result.image))
    subject = disc(64, (28, 28), 7)
    box = np.zeros((64, 64), bool)
    box[20:36, 20:36] = True  # inside the kept cells beyond the pixel margin
    assert (outs[1][box & ~subject] == OLD).all()  # without the matte: the old background's box
    assert (outs[0][box & ~subject] == NEW).all()  # with it: the new background
    assert np.array_equal(outs[0][subject], previous[subject])


def test_a_large_picture_is_matted_around_the_kept_area_only():
    size = 256
    previous = np.empty((size, size, 3), np.uint8)
    previous[:] = OLD
    subject = disc(size, (200, 60), 20)
    previous[subject] = SUBJECT
    kept = np.zeros((size, size), bool)
    kept[168:232, 24:96] = True
    drawn = np.empty_like(previous)
    drawn[:] = NEW
    drawn[:40, :40] = (90, 90, 200)  # something else, far from the kept area: left as drawn
    drawn[kept] = previous[kept]
    out = np.asarray(rematte(Image.fromarray(drawn), Image.fromarray(previous), kept))
    assert np.array_equal(out[subject], previous[subject]) and (out[kept & ~subject] == NEW).all()
    assert np.array_equal(out[~kept], drawn[~kept])
