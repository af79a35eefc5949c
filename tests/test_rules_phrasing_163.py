"""Issue 20, more of what tuning-71 … -76 missed at first sight: English colours said each for one inside Chinese
("一个red一个blue"), a laugh inside a list, pointing words left after a link, 撑伞 (holding it up), 放 before a
place, a colour before 背景, "on sky blue", "bg -> sky blue pls", courtesy inside a sentence, "I wonder whether you
might", 不对不对 and what it is not said after a comma, a particle 哈 at the end, a heart emoji after its colour."""

from __future__ import annotations

from rules_talk import names, talk


def _colours(d) -> list[str]:
    return [s.attributes.get("colour", "") for s in d.scene.subjects]


def test_english_colours_each_for_one_in_chinese() -> None:
    d = talk("画两个square，一个yellow一个purple")
    assert names(d) == ["square", "square"] and _colours(d) == ["yellow", "purple"]  # before, a thing called 一
    d = talk("画两个圆，一个red一个blue", "red的那个移到左边")
    assert [s.position for s in d.scene.subjects] == ["left", None]
    d = talk("draw 一个 red ball 和一个 blue ball，red 的那个大一点")  # guard: as read before
    assert _colours(d) == ["red", "blue"] and [s.size for s in d.scene.subjects] == ["big", None]


def test_a_laugh_inside_a_list() -> None:
    d = talk("draw 3 balloons lol red green and blue")
    assert names(d) == ["balloon"] * 3 and _colours(d) == ["red", "green", "blue"]


def test_pointing_words_go_with_the_link() -> None:
    d = talk("![ref](https://i.imgur.com/x7Kq2.png) draw a cat like this but orange pls")
    assert names(d) == ["cat"] and _colours(d) == ["orange"]  # before, a "cat like this but"
    assert names(talk("画一只猫 就像这个 ![cat](http://img.example.com/cat.jpg) 谢谢")) == ["猫"]  # before, 猫就


def test_holding_an_umbrella_up() -> None:
    d = talk("幫我畫個girl撐住把umbrella")
    assert names(d) == ["girl"] and "umbrella" in d.scene.subjects[0].parts
    d = talk("画一个女孩在雨中撑伞")
    assert names(d) == ["女孩"] and "伞" in d.scene.subjects[0].parts  # before, one thing called 女孩撑伞


def test_put_before_a_place() -> None:
    d = talk("来个 yellow circle 放左边, on grey 谢谢")
    assert names(d) == ["circle"] and d.scene.subjects[0].position == "left" and d.scene.background == "gray"
    d = talk("draw 一个小小的粉色 heart，放 top right")
    assert names(d) == ["heart"] and d.scene.subjects[0].position == "top right"  # before, a thing called 放
    d = talk("a brown camel", "骆驼大一点，放右边")  # guard
    assert d.scene.subjects[0].size == "big" and d.scene.subjects[0].position == "right"


def test_backgrounds_said_loosely() -> None:
    d = talk("画一个 purple star 在 top left, on black 背景")
    assert names(d) == ["star"] and d.scene.background == "black"  # before, a black thing called 背景
    d = talk("two white clouds at the top, on sky blue")
    assert d.scene.background == "sky blue"  # before, in the sky
    assert talk("a grey circle", "bg -> sky blue pls").scene.background == "sky blue"  # before, a note
    d = talk("画个粉色小三角 放在底部 黑底哈")
    assert names(d) == ["triangle"] and d.scene.background == "black"  # before, a thing called 哈
    assert names(talk("画一只哈士奇")) == ["哈士奇"]  # guard


def test_courtesy_inside_a_sentence() -> None:
    d = talk("I would like a picture, please, of a white cat and a brown dog sitting together on the grass.")
    assert names(d) == ["cat", "dog"]  # before, a thing called picture
    d = talk("draw a red square", "I wonder whether you might remove the triangle for me.")
    assert names(d) == ["square"] and d.reply.endswith("?")  # before, a triangle was added
    d = talk("draw a red square", "I was wondering if maybe you could perhaps make it blue")
    assert _colours(d) == ["blue"]


def test_what_it_is_not_after_a_comma() -> None:
    d = talk("a green circle on the left", "不对不对，我要的是三角形，不是圆的")
    assert names(d) == ["triangle"] and _colours(d) == ["green"]  # before, 不对 became a note


def test_a_heart_after_its_colour_only_shows_it() -> None:
    d = talk("a little girl holding a balloon", "she wants the balloon to be PURPLE 💜💜")
    assert list(d.scene.subjects[0].parts) == ["balloon"]  # before, a second part "balloon to be heart"
    assert d.scene.subjects[0].parts["balloon"]["colour"] == "purple"
