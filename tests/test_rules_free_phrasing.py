"""The misreadings of issue 20, one class each, as Decisions: what the RuleEnhancer stores, the edit kind and the ids
it reports, and what it says when it cannot read a message (it asks and changes nothing)."""

from __future__ import annotations

import pytest

from dialog.decision import Action, EditKind
from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from prompt_enhancer.rules import RuleEnhancer


def talk(*messages: str, scene: Scene | None = None):  # noqa: ANN201
    """The Decision of the last message, each earlier one applied as the app would (a chat keeps the Scene)."""
    enhancer, scene = RuleEnhancer(), scene or Scene()
    decision = None
    for message in messages:
        decision = enhancer.decide(scene, [], message)
        scene = decision.scene
    return decision


def test_a_part_is_changed_and_removed_without_its_subject() -> None:
    d = talk("draw a girl with an umbrella on the left", "make the umbrella red")
    girl = d.scene.subjects[0]
    assert (girl.name, girl.attributes, girl.position) == ("girl", {}, "left")
    assert girl.parts == {"umbrella": {"relation": "with", "colour": "red"}}
    assert (d.action, d.edit_kind, d.changed) == (Action.EDIT, EditKind.ATTRIBUTE, ("s1",))
    assert render_prompt(d.scene) == "a girl with a red umbrella at the left"
    d = talk("draw a girl with an umbrella", "remove the umbrella")
    assert [(s.name, s.parts) for s in d.scene.subjects] == [("girl", {})]


@pytest.mark.parametrize(("message", "names", "placed"), [
    ("a cat sitting on a sofa", ["cat", "sofa"], "on the sofa"),
    ("一个女孩站在樱花树下", ["女孩", "樱花树"], "樱花树下"),
    ("draw a dog next to a tree", ["dog", "tree"], "next to the tree"),
])
def test_a_thing_placed_at_another_is_two_subjects_and_the_other_can_go(message: str, names: list[str],
                                                                      placed: str) -> None:
    d = talk(message)
    assert [s.name for s in d.scene.subjects] == names and d.scene.subjects[0].position == placed
    remove = f"remove the {names[1]}" if names[1].isascii() else f"去掉{names[1]}"
    d = talk(message, remove)
    assert [(s.name, s.position) for s in d.scene.subjects] == [(names[0], None)]


@pytest.mark.parametrize(("setup", "message", "owner", "part"), [
    ("portrait of an old fisherman", "give him a beard", "old fisherman", "beard"),
    ("draw a woman and a dog", "give her a red hat", "woman", "hat"),
    ("draw a snowman", "put a black hat on him", "snowman", "hat"),
    ("画一个老人和一只猫", "给他加一副眼镜", "老人", "眼镜"),
    ("画一个女孩", "给她戴一顶黄色的帽子", "女孩", "帽子"),
    ("draw a lighthouse", "give it a red roof", "lighthouse", "roof"),
    ("draw a king", "he should be wearing a crown", "king", "crown"),
])
def test_pronouns_give_parts_to_whom_they_mean(setup: str, message: str, owner: str, part: str) -> None:
    d = talk(setup, message)
    assert d.action is Action.EDIT and d.edit_kind is EditKind.ATTRIBUTE
    subject = next(s for s in d.scene.subjects if s.name == owner)
    assert part in subject.parts and d.changed == (subject.id,)
    assert [s.name for s in d.scene.subjects if part in s.name] == []  # no "him beard" subject


def test_it_means_a_thing_and_her_a_woman() -> None:
    d = talk("画一个老人和一只猫", "给他加一副眼镜", "把它变成白色")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("老人", None), ("猫", "white")]
    d = talk("draw a woman and a dog", "make him brown")
    assert [(s.name, s.attributes.get("colour")) for s in d.scene.subjects] == [("woman", None), ("dog", "brown")]


@pytest.mark.parametrize(("messages", "look"), [
    (("draw a cat", "dramatic lighting"), ["dramatic lighting"]),
    (("draw a cat", "make it black and white"), ["black and white"]),
    (("画一只狗", "黑白的"), ["black and white"]),
    (("draw a knight, dramatic lighting, low angle",), ["dramatic lighting", "low angle"]),
    (("draw a cat", "dramatic lighting", "soft light please"), ["soft lighting"]),  # one lighting at a time
    (("draw a cat", "make it black and white", "back to colour"), []),
])
def test_the_pictures_look_is_never_a_subject_or_its_colour(messages: tuple[str, ...], look: list[str]) -> None:
    d = talk(*messages)
    assert d.scene.look == look
    assert [(s.name, s.attributes) for s in d.scene.subjects] in ([("cat", {})], [("狗", {})], [("knight", {})])
    if len(messages) > 1:
        assert d.edit_kind is EditKind.STYLE and d.changed == ()


def test_a_named_subject_can_still_be_black_and_white() -> None:
    assert talk("draw a cat", "make the cat black and white").scene.subjects[0].attributes == {
        "colour": "black and white"}
    assert talk("draw a black and white cat").scene.subjects[0].attributes == {"colour": "black and white"}


@pytest.mark.parametrize(("message", "colour", "background"), [
    ("a big blue circle in the middle, on white", "blue", "white"),
    ("a tiny pink triangle at the bottom on black", "pink", "black"),
    ("一个红色的圆形在中间，白底", "red", "white"),
    ("draw a white cat on black", "white", "black"),
])
def test_a_trailing_background_is_the_background(message: str, colour: str, background: str) -> None:
    d = talk(message)
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [colour] and d.scene.background == background


@pytest.mark.parametrize(("messages", "name"), [
    (("draw a red circle", "actually make it a square"), "square"),
    (("draw a red circle", "no wait, i meant a triangle"), "triangle"),
    (("draw a red circle", "a star, not a circle"), "star"),
    (("画一个红色圆形", "不对，应该是正方形"), "square"),
])
def test_changing_what_it_is_keeps_one_subject(messages: tuple[str, ...], name: str) -> None:
    d = talk(*messages)
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [(name, {"colour": "red"})]


@pytest.mark.parametrize("message", ["I don't want the dog anymore", "lose the dog", "狗不要了", "别画狗了",
                                     "the dog can go too", "no more dog", "take the dog out", "dog's gone"])
def test_removal_phrasings(message: str) -> None:
    d = talk("draw a cat and a dog" if message.isascii() else "画一只猫和一只狗", message)
    assert len(d.scene.subjects) == 1 and d.edit_kind is EditKind.REMOVE and d.scene.avoid == []


@pytest.mark.parametrize(("message", "values"), [
    ("画一个大棕色圆形", ("circle", "brown", "big")),
    ("来一个紫色大三角形", ("triangle", "purple", "big")),
    ("画一只小白猫", ("猫", "white", "small")),
    ("画一个超大的红色圆", ("circle", "red", "big")),
])
def test_stacked_chinese_modifiers(message: str, values: tuple) -> None:
    s = talk(message).scene.subjects[0]
    assert (s.name, s.attributes.get("colour"), s.size) == values


@pytest.mark.parametrize(("start", "message", "end"), [
    ("top left", "shift it over to the right", "top right"),
    ("bottom right", "put it on the left", "bottom left"),
    ("top right", "把它移到下面", "bottom right"),
    ("top left", "move it to the center", "center"),
    ("top left", "move it down", "bottom left"),  # a way said alone goes to that edge, as people expect
    ("top left", "move it down a bit", "left"),  # a little: one step
])
def test_a_side_said_alone_keeps_the_other_axis(start: str, message: str, end: str) -> None:
    scene = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, start)], focus="s1")
    d = talk(message, scene=scene)
    assert d.scene.subjects[0].position == end and d.edit_kind is EditKind.LAYOUT


@pytest.mark.parametrize(("message", "changed"), [
    ("make the left one green", "s1"), ("make the red one green", "s1"), ("make the bigger circle green", "s2"),
    ("make the second one green", "s2"), ("把左边那个变成绿色", "s1"), ("把红色的那个变成绿色", "s1"),
    ("make the other one green", "s1"), ("make the top one green", "s1"),
])
def test_descriptions_find_their_subject(message: str, changed: str) -> None:
    scene = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "top left", "small"),
                            Subject("s2", "circle", {"colour": "blue"}, "bottom right", "big")], focus="s2")
    d = talk(message, scene=scene)
    assert d.changed == (changed,) and d.scene.subject(changed).attributes["colour"] == "green"


@pytest.mark.parametrize("message", ["set steps to 1000", "use seed 42", "guidance 7.5 please", "make it 1024x1024",
                                     "把步数改成50", "![cat](https://example.com/cat.png)", "steps=30, cfg=5"])
def test_settings_and_markup_are_never_subjects(message: str) -> None:
    scene = talk("draw a red circle").scene
    d = talk(message, scene=scene)
    assert d.action is Action.CHAT and d.scene == scene and d.reply


def test_markup_beside_words_is_dropped_and_said() -> None:
    d = talk("draw a dog ![ref](http://x.example/z.png)")
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [("dog", {})] and "links" in d.reply
    assert [s.name for s in talk("<b>draw a cat</b>, 20 steps").scene.subjects] == ["cat"]


@pytest.mark.parametrize(("message", "asked"), [
    ("make it better", "What would make the cat better"),
    ("move it", "Where should the cat go"),
    ("change the colour", "Which colour should the cat be"),
    ("make the dragon blue", "I can't find “dragon”"),
    ("asdfjkl", "What should change"),
    ("hmm, not like that", "What should be different"),
    ("把它弄得好看一点", "怎样改猫才算好看"),
])
def test_what_cannot_be_read_is_asked_about_and_changes_nothing(message: str, asked: str) -> None:
    scene = talk("draw a cat" if message.isascii() else "画一只猫").scene
    d = talk(message, scene=scene)
    assert d.action is Action.CHAT and d.scene == scene and asked in d.reply
    assert "?" in d.reply or "？" in d.reply


def test_a_half_understood_message_says_what_was_understood_and_changes_nothing() -> None:
    scene = talk("draw a girl with an umbrella").scene
    d = talk("make the umbrella red and make it nicer", scene=scene)
    assert d.action is Action.CHAT and d.scene == scene
    assert d.reply.startswith("I understood “make the umbrella red” but not “make it nicer”")


def test_typing_slips_in_known_words_are_read() -> None:
    d = talk("pls draw a big red cirlce in the middle on white thx")
    assert [(s.name, s.size, s.position) for s in d.scene.subjects] == [("circle", "big", "center")]
    assert talk("draw a crown and a bear").scene.subjects[1].name == "bear"  # not "beard"


@pytest.mark.parametrize(("message", "values"), [
    ("draw two cats, one black and one white", [("cat", "black", None), ("cat", "white", None)]),
    ("画三个圆，一个在左边，一个在中间，一个在右边", [("circle", None, "left"), ("circle", None, "center"),
                                              ("circle", None, "right")]),
])
def test_one_and_one_describe_the_things_just_drawn_in_turn(message: str, values: list) -> None:
    d = talk(message)
    assert [(s.name, s.attributes.get("colour"), s.position) for s in d.scene.subjects] == values


def test_another_one_is_another_of_the_thing_in_focus() -> None:
    d = talk("draw a red circle", "add another one at the top")
    assert [(s.name, s.attributes, s.position) for s in d.scene.subjects] == [
        ("circle", {"colour": "red"}, None), ("circle", {"colour": "red"}, "top")]
    d = talk("画一个红色的圆", "再加一个蓝色的")
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [("circle", {"colour": "red"}),
                                                                  ("circle", {"colour": "blue"})]


@pytest.mark.parametrize("message", [
    "new picture: a small brown square top left on beige", "ok new picture - a small brown square top left on beige",
    "start over with a small brown square top left on beige", "换一张：米色背景上左上角一个小的棕色正方形",
])
def test_a_new_picture_said_up_front_replaces_the_old_one(message: str) -> None:
    d = talk("draw a big green circle in the center", message)
    assert d.action == Action.DRAW and [(s.name, s.size, s.position) for s in d.scene.subjects] == [
        ("square", "small", "top left")]
    assert d.scene.subjects[0].attributes == {"colour": "brown"} and d.scene.background == "beige"


@pytest.mark.parametrize("message", ["a little red triangle 🙂", "麻烦帮我画一个小小的红色三角形，谢谢😊",
                                     "a red triangle!!! 😍😍"])
def test_emoji_of_mood_are_not_things_to_draw(message: str) -> None:
    d = talk(message)
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [("triangle", {"colour": "red"})]
    assert talk("draw a 🐱").scene.subjects[0].name == "cat"  # an emoji of a thing is still one, by its name


def test_anything_of_a_colour_leaves_the_shape_open() -> None:
    assert [(s.name, s.attributes) for s in talk("随便画个绿色的东西").scene.subjects] == [("", {"colour": "green"})]


def test_a_mixed_language_background_change_reads_the_colour() -> None:
    assert talk("draw a pink square", "background 换成 gray").scene.background == "gray"


def test_a_subject_named_in_a_change_that_changes_nothing_is_in_focus() -> None:
    scene = talk("draw a green triangle at the top left and a blue triangle at the bottom right").scene
    d = talk("make the top left one green", "and the other one orange", scene=scene)
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["green", "orange"]
