"""A designer's, a shopkeeper's and a fantasy player's requests (issue 20; from the blind splits tuning-30 and
tuning-32, then phrasings written for the test): a piece of the only thing no table names, labels before the
thing, the view of a product picture, a look word before the thing, "em"."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("first, said, part", [("a white thermos", "make the lid black", "lid"),
                                               ("一个白色的保温杯", "盖子换成黑色", "盖子")])
def test_a_piece_of_the_only_thing_no_table_names(first, said, part):
    """"I can't find lid": with one thing in the picture, its lid is what is meant."""
    d = talk(first, said)
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].parts[part]["colour"] == "black"


@pytest.mark.parametrize("first, said", [("a cow", "make the grass green"), ("a cow", "make the floor brown"),
                                         ("a small green triangle on black", "底色换成 浅灰")])
def test_the_scenes_own_pieces_are_no_part_of_the_thing(first, said):  # guards
    assert not talk(first, said).scene.subjects[0].parts


@pytest.mark.parametrize("said, name, looks", [
    ("ok so my character: an old wizard with a long grey beard, dark blue robe and a wooden staff", "old wizard", []),
    ("need a product pic: pair of white sneakers with red laces", "pair of sneakers", []),
    ("brown leather handbag, front view, for my shop listing", "leather handbag", ["front view"]),
    ("a tiny glowing purple fairy with silver wings", "glowing fairy", []),
])
def test_the_thing_after_a_label_or_a_look_word(said, name, looks):
    """"character", "product pic", "front view" and "for my shop" were drawn as things; "red laces" was mended
    to "places"; "glowing" was read as what "a tiny" does."""
    d = talk(said)
    assert d.scene.subjects[0].name == name and list(d.scene.look) == looks
    assert all(s.name not in ("character", "product pic", "front view") for s in d.scene.subjects)


def test_laces_are_not_places():
    assert "laces" in talk("need a product pic: pair of white sneakers with red laces").scene.subjects[0].parts


def test_swap_em():
    d = talk("a cat on the left and a dog on the right", "swap em")
    assert [s.position for s in d.scene.subjects] == ["right", "left"]


def test_the_background_kept_in_chinese():
    d = talk("a small green triangle at the top right on black", "三角形再大点，背景不动")
    assert d.scene.background == "black" and not d.scene.notes
