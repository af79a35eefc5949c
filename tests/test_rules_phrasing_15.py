"""Issue 20, more classes tuning-12 found: rain and snow said as they fall (正在下雪, 下点小雨), a door or a roof as
where things are (门口挂着两盏灯笼, 屋顶上站着一只乌鸦), 它们 of a person and animals, a pose on a thing said of
someone there ("make her sit on a chair", 让她坐在一把椅子上), and 蹲着的那种 after a thing. Each failed before its fix
(guards marked)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


@pytest.mark.parametrize(("message", "time"), [
    ("一座小房子 正在下雪", "snowfall"), ("外面下着雪", "snowfall"), ("下起了小雨", "rain"), ("一只猫 在下雨", "rain"),
])
def test_rain_and_snow_said_as_they_fall(message: str, time: str) -> None:
    d = talk(message)
    assert time in (d.scene.time or [])
    assert not any(n in ("正", "外面正", "在", "下着雪") for n in names(d))


def test_more_rain_asked_for_is_an_edit() -> None:
    d = talk("一个老渔夫在江边钓鱼", "再下点小雨")
    assert d.action is Action.EDIT and "rain" in (d.scene.time or [])


def test_a_door_and_a_roof_are_where_things_are() -> None:
    d = talk("画一座小木屋 门口挂着两盏红灯笼 屋顶上站着一只乌鸦")
    assert sorted(names(d)) == sorted(["木屋", "灯笼", "灯笼", "乌鸦"])
    assert [s.attributes.get("colour") for s in d.scene.subjects if s.name == "灯笼"] == ["red", "red"]


def test_it_plural_in_chinese_is_the_animals_not_the_person() -> None:
    d = talk("画一个老奶奶和两只小鸡在院子里", "把它们变成黄色的")
    colours = {s.name: s.attributes.get("colour") for s in d.scene.subjects}
    assert colours == {"老奶奶": None, "鸡": "yellow"}


def test_all_of_them_in_chinese_is_everything() -> None:  # guard
    d = talk("一个男孩和一只狗", "把它们都变小一点")
    assert all(s.size == "small" for s in d.scene.subjects)


@pytest.mark.parametrize(("first", "then", "who", "anchor"), [
    ("画一个老奶奶和两只小鸡在院子里", "让她坐在一把椅子上", "老奶奶", "椅子"),
    ("一个老爷爷", "他坐在一张长椅上", "老爷爷", "长椅"),
    ("an old woman and two chicks", "make her sit on a chair", "old woman", "chair"),
    ("a knight and a dragon", "he is standing on a rock", "knight", "rock"),
])
def test_a_pose_on_a_thing_said_of_someone_there(first: str, then: str, who: str, anchor: str) -> None:
    d = talk(first, then)
    assert d.action is Action.EDIT
    (person,) = [s for s in d.scene.subjects if s.name == who]
    assert person.attributes.get("pose") in ("sitting", "standing")
    assert anchor in (person.position or "")
    assert names(d).count(anchor) == 1 and len(d.scene.subjects) == len(talk(first).scene.subjects) + 1


def test_a_pose_on_a_thing_already_there_adds_nothing() -> None:
    d = talk("a dog and a sofa", "make the dog sit on the sofa")
    assert names(d) == ["dog", "sofa"] and d.scene.subjects[0].position == "on the sofa"


def test_a_pose_at_a_side_of_the_picture_is_a_move() -> None:  # guard
    d = talk("画一个女孩", "让她站在右边")
    assert names(d) == ["女孩"] and d.scene.subjects[0].position == "right"


def test_the_kind_that_crouches_is_said_of_the_thing_just_added() -> None:
    d = talk("画一条安静的小巷", "加一只黑猫 蹲着的那种")
    (cat,) = [s for s in d.scene.subjects if s.name.endswith("猫")]
    assert cat.name == "猫" and cat.attributes.get("pose") == "crouching"  # 蹲着: a pose since f1a46df, not a detail
    assert d.action is Action.EDIT and not d.scene.notes


# ---------------------------------------- a request to draw that names nothing asks what to draw

@pytest.mark.parametrize("message", ["draw something", "can u draw me something cool", "帮我画一个吧", "随便画点什么",
                                     "surprise me", "pls make me a picture"])
def test_a_request_naming_nothing_asks_what_to_draw(message: str) -> None:
    d = talk(message)
    assert d.action is Action.CHAT and not d.scene.subjects
    assert "?" in d.reply or "？" in d.reply
    assert "understand" not in d.reply and "没看懂" not in d.reply  # it was understood: only the question


@pytest.mark.parametrize("message", ["随便画个绿色的东西", "draw something red", "画一只猫"])
def test_a_request_with_something_said_still_draws(message: str) -> None:  # guard
    assert talk(message).action is Action.DRAW


def test_the_answer_after_a_shrug_is_what_is_drawn() -> None:
    d = talk("draw something", "idk surprise me lol... ok fine a penguin")
    assert d.action is Action.DRAW and names(d) == ["penguin"]


# ---------------------------------------- one of a group described by where it is

@pytest.mark.parametrize(("message", "expected"), [
    ("三个气球 左边红的 中间黄的 右边绿的", [("red", "left"), ("yellow", "center"), ("green", "right")]),
    ("两只猫 左边黑的 右边白的", [("black", "left"), ("white", "right")]),
])
def test_each_of_a_group_by_its_place_and_value(message: str, expected: list[tuple[str, str]]) -> None:
    d = talk(message)
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == expected


@pytest.mark.parametrize("message", ["两个圆 蓝色的", "two circles, blue"])
def test_one_value_alone_after_a_group_is_for_all_of_them(message: str) -> None:
    d = talk(message)
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["blue", "blue"]


# ---------------------------------------- things on a table or a blanket are drawn, not its parts

@pytest.mark.parametrize(("message", "things"), [
    ("a wooden desk with a lamp", ["desk", "lamp"]),
    ("a picnic blanket with a basket and a thermos", ["picnic blanket", "basket", "thermos"]),
    ("a kitchen counter with a cutting board and two onions", ["kitchen counter", "cutting board", "onion", "onion"]),
])
def test_things_with_a_surface_are_on_it(message: str, things: list[str]) -> None:
    d = talk(message)
    assert names(d) == things and not d.scene.subjects[0].parts
    assert all("on the" in (s.position or "") for s in d.scene.subjects[1:])


def test_a_surfaces_own_pieces_stay_its_parts() -> None:  # guard
    assert not any(n in ("leg", "legs", "four legs") for n in names(talk("a table with four legs")))
