"""Which one, answered with the request said again ("oh sorry the black one, a lot bigger"); English as a retired
teacher writes it ("ought to be", "I should like", "Might you add", "if it is no trouble", "May I ask …
whether"); a thing named by its kind ("the building on the right", "that animal"); "take the tree away as well";
"a second bird"; "…, like a ginger cat" beside a change (issue 20; from the blind split tuning-34, then phrasings
written for the test)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from prompt_enhancer.rules.formal_english import as_formally_said
from rules_talk import names, talk


@pytest.mark.parametrize("answer", ["the black one, a lot bigger", "oh sorry the black one, a lot bigger",
                                    "黑的那只，大一点"])
def test_which_one_answered_with_the_request_again(answer):
    """Before: the white cat was made black and bigger."""
    d = talk("draw two cats, one black one white", "make it bigger", answer) if answer.isascii() else talk(
        "画两只猫，一只黑的一只白的", answer)  # said with no question before it, too
    black, white = d.scene.subjects
    assert (black.size, white.size, white.attributes["colour"]) == ("big", None, "white")


def test_what_a_change_is_like_is_no_thing_asked_about():
    """Before: "Which one do you mean: the cat already in the picture or one more cat?"."""
    d = talk("two cats, one black one white", "actually make the first one orange, like a ginger cat")
    assert d.action is Action.EDIT and "Which one" not in d.reply


@pytest.mark.parametrize("said, meant", [
    ("The building on the right ought to be red", "The building on the right should be red"),
    ("Lastly, I should like a few seagulls, if it is no trouble.", "Lastly, I'd like a few seagulls."),
    ("Might you add a bird in the bottom right-hand corner", "could you add a bird in the bottom right corner"),
    ("May I ask, before we go any further, whether there is a way to print this picture?",
     "is there a way to print this picture?")])
def test_formal_english_said_plainly(said, meant):
    assert as_formally_said(said) == meant


def test_a_teacher_asks_and_changes():
    """Before: "I didn't understand “May I ask”", "Splendid" and "take the tree away as well" not read."""
    asked = talk("a small red house, a tree and two clouds",
                 "May I ask, before we go any further, whether there is a way to print this picture? My grandson "
                 "would like it for his bedroom wall.")
    assert asked.action is Action.CHAT and not asked.scene.notes
    assert names(talk("a small red house and a tree", "Very well, I shall ask my daughter to help me with that. "
                      "Lastly, please take the tree away as well.")) == ["house"]
    d = talk("a yellow bird in the top right and a tree on the left",
             "Splendid. Might you add a second bird, a blue one this time, down in the bottom right-hand corner")
    assert names(d) == ["bird", "tree", "bird"] and d.scene.subjects[2].position == "bottom right"


@pytest.mark.parametrize("first, said, changed", [
    ("a white boat and a lighthouse on the right", "The building on the right ought to be red", "lighthouse"),
    ("a boy with a kite and a dog", "make that animal brown", "dog"),
    ("a white boat and a lighthouse on the right", "make the vessel smaller", "boat")])
def test_a_thing_named_by_its_kind(first, said, changed):
    """Before: "I can't find “building” in the picture"."""
    before, after = talk(first), talk(first, said)
    differ = [b.name for b, a in zip(before.scene.subjects, after.scene.subjects) if b != a]
    assert differ == [changed]


def test_a_kind_with_two_of_it_there_is_not_guessed():  # guard
    assert talk("a cat and a dog", "make the animal brown").action is Action.CHAT


@pytest.mark.parametrize("said, name, colour", [("画一只懒洋洋趴着的大黄狗", "狗", "yellow"),
                                                ("画一个长头发小女孩", "小女孩", None)])
def test_describing_words_kept_out_of_a_chinese_name(said, name, colour):
    """Before: 懒洋洋狗 and 长头发小女孩 were the names."""
    thing = talk(said).scene.subjects[0]
    assert (thing.name, thing.attributes.get("colour")) == (name, colour)


@pytest.mark.parametrize("said, colour", [("太阳改成淡淡的黄色吧 别那么红", "light yellow"),
                                          ("改成深深的蓝色", "dark blue")])
def test_a_shade_said_twice_over(said, colour):
    """Before: 淡淡 was a detail, and 那么红 went into the negative prompt."""
    d = talk("画一个太阳", said)
    assert d.scene.subjects[0].attributes["colour"] == colour and not d.scene.avoid


def test_black_framed_glasses_are_glasses():
    """Before: a part called 框眼镜."""
    assert "眼镜" in talk("画一个戴着黑框眼镜的男人").scene.subjects[0].parts
