"""Classes of phrasing the rules misread (issue 20, found on tuning-23): talk about trying the app before the
request ("hi! first time here lol. can you draw…" drew a thing called "first time"); a colour said to be unwanted
("不要黄色了 换成绿色" removed the yellow taxi); a size left open ("a medium one in the middle" drew things called
"medium"); a move along one way to a place on it ("drop it straight down to the bottom", "往左移到角落里"); a change
put as a suggestion ("could we switch to oil painting", "how about blue" drew a new blue shape); a Chinese doing
after 在 ("女孩在跑步" named her 女孩步); a reaction read as a value ("this is just what i was going for")."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("message", ["hi! first time here lol. can you draw a big blue circle",
                                     "first time using this!! can u draw a big blue circle",
                                     "hey just trying this out. draw a big blue circle",
                                     "你好 第一次用 画一个大的蓝色圆形"])
def test_talk_about_trying_the_app_is_not_drawn(message: str) -> None:
    d = talk(message)
    assert d.action.value == "draw" and names(d) in (["circle"], ["圆形"])
    assert d.scene.subjects[0].attributes == {"colour": "blue"} and not d.scene.notes


def test_how_to_use_the_app_is_answered() -> None:
    d = talk("你好 第一次用 这个是怎么用的")
    assert d.action.value == "chat" and not d.scene.subjects


@pytest.mark.parametrize("message", ["不要黄色了 换成绿色", "i dont want it yellow anymore, make it green",
                                     "no more yellow, green please", "yellow is boring, make it green",
                                     "换成绿色吧 黄色不好看"])
def test_an_unwanted_colour_beside_the_new_one_recolours(message: str) -> None:
    d = talk("画一辆黄色的出租车", message)
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [("出租车", {"colour": "green"})]


def test_an_unwanted_colour_alone_asks_which_instead() -> None:
    d = talk("画一辆黄色的出租车", "不要黄色了")
    assert d.action.value == "chat" and "颜色" in d.reply
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [("出租车", {"colour": "yellow"})]


def test_a_medium_size_is_left_open() -> None:
    d = talk("three orange circles in a row, a small one on the left, a medium one in the middle and a big one on "
             "the right, on gray")
    assert [(s.name, s.size, s.position) for s in d.scene.subjects] == [
        ("circle", "small", "left"), ("circle", None, "center"), ("circle", "big", "right")]
    assert d.scene.background == "gray"


@pytest.mark.parametrize(("start", "message", "end"), [
    ("top right", "now drop it straight down to the bottom", "bottom right"),
    ("top right", "move it left to the middle", "top"),
    ("top right", "move it down to the middle", "right"),
    ("top right", "往左移到角落", "top left"),
    ("top", "往左移到角落里", "top left"),
    ("top left", "再横着移到中间", "top"),
    ("top left", "move it across to the middle", "top"),
    ("bottom left", "往上移到顶", "top left"),
    ("bottom left", "竖着移到中间", "left"),
])
def test_a_move_along_one_way_keeps_the_other(start: str, message: str, end: str) -> None:
    d = talk(f"a small orange circle at the {start}", message)
    assert [(s.name, s.position) for s in d.scene.subjects] == [("circle", end)]


@pytest.mark.parametrize(("message", "colour", "style"), [
    ("could we switch to oil painting instead", "red", "oil painting"),
    ("could we make it blue", "blue", "watercolor"),
    ("how about blue", "blue", "watercolor"),
    ("what about a blue one", "blue", "watercolor"),
    ("let's try blue", "blue", "watercolor"),
    ("could we try it in blue", "blue", "watercolor"),
    ("do it in blue", "blue", "watercolor"),
])
def test_a_change_put_as_a_suggestion_is_made(message: str, colour: str, style: str) -> None:
    d = talk("a red circle in watercolor", message)
    assert d.action.value == "edit"
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [("circle", {"colour": colour})]
    assert d.scene.style == style


def test_how_about_a_bigger_one_and_try_again() -> None:  # guard: a size suggestion; "try again" is the retry's
    assert talk("a red circle", "how about making it bigger").scene.subjects[0].size == "big"
    d = talk("a red circle", "try again")
    assert d.action.value == "chat" and "Retry" in d.reply


@pytest.mark.parametrize(("message", "name", "pose"), [
    ("画一个女孩在跑步", "女孩", "running"), ("画一个正在跑步的女孩", "女孩", "running"),
    ("画一个男人在走路", "男人", "walking"), ("画一个女孩在公园里跑步", "女孩", "running"),
    ("画一个男人在城市街头走路 下雨天 电影感", "男人", "walking"),
])
def test_a_chinese_doing_after_zai_is_no_part_of_the_name(message: str, name: str, pose: str) -> None:
    d = talk(message)
    assert [(s.name, s.attributes.get("pose")) for s in d.scene.subjects] == [(name, pose)]


def test_a_place_after_zai_is_still_a_place() -> None:  # guard
    d = talk("一只猫在沙发上睡觉")
    assert [(s.name, s.attributes.get("pose")) for s in d.scene.subjects][0] == ("猫", "sleeping")


@pytest.mark.parametrize("message", ["this is just what i was going for!", "**thanks**, that's exactly what i wanted",
                                     "whats the difference between draw and edit here?"])
def test_a_reaction_or_a_question_changes_nothing(message: str) -> None:
    d = talk("a red bus", message)
    assert d.action.value == "chat" and [(s.name, s.attributes) for s in d.scene.subjects] == [
        ("bus", {"colour": "red"})] and not d.scene.notes


def test_a_look_said_as_a_kind() -> None:
    d = talk("画一只猫", "黑白的 有点电影感那种")
    assert d.scene.look == ["black and white", "cinematic"] and not d.scene.notes
