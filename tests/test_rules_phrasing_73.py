"""What a Chinese description's thing holds or wears, then how it stands and where (issue 20; from tuning-26 and
phrasings written for this test): "脖子上戴着蓝色的项圈，趴在草地上" made a part "项圈趴在草地上"; with two
things worn ("穿着红色的裙子，戴着白色的帽子，站在海边") the place went into the last one; 留着白胡子 drew a thing
called 留着胡子; 坐在门口 named the thing 小狗坐; 在石头上 made the thing out of stone, and 加一块石头 added a
stone cat; "city street" was the city, and "sports car" was mended into "spots car"."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said, name, worn, pose", [
    ("画一只橘色的猫咪，脖子上戴着蓝色的项圈，趴在草地上", "猫咪", ["项圈"], "lying"),
    ("画一个女人，穿着红色的裙子，戴着白色的帽子，站在海边", "女人", ["裙子", "帽子"], "standing"),
    ("帮我画个老人 戴着黑色的帽子和圆眼镜 留着白胡子 坐在公园里", "老人", ["帽子", "圆眼镜", "胡子"], "sitting"),
    ("画一个小女孩 头上戴着红色的蝴蝶结 手里拿着棒棒糖 站在花园里", "小女孩", ["蝴蝶结", "棒棒糖"], "standing"),
    ("画一个boy, 戴着一顶yellow的帽子, 手里拿着一个red balloon, 站在beach上", "boy", ["帽子", "balloon"],
     "standing"),
])
def test_what_it_wears_stays_apart_from_how_it_stands_and_where(said, name, worn, pose):
    d = talk(said)
    assert names(d) == [name]
    subject = d.scene.subjects[0]
    assert list(subject.parts) == worn
    assert subject.attributes.get("pose") == pose
    assert d.scene.background  # the place is the picture's, not a word of a part


def test_a_worn_things_colour_stays_its_own():
    subject = talk("画一只橘色的猫咪，脖子上戴着蓝色的项圈，趴在草地上").scene.subjects[0]
    assert subject.attributes.get("colour") == "orange"
    assert subject.parts["项圈"].get("colour") == "blue"


@pytest.mark.parametrize("said, name, where", [
    ("画只小狗坐在门口", "小狗", "门口"),
    ("画一只猫坐在石头上", "猫", "石头上"),
    ("一只鸟站在木头上", "鸟", "木头上"),
])
def test_a_place_at_a_door_or_on_a_rock_is_where_it_is(said, name, where):
    d = talk(said)
    assert names(d)[0] == name and d.scene.subjects[0].position == where
    assert "material" not in d.scene.subjects[0].attributes


def test_a_rock_added_is_a_rock():
    assert names(talk("一只猫", "加一块石头")) == ["猫", "石头"]


def test_one_thing_held_then_where_it_stands_reads_as_before():  # guard
    d = talk("一个小女孩 手里拿着一把伞 站在狗旁边")
    assert names(d)[0] == "小女孩" and list(d.scene.subjects[0].parts) == ["伞"]


def test_a_thing_made_of_stone_is_still_made_of_stone():  # guard
    d = talk("一个石头做的小猫")
    assert names(d) == ["小猫"] and d.scene.subjects[0].attributes.get("material") == "stone"


@pytest.mark.parametrize("said", ["draw a red sports car 在城市街道上, at night", "画一辆车在城市的街道上",
                                  "a man and a woman, all on a city street"])
def test_a_city_street_is_a_street_in_a_city(said):
    assert talk(said).scene.background == "on a city street"


def test_a_sports_car_is_not_mended_into_a_spots_car():
    assert names(talk("a red sports car")) == ["sports car"]


def test_a_city_alone_is_still_the_city():  # guard
    assert talk("a cat in the city").scene.background == "in the city"
