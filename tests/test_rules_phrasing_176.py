"""Issue 20, blind splits tuning-91 … tuning-96 (second batch): settings asked for in other words ("can we crank
steps up to 1000? need max quality", "`size: 1024x1024` 改一下分辨率"), a learner's "put" ("put more big the
triangle", "put it a hat, a blue one", "put it a little higher"), "nothing there yet lol, draw a cat first", "sun
too" after a scrap, a black-and-white photo said with "vintage" in it, a woman "in a blazer" (worn, not a place),
"circles feel kinda 2019" (no four circles), 不如 before a change, "the thing i told u about yesterday" (asked), "the
bottom right of the panel", and Shanghai speech (侬, 伐, 伊, 大个黑颜色个猫, 小个那只, 辣海滩上)."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_settings_asked_for_in_other_words() -> None:
    d = talk("draw a green circle in the center", "can we crank steps up to 1000? need max quality for the pitch deck")
    assert d.action is Action.CHAT and names(d) == ["circle"] and not d.scene.notes
    d = talk("画一只小鸟 in the sky", "`size: 1024x1024` 改一下分辨率 thx")
    assert d.action is Action.CHAT and not d.scene.subjects[0].attributes


def test_a_learners_put() -> None:
    d = talk("I want a tiny pink triangle in the bottom on black", "Now put more big the triangle please")
    assert names(d) == ["triangle"] and d.scene.subjects[0].size == "big"
    d = talk("Please a dog in the park", "put it a hat, a blue one")
    assert names(d) == ["dog"] and d.scene.subjects[0].parts["hat"]["colour"] == "blue"
    d = talk("draw a cat", "put it a little higher")
    assert names(d) == ["cat"] and d.scene.subjects[0].position


def test_talk_before_the_first_drawing_and_a_removal_again() -> None:
    assert names(talk("can u move it a bit", "oh wait sorry nothing there yet lol, draw a cat first")) == ["cat"]
    d = talk("cna u draw a red car, a blue boat and a yellow sun", "actually scrap the boat",
             "sun too tbh just delete it lmao")
    assert names(d) == ["car"]


def test_black_and_white_like_an_old_vintage_photo() -> None:
    d = talk("draw a red rose", "now make it black and white like an old vintage photo")
    assert names(d) == ["rose"] and "vintage" in d.scene.look


def test_more_said_around_a_change() -> None:
    d = talk("a woman in a blazer holding a coffee, corporate but approachable")
    assert names(d) == ["woman"] and set(d.scene.subjects[0].parts) == {"blazer", "coffee"}
    d = talk("draw a red circle in the center", "actually make it a square, circles feel kinda 2019")
    assert names(d) == ["square"]
    d = talk("draw a yellow square at the bottom right", "emm 不如轉做circle啦, 其他唔變")
    assert names(d) == ["circle"] and d.scene.subjects[0].position == "bottom right"
    d = talk("hey can u draw the thing i told u about yesterday")
    assert d.action is Action.CHAT and not d.scene.subjects
    d = talk("a cat at the bottom right of the panel", "slide it all the way left, its covering the speech bubble")
    assert names(d) == ["cat"] and d.scene.subjects[0].position == "bottom left"


def test_shanghai_speech() -> None:
    d = talk("侬帮我画一只大个黑颜色个猫伐", "再画一只小个白颜色个狗")
    assert names(d) == ["猫", "狗"] and [s.attributes.get("colour") for s in d.scene.subjects] == ["black", "white"]
    d = talk("draw a big dog and a small dog", "小个那只 make it brown")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [None, "brown"]
    d = talk("画一只小狗，辣海滩上", "帮伊戴一条红颜色个围巾")
    assert names(d) == ["小狗"] and d.scene.subjects[0].parts["围巾"]["colour"] == "red"
