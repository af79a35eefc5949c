"""Free phrasing, round 43 (from the blind tuning-18 / tuning-20 splits' classes): a dog with a bone in its mouth
(嘴里叼着), a dragon coiled on gold (龙盘在…), a thing put beside one already drawn in Chinese ("加个球在狗旁边"
drew a second dog), keeping one by how it looks ("keep the red one but make the blue one purple"), a place said
behind the things ("city street behind her"), and an English way after 往 ("fish 往 right 一点")."""

from __future__ import annotations

from rules_talk import talk


def test_what_is_held_in_the_mouth() -> None:
    d = talk("一只狗，嘴里叼着一根骨头")
    assert [s.name for s in d.scene.subjects] == ["狗"] and "骨头" in d.scene.subjects[0].parts


def test_a_dragon_coiled_on_gold() -> None:
    d = talk("一条巨大的绿色龙盘在一堆金币上")
    dragon = d.scene.subjects[0]
    assert (dragon.name, dragon.size, dragon.attributes.get("colour")) == ("龙", "big", "green")


def test_put_beside_a_thing_already_drawn() -> None:
    d = talk("一只黑狗", "加个球在狗旁边 红色的")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("狗", "black"), ("球", "red")]


def test_a_new_thing_beside_a_new_thing_draws_both() -> None:  # guard
    d = talk("a black dog", "add a cat on a sofa")
    assert [s.name for s in d.scene.subjects] == ["dog", "cat", "sofa"]


def test_keep_one_by_how_it_looks_and_change_the_other() -> None:
    d = talk("a red square on the left and a blue square on the right", "keep the red one but make the blue one purple")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["red", "purple"]


def test_a_place_said_behind_the_things() -> None:
    d = talk("a girl", "city street behind her")
    assert d.scene.background == "on a city street" and d.scene.notes == [] and len(d.scene.subjects) == 1
    d = talk("a girl", "a forest in the background")
    assert d.scene.background == "in a forest" and len(d.scene.subjects) == 1
    d = talk("a girl", "a dog behind her")  # guard: a thing behind her is drawn
    assert [s.name for s in d.scene.subjects] == ["girl", "dog"]


def test_an_english_way_after_wang() -> None:
    d = talk("a girl on the left and a fish in the middle", "fish 往 right 一点")
    assert [s.position for s in d.scene.subjects] == ["left", "right"] and d.scene.notes == []
