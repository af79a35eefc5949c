"""Counts with no kind said ("make it 3", "only one actually", "两个就 enough 了", "fewer pls"), why there are fewer
("the other two got adopted": before, a detail of each), "of them cows", "and the cart too" after "take the cat out"
(before, a note), Chinese lists with 双 ("一头大蒜和一双筷子": before, one thing "蒜和一双筷子", big), 大蒜 is no big
蒜, "右边再摆个肉夹馍" (issue 20; from the blind split tuning-37, then phrasings written for the test)."""

from __future__ import annotations

from rules_talk import names, talk


def test_a_number_with_no_kind_is_of_the_kind_there_are_several_of():
    assert names(talk("draw a tree and four apples", "make it 2")) == ["tree", "apple", "apple"]
    assert names(talk("draw three ducks", "oh sorry, only one actually")) == ["duck"]
    assert names(talk("画四个苹果", "三个就 enough 了")) == ["苹果"] * 3


def test_fewer_then_a_number():
    d = talk("draw six fish", "fewer pls, make it 4.. the other two swam away")
    assert names(d) == ["fish"] * 4 and not any(s.attributes.get("detail") for s in d.scene.subjects)


def test_a_number_with_two_kinds_of_several_is_not_guessed():  # guard
    d = talk("draw two cats and two dogs", "make it 3")
    assert sorted(names(d)) == ["cat", "cat", "dog", "dog"]


def test_of_them_before_a_plural():
    d = talk("draw a barn and three pigs", "get rid of one of them pigs")
    assert names(d) == ["barn", "pig", "pig"]


def test_the_same_removal_for_another_thing():
    d = talk("draw a lamp, a chair and a dog", "take the dog out please", "and the chair too actually")
    assert names(d) == ["lamp"]


def test_a_chinese_list_with_a_pair():
    d = talk("画一个盘子，旁边放一头大蒜和一双筷子")
    assert len(names(d)) == 3 and "筷子" in names(d) and not any("和" in n for n in names(d))
    garlic = next(s for s in d.scene.subjects if "蒜" in s.name)
    assert garlic.size is None


def test_placing_one_more_said_with_bai():
    d = talk("画一碗面", "右边再摆个包子")
    assert names(d) == ["面", "包子"] and d.scene.subjects[1].position == "right"
