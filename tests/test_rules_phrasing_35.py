"""Free phrasing, round 35 (from the blind tuning-21 split's classes): a list under a request or a heading that
labels it, a thing named before a space and what to do with it (圆形 改成绿色), a worn thing said with the bare verb
(戴一顶 blue hat), a body place (腿上), a setting kept as said at the end of a tag list (古镇), 但要…, and bringing
back what was taken out, then one more request."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("message, names", [
    ("Can you draw:\n\n- a **black** cat\n- wearing a _red_ scarf\n- sitting on a blue chair", ["cat", "chair"]),
    ("帮我画\n\n· 一只橘猫\n· 一只白色的兔子\n\n在草地上", ["猫", "兔子"]),
])
def test_a_list_under_a_request_to_draw(message: str, names: list[str]) -> None:
    d = talk(message)
    assert d.action.value == "draw"
    assert sorted(s.name for s in d.scene.subjects) == sorted(names)


def test_a_heading_that_labels_the_line_under_it() -> None:
    d = talk("a cat", "## Background\n\nthe beach")
    assert [s.name for s in d.scene.subjects] == ["cat"] and d.scene.background


def test_a_title_heading_is_still_dropped() -> None:  # guard
    d = talk("# A house\ndraw a red house")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("house", "red")]


def test_a_thing_a_space_and_what_to_do_with_it() -> None:
    d = talk("一个大的红色圆形在左边，一个小的蓝色三角形在右上角", "`圆形` 改成绿色")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["green", "blue"]


def test_two_requests_split_by_a_space_stay_two() -> None:  # guard: the first is no thing's name
    assert "sunset" in talk("一只鹿，下着雪", "不下雪了 改成黄昏").scene.time
    d = talk("桌上有一个红苹果和一根黄香蕉", "香蕉去掉 换成一个橙子")
    names = [s.name for s in d.scene.subjects]
    assert names[-1] == "橙子" and "香蕉" not in names


@pytest.mark.parametrize("messages", [["画一个雪人，戴一顶 blue hat"], ["画一个雪人在森林里", "戴一顶 blue hat"],
                                      ["画一个女孩，拿一把红伞"]])
def test_the_bare_verb_before_a_counted_thing_gives_a_part(messages: list[str]) -> None:
    d = talk(*messages)
    assert len(d.scene.subjects) == 1 and len(d.scene.subjects[0].parts) == 1


def test_a_thing_on_a_lap_is_not_a_lap() -> None:
    d = talk("画一个老奶奶坐在摇椅上，腿上趴着一只灰色的猫")
    assert [s.name for s in d.scene.subjects] == ["老奶奶", "摇椅", "猫"]


def test_a_setting_at_the_end_of_a_tag_list_is_kept_as_said() -> None:
    d = talk("杰作，最佳质量，一个穿红色汉服的女孩，手里拿着灯笼，夜晚，古镇")
    assert [s.name for s in d.scene.subjects] == ["女孩"] and d.scene.background == "古镇"


def test_but_before_a_wish() -> None:
    assert talk("一只猫", "但要红色的").scene.subjects[0].attributes["colour"] == "red"


@pytest.mark.parametrize("messages, colour", [
    (["a blue bird on a fence", "让它飞走", "还是加回来吧，但要红色的"], "red"),
    (["a red fox and a tree", "remove the tree", "bring it back, but make it blue"], "blue"),
])
def test_brought_back_then_changed(messages: list[str], colour: str) -> None:
    d = talk(*messages)
    assert d.action.value == "edit"
    assert [s.attributes.get("colour") for s in d.scene.subjects if s.name in ("bird", "tree")] == [colour]


@pytest.mark.parametrize("message", ["加回来吧", "bring it back"])
def test_nothing_to_bring_back_is_said_not_drawn(message: str) -> None:
    d = talk("a blue bird", message)
    assert d.action.value == "chat" and [s.name for s in d.scene.subjects] == ["bird"]
