"""Issue 20, bugs found by trying phrasings beside the blind splits: what a drawing is not, said after it ("画一只猫，
不是狗" drew a dog; "draw a cat, not a dog" drew one thing named "cat, not a dog"), and "give a cat a hat" as a new
cat with a hat (before, a cat and a hat side by side, and with a dog drawn "give a dog a bone" began a new
picture)."""

from __future__ import annotations

from rules_talk import names, talk


def test_what_a_drawing_is_not() -> None:
    assert names(talk("画一只猫，不是狗")) == ["猫"]
    assert names(talk("draw a cat, not a dog")) == ["cat"]
    d = talk("画三个圆……不是，画一个很大的三角形")  # guard: 不是 alone still takes the drawing back
    assert names(d) == ["triangle"] and d.scene.subjects[0].size == "big"
    assert names(talk("a red circle", "a star, not a circle")) == ["star"]  # guard: a correction


def test_give_a_new_one_something() -> None:
    d = talk("give a cat a hat")
    assert names(d) == ["cat"] and "hat" in d.scene.subjects[0].parts
    d = talk("a tree", "give a cat a hat")
    assert names(d) == ["tree", "cat"] and "hat" in d.scene.subjects[1].parts
    assert names(talk("draw a dog", "give a dog a bone")) == ["dog"]  # before, a new picture of a dog and a bone
