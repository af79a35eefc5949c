"""Free phrasing, round 41 (from the blind tuning-22 split's classes): what kinds of things it draws, asked ("你能画
几何图形吗"); a draw verb before a thing and its neighbour; a look and a sky in one clause; a value taken back inside
one request ("花换成黄色的 不 还是白色吧"); "算了 还是加一只狗吧" (made the girl a thing called 加狗); a thing named
before the request made of "it" ("蓝车 make it bigger", "the red one, move it to the top")."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("message", ["你能画几何图形吗", "can you draw shapes?", "你会画动物吗",
                                     "could you draw animals"])
def test_asking_what_kinds_it_draws_draws_nothing(message: str) -> None:
    d = talk("a cat", message)
    assert d.action.value == "chat" and [s.name for s in d.scene.subjects] == ["cat"]
    d = talk(message)
    assert d.action.value == "chat" and d.scene.subjects == []


def test_asking_for_one_thing_still_draws_it() -> None:  # guard
    assert [s.name for s in talk("能画一只熊猫吗").scene.subjects] == ["熊猫"]
    assert [s.name for s in talk("can you draw a cat?").scene.subjects] == ["cat"]


def test_the_draw_verb_is_no_word_of_the_thing_beside() -> None:
    d = talk("那画一个 Christmas tree 旁边有一个 snowman")
    assert [s.name for s in d.scene.subjects] == ["Christmas tree", "snowman"]


def test_a_look_and_a_stormy_sky() -> None:
    d = talk("a wizard", "dramatic lighting and a stormy sky")
    assert d.scene.look == ["dramatic lighting"] and d.scene.time == "storm" and d.scene.notes == []
    assert d.scene.background is None  # a stormy sky is weather, not a scene set in the sky
    d = talk("a wizard", "soft light and warm colours")
    assert d.scene.look == ["soft lighting", "warm tones"]


@pytest.mark.parametrize("message", ["花换成黄色的 不 还是白色吧", "花换成黄色的，不，还是白色吧",
                                     "把花改成黄色 算了 还是白色", "make the flower yellow no wait white"])
def test_a_value_taken_back_inside_one_request(message: str) -> None:
    d = talk("一个小女孩拿着一朵红花", message)
    girl = d.scene.subjects[0]
    assert girl.parts["花"]["colour"] == "white" and "colour" not in girl.attributes


def test_taking_back_then_adding_adds() -> None:
    d = talk("一个小女孩拿着一朵红花", "算了 还是加一只狗吧")
    assert [s.name for s in d.scene.subjects] == ["小女孩", "狗"]


def test_a_thing_named_before_a_request_about_it() -> None:
    cars = "画两辆车 一辆红的一辆蓝的 红的在左边 蓝的在右边"
    d = talk(cars, "蓝车 make it bigger")
    assert [s.size for s in d.scene.subjects] == [None, "big"]
    d = talk(cars, "the blue car, make it bigger")
    assert [(s.name, s.size) for s in d.scene.subjects] == [("车", None), ("车", "big")]
    d = talk(cars, "the red one, move it to the top")
    assert d.action.value == "edit" and d.scene.subjects[0].position != "left"
    assert d.scene.subjects[1].position == "right"


def test_a_filler_before_the_request_is_no_thing() -> None:  # guard
    d = talk("an orange cat asleep on a sofa", "其实 make it a fox instead")
    assert d.scene.subjects[0].name == "fox"
