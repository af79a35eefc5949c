"""A request that could mean any of two or more things alike asks which, and "both" / "all of them" / 两只都要
answers it (issue 20; from the tuning splits 17 and 18, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


@pytest.mark.parametrize("drawn, asked", [("two kittens playing with a ball of yarn", "make the kitten grey"),
                                          ("three dogs playing", "make the dog purple lmao"),
                                          ("two white cats", "把 cat 变大一点"),
                                          ("画两只小鸟", "把小鸟变成红色")])
def test_the_one_of_several_alike_is_asked_about(drawn, asked):
    """Before, one of them (the last drawn) changed: a guess, and the person could not tell which would."""
    d = talk(drawn, asked)
    assert d.action is Action.CHAT
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [s.attributes.get("colour") for s in
                                                                      talk(drawn).scene.subjects]
    assert "all of them" in d.reply or "全部" in d.reply


@pytest.mark.parametrize("drawn, asked, answer, colour", [
    ("two kittens playing with a ball of yarn", "make the kitten grey", "both of them, sorry", "gray"),
    ("three dogs playing", "make the dog purple", "all of em", "purple"),
    ("画两只小鸟", "把小鸟变成红色", "两只都要", "red"),
    ("two white cats", "把 cat 变成黑色", "都要", "black"),
    ("画两个红色圆形", "圆形变成蓝色", "都要", "blue")])  # no 把: the name said is the one meant
def test_both_answers_the_question_for_each_of_them(drawn, asked, answer, colour):
    d = talk(drawn, asked, answer)
    assert d.action is Action.EDIT
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [colour] * len(d.scene.subjects)


@pytest.mark.parametrize("drawn, said, changed", [
    ("three dogs playing", "make all the dogs purple", ["s1", "s2", "s3"]),  # guards: as before
    ("画三个橙子", "橙子都换成绿色", ["s1", "s2", "s3"]),
    ("two chairs on a beach", "remove a chair", ["s2"]),
    ("海滩上两张躺椅", "去掉一张躺椅", ["s2"])])
def test_any_one_or_all_of_them_is_not_asked_about(drawn, said, changed):
    d = talk(drawn, said)
    assert d.action is Action.EDIT
    assert list(d.changed) == changed


def test_a_thing_given_is_not_which_one_is_meant():
    """"a hat" is what the dog gets, not "any dog": the two dogs differ, so which one is asked."""
    d = talk("a big black dog and a small white one", "make the dog wear a hat")
    assert d.action is Action.CHAT and "Which one do you mean" in d.reply
