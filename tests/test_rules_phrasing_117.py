"""A brief typed in fragments ("circle. blue. center. bg white."), "rm square", Singapore's lah and a Chinese verb
before an English thing ("戴 red scarf"), why after a pause ("…, too messy"), ugh, 有雾 (foggy), "next to each
other", and a coloured light as a look of the picture ("purple lighting", "purple 灯光", "make the lighting purple")
(issue 20; from the blind split tuning-35, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from dialog import vocabulary as vocab
from dialog.prompt import render_prompt
from dialog.scene import Scene
from rules_talk import names, talk


def test_a_brief_in_fragments():
    """Before: a white circle and a thing called "background"."""
    d = talk("circle. blue. center. bg white.")
    circle = d.scene.subjects[0]
    assert names(d) == ["circle"] and (circle.attributes, circle.position, d.scene.background) == (
        {"colour": "blue"}, "center", "white")


@pytest.mark.parametrize("said, left", [("rm square", ["circle"]), ("del the circle", ["square"])])
def test_rm_and_del_remove(said, left):
    """Before: "which one do you mean" (rm square)."""
    assert names(talk("a red square and a blue circle", said)) == left


def test_singapore_lah_and_a_chinese_verb_before_an_english_thing():
    """Before: a thing called "snowman lah" wearing a "戴 scarf"."""
    d = talk("draw 一个 snowman 在 snow 里面 lah, 戴 red scarf")
    assert names(d) == ["snowman"] and d.scene.subjects[0].parts["scarf"]["colour"] == "red"
    assert names(talk("a snowman and a dog", "ok the dog 拿走 lah, too messy")) == ["snowman"]


@pytest.mark.parametrize("said", ["ugh actually lose the moon, too bright lol", "the moon can go, too distracting"])
def test_why_after_a_pause_is_no_note(said):
    """Before: "which one do you mean" (ugh), or "too bright" kept as a note."""
    d = talk("a sleepy owl and a big moon", said)
    assert names(d) == ["sleepy owl"] and not d.scene.notes


@pytest.mark.parametrize("said", ["帮我画一个采茶的姑娘，背着竹篓，在山上，早上有雾", "一个姑娘，在山上，雾蒙蒙的"])
def test_foggy_said_in_chinese_is_the_weather(said):
    """Before: a thing called 雾 (雾蒙蒙)."""
    d = talk(said)
    assert len(d.scene.subjects) == 1 and "fog" in d.scene.time


def test_next_to_each_other_is_no_word_of_a_name():
    """Before: a thing called "zebra next"."""
    assert names(talk("draw a giraffe and a zebra next to each other in the savanna")) == ["giraffe", "zebra"]


@pytest.mark.parametrize("messages", [("a DJ on stage, purple lighting",),
                                      ("poster 用: 一个 DJ 在 stage 上, purple 灯光",),
                                      ("a DJ on stage", "make the lighting purple"), ("一个DJ", "把灯光改成紫色")])
def test_a_coloured_light_is_the_pictures_look(messages):
    """Before: a purple thing called "lighting" (灯光), or nothing understood."""
    d = talk(*messages)
    assert names(d) == ["DJ"] and d.scene.look == ["purple lighting"]


def test_a_coloured_light_replaces_the_lighting_and_is_said_in_chinese():
    d = talk("a DJ on stage, purple lighting", "soft lighting")
    assert d.scene.look == ["soft lighting"]
    assert "紫色的灯光" in render_prompt(Scene(look=["purple lighting"]), "zh")
    assert vocab.look_said("pink sky", "zh") == "粉色的天空"


def test_a_red_light_is_still_a_lamp():  # guard
    assert talk("a red light on the table").scene.look == []
