"""Issue 20, from the blind tuning-17 split (a teenager's slang, a parent passing on a child's wishes, an
illustrator's words): "hella purple", "yeet the couch", "all of em", "lowkey", "ngl thats fire", "she says it has
to be pink", "can he wear a birthday hat? it's his birthday", "the grandma is needing a red scarf", "swap the grey
cloak for a dark blue one", "delete the tree but the fox stay", "chiaroscuro", "muted palette", "push it to a
close-up", 有戏剧性的光, and "tree 一棵在左边一棵在右边" (a space before a Chinese "one"). Each failed before."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_slang_for_very_and_remove() -> None:
    d = talk("a cat on a couch", "make the background hella purple lol", "ok yeet the couch")
    assert d.scene.background == "purple" and [s.name for s in d.scene.subjects] == ["cat"]


def test_em_is_them() -> None:
    d = talk("three dogs", "make all of em purple")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["purple"] * 3


@pytest.mark.parametrize(("then", "look"), [("lowkey make it black and white", "black and white"),
                                            ("chiaroscuro, high contrast", "dramatic lighting"),
                                            ("push it to a close-up, muted palette", "muted colours"),
                                            ("仰拍 有戏剧性的光", "dramatic lighting")])
def test_looks_in_other_words(then: str, look: str) -> None:
    d = talk("a cat", then)
    assert look in d.scene.look and not d.scene.notes


def test_slang_praise_is_thanks() -> None:
    d = talk("a cat", "ngl thats fire thx")
    assert d.action.value == "chat" and not d.scene.notes


@pytest.mark.parametrize(("first", "then", "check"), [
    ("a unicorn", "she says it has to be pink", lambda d: d.scene.subjects[0].attributes.get("colour") == "pink"),
    ("a brown puppy", "can he wear a birthday hat? it's his birthday",
     lambda d: any("hat" in p for p in d.scene.subjects[0].parts) and not d.scene.notes),
    ("a grandma and a boy", "the grandma is needing a red scarf",
     lambda d: d.scene.subjects[0].parts.get("scarf", {}).get("colour") == "red" and not d.scene.subjects[1].parts),
    ("a figure in a grey cloak", "swap the grey cloak for a dark blue one",
     lambda d: d.scene.subjects[0].parts["cloak"]["colour"] == "dark blue"),
    ("a fox and a tree", "delete the tree but the fox stay", lambda d: [s.name for s in d.scene.subjects] == ["fox"]),
])
def test_wishes_passed_on_and_said_casually(first: str, then: str, check) -> None:  # noqa: ANN001
    assert check(talk(first, then))


def test_a_space_before_a_chinese_one_is_a_pause() -> None:
    d = talk("画两棵 tree 一棵在左边一棵在右边")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("tree", "left"), ("tree", "right")]


@pytest.mark.parametrize(("first", "then", "part", "colour"), [("a boy", "给他加个 hat, 要 white 的", "hat", "white"),
                                                                ("一只小狗", "给它加个围巾 红的", "围巾", "red")])
def test_a_value_said_after_a_part_is_the_parts(first: str, then: str, part: str, colour: str) -> None:
    owner = talk(first, then).scene.subjects[0]
    assert owner.parts[part].get("colour") == colour and "colour" not in owner.attributes


@pytest.mark.parametrize(("first", "then", "check"), [
    ("a cat", "猫 change 成 black 的", lambda d: d.scene.subjects[0].attributes.get("colour") == "black"),
    ("a horse and a knight", "把马 remove 掉，让他站着", lambda d: [s.name for s in d.scene.subjects] == ["knight"]),
    ("a statue", "make it marble instead, white", lambda d: d.scene.subjects[0].attributes.get("material") == "marble"),
])
def test_english_verbs_inside_chinese_and_marble(first: str, then: str, check) -> None:  # noqa: ANN001
    assert check(talk(first, then))


def test_words_slang_shares_with_describing_words_stay() -> None:  # guard
    d = talk("a mad scientist and a wicked witch")
    assert [s.name for s in d.scene.subjects] == ["mad scientist", "wicked witch"]


def test_the_scene_could_use_is_no_thing_to_give_to() -> None:  # guard
    d = talk("a cat", "the scene could use some fog")
    assert [s.name for s in d.scene.subjects] == ["cat"] and not d.scene.subjects[0].parts
