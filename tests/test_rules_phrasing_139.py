"""From the blind split tuning-38, then phrasings written for the test (issue 20): first turns that drew talk as a
thing ("hello my friend!", "morning!", "Excuse me,", ", eh"), a setting named by a kind of place ("hospital hallway
behind her", "smoky bar at night", "chessboard as the background", "empty parking lot at night, one lamp post, …"),
learners' articles ("red circle at left side and small yellow star", "change to heart"), replacements that keep
what was not asked about, counts said loosely and talk about one's own past."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, parts as _parts, talk


@pytest.mark.parametrize("message", [
    "hello my friend! draw a football player in the middle, a ball on his left side",
    "morning! please draw three vases in a row",
    "Excuse me, please draw a red circle.",
    "hey there, draw a red maple tree next to a small log cabin in autumn, eh",
])
def test_a_greeting_or_a_tag_is_no_thing(message):
    got = names(talk(message))
    assert not {"hello my friend", "morning", "Excuse", "eh"} & set(got) and got


@pytest.mark.parametrize("message", [
    "hey cat, what does this thing do exactly? can it draw anything?",
    "你好啊，这个东西怎么用啊？我孙子刚教我的",
])
def test_how_the_app_works_asked_first_draws_nothing(message):
    d = talk(message)
    assert d.action is Action.CHAT and not d.scene.subjects


@pytest.mark.parametrize("message", [
    "God bless you, this one is very fine o", "precise work. danke vielmals", "Very kawaii!",
    "nice 这个 vibe 对了 👍", "my granny had a chair just like that only it was red, god rest her",
    "I presided for 31 years in a courtroom painted that dreadful pale green. Anyway, thank you.",
    "man that gold is smooth like a coltrane solo. you into jazz at all?",
])
def test_praise_and_ones_own_past_leave_the_picture_alone(message):
    first = talk("draw a brown fiddle on a green chair")
    d = talk("draw a brown fiddle on a green chair", message)
    assert d.action is Action.CHAT and d.scene.subjects == first.scene.subjects


@pytest.mark.parametrize(("message", "background"), [
    ("please draw a nurse holding a clipboard, hospital hallway behind her", "hospital hallway"),
    ("draw a white king and a black queen, chessboard as the background", "chessboard"),
    ("draw a gold saxophone leaning on a red stool, smoky bar at night", "smoky bar"),
    ("a marble statue of a horse in an empty museum hall", "empty museum hall"),
    ("please draw a woman running on a dirt road", "dirt road"),
    ("drawing request: empty parking lot at night, one lamp post, a white van", "empty parking lot"),
    ("a quiet beach at sunset, a red umbrella and a crab", "beach"),
    ("underwater scene pls: one orange clownfish and a green sea turtle", "underwater"),
])
def test_a_kind_of_place_is_where_the_things_are(message, background):
    d = talk(message)
    assert background in (d.scene.background or "") and not any(background in n for n in names(d))


def test_a_bar_stool_is_still_a_stool_and_dogs_on_a_beach_are_dogs():
    assert "bar stool" in names(talk("a cat on a bar stool"))
    assert names(talk("two dogs playing on the beach, one black one white")) == ["dog", "dog"]


def test_scrubs_are_worn_and_a_veil_over_the_face_too():
    d = talk("a nurse in blue scrubs holding a clipboard")
    assert _parts(d)["scrubs"] == {"colour": "blue", "relation": "wearing"}
    d = talk("draw a beekeeper holding a smoker", "give him a black veil over his face")
    assert _parts(d)["veil"] == {"colour": "black", "relation": "wearing"}


def test_a_place_ends_a_thing_said_without_articles():
    d = talk("draw red circle at left side and small yellow star at right side")
    assert [(s.name, s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [
        ("circle", "red", "left"), ("star", "yellow", "right")]


def test_a_second_thought_that_says_what_to_change_changes_that():
    d = talk("draw a blue vase and a bowl", "actually turn the vase into a teapot, same blue")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("teapot", "blue"), ("bowl", None)]


def test_a_replacement_keeps_colour_and_what_is_worn_and_the_kept_words_are_read():
    d = talk("draw a small green bowl on the right", "swap the bowl for a cup")
    assert (names(d), d.scene.subjects[0].attributes, d.scene.subjects[0].size) == (["cup"], {"colour": "green"},
                                                                                     "small")
    d = talk("a gray cat wearing a red scarf", "replace the cat with a dog")
    assert _parts(d)["scarf"]["colour"] == "red" and d.scene.subjects[0].attributes["colour"] == "gray"
    d = talk("a big silver pocket watch in the center", "replace the pocket watch with an alarm clock. keep the silver "
             "and the size")
    assert d.action is Action.EDIT and names(d) == ["alarm clock"]


@pytest.mark.parametrize("message", ["change the star to heart", "And star, change to heart please"])
def test_what_it_becomes_said_without_an_article(message):
    d = talk("draw a red square on the left and a small yellow star on the right", message)
    assert names(d) == ["square", "heart"] and d.scene.subjects[1].attributes["colour"] == "yellow"


def test_counts_said_loosely():
    d = talk("draw an orange clownfish and a green turtle", "add two more clownfish")
    assert [s.attributes.get("colour") for s in d.scene.subjects if s.name == "clownfish"] == ["orange"] * 3
    d = talk("draw 5 red juggling balls", "too many, fewer pls.. like 3")
    assert len(d.scene.subjects) == 3
    d = talk("draw 3 red juggling balls", "add two more but blue ones", "actually only one blue")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["red", "red", "red", "blue"]
    assert names(d) == ["juggling ball"] * 4
    assert len(talk("draw 3 green frogs", "only one frog is enough").scene.subjects) == 1
    assert len(talk("draw 3 green frogs", "i want more frog, add 2 more please").scene.subjects) == 5
    assert len(talk("draw 3 green frogs", "i want more frogs").scene.subjects) == 4


def test_mixed_chinese_and_english_parts_and_values():
    d = talk("draw 一个 man 穿黑色 leather jacket，手里拿着一个红色的 mug")
    assert _parts(d)["leather jacket"]["colour"] == "black" and _parts(d)["mug"]["colour"] == "red"
    assert "teddy bear" in names(talk("帮我画个 shelf，上面放着一个 teddy bear"))
    d = talk("draw 一个 boy 拿着 skateboard，skateboard 是 green 的")
    assert names(d) == ["boy"] and _parts(d)["skateboard"]["colour"] == "green"


def test_a_measure_word_before_zi_is_part_of_the_name():
    d = talk("画一把蓝色的扇子", "把扇子改成绿色的")
    assert d.scene.subjects[0].attributes["colour"] == "green"


def test_a_part_of_the_only_thing_and_a_compound_said_by_its_head():
    d = talk("a white passenger plane above the clouds", "make the **tail** red, rest of the plane stays white")
    assert _parts(d)["tail"]["colour"] == "red" and d.scene.subjects[0].attributes["colour"] == "white"
    assert d.action is Action.EDIT
    d = talk("a beekeeper standing next to a wooden beehive", "make the hive yellow")
    assert d.scene.subjects[1].attributes["colour"] == "yellow"


def test_the_hands_left_empty_and_things_kept_like_that():
    d = talk("画一个焊工，手里拿着一把锤子", "锤子不要了，让他手上空着")
    assert d.action is Action.EDIT and "锤子" not in _parts(d)
    assert talk("draw a white plane", "keep it like that").action is Action.CHAT


def test_the_other_side_of_someone():
    d = talk("draw a football player in the middle, a ball on his left side", "put the ball on the other side of him")
    assert [s.position for s in d.scene.subjects] == ["center", "right"]


def test_a_colour_like_a_thing_and_a_time_for_everyone():
    d = talk("three vases in a row, white one on the left, blue in the middle, pink on the right",
             "and the left one, can u make it yellow like a daffodil")
    assert names(d) == ["vase"] * 3 and d.scene.subjects[0].attributes["colour"] == "yellow"
    d = talk("a man and a dog on a mountain", "ok now make it night for both of them, like a real callout")
    assert "night" in d.scene.time and names(d) == ["man", "dog"] and not d.scene.subjects[1].attributes


def test_chinese_moves_said_without_ba_and_a_step_said_twice():
    d = talk("画一条竹筏在右边，一只鸬鹚在左边", "鸬鹚放到竹筏上面")
    assert d.scene.subjects[1].position == "竹筏上"
    d = talk("draw a black yak on the right and a white tent in the middle", "tent 再往左一点 a bit more left")
    assert [s.position for s in d.scene.subjects] == ["right", "left"]


def test_a_list_after_with_that_names_a_thing_drawn_alone():
    d = talk("draw a sink with a yellow rubber duck and a green toothbrush")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [
        ("sink", None), ("rubber duck", "yellow"), ("toothbrush", "green")]
    d = talk("a girl with a dog and an umbrella")
    assert names(d) == ["girl", "dog"] and "umbrella" in _parts(d)


def test_a_learners_word_order_and_missing_articles():
    d = talk("draw a sink, a yellow rubber duck and a green toothbrush",
             "also the duck remove. only sink stay. sorry my english is from work not school")
    assert names(d) == ["sink"]
    d = talk("draw a sink", "ok good. now put red bucket under it, like when pipe is leaking haha")
    assert d.action is Action.EDIT and names(d) == ["sink", "bucket"]
    assert d.scene.subjects[1].attributes == {"colour": "red"} and d.scene.subjects[1].position == "under the sink"


def test_a_look_said_in_a_simile_and_why_a_shot_is_wide():
    d = talk("a marble statue of a horse", "now make it look vintage, like an old sepia photo")
    assert d.scene.look == ["vintage", "sepia"]
    d = talk("a marble statue of a horse", "wide shot so we see the whole hall")
    assert d.scene.look == ["wide shot"] and d.action is Action.EDIT


def test_a_row_asked_as_a_question_for_a_class():
    d = talk("hi there! could you draw three balloons in a row for my class? red one on the left, yellow in the "
             "middle and blue on the right")
    assert [(s.attributes["colour"], s.position) for s in d.scene.subjects] == [
        ("red", "left"), ("yellow", "center"), ("blue", "right")]


def test_chinese_counts_places_and_talk():
    d = talk("画三只猫在椰子树下面", "猫太多了，留一只就行")
    assert names(d) == ["猫", "椰子树"]
    d = talk("画一棵椰子树", "地上再放两个椰子")
    assert [(s.name, s.position) for s in d.scene.subjects][1:] == [("椰子", "地上")] * 2
    d = talk("画一匹 brown horse 在 grassland 上", "我自己的马是 black 的，不过这匹也挺好，不用改 😄")
    assert d.action is Action.CHAT and d.scene.subjects[0].attributes["colour"] == "brown"
    assert talk("画一匹 brown horse", "你知道 horse 用蒙古语怎么说吗? 哈哈 just asking").action is Action.CHAT


def test_a_place_said_in_english_inside_chinese_and_its_vibe():
    d = talk("draw a boy and a pigeon", "把他们都放到 street 上，sunset 那种 vibe")
    assert (d.scene.background, d.scene.time) == ("on the street", "sunset") and names(d) == ["boy", "pigeon"]


def test_a_close_up_of_a_face():
    assert talk("画一个老人", "给他的脸和手一个特写").scene.look == ["close-up"]
    assert talk("draw an old man", "a close-up of his face and hands").scene.look == ["close-up"]
