"""Words no rule reads said beside thanks are talk, the polite 您 and a pinyin keyboard's sound-alikes (篮色, 洪色,
山掉, 一多, 花一只) are read as meant, and everyday doings kept out of a name (issue 20; from the blind split
tuning-33, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


@pytest.mark.parametrize("said", ["Is very pretty, thank you so much", "ok back to work lol thx",
                                  "She's going to love it, thank you so much!!", "好的，谢谢您，辛苦了",
                                  "谢谢啦，您费心了", "好可爱，谢谢！女儿肯定喜欢", "Perfect, 客户会喜欢的。Thanks!",
                                  "Thank you, you've been very helpful"])
def test_talk_beside_thanks_is_answered_not_noted(said):
    """Before, the words went into the prompt as a note ("I didn't understand …, so I added it as a note")."""
    d = talk("a red circle", said)
    assert d.action is Action.CHAT
    assert d.scene.notes == []


@pytest.mark.parametrize("said", ["thanks, and cozy vibes", "谢谢，温馨一点"])
def test_a_wish_beside_thanks_is_still_kept(said):  # guards: as before
    d = talk("a red circle", said)
    assert d.action is Action.EDIT


@pytest.mark.parametrize("said, colour", [("画一个篮色的正方形", "blue"), ("画一个洪色的圆", "red"),
                                          ("画一个皇色的三角形", "yellow")])
def test_a_colour_typed_by_its_sound(said, colour):
    assert talk(said).scene.subjects[0].attributes["colour"] == colour


@pytest.mark.parametrize("said, expected", [
    ("麻烦您画一只猫，谢谢", ["猫"]),  # 您画猫 was the name
    ("请您画一只狗", ["狗"]),
    ("您好，麻烦您花一只小猫，谢谢啦", ["小猫"]),  # 花 (画)
    ("画一多红玫瑰", ["玫瑰"]),  # 多 (朵)
    ("一位老人在公园里打游戏", ["老人"]),
    ("画一朵花", ["花"]), ("画一个篮球", ["篮球"])])  # guards: as before
def test_polite_and_sound_alike_words_of_a_first_request(said, expected):
    assert names(talk(said)) == expected


def test_shan_diao_removes():
    d = talk("一棵树和几朵云", "麻烦您把云都山掉吧，谢谢啦")
    assert names(d) == ["树"]
