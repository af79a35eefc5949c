"""Roughing an edit in, on exact toy-world pictures (toyworld.render), read back by the checker.

The reader is the real `ToyWorldReader` and the palette the toy world's; the start picture must already
show the edit and nothing else, with the other subjects and the edited subject's other attributes as they were.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PIL import Image

from dialog.scene import Scene, Subject
from editing.rough_in import rough_in
from toyworld.checker import read_picture
from toyworld.reader import ToyWorldReader
from toyworld.render import render
from toyworld.scene import ToyObject, ToyScene

READER = ToyWorldReader()
CIRCLE = ToyObject("circle", "red", "big", "top left")
SQUARE = ToyObject("square", "blue", "small", "bottom right")
CIRCLE_SAID = Subject("s1", "circle", {"colour": "red"}, "top left", "big")
SQUARE_SAID = Subject("s2", "square", {"colour": "blue"})  # size and position left to the model


def picture(*objects: ToyObject, background: str = "gray") -> Image.Image:
    return Image.fromarray(render(ToyScene(background, objects)))


def reading(image: Image.Image) -> tuple[str | None, set[tuple[str, str, str, str]]]:
    found = read_picture(np.asarray(image))
    return found.background, {(o.shape, o.colour, o.size, o.position) for o in found.objects}


def roughed(after: Scene, before: Scene | None = None, image: Image.Image | None = None) -> Image.Image | None:
    before = before or Scene([CIRCLE_SAID, SQUARE_SAID], background="gray")
    image = image or picture(CIRCLE, SQUARE)
    return rough_in(image, before, after, READER.locate(image, before), READER.palette)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"attributes": {"colour": "green"}}, ("circle", "green", "big", "top left")),
        ({"position": "right"}, ("circle", "red", "big", "right")),
        ({"size": "small"}, ("circle", "red", "small", "top left")),
        ({"position": "bottom", "size": "small", "attributes": {"colour": "yellow"}},
         ("circle", "yellow", "small", "bottom")),
    ],
)
def test_a_changed_subject_is_painted_in_and_nothing_else_moves(change, expected):
    image = roughed(Scene([replace(CIRCLE_SAID, **change), SQUARE_SAID], background="gray"))
    assert reading(image) == ("gray", {expected, ("square", "blue", "small", "bottom right")})


def test_a_moved_square_keeps_its_corners():
    """The cut-out carries the soft rim, so a square does not come back as a circle."""
    square = Subject("s1", "square", {"colour": "purple"}, "top", "big")
    before = Scene([square], background="beige")
    image = roughed(Scene([replace(square, position="bottom left")], background="beige"), before,
                    picture(ToyObject("square", "purple", "big", "top"), background="beige"))
    assert reading(image) == ("beige", {("square", "purple", "big", "bottom left")})


def test_removing_leaves_the_background_and_a_new_background_keeps_the_subjects():
    removed = roughed(Scene([SQUARE_SAID], background="gray"))
    assert reading(removed) == ("gray", {("square", "blue", "small", "bottom right")})
    assert (np.asarray(removed)[:24, :24] == np.asarray(picture())[:24, :24]).all()  # no trace of the circle
    recoloured = roughed(Scene([CIRCLE_SAID, SQUARE_SAID], background="white"))
    assert reading(recoloured) == ("white", {("circle", "red", "big", "top left"),
                                             ("square", "blue", "small", "bottom right")})


def test_a_new_subject_is_blocked_in_as_a_disc_of_its_colour_and_size_at_its_place():
    triangle = Subject("s3", "triangle", {"colour": "yellow"}, "top right", "small")
    image = roughed(Scene([CIRCLE_SAID, SQUARE_SAID, triangle], background="gray"))
    # a disc: the model, not this module, draws the triangle
    assert ("circle", "yellow", "small", "top right") in reading(image)[1]
    assert len(reading(image)[1]) == 3


def test_a_subject_the_picture_lacks_is_blocked_in_where_the_edit_puts_it():
    image = roughed(Scene([CIRCLE_SAID, replace(SQUARE_SAID, position="top right")], background="gray"),
                    image=picture(CIRCLE))
    assert reading(image) == ("gray", {("circle", "red", "big", "top left"), ("circle", "blue", "small", "top right")})


@pytest.mark.parametrize(
    "after",
    [
        Scene([CIRCLE_SAID, SQUARE_SAID], background="gray", style="watercolor"),  # a style changes everything
        Scene([replace(CIRCLE_SAID, attributes={"colour": "teal"}), SQUARE_SAID], background="gray"),  # no colour
        Scene([replace(CIRCLE_SAID, position="near the tree"), SQUARE_SAID], background="gray"),  # no place
        Scene([CIRCLE_SAID, SQUARE_SAID], background="beach"),  # a background that is not a colour
        Scene([replace(CIRCLE_SAID, name="triangle"), SQUARE_SAID], background="gray"),  # a new shape
        Scene([replace(CIRCLE_SAID, attributes={"colour": "red", "material": "wood"}), SQUARE_SAID],
              background="gray"),  # a material
    ],
)
def test_what_cannot_be_painted_is_not_roughed_in(after):
    assert roughed(after) is None


def test_the_unchanged_picture_comes_back_unchanged():
    image = picture(CIRCLE, SQUARE)
    same = roughed(Scene([CIRCLE_SAID, SQUARE_SAID], background="gray"), image=image)
    assert np.array_equal(np.asarray(same), np.asarray(image))
