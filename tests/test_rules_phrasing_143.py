"""From the later turns of the blind splits tuning-39 and tuning-40 (issue 20): a row said 摆一排, an aside about what
the person is doing before the request ("planning my garden."), things put on a thing said without 在 (搁红色的桌子上)
under a request made for someone (给我画…), 只留一只 (a count, then 要白色的 of that one), a place's own colour ("a
cargo ship on blue sea", "in a green field"), a reason laughed off in Chinese beside a change, a hello in another
language, 头上再包个红头巾 and 齐活儿, 背景弄成白底, and grassland (草原) as a setting of its own."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_a_row_said_with_bai_yi_pai_is_how_they_stand():
    d = talk("画三个花瓶摆一排，左边的红色，中间的白色，右边的蓝色")
    assert [(s.name, s.attributes["colour"], s.position) for s in d.scene.subjects] == [
        ("花瓶", "red", "left"), ("花瓶", "white", "center"), ("花瓶", "blue", "right")]


def test_what_the_person_is_doing_before_the_request_is_no_thing():
    d = talk("hello, planning my garden. can you draw a big grey circle in the center and a small green triangle")
    assert names(d) == ["circle", "triangle"]
    assert names(talk("just got home! draw a cat")) == ["cat"]
    assert names(talk("draw a red circle", "red circle. can you draw it bigger")) == ["circle"]


def test_things_put_on_a_thing_said_without_zai():
    d = talk("给我画一把折扇和一块醒木，搁红色的桌子上")
    assert sorted(names(d)) == sorted(["桌子", "折扇", "醒木"])
    assert [s.position for s in d.scene.subjects if s.name != "桌子"] == ["桌子上", "桌子上"]
    d = talk("画一只猫，放红色的桌子上")
    assert names(d) == ["猫", "桌子"] and d.scene.subjects[1].attributes["colour"] == "red"


def test_keep_one_then_its_colour():
    d = talk("画三只猫", "太多了，只留一只，要白色的")
    assert names(d) == ["猫"] and d.scene.subjects[0].attributes["colour"] == "white" and not d.scene.notes
    assert names(talk("画一辆车和一棵树", "就留个车得了")) == ["车"]


def test_a_places_own_colour_is_no_things_colour():
    d = talk("hello po, can you draw a big cargo ship on blue sea, with sunset")
    assert names(d) == ["cargo ship"] and "colour" not in d.scene.subjects[0].attributes
    assert d.scene.background == "at sea" and d.scene.time == "sunset"
    assert talk("a cow in a green field").scene.background == "in a field"
    assert talk("draw a cat on blue background").scene.background == "blue"


def test_a_reason_laughed_off_beside_a_change_is_no_note():
    d = talk("画一个女服务员拿着一杯啤酒", "啤酒换成汽水，她上班时间端酒不合适哈哈")
    assert "汽水" in d.scene.subjects[0].parts and not d.scene.notes
    d = talk("画一只猫", "猫太胖了哈哈")
    assert d.action is not Action.CHAT or d.scene.notes  # a complaint, never answered as talk


def test_worn_wrapped_round_the_head_and_done():
    d = talk("画一个东北大姨", "头上再包个红头巾 齐活儿")
    assert d.scene.subjects[0].parts["头巾"] == {"colour": "red", "relation": "wearing"} and not d.scene.notes
    assert talk("画一个东北大姨", "齐活儿").action is Action.CHAT


def test_a_white_ground_said_with_nong_cheng():
    assert talk("画一个风筝", "背景弄成白底吧").scene.background == "white"


def test_grassland_is_its_own_setting():
    assert talk("画两匹马在草原上").scene.background == "on the grassland"
    assert talk("sain baina uu! 画两匹马 on the grassland").scene.background == "on the grassland"
    assert talk("draw a horse on the grass").scene.background == "on the grass"
