"""Two things, each with its place (issue 20; from tuning split 1-25's "a grandma knitting in a rocking chair and a
little boy reading a book on the floor", then phrasings written for the test): the first thing's place ran on
through the second ("cat at on the sofa and a dog on the floor"), which the prompt and the reply then said twice."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, places", [
    ("a cat on a sofa and a dog on the floor", {"cat": "on the sofa", "dog": "on the floor", "sofa": None}),
    ("a woman sitting on a bench and a man standing next to a tree",
     {"woman": "on the bench", "man": "next to the tree", "bench": None, "tree": None}),
    ("a grandma knitting in a rocking chair and a little boy reading a book on the floor",
     {"grandma": "in the rocking chair", "rocking chair": None, "boy": "on the floor"}),
    ("a bird on a branch", {"bird": "on the branch", "branch": None}),  # guard: one thing and its place
])
def test_each_place_is_its_own(said, places):
    d = talk(said)
    assert {s.name: s.position for s in d.scene.subjects} == places
    assert d.reply.count(" and ") <= 1


@pytest.mark.parametrize("said, look", [("an elf standing on a cliff, moonlight, dramatic lighting", "moonlight"),
                                        ("a lake at night, moonlit", "moonlight"),
                                        ("a fox in the snow, candlelight", "candlelight")])
def test_the_light_said_alone_is_how_it_is_lit(said, look):
    """"…, moonlight, …" drew a thing called moonlight (which then took "her cloak")."""
    d = talk(said)
    assert len(d.scene.subjects) == 1 and look in d.scene.look


@pytest.mark.parametrize("said, style, names", [
    ("product shot, a single red sneaker, side view, on white", "product shot", ["sneaker"]),  # "a single": one (_138)
    ("editorial illustration, a young woman standing on a busy street", "editorial illustration", ["young woman"]),
    ("a red sneaker, product photography", "product photography", ["sneaker"]),
    ("a cat, watercolor painting", "watercolor", ["cat"]),  # guard: a style the vocabulary knows stays its own
])
def test_the_kind_of_picture_in_a_prompts_list_is_its_style(said, style, names):
    """A designer's list names the kind of picture in a bare piece: it was drawn as a thing called product shot."""
    d = talk(said)
    assert d.scene.style == style and [s.name for s in d.scene.subjects] == names
