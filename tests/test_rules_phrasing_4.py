"""Issue 20, the classes tuning-4 found: markup around a request (lists, code fences, headings, links that only
point), parts a thing has by nature ("the roof" of a house), a background that is a time, a thing beside a place.
Each test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from prompt_enhancer.rules import RuleEnhancer
from rules_talk import names, talk



# ------------------------------------------------------------------------------------------------ markup

@pytest.mark.parametrize("message", [
    "- add a dog on the left\n- make the cat red",
    "* add a dog on the left\n* make the cat red",
    "1. add a dog on the left\n2. make the cat red",
    "1) add a dog on the left\n2) make the cat red",
    "<ul><li>add a dog on the left</li><li>make the cat red</li></ul>",
])
def test_each_item_of_a_list_is_a_request(message: str) -> None:
    d = talk("draw a cat", message)
    assert d.action is Action.EDIT
    assert names(d) == ["cat", "dog"]
    assert d.scene.subjects[0].attributes.get("colour") == "red"
    assert d.scene.subjects[1].position == "left"


@pytest.mark.parametrize("message", ["```\ndraw a red boat on the sea\n```", "```text\ndraw a red boat on the sea\n```",
                                     "```draw a red boat on the sea```"])
def test_a_code_fence_only_wraps_the_words(message: str) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert names(d) == ["boat"]
    assert d.scene.subjects[0].attributes.get("colour") == "red"


@pytest.mark.parametrize("message", ["## my drawing\n\ndraw a small boat", "# 请画\n画一只小船"])
def test_a_heading_over_a_request_is_a_title_not_a_thing(message: str) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert len(d.scene.subjects) == 1


def test_a_heading_alone_is_still_read() -> None:
    assert names(talk("# draw a boat")) == ["boat"]


@pytest.mark.parametrize("message", [
    "move the boat to the left [like this](https://example.com/a.png)",
    "move the boat to the left, see here: https://example.com/a.png",
    "move the boat to the left like this ![](https://example.com/a.png)",
])
def test_words_that_only_point_at_a_link_go_with_it(message: str) -> None:
    d = talk("a boat", message)
    assert d.action is Action.EDIT
    assert names(d) == ["boat"]
    assert d.scene.subjects[0].position == "left"


def test_a_link_label_that_says_something_is_still_read() -> None:
    d = talk("draw [a red kite](https://example.com/kite)")
    assert names(d) == ["kite"] and d.scene.subjects[0].attributes.get("colour") == "red"


# ------------------------------------------------------------------------------------------ natural parts

@pytest.mark.parametrize(("first", "then", "owner", "part", "colour"), [
    ("draw a small house", "make the door yellow", "house", "door", "yellow"),
    ("a castle on a hill", "make the towers grey", "castle", "towers", "gray"),
    ("画一辆汽车", "把轮子改成黑色", "汽车", "轮子", "black"),
    ("a house and a dog", "paint the chimney red", "house", "chimney", "red"),
])
def test_a_part_a_thing_has_by_nature_need_not_be_given_first(first: str, then: str, owner: str, part: str,
                                                              colour: str) -> None:
    d = talk(first, then)
    assert d.action is Action.EDIT
    subject = next(s for s in d.scene.subjects if s.name == owner)
    assert subject.parts[part]["colour"] == colour
    assert subject.attributes.get("colour") is None


def test_a_part_nothing_has_by_nature_is_still_asked_about() -> None:
    d = talk("draw a house", "make the hat red")
    assert d.action is Action.CHAT and "?" in d.reply


# ------------------------------------------------------------------------------------------------ settings

@pytest.mark.parametrize(("message", "time"), [("make the background sunset", "sunset"), ("背景改成夜里", "night"),
                                               ("change the backdrop to a rainy day", "rain")])
def test_a_background_that_is_a_time_sets_the_time(message: str, time: str) -> None:
    d = talk("a lighthouse", message)
    assert d.action is Action.EDIT
    assert d.scene.time == time and d.scene.background is None


@pytest.mark.parametrize(("message", "where"), [("a cabin by a river", "by a river"),
                                               ("a small cabin near a lake", "near a lake"),
                                               ("a cabin beside the sea", "beside the sea")])
def test_a_thing_beside_a_place_keeps_its_own_name(message: str, where: str) -> None:
    d = talk(message)
    assert names(d) == ["cabin"]
    # near the water: where the cabin is; by or beside it: the setting, as said (tuning-42's "a cabin by a lake")
    assert where in (d.scene.subjects[0].position, d.scene.background)


# ----------------------------------------------------------------------------------- two things joined by 和

@pytest.mark.parametrize(("message", "expected"), [
    ("黑狗和蓝色正方形", [("狗", "black"), ("square", "blue")]),
    ("画一只猫和狗", [("猫", None), ("狗", None)]),
    ("一个男孩和他的猫在草地上", [("男孩", None), ("猫", None)]),
    ("画一只兔子跟一只 bird", [("兔子", None), ("bird", None)]),
])
def test_two_things_joined_by_he_without_a_count_are_two(message: str, expected: list) -> None:
    d = talk(message)
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == expected


def test_two_colours_of_one_thing_stay_one_thing() -> None:
    d = talk("画一面红色和白色的旗子")
    assert len(d.scene.subjects) == 1


# ------------------------------------------------------------------------- Chinese: a thing put on a thing

@pytest.mark.parametrize(("messages", "owner", "part", "colour"), [
    (("画一棵圣诞树", "树上挂几个金色的铃铛"), "圣诞树", "铃铛", "gold"),
    (("画一棵树", "在树上加一串彩灯"), "树", "彩灯", None),
    (("画一棵树", "彩灯挂在树上"), "树", "彩灯", None),
    (("画一棵树", "树上挂个灯笼", "灯笼改成紫色"), "树", "灯笼", "purple"),
    (("画一个男孩", "在他手里放一把蓝色的伞"), "男孩", "伞", "blue"),
    (("画一个男孩", "把风筝放在他手里"), "男孩", "风筝", None),
    (("画一个女孩", "她头上戴个蝴蝶结"), "女孩", "蝴蝶结", None),
])
def test_a_thing_put_on_a_subject_is_its_part(messages: tuple, owner: str, part: str, colour: str | None) -> None:
    d = talk(*messages)
    assert d.action is Action.EDIT
    subject = next(s for s in d.scene.subjects if s.name == owner)
    assert part in subject.parts
    assert subject.parts[part].get("colour") == colour
    assert subject.attributes.get("colour") is None


def test_a_part_in_a_hand_is_held_and_on_a_head_is_worn() -> None:
    held = talk("画一个女孩", "在她手里放一个气球").scene.subjects[0].parts["气球"]["relation"]
    worn = talk("画一个女孩", "帽子戴在她头上").scene.subjects[0].parts["帽子"]["relation"]
    assert (held, worn) == ("holding", "wearing")


def test_an_animal_put_on_a_thing_is_a_subject_there() -> None:
    d = talk("画一张桌子", "在桌子上放一只猫")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("桌子", None), ("猫", "桌子上")]


# ------------------------------------------------------------------------------------------------- moves

@pytest.mark.parametrize(("then", "position"), [
    ("move it a little to the left", "top"),
    ("nudge the star a bit down", "right"),
    ("shift it slightly towards the bottom", "right"),
])
def test_a_little_that_way_is_one_step(then: str, position: str) -> None:
    d = talk("a star at the top right", then)
    assert d.scene.subjects[0].position == position


@pytest.mark.parametrize(("then", "position"), [
    ("再往左一点", "top"),
    ("再稍微往下挪挪", "right"),
    ("星星向左移动一点点", "top"),
    ("往左边移一移吧", "top"),
])
def test_a_chinese_step_that_way(then: str, position: str) -> None:
    d = talk("在右上角画一颗星星", then)
    assert d.action is Action.EDIT
    assert [(s.name, s.position) for s in d.scene.subjects] == [("星星", position)]


@pytest.mark.parametrize("then", ["往左下角挪", "星星朝左下角移一下", "让星星到左下角去", "星星挪一下到左下角",
                                  "把星星移到左下角那里"])
def test_a_chinese_move_towards_a_corner_goes_there(then: str) -> None:
    d = talk("在右上角画一颗星星", then)
    assert [(s.name, s.position) for s in d.scene.subjects] == [("星星", "bottom left")]


@pytest.mark.parametrize("messages", [("a red car", "add a dog next to it", "make its wheels white"),
                                      ("画一座房子", "它旁边加一只猫", "它的屋顶要白色的")])
def test_its_part_is_of_the_one_that_has_it_by_nature(messages: tuple) -> None:
    d = talk(*messages)
    owner, animal = d.scene.subjects
    assert owner.parts and next(iter(owner.parts.values()))["colour"] == "white"
    assert not animal.parts


# ------------------------------------------------------------------------------------------ mixed names

@pytest.mark.parametrize(("message", "name", "where", "detail"), [
    ("draw a 黑色的狗 on the sofa", "狗", "on the sofa", None),
    ("a small 兔子 by the window", "兔子", "by the window", None),
    ("画一只可爱的 puppy", "puppy", None, "可爱"),
    ("一只 sleepy 小狗", "小狗", None, "sleepy"),
])
def test_a_name_half_chinese_half_english_is_its_noun(message: str, name: str, where: str | None,
                                                       detail: str | None) -> None:
    subject = talk(message).scene.subjects[0]
    assert (subject.name, subject.position, subject.attributes.get("detail")) == (name, where, detail)


# ---------------------------------------------------------------------------- what a subject is, as a wish

@pytest.mark.parametrize(("then", "name", "colour"), [
    ("i want the dog to be a wolf", "wolf", None),
    ("could the 狗 be a wolf instead", "wolf", None),
    ("let the dog become a 狼", "狼", None),
    ("I'd really like it to be grey", "dog", "gray"),
    ("狗 -> wolf", "wolf", None),
    ("no make it a wolf", "wolf", None),
])
def test_a_wish_about_a_thing_drawn_changes_it(then: str, name: str, colour: str | None) -> None:
    d = talk("a dog on the grass", then)
    assert d.action is Action.EDIT
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [(name, colour)]


def test_a_wish_about_a_thing_not_drawn_asks() -> None:
    d = talk("a dog on the grass", "i want the dragon to be blue")
    assert d.action is Action.CHAT and "?" in d.reply


# ---------------------------------------------------------------------------------- lists as descriptions

@pytest.mark.parametrize("message", [
    "draw a car:\n- red doors\n- black wheels",
    "draw a car with:\n1. red doors\n2. black wheels",
    "draw a car with red doors, black wheels",
    "a car: red doors, black wheels",
])
def test_a_list_of_parts_describes_one_thing(message: str) -> None:
    d = talk(message)
    assert names(d) == ["car"]
    assert {k: v.get("colour") for k, v in d.scene.subjects[0].parts.items()} == {"doors": "red", "wheels": "black"}


def test_a_list_of_things_after_these_draws_them() -> None:
    assert names(talk("draw these:\n- a fox\n- a moon")) == ["fox", "moon"]


@pytest.mark.parametrize("message", ["<h1>My car</h1><p>draw a blue car</p>", "draw a blue car, see https://x.y/z"])
def test_a_title_or_a_pointer_beside_a_request_is_not_a_thing(message: str) -> None:
    d = talk(message)
    assert names(d) == ["car"]


@pytest.mark.parametrize(("then", "part", "colour"), [
    ("* door: green\n* roof: grey", "door", "green"),
    ("- roof: grey\n- door: green", "roof", "gray"),
])
def test_a_list_of_part_values_changes_the_parts(then: str, part: str, colour: str) -> None:
    d = talk("draw a house", then)
    assert d.scene.subjects[0].parts[part]["colour"] == colour


@pytest.mark.parametrize(("then", "colour", "size"), [
    ("colour: purple", "purple", None), ("size: small", None, "small"), ("颜色：紫色", "purple", None)])
def test_a_labelled_value_is_of_the_one_in_focus(then: str, colour: str | None, size: str | None) -> None:
    subject = talk("a fox", then).scene.subjects[0]
    assert (subject.attributes.get("colour"), subject.size) == (colour, size)


def test_struck_words_are_taken_back() -> None:
    d = talk("a fox", "~~blue~~ make it orange")
    assert d.scene.subjects[0].attributes.get("colour") == "orange"


def test_a_line_break_tag_ends_a_request() -> None:
    d = talk("a fox and a tree", "remove the tree<br>make the fox white")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("fox", "white")]


@pytest.mark.parametrize(("then", "part"), [
    ("add a chimney", "chimney"), ("加两扇窗户", "窗户"), ("add some windows too", "windows")])
def test_adding_a_part_a_thing_has_by_nature_gives_it_that_part(then: str, part: str) -> None:
    d = talk("画一座房子" if vocab_zh(then) else "draw a house", then)
    assert names(d) == [("房子" if vocab_zh(then) else "house")]
    assert part in d.scene.subjects[0].parts


def vocab_zh(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# ---------------------------------------------------------------------- two subjects, mixed languages

@pytest.mark.parametrize("message", [
    "画一只黑色的狗 and 一个黄色的正方形",
    "black dog + yellow square",
    "draw 黑狗 and 黄色正方形",
    "左边一只黑狗右边一个黄色正方形",
    "a black dog on the left and 一个黄色正方形 on the right",
])
def test_two_things_joined_across_languages_are_two(message: str) -> None:
    d = talk(message)
    assert len(d.scene.subjects) == 2
    dog, square = d.scene.subjects
    assert dog.attributes.get("colour") == "black" and square.attributes.get("colour") == "yellow"
    assert "狗" in dog.name or dog.name == "dog"


def test_a_thing_with_another_beside_it_is_two_things() -> None:
    d = talk("a 黑狗 with a yellow 球 beside it")
    assert len(d.scene.subjects) == 2 and not d.scene.subjects[0].parts


def test_a_chat_about_the_last_subject_leaves_the_focus_alone() -> None:
    scene = talk("a red circle at the top left and a blue square at the bottom left").scene
    scene.focus = "s9"  # a focus on nothing there: "it" is the last one
    d = RuleEnhancer().decide(scene, (), "bottom left")
    assert d.action is Action.CHAT and d.scene == scene


@pytest.mark.parametrize("then, relation", [("给树挂上两个铃铛", "hung with"), ("树上挂满铃铛", "hung with"),
                                            ("树枝上挂一个铃铛", "hung with"), ("hang a bell on the tree", "hung with"),
                                            ("让树上挂着铃铛", "hung with"), ("树上有一个铃铛", "with"),
                                            ("树上要有铃铛", "with")])
def test_more_ways_to_hang_a_thing_on_a_tree(then: str, relation: str) -> None:
    d = talk("画一棵树", then)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 1
    (part, values), = d.scene.subjects[0].parts.items()
    assert part in ("铃铛", "bell") and values["relation"] == relation


@pytest.mark.parametrize(("then", "relation"), [("put a red scarf on the snowman", "wearing"),
                                                ("add a flag to the castle", "with")])
def test_a_thing_put_on_a_thing_is_had_not_worn(then: str, relation: str) -> None:
    d = talk("a snowman next to a castle", then)
    (values,) = [v for s in d.scene.subjects for v in s.parts.values()]
    assert values["relation"] == relation


# ----------------------------------------------------------------------------------- whose a thing is

@pytest.mark.parametrize(("message", "expected"), [
    ("a fisherman and his dog", ["fisherman", "dog"]),
    ("a woman with her horse", ["woman", "horse"]),
    ("画一个男孩和他的狗", ["男孩", "狗"]),
])
def test_a_thing_said_with_whose_it_is_is_named_without_it(message: str, expected: list) -> None:
    assert names(talk(message)) == expected


def test_whose_part_is_not_part_of_its_name() -> None:
    d = talk("a girl with her kite", "make her kite yellow")
    assert d.scene.subjects[0].parts == {"kite": {"relation": "with", "colour": "yellow"}}


def test_a_cap_is_a_hat_in_either_language() -> None:
    d = talk("a boy", "give him a red cap", "不要帽子了")
    assert d.action is Action.EDIT and not d.scene.subjects[0].parts


@pytest.mark.parametrize(("message", "background"), [("a green star on 黑色", "black"),
                                                     ("a green star on 浅蓝色的", "light blue")])
def test_a_trailing_background_colour_in_chinese(message: str, background: str) -> None:
    d = talk(message)
    assert d.scene.background == background
    assert d.scene.subjects[0].attributes.get("colour") == "green"


@pytest.mark.parametrize("then", ["把三角行移到左上脚", "三角形放到左上角就行", "请把三角形挪到左上角吧谢谢",
                                  "三角形移到左上角好吗"])
def test_chinese_slips_and_courtesy_around_a_move(then: str) -> None:
    d = talk("画一个绿色三角形", then)
    assert d.action is Action.EDIT
    assert [(s.position, s.attributes) for s in d.scene.subjects] == [("top left", {"colour": "green"})]
