"""Requests as people put them, written for this test (issue 20): how light the whole picture is ("太暗了" was
answered as praise, "亮一点" noted, "make the picture lighter" asked about); praise of how it was drawn (画得真好
drew a thing called 得真好); a corner word without 角 (在右下 drew a thing called 右 and put the triangle under
it); a copy ("再画一只一样的" drew a thing called 一样, "one more of the same" one called same); the opposite
corner; 换掉 then 换成 (a rabbit called 掉); 换个背景 then the place (turned the cat into 背景); 删了吧 alone;
a genre said as a tag ("…, fantasy art" drew a thing called "fantasy art")."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize(("first", "message", "look"), [
    ("一只猫", "太暗了", "bright lighting"), ("一只猫", "亮一点", "bright lighting"),
    ("一只猫", "画面亮一点", "bright lighting"), ("a cat", "it's too dark", "bright lighting"),
    ("a cat", "too dark", "bright lighting"), ("a cat", "make the picture lighter", "bright lighting"),
    ("a cat", "brighten it up a bit", "bright lighting"), ("a cat", "it's way too bright", "low light"),
    ("一只猫", "画面太亮了", "low light"), ("一只猫", "暗一点吧", "low light"),
])
def test_how_light_the_picture_is(first: str, message: str, look: str) -> None:
    d = talk(first, message)
    assert d.action.value == "edit" and d.scene.look == [look] and not d.scene.notes
    assert d.scene.subjects[0].attributes == {}


def test_brighter_then_darker_replaces() -> None:
    assert talk("a cat", "too dark", "now it's too bright").scene.look == ["low light"]


def test_a_thing_made_darker_is_still_the_thing_s() -> None:  # guard: its colour, not the picture's light
    d = talk("a red circle", "make it darker")
    assert not d.scene.look


@pytest.mark.parametrize("message", ["画得真好 谢谢", "画的太棒了"])
def test_praise_of_the_drawing_changes_nothing(message: str) -> None:
    d = talk("一只猫", message)
    assert d.action.value == "chat" and [s.name for s in d.scene.subjects] == ["猫"]


def test_praise_then_a_request() -> None:
    assert [s.name for s in talk("一只猫", "画得不错 再加一只狗").scene.subjects] == ["猫", "狗"]


@pytest.mark.parametrize(("message", "position"), [("一个蓝色大三角 在右下", "bottom right"),
                                                    ("一个蓝色大三角 在左上", "top left")])
def test_a_corner_without_jiao(message: str, position: str) -> None:
    d = talk(message)
    assert [(s.name, s.position) for s in d.scene.subjects] == [("triangle", position)]


@pytest.mark.parametrize(("first", "message"), [
    ("a red fox", "duplicate it"), ("a red fox", "one more of the same"), ("a red fox", "another one just like it"),
    ("一只猫", "再画一只一样的"), ("一只猫", "再加一只一样的猫"), ("一只猫", "复制一个"),
])
def test_a_copy_is_one_more(first: str, message: str) -> None:
    d = talk(first, message)
    names = [s.name for s in d.scene.subjects]
    assert len(names) == 2 and names[0] == names[1]


def test_the_opposite_corner() -> None:
    d = talk("a red circle at the top left", "move it to the opposite corner")
    assert d.scene.subjects[0].position == "bottom right"
    d = talk("a red circle at the left", "move it to the opposite corner")  # guard: no corner to go to
    assert d.scene.subjects[0].position == "left"


@pytest.mark.parametrize(("first", "message", "names", "background", "style"), [
    ("一只猫", "把猫换掉 换成一只兔子", ["兔子"], None, None),
    ("一只猫", "换个背景 海边吧", ["猫"], "海边", None),
    ("一只猫", "换个风格 水彩", ["猫"], None, "watercolor"),
    ("一只猫", "删了吧", [], None, None),
])
def test_chinese_change_said_in_two_goes(first: str, message: str, names: list[str], background: str | None,
                                         style: str | None) -> None:
    d = talk(first, message)
    assert [s.name for s in d.scene.subjects] == names and d.scene.background == background
    assert d.scene.style == style and all(not s.attributes for s in d.scene.subjects)


def test_a_new_colour_said_after_its_kind() -> None:
    d = talk("一只红色的猫", "换个颜色，蓝的")
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [("猫", {"colour": "blue"})]


@pytest.mark.parametrize(("message", "style", "names"), [
    ("a dragon flying over a castle, fantasy art", "fantasy art", ["dragon", "castle"]),
    ("a city skyline at sunset, cyberpunk", "cyberpunk", ["city skyline"]),
    ("a fox in the forest, low poly", "low poly", ["fox"]),
])
def test_a_genre_said_as_a_tag_is_the_style(message: str, style: str, names: list[str]) -> None:
    d = talk(message)
    assert d.scene.style == style and [s.name for s in d.scene.subjects] == names


def test_a_genre_with_style_after_it() -> None:
    d = talk("a red circle", "steampunk style")
    assert d.scene.style == "steampunk" and not d.scene.notes


@pytest.mark.parametrize("message", ["再画", "再来", "画个"])
def test_again_alone_is_no_copy(message: str) -> None:  # found on the reread: 再画 / 再来 added a second cat
    d = talk("一只猫", message)
    assert d.action.value == "chat" and [s.name for s in d.scene.subjects] == ["猫"]
