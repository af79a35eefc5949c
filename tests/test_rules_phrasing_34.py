"""Free phrasing, round 34 (from the blind tuning-21 split's classes): written Cantonese from Hong Kong, a request
framed as a letter or quoting the app, 下雨天, a thing in the sky of a scene that has its own setting, a reason
said after the request, "swap the colours", colours listed without their first comma, "solo" in a tag list,
黑白、特写, "X 不要黄色，变成蓝色", "不用动"."""

from __future__ import annotations

import pytest

from dialog.cantonese import as_mandarin
from rules_talk import talk


@pytest.mark.parametrize("said, meant", [
    ("一只企鹅", "一只企鹅"),  # Mandarin stays as it is: 企 and 郁 are Mandarin words too
    ("整体忧郁一点", "整体忧郁一点"),
    ("拿个喇叭", "拿个喇叭"),
    ("它不用动", "它不用动"),
])
def test_mandarin_is_not_read_as_cantonese(said: str, meant: str) -> None:
    assert as_mandarin(said) == meant


def test_cantonese_words_said_the_mandarin_way() -> None:
    assert as_mandarin("将佢顶帽子变做蓝色") == "把它的帽子变成蓝色"
    assert as_mandarin("帽子唔要喇") == "帽子不要了"


def test_a_hong_kong_conversation() -> None:
    d = talk("畫隻黑貓，戴住頂紅色帽子")
    cat = d.scene.subjects[0]
    assert (cat.name, cat.attributes.get("colour"), cat.parts["帽子"]["colour"]) == ("猫", "black", "red")
    d = talk("畫隻黑貓，戴住頂紅色帽子", "將佢頂帽子變做藍色")
    assert d.scene.subjects[0].parts["帽子"]["colour"] == "blue"
    d = talk("畫隻黑貓，戴住頂紅色帽子", "帽子唔要喇")
    assert [(s.name, s.parts) for s in d.scene.subjects] == [("猫", {})]
    d = talk("畫隻黑貓，戴住頂紅色帽子", "好靚 唔該晒")
    assert d.action.value == "chat" and d.scene.notes == []


def test_cantonese_brown_beside_and_a_leading_measure_word() -> None:
    d = talk("draw 一隻啡色嘅狗 喺右邊", "加個藍色嘅球喺佢隔籬")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("狗", "brown"), ("球", "blue")]
    d = talk("畫一隻白色嘅船喺海上", "隻船變紅色")
    assert d.scene.subjects[0].attributes["colour"] == "red"


@pytest.mark.parametrize("messages", [
    ["Hi,\n\nCould you please draw a small green turtle on a sandy beach?\n\nThanks in advance,\nMaria"],
    ["a small green turtle", "> Here is your picture\n\nnice, thanks"],
])
def test_a_letter_frame_is_not_a_thing(messages: list[str]) -> None:
    assert [s.name for s in talk(*messages).scene.subjects] == ["turtle"]


def test_a_request_between_greeting_and_sign_off() -> None:
    d = talk("a small green turtle and a red crab",
             "Dear bot, actually the crab should be on the left side. Kind regards")
    assert d.scene.subjects[1].position == "left"


def test_rainy_day_said_in_chinese_keeps_the_umbrella() -> None:
    d = talk("一个小女孩拿着一把黄色的雨伞", "改成下雨天")
    assert d.scene.time == "rain"
    assert d.scene.subjects[0].parts["雨伞"]["colour"] == "yellow"


@pytest.mark.parametrize("messages", [["a boat at sea", "add a bird in the sky"],
                                      ["画一只白色的船在海上，天上有个太阳"]])
def test_a_thing_in_the_sky_keeps_the_scenes_setting(messages: list[str]) -> None:
    assert talk(*messages).scene.background == "at sea"


def test_a_bird_in_the_sky_alone_is_in_the_sky() -> None:  # guard
    assert talk("a bird in the sky").scene.background == "in the sky"


def test_a_reason_after_the_request_is_not_read() -> None:
    d = talk("a golden retriever in a park", "make it nighttime pls ’cause it’s way too bright")
    assert d.scene.time == "night" and "detail" not in d.scene.subjects[0].attributes


def test_swap_the_colours_of_two_things() -> None:
    d = talk("a big orange square in the center and a small black circle at the bottom left", "swap the colours")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["black", "orange"]


def test_colours_listed_without_the_first_comma() -> None:
    d = talk("draw three balloons, red blue and yellow, floating over a house")
    assert [s.attributes.get("colour") for s in d.scene.subjects if s.name == "balloon"] == ["red", "blue", "yellow"]


def test_solo_in_a_tag_list_is_not_a_thing() -> None:
    names = [s.name for s in talk("1girl, solo, (red scarf:1.2), rain").scene.subjects]
    assert names == ["girl"]


def test_black_and_white_listed_with_a_close_up() -> None:
    d = talk("画个老人", "黑白、特写")
    assert d.scene.look == ["black and white", "close-up"] and d.scene.subjects[0].attributes == {}


def test_not_this_colour_then_that_one() -> None:
    d = talk("画棵树，树上面有只黄色的小鸟", "那只小鸟不要黄色，变成蓝色，那棵树不用动")
    assert d.scene.subjects[1].attributes["colour"] == "blue" and d.scene.notes == []


def test_should_be_on_the_left_is_a_place_not_the_left_one() -> None:
    d = talk("a small green turtle and a red crab", "the crab should be on the left")
    assert d.scene.subjects[1].position == "left"
