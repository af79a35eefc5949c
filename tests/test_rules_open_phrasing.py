"""Classes of free phrasing from the second tuning table (issue 20): what things do glued onto their names,
reactions that must not touch the Scene, counted and listed subjects, places as settings, looks, moves, typing
slips and parts. Each test drives the RuleEnhancer the app uses, one message after another."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from dialog.scene import Scene
from prompt_enhancer.rules import RuleEnhancer
from prompt_enhancer.rules.spelling import correct_typos
from rules_talk import names


def talk(*messages: str, scene: Scene | None = None):  # noqa: ANN201
    """The Decision of the last message, each earlier one applied as the app would (a chat keeps the Scene)."""
    enhancer, scene = RuleEnhancer(), scene or Scene()
    decision = None
    for message in messages:
        decision = enhancer.decide(scene, [], message)
        if decision.action is not Action.CHAT:
            scene = decision.scene
    return decision


# ------------------------------------------------------------------------------ what a thing does

@pytest.mark.parametrize(("message", "expected", "pose"), [
    ("a camel walking through the desert", ["camel"], "walking"),
    ("two small white dogs playing in the snow", ["dog", "dog"], "playing"),
    ("a fox sleeping", ["fox"], "sleeping"),
    ("一个女孩站在黄昏的海边", ["女孩"], "standing"),
    ("一辆红色的小汽车停在街上", ["汽车"], "parked"),
    ("draw a woman 站在海边", ["woman"], "standing"),
])
def test_a_participle_glued_onto_a_name_is_what_the_thing_does(message: str, expected: list[str],
                                                                 pose: str) -> None:
    d = talk(message)
    assert names(d) == expected
    assert all(s.attributes.get("pose") == pose for s in d.scene.subjects)
    assert d.scene.background is not None or "sleeping" in message


def test_what_a_thing_does_to_another_thing_draws_both_or_gives_it_a_part() -> None:
    d = talk("draw a man walking his dog in the rain")
    assert names(d) == ["man", "dog"] and d.scene.time == "rain"
    d = talk("draw a man walking his dog in the rain", "make it black", "and give him an umbrella")
    man, dog = d.scene.subjects
    assert dog.attributes.get("colour") == "black" and "colour" not in man.attributes
    assert "umbrella" in man.parts and not dog.parts
    d = talk("a boy flying a kite")
    assert names(d) == ["boy"] and d.scene.subjects[0].parts["kite"]["relation"] == "flying"
    d = talk("一个小男孩在草地上放风筝")
    assert names(d) == ["小男孩"] and "风筝" in d.scene.subjects[0].parts and d.scene.background == "on the grass"


@pytest.mark.parametrize("message", ["a walking stick", "a cat in a building", "a painting of a cat",
                                     "a knight holding a sword", "a dog playing with a ball", "一个车站"])
def test_words_ending_in_ing_that_are_things_or_relations_are_not_actions(message: str) -> None:
    d = talk(message)
    assert not any(s.attributes.get("pose") in ("building", "painting", "holding", "playing")
                   for s in d.scene.subjects)
    assert all(s.name for s in d.scene.subjects)


def test_over_a_place_is_the_setting() -> None:
    d = talk("a balloon floating over a city")
    assert names(d) == ["balloon"] and d.scene.background == "in the city"


# ------------------------------------------------------------------------------ reactions and questions

@pytest.mark.parametrize("message", ["lol he looks so judgemental", "thanks, that's perfect", "Perfect, that's lovely.",
                                     "lmaooo he's so cute 😭", "哈哈哈太可爱了吧", "嘿嘿 谢谢啦", "lol 太帅了",
                                     "wow 好壮观 thx", "这个是用什么模型画的呀？"])
def test_reactions_and_questions_leave_the_scene_alone(message: str) -> None:
    before = talk("draw an owl on a branch").scene
    d = RuleEnhancer().decide(before, [], message)
    assert d.action is Action.CHAT and d.scene.to_dict() == before.to_dict()
    assert "note" not in d.reply.lower() and "备注" not in d.reply


@pytest.mark.parametrize("message", ["你好呀", "你能画画吗？"])
def test_a_greeting_or_a_question_about_drawing_draws_nothing(message: str) -> None:
    d = talk(message)
    assert d.action is Action.CHAT and d.scene.subjects == []


def test_a_value_said_like_a_reaction_is_still_read_as_a_value() -> None:
    d = talk("draw a big blue circle", "it's red")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes["colour"] == "red"
    assert "Glad" not in talk("draw a big blue circle", "太大了").reply


# ------------------------------------------------------------------------------ counted and listed subjects

def colours(decision) -> list[str | None]:  # noqa: ANN001
    return [s.attributes.get("colour") for s in decision.scene.subjects]


@pytest.mark.parametrize(("message", "expected"), [
    ("draw a row of three balloons: pink, blue, and green", ["pink", "blue", "green"]),
    ("three birds on a branch: a red one, a blue one and a yellow one", ["red", "blue", "yellow", None]),
    ("画三个方块，红的、黄的、绿的", ["red", "yellow", "green"]),
    ("two cats, one black and one white", ["black", "white"]),
])
def test_a_list_of_values_after_counted_things_gives_one_each_in_order(message: str, expected: list) -> None:
    d = talk(message)
    assert colours(d) == expected
    assert len({s.name for s in d.scene.subjects[:3]}) == 1


def test_left_to_right_and_a_side_each_place_the_counted_things() -> None:
    d = talk("画三个方块，红的、黄的、绿的，从左到右排")
    assert [(s.attributes["colour"], s.position) for s in d.scene.subjects] == [
        ("red", "left"), ("yellow", "center"), ("green", "right")]
    d = talk("两只小猫，左边一只黑的，右边一只白的")
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [("black", "left"),
                                                                                     ("white", "right")]


def test_one_value_after_counted_things_is_not_split_and_labels_keep_their_colon() -> None:
    d = talk("draw two circles, blue")
    assert colours(d) in (["blue", "blue"], [None, "blue"])  # not read as "the first one blue"
    d = talk("draw a cat", "background: blue, please")
    assert d.scene.background == "blue"
    d = talk("在灰色的背景上画：右上角一个大的粉色三角形，左下角一个小的绿色圆")
    assert [s.name for s in d.scene.subjects] == ["triangle", "circle"]  # nothing counted before the colon


# ------------------------------------------------------------------------------ places as settings

@pytest.mark.parametrize(("message", "place", "expected"), [
    ("a cat, a dog and a mouse in a kitchen", "in the kitchen", ["cat", "dog", "mouse"]),
    ("a brown horse in a field", "in a field", ["horse"]),
    ("a yellow car on the left side of the street", "on the street", ["car"]),
    ("a boat in the middle of the lake", "on a lake", ["boat"]),
    ("一只猫在厨房里", "in the kitchen", ["猫"]),
])
def test_rooms_fields_and_streets_are_the_setting_not_subjects(message: str, place: str, expected: list) -> None:
    d = talk(message)
    assert names(d) == expected and d.scene.background == place


# ------------------------------------------------------------------------------ typing slips

@pytest.mark.parametrize(("messages", "check"), [
    (("can u draw a brwon puppy on teh grass",),
     lambda s: s.background == "on the grass" and s.subjects[0].attributes["colour"] == "brown"),
    (("draw an old fisherman", "giv him a yelow raincoat"),
     lambda s: s.subjects[0].parts["raincoat"]["colour"] == "yellow"),
    (("draw an owl", "and make it nite"), lambda s: s.time == "night"),
    (("画一个 blu square",), lambda s: s.subjects[0].attributes["colour"] == "blue"),
    (("画一个蓝涩的三角形", "把它移到做边"),
     lambda s: (s.subjects[0].attributes["colour"], s.subjects[0].position) == ("blue", "left")),
    (("画一只小黄够", "给它带一顶红帽子"),
     lambda s: s.subjects[0].name == "狗" and s.subjects[0].parts["帽子"]["colour"] == "red"),
    (("再加一个红色的园",), lambda s: s.subjects[0].name == "circle"),
])
def test_chat_spellings_and_chinese_sound_alike_slips_are_mended(messages: tuple, check) -> None:  # noqa: ANN001
    assert check(talk(*messages).scene)


@pytest.mark.parametrize("text", ["画一个公园里的男孩", "一只狗够了", "不够大", "draw a rite of passage",
                                  "an ad on a wall", "带一个朋友"])
def test_words_that_only_sound_like_a_slip_stay(text: str) -> None:
    assert correct_typos(text) == text


# ------------------------------------------------------------------------------ parts

def parts_of(decision, index: int = 0) -> dict:  # noqa: ANN001
    return decision.scene.subjects[index].parts


def test_a_part_is_named_before_its_values() -> None:
    d = talk("a snowman with a red scarf and a black top hat", "make his scarf blue and white")
    assert parts_of(d)["scarf"]["colour"] == "blue and white" and parts_of(d)["top hat"]["colour"] == "black"
    assert d.scene.subjects[0].position is None  # a top hat: no snowman at the top
    d = talk("draw a woman", "make her hair long and black")
    assert list(parts_of(d)) == ["hair"] and parts_of(d)["hair"]["colour"] == "black"


def test_round_before_a_noun_is_how_it_looks_not_a_circle() -> None:
    d = talk("a cute little robot with big round eyes", "make its eyes glow green", "make the robot silver")
    robot = d.scene.subjects[0]
    assert robot.name == "cute robot" and robot.attributes["colour"] == "silver"
    assert [(k, v["colour"]) for k, v in robot.parts.items()] == [("round eyes", "green")]
    assert talk("a red circle").scene.subjects[0].name == "circle"


def test_chinese_parts_on_a_body_given_to_a_topic_and_named_in_the_other_language() -> None:
    d = talk("画一只白猫，脖子上有个蓝色项圈", "项圈换成金色的", "再给它加个小铃铛")
    assert [s.name for s in d.scene.subjects] == ["猫"]
    assert parts_of(d)["项圈"]["colour"] == "gold" and "铃铛" in parts_of(d)
    d = talk("draw a chef with a white hat and a red apron", "把围裙换成绿色", "把他的hat改成黑色的")
    assert (parts_of(d)["apron"]["colour"], parts_of(d)["hat"]["colour"]) == ("green", "black")
    d = talk("两只小猫，左边一只黑的，右边一只白的", "左边那只给它加个红色蝴蝶结", "另一只变成橘色的")
    left, right = d.scene.subjects
    assert "蝴蝶结" in left.parts and not right.parts and right.attributes["colour"] == "orange"


# ------------------------------------------------------------------------------ looks

@pytest.mark.parametrize(("messages", "looks"), [
    (("draw a lighthouse", "can we get some dramatic lighting on this"), ["dramatic lighting"]),
    (("draw a lighthouse", "make the whole thing feel more moody and cinematic"), ["moody", "cinematic"]),
    (("draw a red square", "view it from above"), ["bird's-eye view"]),
    (("a portrait of an old sailor", "closer, like a close-up of his face"), ["close-up"]),
    (("draw a red square", "zoom out a bit"), ["wide shot"]),
    (("画一个红色的圆", "再近一点"), ["close-up"]),
])
def test_looks_said_around_other_words_are_the_whole_pictures(messages: tuple, looks: list) -> None:
    d = talk(*messages)
    assert d.action is Action.EDIT and d.scene.look == looks and "note" not in d.reply


# ------------------------------------------------------------------------------ moves

@pytest.mark.parametrize(("messages", "position"), [
    (("a little sailboat on the sea", "shift it over to the right", "a bit higher"), "top right"),
    (("draw a small blue square in the top left corner", "move it all the way down"), "bottom left"),
    (("draw a small blue square in the top left corner", "move it all the way down", "and over to the right side"),
     "bottom right"),
    (("画一个黄色的太阳在右上角", "往左挪一点", "再往下移到中间"), "center"),
    (("画一个黄色的太阳在右上角", "再低一点"), "right"),
])
def test_steps_edges_and_the_way_there_move_the_thing_in_focus(messages: tuple, position: str) -> None:
    assert talk(*messages).scene.subjects[0].position == position


# ------------------------------------------------------------------------------ politeness around a request

@pytest.mark.parametrize(("messages", "check"), [
    (("a single red apple, on white", "same thing but on black"), lambda s: s.background == "black"),
    (("一只企鹅", "把它放到海边", "算了还是放回雪地上吧"), lambda s: s.background == "in the snow"),
    (("yo can u draw a lil corgi",), lambda s: [x.name for x in s.subjects] == ["corgi"]),
])
def test_hedges_and_greetings_around_a_request_are_not_part_of_it(messages: tuple, check) -> None:  # noqa: ANN001
    assert check(talk(*messages).scene)


# ------------------------------------------------------------------------------ removal and courtesy

@pytest.mark.parametrize(("messages", "expected"), [
    (("a cat, a dog and a mouse in a kitchen", "i don't want the mouse anymore",
      "actually no dog either, just the cat"), ["cat"]),
    (("draw a row of three balloons: pink, blue, and green", "the first one can go lol"), ["balloon", "balloon"]),
    (("画三只猫", "只留下第一只"), ["猫"]),
])
def test_just_the_one_and_trailing_laughter_remove_what_should_go(messages: tuple, expected: list) -> None:
    assert names(talk(*messages)) == expected


def test_a_mixed_removal_takes_the_part_off() -> None:
    d = talk("画一个男人 wearing glasses and a scarf", "remove 眼镜", "围巾也 get rid of 吧")
    assert names(d) == ["男人"] and d.scene.subjects[0].parts == {}


def test_courtesy_and_thanks_around_a_request_are_not_drawn() -> None:
    d = talk("Hello! Could you please draw a white rabbit sitting in a garden, thank you so much in advance")
    assert names(d) == ["rabbit"]
    d = talk("draw a white rabbit", "Wonderful, thank you. If it isn't too much trouble, I would love it if there "
             "were a small red mushroom next to the rabbit.")
    assert names(d) == ["rabbit", "mushroom"] and d.scene.notes == []


def test_ascii_question_and_exclamation_marks_end_a_chinese_clause() -> None:
    """The app turns full-width punctuation into ASCII (NFKC) before the rules read it: "树?放右边" is two clauses."""
    d = talk("画个房子", "要不…再加棵树?放右边")
    assert [(s.name, s.position) for s in d.scene.subjects][-1] == ("树", "right")  # 棵 is a measure word
