"""The edit region and the kept pixels, on exact toy-world pictures (toyworld.render), read back by the checker.

A "render" here is an exact picture in which more changed than was asked (drift); `confine_edit` must give back
what was asked and nothing else.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from dialog.scene import Scene, Subject
from editing.regions import confine_edit, edit_region
from toyworld.checker import read_picture
from toyworld.reader import ToyWorldReader
from toyworld.render import render
from toyworld.scene import ToyObject, ToyScene

locate = ToyWorldReader().locate
CIRCLE = ToyObject("circle", "red", "big", "top left")
SQUARE = ToyObject("square", "blue", "small", "bottom right")


def picture(*objects: ToyObject, background: str = "gray") -> Image.Image:
    return Image.fromarray(render(ToyScene(background, objects)))


def reading(image: Image.Image) -> tuple[str | None, set[tuple[str, str, str, str]]]:
    found = read_picture(np.asarray(image))
    return found.background, {(o.shape, o.colour, o.size, o.position) for o in found.objects}


def scene(*subjects: Subject, background: str | None = "gray") -> Scene:
    return Scene(subjects=list(subjects), background=background)


def circle(**changes) -> Subject:
    values = {"id": "s1", "name": "circle", "attributes": {"colour": "red"}, "position": "top left", "size": "big"}
    return Subject(**{**values, **changes})


# The square's size and position were left out of the caption: the model chose them.
SQUARE_SAID = Subject("s2", "square", {"colour": "blue"})


def latents_of(value: float) -> torch.Tensor:
    return torch.full((1, 4, 8, 8), value)


def test_locator_finds_subjects_by_what_the_scene_names_even_when_it_leaves_things_out():
    found = locate(picture(CIRCLE, SQUARE), scene(SQUARE_SAID, circle()))
    assert set(found) == {"s1", "s2"}
    assert found["s1"][:32, :32].sum() == found["s1"].sum() > 200  # the big circle, top left
    assert found["s2"][40:, 40:].sum() == found["s2"].sum() > 80  # the small square, bottom right


def test_a_colour_edit_keeps_the_other_object_even_when_the_render_drifted():
    before, after = scene(circle(), SQUARE_SAID), scene(circle(attributes={"colour": "green"}), SQUARE_SAID)
    drifted = picture(ToyObject("circle", "green", "big", "top left"), ToyObject("triangle", "pink", "big", "bottom"))
    edited = picture(CIRCLE, SQUARE)
    kept = confine_edit(drifted, latents_of(1.0), edited, latents_of(0.0), before, after, locate(edited, before))
    assert kept is not None
    assert reading(kept.image) == ("gray", {("circle", "green", "big", "top left"),
                                            ("square", "blue", "small", "bottom right")})
    # only the circle's corner of the latents comes from the new render
    assert kept.latents[0, 0, 0, 0] == 1.0 and kept.latents[0, 0, 7, 7] == 0.0


def test_a_colour_edit_frees_the_subjects_own_pixels_and_rim_not_its_box():
    """So a redraw cannot grow a circle into its box's corners (the checker would read a square)."""
    before, after = scene(circle(), SQUARE_SAID), scene(circle(attributes={"colour": "green"}), SQUARE_SAID)
    image = picture(CIRCLE, SQUARE)
    circle_pixels = locate(image, before)["s1"]
    region, _ = edit_region(before, after, locate(image, before), image.size)
    assert region[circle_pixels].all()
    ys, xs = np.nonzero(circle_pixels)
    assert not region[ys.min(), xs.min()]  # the box's top-left corner is outside a circle
    assert region.sum() < 1.6 * circle_pixels.sum()  # its box grown by the margin would be 2.1 times


def test_a_move_frees_the_old_and_the_new_place_and_nothing_else():
    before, after = scene(circle(), SQUARE_SAID), scene(circle(position="top right"), SQUARE_SAID)
    rendered = picture(ToyObject("circle", "red", "big", "top right"), ToyObject("square", "yellow", "small", "bottom"))
    edited = picture(CIRCLE, SQUARE)
    kept = confine_edit(rendered, latents_of(1.0), edited, None, before, after, locate(edited, before))
    assert reading(kept.image) == ("gray", {("circle", "red", "big", "top right"),
                                            ("square", "blue", "small", "bottom right")})
    assert kept.region[11, 11] and kept.region[11, 53] and not kept.region[53, 53] and not kept.region[32, 32]


def test_a_background_edit_keeps_the_objects_pixels():
    before, after = scene(circle(), SQUARE_SAID), scene(circle(), SQUARE_SAID, background="white")
    rendered = picture(ToyObject("circle", "red", "big", "top left"), ToyObject("square", "purple", "small",
                                                                               "bottom right"), background="white")
    edited = picture(CIRCLE, SQUARE)
    kept = confine_edit(rendered, latents_of(1.0), edited, None, before, after, locate(edited, before))
    assert reading(kept.image) == ("white", {("circle", "red", "big", "top left"),
                                             ("square", "blue", "small", "bottom right")})


def test_adding_without_a_place_may_use_anywhere_but_the_other_objects():
    before = scene(circle())
    after = scene(circle(), Subject("s2", "triangle", {"colour": "yellow"}))
    region, _ = edit_region(before, after, locate(picture(CIRCLE), before), (64, 64))
    assert not region[11, 11] and region[53, 53] and region[32, 40]


def test_removing_frees_only_the_removed_object():
    before, after = scene(circle(), SQUARE_SAID), scene(SQUARE_SAID)
    rendered = picture(ToyObject("square", "green", "big", "center"))
    edited = picture(CIRCLE, SQUARE)
    kept = confine_edit(rendered, latents_of(1.0), edited, None, before, after, locate(edited, before))
    assert reading(kept.image) == ("gray", {("square", "blue", "small", "bottom right")})


@pytest.mark.parametrize("change", ["style", "notes", "time"])
def test_style_notes_or_time_change_everything_so_nothing_is_kept(change):
    """A time of day changed nothing before: "make it night" came back as the same picture."""
    before = scene(circle())
    after = scene(circle())
    if change == "style":
        after.style = "watercolor"
    elif change == "notes":
        after.notes = ["make it look happy"]
    else:
        after.time = "night"
    assert confine_edit(picture(CIRCLE), latents_of(1.0), picture(CIRCLE), None, before, after,
                        locate(picture(CIRCLE), before)) is None


def test_a_changed_subject_that_cannot_be_found_is_not_confined():
    before, after = scene(circle(position=None)), scene(circle(position=None, attributes={"colour": "blue"}))
    region, why = edit_region(before, after, locate(picture(), before), (64, 64))
    assert region is None and "s1" in why


def test_a_subject_not_seen_where_the_scene_put_it_frees_its_cell():
    before, after = scene(circle()), scene(circle(attributes={"colour": "blue"}))
    region, _ = edit_region(before, after, locate(picture(), before), (64, 64))
    assert region[11, 11] and region[0, 0] and not region[32, 32] and not region[11, 53]


def test_pictures_the_locator_cannot_read_give_nothing():
    assert locate(Image.new("RGB", (128, 128), (128, 128, 128)), scene(circle())) == {}


def test_what_the_model_drew_unasked_is_kept_too():
    extra = ToyObject("triangle", "yellow", "small", "bottom left")
    before, after = scene(circle()), scene(circle(), background="white")
    found = locate(picture(CIRCLE, extra), before)
    assert set(found) == {"s1", "?0"}
    rendered = picture(CIRCLE, background="white")
    edited = picture(CIRCLE, extra)
    kept = confine_edit(rendered, latents_of(1.0), edited, None, before, after, locate(edited, before))
    assert reading(kept.image) == ("white", {("circle", "red", "big", "top left"),
                                             ("triangle", "yellow", "small", "bottom left")})
