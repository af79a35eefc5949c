"""Issue 20, the classes tuning-5 found: Chinese moves said with 靠 / 放回 / the way before the verb, a thing named
after taking back what was said ("hmm no, a triangle", "actually 我要一只 fox"), what a thing would rather be, pet
names of common things. Each test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk



# ---------------------------------------------------------------------------------------- Chinese moves

@pytest.mark.parametrize(("message", "position"), [
    ("三角形靠右一点", "right"),
    ("靠左一点吧", "left"),
    ("向右移动三角形", "right"),
    ("往上挪一下它", "top"),
    ("放回中间吧", "center"),
    ("把三角形移回中间", "center"),
])
def test_a_chinese_move_said_another_way_moves_the_triangle(message: str, position: str) -> None:
    start = "画一个黄色的三角形在中间" if position != "center" else "画一个黄色的三角形在左边"
    d = talk(start, message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 1
    assert d.scene.subjects[0].position == position


# ------------------------------------------------------------------------------------- second thoughts

@pytest.mark.parametrize(("first", "message", "name"), [
    ("draw a cat in the garden", "hmm actually 我要一只 fox", "fox"),
    ("draw a cat", "actually, a fox", "fox"),
    ("draw a blue circle", "hmm no, a triangle", "triangle"),
    ("画一只猫", "其实我要一只狐狸", "狐狸"),
    ("draw a dog", "no wait... i want a wolf", "wolf"),
    ("draw a cat", "on second thought a rabbit", "rabbit"),
])
def test_a_thing_named_after_taking_back_what_was_said_replaces_the_one_in_focus(first: str, message: str,
                                                                                name: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert names(d) == [name]


def test_a_second_thought_inside_the_first_message_draws_only_the_second() -> None:
    d = talk("draw me a cat, no actually a fox, sitting in the snow")
    assert d.action is Action.DRAW
    assert names(d) == ["fox"]


@pytest.mark.parametrize("message", ["actually add a dog", "no more cat", "actually a dog too"])
def test_adding_or_removing_after_a_second_thought_is_not_a_replacement(message: str) -> None:
    d = talk("draw a cat", message)
    assert "cat" not in names(d) or "dog" in names(d)
    assert names(d) != ["dog"]


# ----------------------------------------------------------------------------------------- pet names

@pytest.mark.parametrize("message", ["turn the kitty into a fox", "make the kitty white"])
def test_a_kitty_is_the_cat(message: str) -> None:
    d = talk("一只猫在海边", message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 1


@pytest.mark.parametrize("message", ["i'd rather have a fox than the cat tbh", "I would rather have a fox than a cat"])
def test_what_is_rather_wanted_replaces_what_it_is_compared_with(message: str) -> None:
    d = talk("a cat and a tree", message)
    assert d.action is Action.EDIT
    assert names(d) == ["fox", "tree"]


# ------------------------------------------------------------------------------ a part said on its own

@pytest.mark.parametrize("message", [
    "- draw a small house\n- red door",
    "house, red door, night",
    "draw a house\n\n* a red door",
    "a house. red door",
])
def test_a_part_a_thing_has_by_nature_said_alone_is_its_part(message: str) -> None:
    d = talk(message)
    assert names(d) == ["house"]
    assert d.scene.subjects[0].parts["door"]["colour"] == "red"


def test_a_part_said_alone_after_the_drawing_is_its_part() -> None:
    d = talk("draw a cat", "blue eyes")
    assert d.action is Action.EDIT
    assert names(d) == ["cat"]
    assert d.scene.subjects[0].parts["eyes"]["colour"] == "blue"


@pytest.mark.parametrize(("message", "part"), [("画一座房子，屋顶是红色的", "屋顶"),
                                               ("画一只猫，尾巴是白色的", "尾巴")])
def test_a_chinese_part_said_with_what_it_is_is_set_on_its_owner(message: str, part: str) -> None:
    d = talk(message)
    assert len(d.scene.subjects) == 1
    assert d.scene.subjects[0].parts[part]["colour"] == ("red" if part == "屋顶" else "white")


def test_things_that_are_no_ones_part_are_still_drawn() -> None:
    assert names(talk("house, red car, night")) == ["house", "car"]


# ------------------------------------------------------------------------- a place all around things

@pytest.mark.parametrize(("message", "background"), [
    ("- a small house\n- snow everywhere", "in the snow"),
    ("1) a white house\n2) a garden around it", "in a garden"),
    ("a cat, a forest all around", "in a forest"),
])
def test_a_place_all_around_is_the_setting(message: str, background: str) -> None:
    d = talk(message)
    assert len(d.scene.subjects) == 1
    assert d.scene.background == background


# --------------------------------------------------------------- settings pasted from elsewhere, counted lists

@pytest.mark.parametrize("message", ["draw a cat, 4k, highly detailed, --ar 16:9", "一只猫，高清，8k",
                                     "一只猫，超细节，高清"])
def test_parameters_and_quality_words_are_not_things_to_draw(message: str) -> None:
    d = talk(message)
    assert len(d.scene.subjects) == 1


# a guard on the rule above (it passed before that rule too)
def test_a_time_of_day_is_not_an_aspect_ratio() -> None:
    d = talk("a cat", "a dog at 3:30")
    assert "Picture settings" not in d.reply


@pytest.mark.parametrize("message", ["两个东西：一个红色的圆和一个蓝色的正方形",
                                     "two things: a red circle and a blue square",
                                     "画两个图形：红色的圆和蓝色的正方形"])
def test_counted_things_before_a_colon_are_the_things_listed(message: str) -> None:
    d = talk(message)
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["red", "blue"]


def test_next_to_a_place_is_where_the_thing_is_not_part_of_its_name() -> None:
    d = talk("a house next to a lake")
    assert names(d) == ["house"]


# ------------------------------------------------------------------ a thing, and another beside it (Chinese)

@pytest.mark.parametrize("message", ["a white kitten 旁边有个粉红色的圆圈", "一只白猫，旁边是一个粉色的圆",
                                     "白猫旁边画一个粉色的圆"])
def test_a_thing_beside_a_thing_draws_both(message: str) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["white", "pink"]
    assert not any("detail" in s.attributes for s in d.scene.subjects)


def test_a_thing_beside_one_already_drawn_adds_only_the_new_one() -> None:
    d = talk("画一只白猫", "白猫旁边画一个粉色的圆")
    assert d.action is Action.EDIT
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["white", "pink"]


def test_the_anchor_of_a_new_picture_is_drawn_too() -> None:
    assert names(talk("在房子旁边有一棵树")) == ["房子", "树"]


# ------------------------------------------------------------------ more ways to say what a thing becomes

@pytest.mark.parametrize(("first", "message", "name"), [
    ("a cat please", "can you make it a fox instead of a cat?", "fox"),
    ("draw a cat", "fox instead", "fox"),
    ("画一只猫", "我想要狐狸不要猫", "狐狸"),
])
def test_what_a_thing_becomes_said_with_instead_or_not(first: str, message: str, name: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert names(d) == [name]


def test_a_value_to_keep_after_but_is_kept() -> None:
    d = talk("draw a black cat", "turn it into a fox but keep it black")
    assert names(d) == ["fox"]
    assert d.scene.subjects[0].attributes.get("colour") == "black"


@pytest.mark.parametrize("message", ["make it a zebra", "can it be a zebra instead", "turn the horse into a panda"])
def test_a_thing_with_colours_of_its_own_does_not_keep_the_old_colour(message: str) -> None:
    d = talk("draw a brown horse", message)
    assert len(d.scene.subjects) == 1
    assert "colour" not in d.scene.subjects[0].attributes


def test_a_colour_said_with_the_new_thing_is_kept() -> None:  # a guard on the rule above
    d = talk("draw a brown horse", "make it a black zebra")
    assert d.scene.subjects[0].attributes.get("colour") == "black"


# ------------------------------------------------------------- a part that several things just drawn have

@pytest.mark.parametrize("message", ["make the tail white", "尾巴改成白色", "the ears should be black"])
def test_a_part_several_things_just_drawn_have_is_asked_about(message: str) -> None:
    d = talk("a cat and a dog", message)
    assert d.action is Action.CHAT
    assert "?" in d.reply or "？" in d.reply
    assert not any(s.parts for s in d.scene.subjects)


def test_the_answer_to_which_tail_gives_it_the_colour() -> None:
    d = talk("a cat and a dog", "make the tail white", "the cat")
    assert d.scene.subjects[0].parts["tail"]["colour"] == "white"
    assert not d.scene.subjects[1].parts


@pytest.mark.parametrize("messages", [("a dog next to a house", "make the tail white"),
                                      ("a cat and a dog", "make the dog bigger", "make the tail white")])
def test_a_part_only_one_has_or_of_the_one_just_named_is_not_asked_about(messages: tuple[str, ...]) -> None:
    d = talk(*messages)  # a guard on the rule above
    assert d.action is Action.EDIT
    assert [s for s in d.scene.subjects if s.name == "dog"][0].parts["tail"]["colour"] == "white"


# ----------------------------------------------------------- the sky, and the camera on a thing drawn

@pytest.mark.parametrize(("message", "look"), [("make the sky dark", "dark sky"), ("天空暗一点", "dark sky"),
                                               ("make the sky pink", "pink sky"), ("天空改成紫色", "purple sky"),
                                               ("the sky should be a bit brighter", "bright sky")])
def test_the_sky_is_a_look_of_the_whole_picture(message: str, look: str) -> None:
    d = talk("a lighthouse at sunset", message)
    assert d.action is Action.EDIT
    assert names(d) == ["lighthouse"] and not d.scene.subjects[0].attributes
    assert look in d.scene.look


def test_a_second_sky_replaces_the_first() -> None:
    d = talk("a lighthouse", "make the sky dark", "make the sky pink")
    assert [k for k in d.scene.look if k.endswith("sky")] == ["pink sky"]


@pytest.mark.parametrize("message", ["close-up on the lighthouse", "zoom in on the lighthouse", "给灯塔一个特写"])
def test_a_camera_framed_on_a_thing_drawn_adds_nothing(message: str) -> None:
    d = talk("画一座灯塔" if "灯塔" in message else "a lighthouse", message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 1 and not d.scene.subjects[0].parts
    assert "close-up" in d.scene.look


# ------------------------------------------------------------------------- stacked Chinese modifiers

@pytest.mark.parametrize("message", ["一只戴着红帽子的胖胖的小黑猫", "画一只戴着红帽子的胖胖的小黑猫",
                                     "戴红帽子的可爱的黑猫"])
def test_a_part_before_other_modifiers_is_still_a_part(message: str) -> None:
    d = talk(message)
    assert names(d) == ["猫"]
    assert d.scene.subjects[0].attributes["colour"] == "black"
    assert d.scene.subjects[0].parts["帽子"]["colour"] == "red"


@pytest.mark.parametrize(("message", "name"), [("画一只胖胖的猫", "猫"), ("一个穿蓝裙子的可爱的小女孩", "小女孩"),
                                               ("画一个毛茸茸的可爱的兔子", "兔子")])
def test_words_said_with_de_before_a_known_noun_are_a_detail(message: str, name: str) -> None:
    d = talk(message)
    assert names(d) == [name]
    assert d.scene.subjects[0].attributes["detail"].endswith("的")


# --------------------------------------------------------------------- courtesy and hedges at the end

@pytest.mark.parametrize(("message", "name"), [("hmm... 换成 fox 好了", "fox"), ("It should be a fox actually", "fox"),
                                               ("不要猫，要狐狸", "狐狸"), ("let's go with a fox instead", "fox")])
def test_what_a_thing_becomes_said_with_a_hedge_or_a_refusal_first(message: str, name: str) -> None:
    d = talk("一只猫" if "猫" in message else "a cat", message)
    assert d.action is Action.EDIT
    assert names(d) == [name]


# ------------------------------------------------------------------- more markup around a house

@pytest.mark.parametrize("message", ["draw a house\n\n---\n\nmake it pink", "- [x] a pink house",
                                     "| thing | colour |\n|---|---|\n| house | pink |", "Draw: house\nColour: pink"])
def test_rules_task_boxes_tables_and_labels_are_markup(message: str) -> None:
    d = talk(message)
    assert names(d) == ["house"]
    assert d.scene.subjects[0].attributes.get("colour") == "pink"
    assert not d.scene.notes


def test_words_in_brackets_say_more_about_the_thing_before() -> None:
    d = talk("a house (red roof, white walls)")
    assert names(d) == ["house"]
    assert d.scene.subjects[0].parts["roof"]["colour"] == "red"


# the last two guard the brackets rule above: they passed before it
@pytest.mark.parametrize("message", ["draw a cat, please", "a cat (black) :)", "draw a cat (please)"])
def test_a_courtesy_or_a_smiley_on_its_own_is_not_a_note(message: str) -> None:
    d = talk(message)
    assert names(d) == ["cat"]
    assert not d.scene.notes


# ------------------------------------------------------------- more ways to hang a lantern on a tree

@pytest.mark.parametrize("message", ["树上吊着一只灯笼", "挂个灯笼在树上吧", "树上加点灯笼", "灯笼挂树上"])
def test_a_lantern_hung_on_the_tree_is_the_tree_s(message: str) -> None:
    d = talk("画一棵树", message)
    assert d.action is Action.EDIT
    assert names(d) == ["树"]
    assert list(d.scene.subjects[0].parts) == ["灯笼"]


@pytest.mark.parametrize("message", ["一棵树上挂着红灯笼", "画一棵挂着灯笼的树"])
def test_a_tree_and_its_lantern_in_one_description(message: str) -> None:
    d = talk(message)
    assert d.action is Action.DRAW
    assert names(d) == ["树"]
    assert list(d.scene.subjects[0].parts) == ["灯笼"]


@pytest.mark.parametrize(("message", "position"), [("黄色三角形右移", "right"), ("三角形左移一点", "left"),
                                                   ("三角形上移", "top"), ("右移", "right"),
                                                   ("三角形移到底部中间", "bottom")])
def test_a_chinese_move_with_the_way_joined_to_the_verb(message: str, position: str) -> None:
    d = talk("画一个黄色三角形", message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 1
    assert d.scene.subjects[0].position == position
    assert "detail" not in d.scene.subjects[0].attributes


def test_an_english_colour_said_with_se_is_the_colour() -> None:
    d = talk("一只white猫和一个pink色的circle")
    assert [(s.attributes.get("colour"), s.attributes.get("detail")) for s in d.scene.subjects] == [
        ("white", None), ("pink", None)]


# --------------------------------------------------------------------------- removal and pronouns

def test_take_it_off_takes_off_what_he_wears_not_him() -> None:
    d = talk("a man with a hat", "take it off")
    assert names(d) == ["man"] and not d.scene.subjects[0].parts


def test_take_it_off_with_two_things_worn_is_asked_about() -> None:
    d = talk("a man with a hat and glasses", "take it off")
    assert d.action is Action.CHAT and "?" in d.reply
    assert set(d.scene.subjects[0].parts) == {"hat", "glasses"}


@pytest.mark.parametrize("message", ["get rid of everything except the bird", "remove all but the bird",
                                     "除了鸟都去掉"])
def test_everything_except_one_thing_goes(message: str) -> None:
    first = "一只猫，一只狗和一只鸟" if "鸟" in message else "a cat, a dog and a bird"
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 1 and not d.scene.avoid


@pytest.mark.parametrize(("message", "part"), [("他穿蓝色衣服", "衣服"), ("他戴一顶红帽子", "帽子")])
def test_a_chinese_wear_verb_without_zhe_gives_the_part(message: str, part: str) -> None:
    d = talk("一个男孩和一只猫", message)
    assert d.action is Action.EDIT
    assert list(d.scene.subjects[0].parts) == [part] and not d.scene.subjects[1].parts


# -------------------------------------------------------------------- the light and the mood by name

@pytest.mark.parametrize(("message", "look"), [("lighting should be softer", "soft lighting"),
                                               ("make the mood happier", "cheerful"), ("氛围欢快一点", "cheerful"),
                                               ("the atmosphere should be spookier", "eerie"),
                                               ("光线柔和一点", "soft lighting")])
def test_the_light_or_the_mood_said_by_name_is_a_look(message: str, look: str) -> None:
    d = talk("a fox", message)
    assert d.action is Action.EDIT
    assert d.scene.look == [look] and not d.scene.notes and not d.scene.subjects[0].attributes


def test_a_mood_no_look_has_is_asked_about() -> None:
    d = talk("a fox", "the lighting should be purple")
    assert d.action is Action.CHAT and "?" in d.reply


def test_a_background_said_a_bit_whiter_is_white() -> None:
    assert talk("一只狐狸，灰色背景", "背景白一点").scene.background == "white"


# --------------------------------------------------------------------- "it" after giving a person a thing

@pytest.mark.parametrize("messages", [("a girl", "give her an umbrella", "make it red"),
                                      ("一个女孩", "给她一把伞", "把它变成红色")])
def test_it_after_giving_a_person_a_thing_is_the_thing(messages: tuple[str, ...]) -> None:
    d = talk(*messages)
    girl = d.scene.subjects[0]
    assert "colour" not in girl.attributes
    assert next(iter(girl.parts.values()))["colour"] == "red"


def test_her_is_still_the_person() -> None:  # a guard on the rule above
    d = talk("a girl", "give her an umbrella", "make her smaller")
    assert d.scene.subjects[0].size == "small"


def test_but_before_a_value_is_how_it_is_asked() -> None:
    d = talk("a cat", "but orange")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes.get("colour") == "orange"
    assert not d.scene.notes


# ------------------------------------------------------------------------ emoji and "it's … now"

@pytest.mark.parametrize(("first", "message", "name"), [("画一只猫🐈", "换成🦊", "狐狸"),
                                                        ("a cat", "🦊 instead", "fox"),
                                                        ("a cat", "turn it into 🦊", "fox"),
                                                        ("一只猫", "it's a fox now", "fox"),
                                                        ("a cat", "now it's a red fox", "fox")])
def test_what_a_thing_becomes_said_with_an_emoji_or_now(first: str, message: str, name: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert names(d) == [name] and not d.scene.notes


@pytest.mark.parametrize(("message", "name"), [("把马变成斑马", "斑马"), ("变成老虎", "老虎")])
def test_a_chinese_thing_not_in_the_vocabulary_is_what_it_becomes(message: str, name: str) -> None:
    d = talk("画一匹棕色的马", message)
    assert names(d) == [name] and not d.scene.subjects[0].attributes


@pytest.mark.parametrize("message", ["把马变成透明", "把马换成蓝色", "变成卡通风格"])
def test_how_a_thing_looks_after_bian_cheng_is_not_a_new_name(message: str) -> None:  # guards the rule above
    assert names(talk("画一匹棕色的马", message)) == ["马"]


# ------------------------------------------------------------- prompt syntax pasted from other tools

@pytest.mark.parametrize("message", ["a cat | steps=30 | cfg 7", "a cat, negative: blurry, lowres",
                                     "a cat <lora:abc:0.8>", "a cat, trending on artstation",
                                     "((a cat))", "a cat (masterpiece, best quality:1.2)"])
def test_other_tools_prompt_syntax_is_not_things_to_draw(message: str) -> None:
    d = talk(message)
    assert names(d) == ["cat"] and not d.scene.notes


def test_no_flag_keeps_the_thing_out() -> None:
    d = talk("a cat --no dogs")
    assert names(d) == ["cat"] and d.scene.avoid == ["dogs"]


def test_a_thing_worn_said_beside_a_person_just_drawn_is_hers() -> None:
    d = talk("masterpiece, best quality, 1girl, red dress")
    assert names(d) == ["girl"] and d.scene.subjects[0].parts["dress"] == {"colour": "red", "relation": "wearing"}
    assert "highly detailed" in d.scene.look


# ------------------------------------------------------------------------------ more relative moves

def test_two_moves_with_the_verb_said_once() -> None:
    d = talk("a cat and a dog", "move the cat a bit up and the dog to the right")
    assert [s.position for s in d.scene.subjects] == ["top", "right"]


@pytest.mark.parametrize(("first", "message", "position"), [("a sun top left", "move it down two steps", "bottom left"),
                                                            ("一只猫在左边", "往右挪两格", "right")])
def test_counted_steps_move_that_many_cells(first: str, message: str, position: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT and d.scene.subjects[0].position == position and not d.scene.notes


def test_taller_and_shorter_are_sizes() -> None:
    d = talk("a boy and a girl", "make him taller and her shorter")
    assert [(s.size, s.attributes) for s in d.scene.subjects] == [("big", {}), ("small", {})]


def test_shes_wearing_gives_her_the_part() -> None:
    d = talk("a girl", "she's wearing a red dress")
    assert d.scene.subjects[0].parts["dress"]["colour"] == "red" and not d.scene.notes
