"""More requests as people put them, written for this test (issue 20): a verb said once for two things ("the dog
should be on the left and the cat on the right" gave the dog a detail "cat on the right"), whose a removed thing was
("remove the balloon from her" put "balloon from her" in the negative prompt), and the setting named by its own word
("change the beach to a park", 把海滩换成公园: asked which thing the beach was), an English object of 给 / 把
("给 cat 加个 hat" was read as two requests) and an English thing in a Chinese place ("在 sofa 上": "Drew a cat
sofa上")."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("message", ["the dog should be on the left and the cat on the right",
                                     "the dog should be on the left and the cat should be on the right"])
def test_a_verb_said_once_for_two_places(message: str) -> None:
    d = talk("a cat and a dog", message)
    assert sorted((s.name, s.position) for s in d.scene.subjects) == [("cat", "right"), ("dog", "left")]


@pytest.mark.parametrize("message", ["the dog should be black and the cat white",
                                     "the dog should be black and the cat should be white"])
def test_a_verb_said_once_for_two_colours(message: str) -> None:
    d = talk("a cat and a dog", message)
    assert sorted((s.name, s.attributes) for s in d.scene.subjects) == [("cat", {"colour": "white"}),
                                                                        ("dog", {"colour": "black"})]


@pytest.mark.parametrize(("first", "message", "name"), [
    ("a girl holding a red balloon", "remove the balloon from her", "girl"),
    ("a girl holding a red balloon", "take the balloon away from her", "girl"),
    ("a dog wearing a hat", "take the hat off the dog", "dog"),
])
def test_whose_the_removed_thing_was_is_not_its_name(first: str, message: str, name: str) -> None:
    d = talk(first, message)
    assert [(s.name, s.parts) for s in d.scene.subjects] == [(name, {})] and not d.scene.avoid


@pytest.mark.parametrize(("first", "message", "background"), [
    ("a boy flying a kite on the beach", "change the beach to a park", "park"),
    ("a boy in the forest", "change the forest to a desert", "desert"),
    ("一个男孩在海滩上", "把海滩换成公园", "公园"),
])
def test_the_setting_named_by_its_word_changes(first: str, message: str, background: str) -> None:
    d = talk(first, message)
    assert d.action.value == "edit" and d.scene.background == background
    assert [s.name for s in d.scene.subjects] in (["boy"], ["男孩"])


def test_a_thing_named_is_still_the_thing() -> None:  # guard: a thing in the picture, not its setting
    d = talk("a cat on a sofa", "change the sofa to a chair")
    assert [s.name for s in d.scene.subjects] == ["cat", "chair"]


def test_an_english_object_of_gei_or_ba_is_one_request() -> None:
    assert [(s.name, list(s.parts)) for s in talk("a cat", "给 cat 加个 hat").scene.subjects] == [("cat", ["hat"])]
    assert [s.name for s in talk("a fox", "把 fox 换成 wolf").scene.subjects] == ["wolf"]


def test_an_english_thing_in_a_chinese_place_is_said_in_the_prompt_s_language() -> None:
    from dialog.prompt import position_phrase

    assert position_phrase("sofa上", "en") == "on the sofa" and position_phrase("sofa旁边", "zh") == "沙发旁边"
    assert position_phrase("沙发上", "en") == "on the sofa" and position_phrase("沙发上", "zh") == "沙发上"


def test_the_verb_said_once_goes_after_the_second_thing_s_words() -> None:  # found on the reread
    from prompt_enhancer.rules.clauses import split_clauses

    assert split_clauses("the dog should be black and the big cat white") == [
        "the dog should be black", "the big cat should be white"]  # was "the big should be cat white"
    d = talk("a big cat and a dog", "the dog should be black and the big cat white")
    assert sorted((s.name, s.attributes.get("colour")) for s in d.scene.subjects) == [("cat", "white"),
                                                                                      ("dog", "black")]
