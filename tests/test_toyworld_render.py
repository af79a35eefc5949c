"""The renderer draws exactly what toyworld/README.md specifies, and scene sampling obeys the layout rules."""

import random

import numpy as np
import pytest

from toyworld.render import object_mask, render
from toyworld.scene import ToyObject, ToyScene, is_held_out, sample_scene
from toyworld.spec import BACKGROUNDS, CELL_CENTRES, COLOURS, POSITIONS, SHAPES, SIZES


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("position", POSITIONS)
def test_object_bounding_box_is_its_size_around_the_cell_centre(shape, size, position):
    mask = object_mask(ToyObject(shape, "red", size, position))
    ys, xs = np.nonzero(mask)
    side = SIZES[size]
    assert xs.max() - xs.min() + 1 == side and ys.max() - ys.min() + 1 == side
    col, row = POSITIONS[position]
    assert (xs.min() + xs.max() + 1) / 2 == CELL_CENTRES[col]
    assert (ys.min() + ys.max() + 1) / 2 == CELL_CENTRES[row]
    assert not mask[0].any() or ys.min() > 0  # a big corner object stays inside the canvas


@pytest.mark.parametrize("shape,low,high", [("circle", 0.75, 0.82), ("square", 1.0, 1.0), ("triangle", 0.5, 0.6)])
def test_fill_ratios_match_the_spec(shape, low, high):
    for size, side in SIZES.items():
        fill = object_mask(ToyObject(shape, "red", size, "center")).sum() / side**2
        assert low <= fill <= high


def test_triangle_points_up():
    mask = object_mask(ToyObject("triangle", "red", "big", "center"))
    widths = mask.sum(axis=1)[mask.any(axis=1)]
    assert widths[0] < widths[-1] and np.all(np.diff(widths) >= 0)


def test_render_uses_flat_palette_colours():
    scene = ToyScene("beige", (ToyObject("circle", "purple", "big", "top left"),
                               ToyObject("square", "green", "small", "bottom right")))
    image = render(scene)
    assert image.shape == (64, 64, 3) and image.dtype == np.uint8
    colours = {tuple(int(v) for v in c) for c in image.reshape(-1, 3)}
    assert colours == {BACKGROUNDS["beige"], COLOURS["purple"], COLOURS["green"]}


def test_sampled_scenes_never_touch():
    rng = random.Random(0)
    for _ in range(300):
        scene = sample_scene(rng, 2)
        a, b = (object_mask(o) for o in scene.objects)
        grown = a.copy()  # a one-pixel border around a must not meet b
        grown[1:] |= a[:-1]
        grown[:-1] |= a[1:]
        grown[:, 1:] |= a[:, :-1]
        grown[:, :-1] |= a[:, 1:]
        assert not (grown & b).any(), scene


def test_layout_rules_are_enforced():
    with pytest.raises(ValueError, match="layout"):
        ToyScene("white", (ToyObject("circle", "red", "small", "top"), ToyObject("square", "red", "small", "top")))
    with pytest.raises(ValueError, match="layout"):
        ToyScene("white", (ToyObject("circle", "red", "big", "top"), ToyObject("square", "red", "big", "center")))
    ToyScene("white", (ToyObject("circle", "red", "big", "top"), ToyObject("square", "red", "big", "bottom")))
    with pytest.raises(ValueError, match="colour"):
        ToyObject("circle", "teal", "big", "top")


def test_held_out_split_is_stable_and_about_a_tenth():
    rng = random.Random(1)
    scenes = [sample_scene(rng, 1) for _ in range(2000)]
    share = sum(map(is_held_out, scenes)) / len(scenes)
    assert 0.06 < share < 0.14
    assert all(is_held_out(sample_scene(rng, 2, held_out=True)) for _ in range(20))
    assert not any(is_held_out(sample_scene(rng, 2, held_out=False)) for _ in range(20))
    a, b = ToyObject("circle", "red", "small", "top"), ToyObject("square", "blue", "small", "bottom")
    assert ToyScene("gray", (a, b)).key() == ToyScene("gray", (b, a)).key()
