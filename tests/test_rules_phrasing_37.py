"""Free phrasing, round 37 (from the blind tuning-22 split's classes): Chinese run-ons split by spaces where each
piece is a worn or held thing said with its bare verb, 堆一个雪人, 干掉 / remove 掉, 背景也…, "背景 天蓝色 吧",
sepia tones, praise (谢啦, 你真棒, 就这样), questions about videos and saving, a [设置] label."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("message, name, parts", [
    ("堆一个雪人 戴红帽子 围蓝围巾", "雪人", {"帽子": "red", "围巾": "blue"}),
    ("一个男孩 穿黄色T恤 手里拿着篮球 在公园", "男孩", {"T恤": "yellow", "篮球": None}),
])
def test_space_separated_worn_and_held_things(message: str, name: str, parts: dict[str, str | None]) -> None:
    d = talk(message)
    assert [s.name for s in d.scene.subjects] == [name]
    assert {k: v.get("colour") for k, v in d.scene.subjects[0].parts.items()} == parts


def test_a_scarf_named_first_is_not_worn_by_the_verb() -> None:  # guard: 围巾 begins with 围
    d = talk("一个雪人戴着蓝围巾", "围巾换成红色")
    assert d.scene.subjects[0].parts["围巾"]["colour"] == "red"


@pytest.mark.parametrize("messages, names", [
    (["一个圆形和一个三角形", "圆形干掉"], ["triangle"]),
    (["a cat and a bicycle", "自行车 remove 掉"], ["cat"]),
])
def test_more_ways_to_remove(messages: list[str], names: list[str]) -> None:
    assert [s.name for s in talk(*messages).scene.subjects] == names


@pytest.mark.parametrize("message, background", [("背景也换成白色吧", "white"), ("背景 天蓝色 吧", "sky blue")])
def test_background_said_loosely(message: str, background: str) -> None:
    d = talk("一个雪人", message)
    assert d.scene.background == background and d.scene.notes == []


def test_sepia_tones_is_a_look() -> None:
    d = talk("a boat", "make it a close-up, sepia tones")
    assert d.scene.look == ["close-up", "sepia"] and d.scene.subjects[0].attributes == {}


@pytest.mark.parametrize("message", ["nice 谢啦", "谢谢 你真棒", "ok 就这样 thank u", "可以生成视频吗",
                                     "能做成动图吗？", "can you make a gif of it", "thx 能不能 save 一下"])
def test_chat_leaves_the_picture_alone(message: str) -> None:
    d = talk("a cat", message)
    assert d.action.value == "chat" and [s.name for s in d.scene.subjects] == ["cat"] and d.scene.notes == []


def test_a_settings_label_in_brackets_is_not_a_thing() -> None:
    d = talk("[设置] 尺寸: 1024x1024 | 画一个 blue triangle 在右上角 | 背景: 白色")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("triangle", "top right")]
