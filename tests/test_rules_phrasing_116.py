"""What a request is for, said before a colon ("tattoo 设计: 一个 black 的 rose", "I run a bakery and want a picture
for our chalkboard: a chocolate cake"), courtesy set off inside it ("Paint me, if you would, a heron"), a greeting
("Good day."), talk that leaves or praises ("k thx gotta go", "not bad", 要得, 赶单去了, 可以发朋友圈不？), 欸 and 吗
inside a request, and spoken Sichuan and northern words (竹林头, 搁右边儿) (issue 20; from the blind split tuning-35,
then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said, expected", [
    ("tattoo 设计: 一个 black 的 rose, 在 center, 白底", ["rose"]),
    ("做个店标：中间一个绿色的大正方形，白底", ["square"]),
    ("I run a bakery and want a picture for our chalkboard: a chocolate cake with cherries", ["chocolate cake"]),
    ("Single panel, no gutters: a detective in a trench coat under a streetlight", ["detective", "streetlight"]),
    ("draw three flowers in a row: a red tulip on the left, a yellow sunflower in the middle and a purple iris on "
     "the right", ["tulip", "sunflower", "iris"]),
])
def test_what_the_picture_is_for_before_a_colon_is_no_thing(said, expected):
    """Before: a thing called "tattoo 设计: rose", "做店标", "I run bakery and want…"; three flowers more."""
    assert names(talk(said)) == expected


def test_a_label_that_says_the_time_keeps_it():
    d = talk("Night scene: a fox in the snow")
    assert names(d) == ["fox"] and d.scene.time == "night"


@pytest.mark.parametrize("said, expected", [("two circles: a red one on the left and a blue one on the right",
                                             ["circle", "circle"]),
                                            ("一只柯基在沙发上打滚 --ar 16:9 --seed 3", ["柯基", "沙发"])])
def test_a_counted_list_and_a_ratio_are_no_label(said, expected):  # guards
    assert names(talk(said)) == expected


def test_a_negative_prompt_label_draws_nothing():  # guard
    assert names(talk("Negative prompt: a dog")) == []


@pytest.mark.parametrize("said, expected", [
    ("Good day. I would like to have a picture of a black horse on a mountain, please.", ["horse"]),
    ("Paint me, if you would, a lone heron standing in still water", ["lone heron"]),
    ("draw me, please, a heron", ["heron"]),
])
def test_greetings_and_courtesy_are_no_things(said, expected):
    """Before: things called "Good day", "Paint", "draw"."""
    assert names(talk(said)) == expected


@pytest.mark.parametrize("said", ["k thx gotta go, pt call bell 🔔", "ok not bad", "要得，巴适得很", "好了 赶单去了 谢",
                                  "这个画可以发朋友圈不？"])
def test_talk_changes_nothing(said):
    """Before: "k thx" removed (nothing found), notes added, or 赶单 kept out of the picture."""
    d = talk("a red fox", said)
    assert d.action.value == "chat" and names(d) == ["fox"] and not d.scene.notes


def test_the_thing_that_has_to_go_still_goes():  # guard
    assert names(talk("a red fox and a tree", "the fox gotta go")) == ["tree"]


@pytest.mark.parametrize("said", ["欸可以帮我画一个大棕色圆形吗 放中间就好", "可以帮我画一个大棕色圆形吗，放中间就好"])
def test_a_request_asked_as_a_question_then_more(said):
    """Before: a shape with no colour or size (欸), or one with the detail 吗."""
    circle = talk(said).scene.subjects[0]
    assert (circle.name, circle.attributes, circle.size, circle.position) == ("circle", {"colour": "brown"}, "big",
                                                                              "center")


@pytest.mark.parametrize("said, name, where", [("帮我画只熊猫坐在竹林头吃竹子嘛", "熊猫", "竹林"),
                                               ("整一个红色的三角形，搁右边儿", "triangle", None)])
def test_spoken_sichuan_and_northern_words(said, name, where):
    """Before: things called 熊猫坐头 and 搁儿."""
    d = talk(said)
    assert names(d) == [name] and d.scene.background == where
    assert d.scene.subjects[0].position in (None, "right")
