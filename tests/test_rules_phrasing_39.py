"""Free phrasing, round 39 (from the blind tuning-22 split's classes): "X should be a Y instead", "same spot", a top
hat, a step word before the change (最后 背景…), a background with its time, 背景就放在…里, "dog 要小的", "a bit
redder" / 红一点, praise before a request, an English request then a Chinese one, and a thing wanted too (月亮也要)."""

from __future__ import annotations

from rules_talk import talk


def names(d) -> list[str]:  # noqa: ANN001
    return [s.name for s in d.scene.subjects]


def test_a_thing_should_be_another_instead() -> None:
    d = talk("a big black dog on the right and a small white cat on the left, and an old man",
             "and the cat should be a fox instead")
    assert names(d) == ["dog", "fox", "old man"] and d.scene.subjects[1].attributes["colour"] == "white"


def test_same_spot_keeps_the_place_and_is_no_note() -> None:
    d = talk("a big black dog on the right and a small white cat on the left",
             "the cat should be an owl instead, same spot")
    assert names(d) == ["dog", "owl"] and d.scene.subjects[1].position == "left" and d.scene.notes == []


def test_a_top_hat_is_a_hat_not_a_place_at_the_top() -> None:
    d = talk("a snowman with a red scarf", "and give him a black top hat")
    snowman = d.scene.subjects[0]
    assert names(d) == ["snowman"] and snowman.parts["top hat"]["colour"] == "black" and snowman.position is None


def test_a_step_word_before_the_change_is_no_note() -> None:
    d = talk("一只猫和一只狗", "最后 背景换成 city at night")
    assert d.scene.notes == [] and d.scene.background == "city" and d.scene.time == "night"
    d = talk("一只猫和一只狗", "最后背景要雪地 晚上")
    assert d.scene.notes == [] and d.scene.background == "雪地" and d.scene.time == "night"


def test_a_background_with_its_time() -> None:
    d = talk("a cat", "change the background to a beach at sunset")
    assert d.scene.background == "beach" and d.scene.time == "sunset"
    d = talk("一只猫", "背景换成夜晚的森林")
    assert d.scene.background == "森林" and d.scene.time == "night"


def test_the_background_put_somewhere() -> None:
    d = talk("一个小女孩", "背景就放在花园里吧")
    assert d.scene.background == "花园" and d.scene.notes == []


def test_a_thing_wanted_with_a_value() -> None:
    d = talk("a woman walking a dog", "dog 要小的 and brown")
    dog = d.scene.subjects[1]
    assert dog.size == "small" and dog.attributes == {"colour": "brown"}
    d = talk("一只猫和一只狗", "狗要小一点")
    assert d.scene.subjects[1].size == "small" and d.action.value == "edit"
    d = talk("一只猫和一只狗", "狗要大一点的")
    assert d.scene.subjects[1].size == "big"


def test_more_of_a_colour_is_that_colour() -> None:
    d = talk("a cat and a dog", "make the cat a bit redder")
    assert names(d) == ["cat", "dog"] and d.scene.subjects[0].attributes["colour"] == "red"
    d = talk("一只猫和一只狗", "猫红一点")
    assert d.scene.subjects[0].attributes["colour"] == "red" and d.scene.notes == []


def test_praise_before_a_request() -> None:
    d = talk("a cat and a dog", "好看 can you make it 水彩 style")
    assert d.scene.style == "watercolor" and d.scene.notes == []
    d = talk("a cat", "nice make it red")
    assert d.scene.subjects[0].attributes["colour"] == "red" and d.scene.notes == []


def test_praise_words_inside_a_name_stay() -> None:  # guard
    d = talk("a cat", "cool colours")
    assert d.scene.look == ["cool tones"]


def test_an_english_request_then_a_chinese_one() -> None:
    d = talk("a red fox in the snow", "make it night 月亮也要")
    assert d.scene.time == "night" and names(d) == ["fox", "月亮"] and d.scene.subjects[0].attributes == {
        "colour": "red"}
    d = talk("a red fox in the snow", "fox 换成 wolf 吧")  # guard: one request
    assert names(d) == ["wolf"]


def test_a_thing_wanted_too() -> None:
    d = talk("一只红色的狐狸", "还要一棵树")
    assert names(d) == ["狐狸", "树"]
    d = talk("a cat and a dog", "把狗变成红色", "猫也要")  # guard: a thing there gets the same change
    assert names(d) == ["cat", "dog"] and [s.attributes.get("colour") for s in d.scene.subjects] == ["red", "red"]


def test_spots_of_a_colour_are_not_more_of_it() -> None:  # 黑点 was read as "more black" (d3a6be9 … 0883203)
    d = talk("一只有黑点的白狗")
    dog = d.scene.subjects[0]
    assert dog.attributes == {"colour": "white"} and dog.parts["点"]["colour"] == "black"
