"""Issue 20, from what tuning-58 missed at first sight (a teenager, a retired teacher, an office worker mixing
English nouns into Chinese, a tabletop player): "rn" and "if you don't mind" after a request, "the sun as well,
if you don't mind" after a removal, "猫在左边狗在右边", a value taken back inside a longer request ("black, no wait
brown, and…", "the top left- no, bottom left corner"), "near the top", "shove it over", "I'm not entirely sure
about it", 改一下那个 thing, "a 768x768 size", a spaced 的 ("一个 **蓝色** 的 house"), "I believe a circle would
look nicer. Could you change it, please?"."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_how_it_is_asked_after_the_request():
    assert names(talk("draw a cat at the bottom left rn")) == ["cat"]  # before, a "cat rn"
    assert talk("draw a cat", "make it red asap").scene.subjects[0].attributes == {"colour": "red"}
    d = talk("draw a house, a tree and a sun", "remove the tree", "And the sun as well, if you don't mind.")
    assert names(d) == ["house"]  # before, a second sun was added


def test_each_where_it_is_in_chinese_without_a_pause():
    for said in ("画一只猫和一只狗，猫在左边狗在右边", "画一只猫在左边一只狗在右边"):
        d = talk(said)
        assert [(s.name, s.position) for s in d.scene.subjects] == [("猫", "left"), ("狗", "right")], said


def test_a_value_taken_back_inside_a_longer_request():
    d = talk("draw a wizard holding a staff", "make the staff black, no wait brown, and his robe purple")
    wizard = d.scene.subjects[0]
    assert wizard.parts["staff"]["colour"] == "brown" and wizard.parts["robe"]["colour"] == "purple"
    assert "colour" not in wizard.attributes  # before, the wizard turned brown and the staff stayed black
    d = talk("draw a scroll", "and put it in the top left- no, bottom left corner")
    assert names(d) == ["scroll"] and d.scene.subjects[0].position == "bottom left"  # before, a thing "it - no"
    assert talk("draw a cat", "make it red, no wait blue").scene.subjects[0].attributes == {"colour": "blue"}


def test_near_a_side_of_the_picture_is_there():
    d = talk("Would you kindly draw a large yellow triangle near the top?")
    assert d.scene.subjects[0].position == "top"  # before, a place called "near the top"
    assert talk("draw a cat", "move it towards the left").scene.subjects[0].position == "left"


def test_other_verbs_that_move_a_thing():
    for said in ("now shove the castle over to the left", "bump it left a bit"):
        assert talk("draw a castle", said).scene.subjects[0].position == "left", said
    assert talk("draw a castle", "bump up the size").scene.subjects[0].size == "big"
    d = talk("draw a man", "convert to black and white, and then bump the contrast way up")
    assert d.scene.subjects[0].position is None and "high contrast" in d.scene.look
    d = talk("red mug next to a laptop", "and bump the mug up in size a bit")
    assert d.scene.subjects[0].size == "big" and d.scene.subjects[0].position != "top"


def test_doubt_and_a_change_asked_of_that_thing_are_asked_about():
    d = talk("draw a lighthouse", "Hmm, I'm not entirely sure about it. Perhaps something else?")
    assert d.action is Action.CHAT and d.scene.subjects[0].attributes == {}  # before, a detail "I'm"
    d = talk("draw a lighthouse", "I'm not sure about the colour, make it red")
    assert d.scene.subjects[0].attributes == {"colour": "red"}
    d = talk("帮我画一个 logo", "改一下那个 thing")
    assert d.action is Action.CHAT and names(d) == ["logo"]  # before, the logo became "那 thing"


def test_a_size_in_pixels_is_a_setting():
    d = talk("Would you kindly draw a sailing boat on the sea? (Please use 50 steps and a 768x768 size.)")
    assert names(d) == ["sailing boat"]  # before, a thing called "size"
    assert names(talk("draw a sailing boat, 768x768 size")) == ["sailing boat"]


def test_spaces_around_de_and_after_a_count():
    d = talk("帮我画一个 **蓝色** 的 house")
    assert names(d) == ["house"] and d.scene.subjects[0].attributes == {"colour": "blue"}  # before, two things
    d = talk("画两只 dog 一只 big black 一只 small white")  # a count before English values keeps its pause
    assert [(s.attributes["colour"], s.size) for s in d.scene.subjects] == [("black", "big"), ("white", "small")]


def test_a_shape_preferred_then_asked_for_without_saying_what():
    d = talk("draw a yellow triangle",
             "On second thought, I believe a circle would look nicer. Could you change it, please?")
    assert names(d) == ["circle"] and d.scene.subjects[0].attributes == {"colour": "yellow"}
    d = talk("draw a yellow triangle", "I think a circle would look nicer there. Could you change the triangle into a"
             " circle?")
    assert names(d) == ["circle"]
    assert talk("draw a yellow triangle", "i reckon blue would be nicer").scene.subjects[0].attributes == {
        "colour": "blue"}
