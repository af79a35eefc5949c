"""The checker reads the renderer's own pictures right (>= 99%), and catches every kind of mismatch."""

import random

import numpy as np
import pytest

from toyworld.captions import caption
from toyworld.checker import check, read_picture
from toyworld.render import object_mask, render
from toyworld.scene import ObjectDescription, SceneDescription, ToyObject, ToyScene, sample_scene
from toyworld.spec import COLOURS


def test_reads_rendered_pictures_right():
    rng = random.Random(0)
    followed = 0
    n = 600
    for _ in range(n):
        scene = sample_scene(rng)
        text, description = caption(scene, rng, keep=rng.choice((0.5, 1.0)))
        followed += check(render(scene), scene.describe()).follows and check(render(scene), description).follows
    assert followed / n >= 0.99


def test_reading_gives_back_the_scene():
    scene = ToyScene("sky blue", (ToyObject("triangle", "brown", "big", "bottom left"),
                                  ToyObject("circle", "yellow", "small", "top")))
    reading = read_picture(render(scene))
    assert reading.background == "sky blue"
    found = {(o.shape, o.colour, o.size, o.position) for o in reading.objects}
    assert found == {("triangle", "brown", "big", "bottom left"), ("circle", "yellow", "small", "top")}


@pytest.mark.parametrize("attribute,wrong", [("shape", "square"), ("colour", "orange"), ("size", "small"),
                                             ("position", "right")])
def test_each_wrong_attribute_is_reported(attribute, wrong):
    truth = ToyObject("circle", "red", "big", "left")
    picture = render(ToyScene("white", (truth,)))
    claimed = ObjectDescription(**{**truth.__dict__, attribute: wrong})
    result = check(picture, SceneDescription("white", (claimed,)))
    assert not result.follows
    assert [(c.attribute, c.expected) for c in result.failed()] == [(attribute, wrong)]


def test_only_named_attributes_are_judged():
    picture = render(ToyScene("black", (ToyObject("square", "pink", "small", "bottom right"),)))
    assert check(picture, SceneDescription(None, (ObjectDescription(colour="pink"),))).follows
    assert not check(picture, SceneDescription("white", (ObjectDescription(colour="pink"),))).follows


def test_object_count_must_match():
    picture = render(ToyScene("gray", (ToyObject("square", "blue", "small", "center"),)))
    two = SceneDescription(None, (ObjectDescription(colour="blue"), ObjectDescription(shape="circle")))
    result = check(picture, two)
    assert not result.follows and not result.count_ok
    assert not check(picture, SceneDescription("gray", ())).follows


def test_pairing_is_independent_of_order():
    scene = ToyScene("white", (ToyObject("circle", "red", "small", "top left"),
                               ToyObject("square", "green", "small", "bottom right")))
    flipped = SceneDescription("white", tuple(reversed(scene.describe().objects)))
    assert check(render(scene), flipped).follows


def test_blended_rim_and_noise_are_not_objects():
    """A decoder's soft edge (pink between red and white) and mild noise must not change the reading."""
    obj = ToyObject("circle", "red", "big", "center")
    picture = render(ToyScene("white", (obj,))).astype(np.float32)
    mask = object_mask(obj)
    rim = np.zeros_like(mask)
    rim[1:] |= mask[:-1]
    rim[:-1] |= mask[1:]
    rim[:, 1:] |= mask[:, :-1]
    rim[:, :-1] |= mask[:, 1:]
    picture[rim & ~mask] = COLOURS["pink"]
    picture += np.random.default_rng(0).normal(0, 12, picture.shape)
    result = check(np.clip(picture, 0, 255), SceneDescription("white", (ObjectDescription("circle", "red", "big",
                                                                                         "center"),)))
    assert result.follows, result


def test_wrong_canvas_size_is_an_actionable_error():
    with pytest.raises(ValueError, match="64 x 64"):
        check(np.zeros((32, 32, 3), np.uint8), SceneDescription())
