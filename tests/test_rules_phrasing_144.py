"""From the first turns of the blind split tuning-41 (issue 20): a few words before a request that plainly starts
one ("hola amigo, draw a…", "阿弥陀佛. please draw 一个…", "annyeong~ 帮我画一个…", "hello class 😄 jk. draw…"),
kept when they name something ("blue background, draw a cat", "蓝色背景，帮我画一只猫": 5e9f2cf had dropped the
background); drawn for someone (帮阿婆画), a count of one said with its measure alone (画张麻将桌, not 画张三的猫),
whose the picture is said first (俺家果园的，画…), and "can you draw 一个…" before a Chinese thing."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize(("said", "expected"), [
    ("hola amigo, draw a brown dog sleeping at the bottom left", ["dog"]),
    ("right lads, draw a rugby ball and a kicking tee", ["rugby ball", "kicking tee"]),
    ("阿弥陀佛. please draw 一个少林和尚 under a pine tree", ["少林和尚", "pine tree"]),
    ("annyeong~ 帮我画一个 dancer 穿黑色 hoodie", ["dancer"]),
    ("hello class 😄 jk. draw a small red paper crane", ["crane"]),
    ("喂 draw 一个霓虹灯招牌", ["霓虹灯招牌"]),
    ("hi 帮我画一个 trapeze artist", ["trapeze artist"]),
    ("阿妹，帮阿婆画一座土楼，门口一只黄狗", ["土楼", "狗"]),
    ("介个，给我画张麻将桌", ["麻将桌"]),
    ("俺家果园的，画一棵苹果树", ["苹果树"]),
    ("你好 can you draw 一个纳西老人在弹琵琶, 坐在石桥上, at dusk", ["纳西老人", "石桥"]),
])
def test_words_before_a_plain_request_are_no_thing(said, expected):
    assert names(talk(said)) == expected


@pytest.mark.parametrize(("said", "background"), [
    ("blue background, draw a cat", "blue"), ("蓝色背景，帮我画一只猫", "blue"), ("海边，帮我画一只狗", "on the beach"),
])
def test_words_before_a_request_that_name_the_picture_stay(said, background):
    d = talk(said)
    assert d.scene.background == background and len(d.scene.subjects) == 1


def test_a_name_after_hua_zhang_is_no_count():
    d = talk("画张三的猫")
    assert names(d) == ["猫"] and "张三" in d.scene.subjects[0].attributes.get("detail", "")


def test_what_a_thing_is_doing_for_is_no_thing():
    d = talk("draw my dog sniffing for truffles under an oak tree, with a wicker basket next to her")
    assert names(d) == ["dog", "oak tree", "wicker basket"] and d.scene.subjects[2].position == "next to the dog"


def test_someone_with_a_thing_said_after_with_is_drawn():
    d = talk("hey there, draw a red floatplane on a lake with a pilot standing on the float")
    assert names(d) == ["floatplane", "pilot"] and d.scene.subjects[1].position == "on the float"
    assert names(talk("draw a girl with a red umbrella")) == ["girl"]


def test_her_is_the_animal_before_a_thing_of_no_known_kind():
    d = talk("draw a pink river dolphin next to a wooden canoe, on a river with morning mist",
             "can u make her a bit smaller")
    assert [s.name for s in d.scene.subjects if s.size == "small"] == ["river dolphin"]


def test_who_a_thing_is_to_the_person_beside_a_change_is_no_note():
    d = talk("draw a brown dog sleeping at the bottom left", "and the dog is actually my cat Lola haha, make it a cat")
    assert names(d) == ["cat"] and "detail" not in d.scene.subjects[0].attributes and not d.scene.notes


def test_a_row_said_before_a_colon_list():
    d = talk("画三个瓷瓶排成一排：左边的红色，中间的白色，右边的蓝色")
    assert [(s.name, s.attributes["colour"], s.position) for s in d.scene.subjects] == [
        ("瓷瓶", "red", "left"), ("瓷瓶", "white", "center"), ("瓷瓶", "blue", "right")]


def test_a_count_of_the_kind_said_too_many():
    d = talk("画一棵苹果树，树底下趴着三只猫", "地上再添两个红苹果", "猫太多了，就要一只")
    assert names(d).count("猫") == 1 and names(d).count("苹果") == 2


def test_how_many_said_after_a_reason():
    d = talk("draw four sheep", "fewer sheep, it's a small flock lol, maybe two")
    assert names(d) == ["sheep", "sheep"] and not d.scene.notes
    d = talk("draw a cat", "make it red, it's too big lol")
    assert d.scene.subjects[0].size == "small"


def test_the_ground_colour_and_a_close_up_of_a_things_face():
    assert talk("画一只猫", "底色还是改成米色吧").scene.background == "beige"
    d = talk("画一只白猫趴在绣架旁边", "给猫的脸来个特写，再加点柔光")
    assert d.scene.look == ["close-up", "soft lighting"]


def test_a_background_tried_light_from_above_and_a_one_described():
    assert talk("draw a cat on white", "nah try a black background").scene.background == "black"
    d = talk("draw a cat", "add some dramatic lighting from above")
    assert d.scene.look == ["dramatic lighting"] and names(d) == ["cat"]
    d = talk("draw a pickup and a black smoker", "make the smoker a small shiny silver one")
    assert names(d) == ["pickup", "smoker"] and d.scene.subjects[1].attributes["colour"] == "silver"
    assert names(talk("draw a cat", "make it a dog")) == ["dog"]


def test_reasons_and_thanks_beside_a_removal_are_no_notes():
    d = talk("draw a bucket and a man", "lose the bucket too. cheers mate")
    assert names(d) == ["man"] and not d.scene.notes
    d = talk("draw a pigeon and a man", "get rid of the pigeon, they always poop on my windows 🙄")
    assert names(d) == ["man"] and not d.scene.notes
    d = talk("画一只鸡和一条狗", "那只鸡去掉，它成日乱跑")
    assert names(d) == ["狗"] and not d.scene.notes
    d = talk("画一只猫和一只狗", "cat 也 remove, 它会偷喝我的 coconut water 😂")
    assert names(d) == ["狗"] and not d.scene.notes


def test_no_flag_keeps_each_thing_listed_out():
    d = talk("draw a girl", "--no people, cars")
    assert names(d) == ["girl"] and {"people", "cars"} <= set(d.scene.avoid)


def test_a_part_kept_and_a_pair_of_things():
    d = talk("画一个花旦戴着凤冠穿着戏服", "戏服改红色，凤冠别动")
    assert d.scene.subjects[0].parts["戏服"]["colour"] == "red" and not d.scene.notes
    d = talk("画一个京剧花旦", "再给她添一对白色的水袖")
    assert d.scene.subjects[0].parts["水袖"]["colour"] == "white"
