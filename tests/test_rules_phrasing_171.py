"""Issue 20, blind splits tuning-79 … tuning-84: changes said another way. Two sizes or two places for one thing
"at the same time" ask (before, both were set, or a shape was added); "can we try it as a circle", "let it be not
a rabbit but a fox" and "Change of plan: turn …" change what it is; "them" of one woman given sunglasses is the
sunglasses; "round" of a hat makes a round hat (it turned the hat into a circle); "bigger square -> purple" is the
bigger one; and a thing told to go somewhere by itself ("let it drift over to the right") is moved."""

from __future__ import annotations

from rules_talk import names, talk


def test_two_ways_at_the_same_time_asks() -> None:
    d = talk("draw a triangle", "make it tiny and huge at the same time")
    assert d.action.name == "CHAT" and d.scene.subjects[0].size is None
    d = talk("a red heart in the middle", "put it at the top right and the bottom left at the same time")
    assert d.action.name == "CHAT" and names(d) == ["heart"] and d.scene.subjects[0].position == "center"
    d = talk("a cat and a dog", "put the cat on the left and the dog on the right")  # guard: two things
    assert [s.position for s in d.scene.subjects] == ["left", "right"]


def test_what_it_becomes_said_another_way() -> None:
    assert names(talk("a small blue square", "could we try it as a star instead?")) == ["star"]
    assert names(talk("a grey mouse", "let it be not a mouse but a hamster")) == ["hamster"]
    d = talk("a green circle at the top", "Change of plan: turn that circle into a square")
    assert names(d) == ["square"] and d.scene.subjects[0].position == "top"


def test_them_of_one_thing_is_the_pair_it_wears() -> None:
    d = talk("draw a man in a blue coat", "give him gloves", "make them brown")
    assert d.scene.subjects[0].parts["gloves"]["colour"] == "brown"
    assert d.scene.subjects[0].attributes.get("colour") is None
    d = talk("draw two cats", "make them black")  # guard: two things
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["black", "black"]


def test_a_shape_said_of_a_part_is_its_shape() -> None:
    d = talk("draw a woman", "give her glasses", "make the glasses round")
    assert d.scene.subjects[0].parts["glasses"]["shape"] == "circle"


def test_the_bigger_one_said_tersely() -> None:
    d = talk("small circle top left, big circle bottom right", "bigger circle -> green")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [None, "green"]


def test_told_to_go_there_by_itself() -> None:
    assert talk("a kite at the bottom", "let it float up to the top").scene.subjects[0].position == "top"
    assert talk("a bird on the left", "have the bird fly to the top right").scene.subjects[0].position == "top right"
    d = talk("a red rose", "let a silver star shine in the upper left")
    assert len(d.scene.subjects) == 2 and d.scene.subjects[-1].position == "top left"
    d = talk("a lion", "Crown him, I beg you, with a crown of gold")
    assert names(d) == ["lion"] and d.scene.subjects[0].parts["crown"]["colour"] == "gold"


def test_the_light_and_the_mood_said_as_a_poet_says_them() -> None:
    d = talk("draw an old man", "make it a close-up, bathed in warm light, with a dreamy quiet mood")
    assert d.scene.look == ["close-up", "warm lighting", "dreamy"]
    assert not d.scene.subjects[0].attributes and not d.scene.subjects[0].parts
