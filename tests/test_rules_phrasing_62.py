"""A thing placed at a thing that is itself placed, settings said with "otherwise the same", "up top" and a sky
with its colour (issue 20; tuning-25 and phrasings written for this test): "sitting on a bench under a tree" and
坐在树下的长椅上 drew no tree; "same thing but seed 42 pls" and "cfg scale 12, 30 steps, otherwise same" were notes;
"put the blue one up top in the middle" drew a thing called "up"; "in the middle of a clear blue sky" named the
balloon "hot air balloon of a clear sky"."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


@pytest.mark.parametrize(("message", "expected", "bench_at"), [
    ("an old man sitting on a bench under a tree", ["old man", "bench", "tree"], "under the tree"),
    ("画一个老爷爷坐在树下的长椅上", ["老爷爷", "长椅", "树"], "树下"),
])
def test_a_bench_under_a_tree_draws_the_tree(message: str, expected: list[str], bench_at: str) -> None:
    d = talk(message)
    assert names(d) == expected and d.scene.subjects[1].position == bench_at
    assert d.scene.subjects[0].position in ("on the bench", "长椅上")


def test_a_place_of_the_picture_before_de_stays() -> None:  # guard: 湖边 is where, no thing
    d = talk("画一只猫坐在湖边的小船上")
    assert names(d) == ["猫", "船"]


@pytest.mark.parametrize("message", ["same thing but seed 42 pls", "cfg scale 12, 30 steps, otherwise same",
                                     "seed 42, keep everything else the same"])
def test_a_setting_with_the_rest_the_same_is_only_the_setting(message: str) -> None:
    d = talk("a big red circle", message)
    assert d.action is Action.CHAT and not d.scene.notes and "Picture settings" in d.reply


@pytest.mark.parametrize(("message", "where"), [("and put the blue one up top in the middle", "top"),
                                                ("put the blue one up top", "top right")])
def test_up_top(message: str, where: str) -> None:
    d = talk("two circles, a big red one on the left and a lil blue one on the right", message)
    assert [s.position for s in d.scene.subjects] == ["left", where] and len(d.scene.subjects) == 2


@pytest.mark.parametrize(("message", "look"), [
    ("a hot air balloon floating in the middle of a clear blue sky", ["blue sky"]),
    ("a hot air balloon in a clear blue sky", ["blue sky"]), ("a kite in a clear sky", ["bright sky"]),
])
def test_a_thing_in_a_sky_of_a_colour(message: str, look: list[str]) -> None:
    d = talk(message)
    assert len(d.scene.subjects) == 1 and d.scene.background == "in the sky" and d.scene.look == look
    assert "sky" not in d.scene.subjects[0].name


@pytest.mark.parametrize("message", ["give him one too", "give him one too, but blue", "give him a blue one",
                                     "he gets one too but in blue", "the boy needs one as well"])
def test_one_for_the_thing_another_has(message: str) -> None:
    d = talk("a girl holding a red balloon next to a boy", message)
    assert names(d) == ["girl", "boy"] and list(d.scene.subjects[1].parts) == ["balloon"]
    assert d.scene.subjects[1].parts["balloon"].get("colour") in (None, "blue")


def test_one_with_nothing_to_point_at_is_not_a_guess() -> None:  # guard
    d = talk("a girl and a boy", "give him one too")
    assert not any(s.parts for s in d.scene.subjects)


@pytest.mark.parametrize(("first", "message", "expected"), [
    ("a cat and a dog on a sofa", "i don't like the sofa, can we have a bed instead", ["cat", "dog", "bed"]),
    ("a knight with a sword", "hmm i dont want the sword, how about an axe?", ["knight"]),
])
def test_a_thing_disliked_then_the_one_wanted(first: str, message: str, expected: list[str]) -> None:
    d = talk(first, message)
    assert names(d) == expected and "sofa" not in str(d.scene) and "sword" not in str(d.scene.subjects[0].parts)


@pytest.mark.parametrize(("first", "message", "part", "colour"), [
    ("画一个女孩牵着一只小狗在公园散步", "给她换条红裙子", "裙子", "red"),
    ("画一个穿蓝裙子的女孩", "给她换条红裙子", "裙子", "red"), ("画一个男孩", "给他换顶黑帽子", "帽子", "black"),
])
def test_a_new_one_for_her_in_chinese(first: str, message: str, part: str, colour: str) -> None:
    d = talk(first, message)
    assert d.scene.subjects[0].parts[part]["colour"] == colour and "colour" not in d.scene.subjects[0].attributes
