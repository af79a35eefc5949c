"""Free phrasing, round 38 (from the blind tuning-22 split's classes): a thing said in Chinese and the request in
English ("把圆形 move to the bottom right"), 它们全部, 让整张图 black and white."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_the_thing_in_chinese_the_request_in_english() -> None:
    d = talk("一个红色正方形和一个黄色圆形", "把圆形 move to the bottom right")
    assert [s.position for s in d.scene.subjects] == [None, "bottom right"]


def test_a_chinese_description_then_english_words_in_chinese_stays_as_it_was() -> None:  # guard
    d = talk("两只狗，一只戴着帽子在左边，一只大的在中间", "戴帽子的那只 move 到 right")
    assert d.action.value == "edit" and "right" in [s.position for s in d.scene.subjects]


def test_all_of_them_said_with_quanbu() -> None:
    d = talk("两个黄色的小正方形和一个大的红色三角形", "它们全部变成蓝色")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["blue", "blue", "blue"]


def test_the_whole_picture_black_and_white() -> None:
    d = talk("两个圆 一个白色 一个黄色", "让整张图 black and white")
    assert d.scene.look == ["black and white"] and [s.attributes["colour"] for s in d.scene.subjects] == [
        "white", "yellow"]


@pytest.mark.parametrize("message", ["我不要红色，要蓝色", "其实我不想要红色，要蓝色的"])
def test_i_do_not_want_red_but_blue_recolours_and_never_removes(message: str) -> None:
    d = talk("一只红色的猫", message)
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("猫", "blue")] and not d.scene.notes
