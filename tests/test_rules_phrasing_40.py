"""Free phrasing, round 40 (from the blind tuning-22 split's classes): a worn thing cannot hold ("a wizard in a purple
robe holding a staff"), "left one red, middle one white" after a row, a row's height ("in a row across the top"),
reading in Chinese (看书, 坐在长椅上看报纸), two ones said without a pause ("big one on the left small one on the
right"), and one of several placed by how it looks ("red one on the left", 红的在左边)."""

from __future__ import annotations

from rules_talk import talk


def test_a_worn_thing_does_not_hold_what_its_wearer_holds() -> None:
    d = talk("a wizard in a purple robe holding a glowing staff, standing next to a black cat")
    wizard = d.scene.subjects[0]
    assert [s.name for s in d.scene.subjects] == ["wizard", "cat"]
    assert wizard.parts["robe"]["colour"] == "purple" and "glowing staff" in wizard.parts


def test_each_one_described_without_the() -> None:
    d = talk("three small squares in a row across the middle, left one red, middle one white, right one blue")
    assert [(s.name, s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [
        ("square", "red", "left"), ("square", "white", "center"), ("square", "blue", "right")]


def test_a_row_at_a_height() -> None:
    d = talk("three small squares in a row along the bottom")
    assert [s.position for s in d.scene.subjects] == ["bottom left", "bottom", "bottom right"]
    d = talk("two circles side by side across the top")
    assert [s.position for s in d.scene.subjects] == ["top left", "top right"]


def test_a_row_along_a_street_stays_a_setting() -> None:  # guard
    d = talk("three trees in a row along the street")
    assert [s.position for s in d.scene.subjects] == ["left", "center", "right"] and len(d.scene.subjects) == 3


def test_reading_in_chinese_holds_what_is_read() -> None:
    d = talk("一个男人靠在一棵大树下 看书")
    assert [s.name for s in d.scene.subjects] == ["男人", "树"] and "书" in d.scene.subjects[0].parts
    d = talk("画一个戴眼镜的老人 坐在长椅上看报纸")
    old = d.scene.subjects[0]
    assert old.name == "老人" and set(old.parts) == {"眼镜", "报纸"} and old.position == "长椅上"
    d = talk("一个女孩在树下看书")
    assert d.scene.subjects[0].name == "女孩" and "书" in d.scene.subjects[0].parts


def test_a_bookshelf_is_not_read() -> None:  # guard
    d = talk("一只猫在看书架")
    assert "书" not in d.scene.subjects[0].parts


def test_two_ones_without_a_pause() -> None:
    d = talk("two circles 一大一小, both orange, big one on the left small one on the right")
    assert [(s.size, s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [
        ("big", "orange", "left"), ("small", "orange", "right")]


def test_one_of_several_placed_by_how_it_looks() -> None:
    d = talk("two cars one red one blue, red one on the left blue one on the right")
    assert [(s.attributes["colour"], s.position) for s in d.scene.subjects] == [("red", "left"), ("blue", "right")]
    d = talk("画两辆车 一辆红的一辆蓝的 红的在左边 蓝的在右边")
    assert [(s.attributes["colour"], s.position) for s in d.scene.subjects] == [("red", "left"), ("blue", "right")]
    d = talk("画两辆车 one red one blue 红的在左边 blue one on the right")
    assert [(s.attributes["colour"], s.position) for s in d.scene.subjects] == [("red", "left"), ("blue", "right")]
