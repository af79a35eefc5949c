"""What a picture is for, worn things with more after them, and each one of a counted group said as "a black one"
(issue 20; from the blind splits tuning-30 and tuning-31, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, names", [
    ("For my class worksheet, please: a simple cartoon red apple on a plain white background.", ["simple apple"]),
    ("For a counting worksheet: two small pale pink circles and one big dark green triangle.",
     ["circle", "circle", "triangle"]),
    ("For a maths worksheet, please draw a red triangle on the left and a blue square on the right.",
     ["triangle", "square"]),
    ("need a character sprite: knight in silver armor, pixel art", ["knight"]),
    ("asset: a tiny old wooden treasure chest, pixel art", ["old treasure chest"]),
    ("cute blue slime for a platformer, pixel art", ["cute slime"]),
    ("this is for our school newsletter, a yellow bus", ["bus"]),
    ("a cat for my presentation", ["cat"]),
])
def test_what_the_picture_is_for_is_not_drawn(said, names):
    """"For my class worksheet", "asset", "character sprite: knight" and "slime for platformer" were drawn."""
    assert [s.name for s in talk(said).scene.subjects] == names


@pytest.mark.parametrize("first, said, name", [
    ("a cat", "for the cat, make it black", "cat"),  # guard: an address, not a purpose
    (None, "a present for a child", "present"),  # guard: who a thing is for, not what the picture is for
])
def test_a_for_that_is_no_purpose_stays(first, said, name):
    d = talk(first, said) if first else talk(said)
    assert d.scene.subjects and d.scene.subjects[0].name.startswith(name)


@pytest.mark.parametrize("said, parts", [
    ("a knight in silver armor with a red cape", {"armor": "silver", "cape": "red"}),
    ("a girl in a yellow dress with a red umbrella", {"dress": "yellow", "umbrella": "red"}),
    ("a girl wearing a yellow dress with a red umbrella", {"dress": "yellow", "umbrella": "red"}),
    ("a woman in a long green dress holding a white parasol", {"dress": "green", "parasol": "white"}),
])
def test_what_follows_a_worn_thing_is_the_wearers_too(said, parts):
    """The cape went to the armor ("armor with cape", "silver and red"); "in a long green dress holding a white
    parasol" drew the dress as a thing of its own, holding the parasol."""
    d = talk(said)
    assert len(d.scene.subjects) == 1
    got = {name: part.get("colour") for name, part in d.scene.subjects[0].parts.items()}
    assert got == parts


def test_a_garments_own_piece_stays_the_garments():
    parts = talk("a woman in a red dress with a lace collar").scene.subjects[0].parts
    assert list(parts) == ["dress with a lace collar"] and parts["dress with a lace collar"]["colour"] == "red"


@pytest.mark.parametrize("said, colours", [
    ("draw three cats on a windowsill: a black one, a white one and an orange one", ["black", "white", "orange"]),
    ("three cats, a black one, a white one and an orange one", ["black", "white", "orange"]),
    ("draw two cats, an orange one and a gray one", ["orange", "gray"]),
    ("two cats, an orange one and a gray one --no text", ["orange", "gray"]),
    ("two cats, one black and one white", ["black", "white"]),  # guard: as before
])
def test_each_one_of_a_counted_group_takes_its_colour(said, colours):
    """"an orange one" read the fruit and the list went to one cat ("black and white and orange"); "--no text"
    ran into the list and drew a thing called "no text"."""
    d = talk(said)
    cats = [s for s in d.scene.subjects if s.name == "cat"]
    assert [s.attributes.get("colour") for s in cats] == colours


@pytest.mark.parametrize("said, expected", [
    ("画两只猫，左边一只黑猫，右边一只橘猫", [("black", "left"), ("orange", "right")]),
    ("画三个圆，左边一个红圆，中间一个蓝圆，右边一个绿圆", [("red", "left"), ("blue", "center"), ("green", "right")]),
    ("画两只猫，左边一只黑的，右边一只白的", [("black", "left"), ("white", "right")]),  # guard: as before
])
def test_each_one_placed_first_and_named_again_is_one_of_them(said, expected):
    """"左边一只黑猫" after "画两只猫" drew two more cats (four in all)."""
    d = talk(said)
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == expected


@pytest.mark.parametrize("said, expected", [
    ("3 circles red blue green left to right", [("red", "left"), ("blue", "center"), ("green", "right")]),
    ("three circles red, blue, green", [("red", None), ("blue", None), ("green", None)]),
    ("big green circle top left small pink square bottom right on black", [("green", "top left"),
                                                                           ("pink", "bottom right")]),
    ("two cats red", [("red", None), ("red", None)]),  # guard: one colour for both
])
def test_a_list_typed_without_pauses_is_one_value_each(said, expected):
    """A phone typer's run-on list: the three colours went to each circle ("red and blue and green"), the pink
    square became a detail of the circle ("small square bottom right")."""
    d = talk(said)
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == expected
