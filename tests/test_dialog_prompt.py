"""The prompt renderer: natural, complete, in the language asked for, a pure function of the Scene."""

from __future__ import annotations

import pytest

from dialog.prompt import render_negative, render_prompt
from dialog.scene import Scene, Subject


def _scene(**kw) -> Scene:
    return Scene(**kw)


def test_empty_scene_renders_empty() -> None:
    assert render_prompt(Scene()) == "" and render_prompt(Scene(), "zh") == ""


def test_language_defaults_to_the_scenes_and_can_be_overridden() -> None:
    scene = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "left", "big")], language="zh")
    assert render_prompt(scene) == "左边有一个大的红色圆形"
    assert render_prompt(scene, "en") == "a big red circle at the left"


def test_known_words_translate_and_unknown_words_pass_through() -> None:
    scene = Scene(subjects=[Subject("s1", "猫", {"colour": "orange", "detail": "毛茸茸"}),
                            Subject("s2", "wizard hat", {"colour": "dark blue"})],
                  background="beach", style="watercolor", notes=["风很大"])
    # a place named as the background is said as a place (dialog/landscape_words.py), not "on a beach background"
    assert render_prompt(scene, "en") == ("an orange 毛茸茸 cat and a dark blue wizard hat, on a beach, "
                                          "in watercolor style, 风很大")
    assert render_prompt(scene, "zh") == "海滩上，有一只橙色毛茸茸猫，有一顶深蓝色wizard hat，水彩风格，风很大"


def test_every_accumulated_attribute_appears() -> None:
    cat = Subject("s1", "cat", {"colour": "black", "material": "wood", "pose": "sleeping", "detail": "with a hat"},
                  "next to the tree", "small")
    scene = Scene(subjects=[cat, Subject("s2", "tree")], background="gray", style="Van Gogh",
                  notes=["at sunset"])
    assert render_prompt(scene, "en") == ("a small black wooden sleeping cat, with a hat, next to a tree "
                                          "on a gray background, in the style of Van Gogh, at sunset")


def test_a_thing_another_is_placed_against_is_said_once_in_the_relation() -> None:
    """"a cat on the sofa and a sofa" read as two sofas to a real model and as a stammer in the reply."""
    cat = Subject("s1", "cat", {}, "on the sofa")
    sofa = Subject("s2", "sofa", {"colour": "red"})
    assert render_prompt(Scene(subjects=[cat, sofa]), "en") == "a cat on a red sofa"
    cat_zh, sofa_zh = Subject("s1", "猫", {"pose": "sitting"}, "沙发上"), Subject("s2", "沙发", {"colour": "red"})
    assert render_prompt(Scene(subjects=[cat_zh, sofa_zh]), "zh") == "红色沙发上有一只坐着的猫"
    # a thing with a place of its own is said once too, with its place; a place naming nothing in the scene passes
    # through
    placed = Subject("s2", "sofa", {}, "left")
    assert render_prompt(Scene(subjects=[cat, placed]), "en") == "a cat on a sofa at the left"
    assert render_prompt(Scene(subjects=[Subject("s1", "cat", {}, "on the roof")]), "en") == "a cat on the roof"
    in_a_forest = [Subject("s1", "猫", {}, "树林里"), Subject("s2", "树", {})]
    assert render_prompt(Scene(subjects=in_a_forest), "zh") == "树林里有一只猫，有一棵树"


def test_three_or_more_subjects_read_as_a_list() -> None:
    scene = Scene(subjects=[Subject(f"s{i}", name) for i, name in enumerate(["apple", "cat", "dog"], 1)])
    assert render_prompt(scene, "en") == "an apple, a cat and a dog"


def test_unnamed_subject_is_a_shape() -> None:
    assert render_prompt(Scene(subjects=[Subject("s1", "", {"colour": "red"})]), "en") == "a red shape"
    assert render_prompt(Scene(subjects=[Subject("s1", "", {"colour": "red"})]), "zh") == "有一个红色图形"


def test_only_a_background_or_style() -> None:
    assert render_prompt(Scene(background="sky blue"), "en") == "a sky blue background"
    assert render_prompt(Scene(background="sky blue"), "zh") == "天蓝色背景"
    assert render_prompt(Scene(style="pixel art"), "zh") == "像素风格"


def test_negative_prompt_from_avoid() -> None:
    scene = Scene(avoid=["text", "cat", "模糊"])
    assert render_negative(scene, "en") == "text, cat, 模糊"
    assert render_negative(scene, "zh") == "text，猫，模糊"
    assert render_negative(Scene(), "en") == ""


def test_rendering_does_not_touch_the_scene() -> None:
    scene = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "top", "big")], background="gray",
                  avoid=["x"], notes=["y"])
    before = scene.to_json()
    render_prompt(scene, "en"), render_prompt(scene, "zh"), render_negative(scene, "zh")
    assert scene.to_json() == before


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="en, zh"):
        render_prompt(Scene(), "fr")


def test_scene_json_round_trip_keeps_everything() -> None:
    scene = Scene(subjects=[Subject("s1", "猫", {"colour": "orange"}, "left", "big")], background="beach",
                  style="anime", avoid=["text"], notes=["风"], language="zh", focus="s1")
    assert Scene.from_json(scene.to_json()) == scene


def test_parts_are_said_with_their_subject_and_their_own_values() -> None:
    girl = Subject("s1", "girl", {}, "left", None, {"umbrella": {"colour": "red", "relation": "holding"},
                                                    "dress": {"colour": "yellow", "relation": "wearing"}})
    man = Subject("s2", "old man", {}, None, None, {"hat": {"relation": "wearing"}, "glasses": {"relation": "wearing"},
                                                    "beard": {"colour": "white", "relation": "with"}})
    scene = Scene(subjects=[girl, man])
    assert render_prompt(scene, "en") == ("a girl holding a red umbrella and wearing a yellow dress at the left and an "
                                          "old man wearing a hat and glasses and with a white beard")
    assert render_prompt(scene, "zh") == ("左边有一个拿着红色雨伞、穿着黄色裙子的女孩，"
                                          "有一个戴着帽子和眼镜、有白色胡子的老人")
    assert render_prompt(Scene(subjects=[Subject("s1", "女孩", parts={"雨伞": {"colour": "red",
                                                                           "relation": "holding"}})])) == \
        "a girl holding a red umbrella"


def test_the_look_is_the_whole_pictures_and_said_last() -> None:
    scene = Scene(subjects=[Subject("s1", "cat", {"colour": "black"})], style="watercolor",
                  look=["dramatic lighting", "black and white", "golden light, 35mm"])
    assert render_prompt(scene, "en") == ("a black cat, in watercolor style, dramatic lighting, black and white, "
                                          "golden light, 35mm")
    assert render_prompt(scene, "zh") == "有一只黑色猫，水彩风格，戏剧性光线，黑白，golden light, 35mm"
    assert render_prompt(Scene(look=["close-up"]), "zh") == "特写" and not Scene(look=["close-up"]).is_empty()
