"""The picture's look, the background and other changes said as people put them (issue 20; tuning-25 and phrasings
written for this test): "can we go black & white on this one", "can the camera be way down low looking up at it",
"a bit moodier", "soft light pls its a bit harsh rn" were notes; "put it all on a dark blue bg" drew a thing called
"it all"; "nah plain white bg is cleaner" was a note; 背景还是换回白的吧 set the background 换成白; "emm 其实 triangle
更好看" added a triangle; "an owl where the bear used to be" (the bear gone) was a note; "make him smaller and
放到右下角" only moved him; "lol he needs a black beanie too its cold out there" drew a thing; 他眼镜弄成黑色的 was a
note."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize(("message", "look"), [
    ("ooh can we go black & white on this one", "black and white"), ("let's go vintage", "vintage"),
    ("and can the camera be way down low looking up at it", "low angle"),
    ("the camera looking up at it", "low angle"), ("a bit moodier too", "moody"), ("make it dreamier", "dreamy"),
    ("soft light pls its a bit harsh rn", "soft lighting"),
])
def test_a_look_said_casually(message: str, look: str) -> None:
    d = talk("a red fox curled up asleep in the snow", message)
    assert d.scene.look == [look] and not d.scene.notes and d.scene.subjects[0].attributes.get("colour") == "red"


def test_going_somewhere_else_is_no_look() -> None:  # guard
    assert not talk("a red fox", "can we go home").scene.look


@pytest.mark.parametrize(("message", "background"), [
    ("make the dog brown and put it all on a dark blue bg", "dark blue"),
    ("nah plain white bg is cleaner", "white"), ("white background looks better", "white"),
    ("i think a light gray backdrop would look nicer", "light gray"),
])
def test_a_background_put_or_preferred(message: str, background: str) -> None:
    d = talk("a red truck and a dog on black", message)
    assert d.scene.background == background and names(d) == ["truck", "dog"] and not d.scene.notes


def test_the_background_changed_back_in_chinese() -> None:
    d = talk("画两个圆 白底", "然后黑底", "背景还是换回白的吧")
    assert d.scene.background == "white"


@pytest.mark.parametrize(("messages", "shape", "colour"), [
    (("画一个small blue square 在左下角", "改成 circle 吧", "emm 其实 triangle 更好看"), "triangle", "blue"),
    (("a blue square", "hmm a circle would look better"), "circle", "blue"),
    (("a blue square", "还是红色好看"), "square", "red"),
])
def test_a_shape_or_colour_said_to_look_better(messages: tuple[str, ...], shape: str, colour: str) -> None:
    d = talk(*messages)
    assert names(d) == [shape] and d.scene.subjects[0].attributes["colour"] == colour


def test_praise_of_a_thing_is_no_change() -> None:  # guard
    d = talk("a blue square", "the cat looks better")
    assert names(d) == ["square"] and d.scene.subjects[0].attributes == {"colour": "blue"}


def test_a_new_thing_where_a_removed_one_was() -> None:
    d = talk("campfire in the woods at night, a tent on the left and a bear on the right", "lose the bear",
             "ok now an owl where the bear used to be")
    assert names(d) == ["campfire", "tent", "owl"] and d.scene.subjects[-1].position == "right"


def test_english_then_and_then_chinese_are_two_requests() -> None:
    d = talk("在雪地里画一个snowman, 戴着红色scarf", "make him smaller and 放到右下角")
    assert (d.scene.subjects[0].size, d.scene.subjects[0].position) == ("small", "bottom right")


def test_a_list_in_two_languages_stays_one() -> None:  # guard
    assert names(talk("draw a cat and 一只白色的狗")) == ["cat", "狗"]


@pytest.mark.parametrize("message", ["lol he needs a black beanie too its cold out there",
                                     "he needs a black beanie too"])
def test_what_he_needs_with_a_remark_after(message: str) -> None:
    d = talk("an old fisherman", message)
    assert names(d) == ["old fisherman"] and d.scene.subjects[0].parts["beanie"]["colour"] == "black"


def test_the_weather_said_after_a_request_is_no_part_of_it() -> None:
    d = talk("a red fox", "make it night its so cold out there")
    assert d.scene.time == "night" and not d.scene.notes


@pytest.mark.parametrize(("first", "message", "part"), [
    ("画一个戴眼镜的老人", "他眼镜弄成黑色的", "眼镜"), ("画一只猫", "它尾巴改成白色", "尾巴"),
])
def test_his_thing_said_without_de(first: str, message: str, part: str) -> None:
    d = talk(first, message)
    assert d.scene.subjects[0].parts[part]["colour"] in ("black", "white")
    assert "colour" not in d.scene.subjects[0].attributes


def test_a_pronoun_then_a_change_is_still_him() -> None:  # guard
    d = talk("画一个戴眼镜的老人", "他变成红色")
    assert d.scene.subjects[0].attributes["colour"] == "red"


@pytest.mark.parametrize("message", ["来个黑白滤镜", "黑白一点", "换成黑白风格"])
def test_black_and_white_said_in_chinese_is_the_picture(message: str) -> None:
    d = talk("画一只橘猫", message)
    assert d.scene.look == ["black and white"] and d.scene.subjects[0].attributes == {"colour": "orange"}
    assert names(d) == ["猫"] and not d.scene.style


def test_a_style_said_with_feng_ge_stays_a_style() -> None:  # guard
    assert talk("a cat", "换成水彩风格").scene.style == "watercolor"


@pytest.mark.parametrize(("message", "where"), [("靠左放", "left"), ("往右边放放", "right"),
                                                ("三角形往下沉一点", "bottom")])
def test_chinese_moves_said_with_other_verbs(message: str, where: str) -> None:
    d = talk("画一个黄色三角形", message)
    assert d.scene.subjects[0].position == where and not d.scene.notes


def test_a_lantern_hung_on_a_tree_in_a_draw() -> None:
    d = talk("画一盏灯笼挂在树上")
    assert names(d) == ["树"] and list(d.scene.subjects[0].parts) == ["灯笼"]
