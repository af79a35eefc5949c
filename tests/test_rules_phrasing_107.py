"""A brief written as notes ("cat on sofa / living room / cartoon", "antenna -> yellow", "bg -> navy", "+ small
white circle"), a thing put on someone's body or side ("a gold buckle on the front", "2 buttons on his belly
black ones"), and a name typed one letter off ("make the dig brown") (issue 20; from the blind split tuning-34,
then phrasings written for the test)."""

from __future__ import annotations

import pytest

from prompt_enhancer.rules.brief_said import as_brief_said
from rules_talk import names, talk


@pytest.mark.parametrize("said, meant", [
    ("cat on sofa / living room / cartoon", "cat on sofa, living room, cartoon"),
    ("antenna -> yellow, eyes -> green", "make the antenna yellow, make the eyes green"),
    ("time = sunset / style -> watercolor / cat unchanged", "sunset, watercolor style, keep the cat"),
    ("+ small white circle top right / bg -> navy", "add a small white circle top right, navy background"),
    ("logo draft: yellow star, centered, big. bg black", "yellow star, centered, big, black background"),
    ("star -> gold, bg stays", "make the star gold, keep the background"),
    ("star -> gold, my cat stays", "make the star gold, keep the cat")])  # before: "keep the my cat"
def test_a_brief_said_as_requests(said, meant):
    assert as_brief_said(said) == meant


@pytest.mark.parametrize("kept", ["bg pink pls", "猫 -> fox", "delete the tree but the fox stay", "draw a cat",
                                  "steps = 30"])
def test_what_is_no_brief_stays(kept):  # guards: each read by other rules, as before
    assert as_brief_said(kept) == kept


def test_a_brief_draws_and_changes():
    """Before: "centered" was a thing drawn, "antenna -> yellow" turned the antenna into "a yellow"."""
    d = talk("logo draft: yellow star, centered, big. bg black", "star -> gold, bg stays",
             "+ small white circle top right / bg -> navy")
    star, circle = d.scene.subjects
    assert (star.name, star.attributes["colour"], star.position, star.size) == ("star", "gold", "center", "big")
    assert (circle.name, circle.position, d.scene.background) == ("circle", "top right", "navy")


@pytest.mark.parametrize("first, said, part", [("a handbag", "add a gold buckle on the front", "buckle"),
                                               ("a snowman", "add 2 buttons on his belly black ones", "buttons"),
                                               ("a robot", "add a blue screen on its chest", "screen")])
def test_a_thing_on_its_body_is_its_part(first, said, part):
    """Before: a buckle, buttons or a screen drawn on their own beside it."""
    d = talk(first, said)
    assert len(d.scene.subjects) == 1 and any(p.startswith(part) for p in d.scene.subjects[0].parts)


@pytest.mark.parametrize("said", ["now add a bird on his head", "add a small crow perched on its head",
                                  "add a paper lantern on the left side"])
def test_a_creature_or_a_side_of_the_picture_is_no_part(said):  # guards: found on tuning-16 and -17 while working
    assert len(talk("a snowman", said).scene.subjects) == 2


def test_a_name_one_letter_off():
    """Before: "I can't find “dig” in the picture"; "remove the car" left the cat."""
    first = "a boy, a cat, a duck and a dog"
    assert talk(first, "make the dig brown").scene.subjects[3].attributes.get("colour") == "brown"
    assert names(talk(first, "ok now remove the car")) == ["boy", "duck", "dog"]
    assert names(talk(first, "change the dock into a swan")) == ["boy", "cat", "swan", "dog"]


def test_a_name_no_letter_near_is_still_asked_about():  # guard
    assert "can't find" in talk("a boy and a cat", "make the hat red").reply


@pytest.mark.parametrize("said, look", [
    ("a pair of white sneakers on a pastel pink background. square for the feed pls", "square format"),
    ("a cat, landscape orientation please", "wide format"), ("一杯奶茶, 竖版", "vertical format")])
def test_the_shape_of_a_post_is_a_look(said, look):
    """Before: nothing of it was read ("pastel" was a thing drawn)."""
    d = talk(said)
    assert look in d.scene.look and "pastel" not in [s.name for s in d.scene.subjects]


def test_what_an_image_is_for_before_a_colon():
    """Before: "need image for a product launch post" was the thing drawn."""
    d = talk("hey! need an image for a product launch post: a pair of white sneakers on a pastel pink background")
    assert names(d) == ["sneakers"] and d.scene.background == "light pink"
