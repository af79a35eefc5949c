"""A part said after its owner with an s and no apostrophe ("the turtles shell": before, the turtle was made brown
and "shell should"), "make the blue one go to the left" (before, "Made the balloon go"), "yellow one, please remove
it" with no article (before, asked which), the background named by its colour ("swap the white for a light blue
background": before, asked back), a Chinese move next to a pronoun or an English name ("让它站在她左边",
"snowman 放到 castle 左边") (issue 20; from the blind split tuning-37, then phrasings written for the test)."""

from __future__ import annotations

from rules_talk import names, talk


def test_a_part_after_its_owner_with_an_s():
    d = talk("draw a dog with a red collar", "the dogs collar should be blue")
    dog = d.scene.subjects[0]
    assert dog.name == "dog" and dog.parts["collar"]["colour"] == "blue" and "colour" not in dog.attributes


def test_make_it_go_somewhere_is_a_move():
    d = talk("draw a red car and a blue car", "make the red one go to the right side please")
    red = next(s for s in d.scene.subjects if s.attributes.get("colour") == "red")
    assert red.position == "right" and "detail" not in red.attributes


def test_the_one_said_by_its_value_without_an_article():
    d = talk("draw two kites, a green one and an orange one", "and green one, please make it bigger")
    green = next(s for s in d.scene.subjects if s.attributes.get("colour") == "green")
    orange = next(s for s in d.scene.subjects if s.attributes.get("colour") == "orange")
    assert green.size == "big" and orange.size is None


def test_the_background_named_by_its_colour():
    d = talk("draw a fox on black", "swap the black for a dark green background")
    assert d.scene.background == "dark green" and names(d) == ["fox"]
    d = talk("draw a fox on black", "make the black background navy")
    assert d.scene.background == "navy"
    d = talk("draw a fox on black", "change the black to gray")
    assert d.scene.background == "gray"


def test_a_black_thing_on_black_is_still_asked_about():  # guard
    d = talk("draw a black cat on black", "change the black to gray")
    assert d.scene.background == "black"


def test_a_chinese_move_next_to_a_pronoun_or_an_english_name():
    d = talk("画一个男孩和一只狗", "让狗站在他右边")
    assert d.scene.subjects[1].position in ("男孩右边", "right")
    d = talk("draw a tree in the middle and a rabbit on the right", "rabbit 放到 tree 左边吧")
    assert d.scene.subjects[1].position == "left"
    d = talk("draw a house in the middle and a tree on the right", "把 tree 移到 house 的左边")
    assert d.scene.subjects[1].position == "left"
