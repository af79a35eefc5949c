"""The benchmark's own pieces: scripted conversations the rules read as meant, and a judge that is right on exact
pictures (toyworld.render), so the numbers it prints measure the pictures and not the script."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np

from benchmarks.bench_consistency import EDITS, Edit, judge_edit, make_conversation
from toyworld.render import render
from toyworld.scene import ObjectDescription, SceneDescription, ToyObject, ToyScene

CIRCLE = ToyObject("circle", "red", "big", "top left")
SQUARE = ToyObject("square", "blue", "small", "bottom right")
# The first caption named the circle fully but left the square's size and place to the model.
SAID = SceneDescription("gray", (ObjectDescription("circle", "red", "big", "top left"),
                                 ObjectDescription("square", "blue")))


def draw(*objects: ToyObject, background: str = "gray") -> np.ndarray:
    return render(ToyScene(background, objects))


def colour_edit(colour: str = "green") -> Edit:
    after = SceneDescription("gray", (ObjectDescription("circle", colour, "big", "top left"), SAID.objects[1]))
    return Edit("colour", f"make the circle {colour}", after, 0)


def test_conversations_cover_every_edit_in_both_languages_and_are_reproducible():
    rng = random.Random(3)
    conversations = [make_conversation(rng, ("en", "zh")[i % 2], held_out=True) for i in range(40)]
    assert {c.language for c in conversations} == {"en", "zh"}
    assert all(len(c.edits) == 3 for c in conversations)
    assert set(Counter(e.kind for c in conversations for e in c.edits)) == set(EDITS)
    again = make_conversation(random.Random(3), "en", held_out=True)
    assert again == conversations[0]


def test_an_exact_colour_edit_is_followed_and_keeps_everything_else():
    result = judge_edit(colour_edit(), SAID, draw(CIRCLE, SQUARE),
                        draw(ToyObject("circle", "green", "big", "top left"), SQUARE))
    assert (result.followed, result.unchanged, result.outside_diff) == (True, True, 0.0)


def test_what_the_model_chose_must_stay_as_chosen():
    # the square's size and place were never named, yet moving it is a change nobody asked for
    moved = ToyObject("square", "blue", "small", "bottom left")
    result = judge_edit(colour_edit(), SAID, draw(CIRCLE, SQUARE),
                        draw(ToyObject("circle", "green", "big", "top left"), moved))
    assert result.followed and not result.unchanged and result.outside_diff > 0
    assert "changed position" in result.why


def test_the_edited_objects_other_attributes_must_stay():
    result = judge_edit(colour_edit(), SAID, draw(CIRCLE, SQUARE),
                        draw(ToyObject("circle", "green", "small", "top left"), SQUARE))
    assert result.followed and not result.unchanged and "changed size" in result.why


def test_an_edited_object_the_picture_lacked_may_appear_but_nothing_else():
    # the model left the circle out; "make the circle green" can only be followed by drawing it
    green = ToyObject("circle", "green", "big", "top left")
    result = judge_edit(colour_edit(), SAID, draw(SQUARE), draw(green, SQUARE))
    assert result.followed and result.unchanged, result.why
    both, triangle, empty = draw(green, SQUARE), draw(ToyObject("triangle", "yellow", "small", "center")), draw()
    drawn = (triangle != empty).any(-1)  # a scene holds at most 2 objects: paste a third one in
    both[drawn] = triangle[drawn]
    extra = judge_edit(colour_edit(), SAID, draw(SQUARE), both)
    assert extra.followed and not extra.unchanged and "object appeared" in extra.why


def test_an_edit_that_was_not_done_is_not_followed():
    result = judge_edit(colour_edit(), SAID, draw(CIRCLE, SQUARE), draw(CIRCLE, SQUARE))
    assert not result.followed and result.unchanged


def test_background_add_and_remove():
    before = draw(CIRCLE, SQUARE)
    background = Edit("background", "change the background to white", SceneDescription("white", SAID.objects), None)
    assert judge_edit(background, SAID, before, draw(CIRCLE, SQUARE, background="white")).unchanged
    wrong = judge_edit(background, SAID, before, draw(CIRCLE, ToyObject("square", "blue", "big", "bottom right"),
                                                     background="white"))
    assert wrong.followed and not wrong.unchanged

    one = SceneDescription("gray", (SAID.objects[0],))
    added = ObjectDescription("triangle", "yellow", None, "bottom")
    add = Edit("add", "add a yellow triangle at the bottom", SceneDescription("gray", (SAID.objects[0], added)), 1)
    triangle = ToyObject("triangle", "yellow", "small", "bottom")
    ok = judge_edit(add, one, draw(CIRCLE), draw(CIRCLE, triangle))
    assert (ok.followed, ok.unchanged) == (True, True)
    assert not judge_edit(add, one, draw(CIRCLE), draw(CIRCLE)).followed

    remove = Edit("remove", "remove the square", one, 1)
    assert judge_edit(remove, SAID, before, draw(CIRCLE)).followed
    assert not judge_edit(remove, SAID, before, before).followed
    wrong_one = judge_edit(remove, SAID, before, draw(SQUARE))
    assert not wrong_one.followed and not wrong_one.unchanged
