"""Talk that leaves the picture alone (issue 20; found on tuning-24, the phrasings written for this test): a
farewell ("thanks see you tomorrow", "明天再来", "gonna come back later" became notes drawn into the picture) and
talk in two languages in one clause ("thx 明天再来", "哈哈好可爱 what model is this using?" became notes); a laugh
is no thanks ("哈哈 这是什么模型啊" was answered "不客气！")."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


@pytest.mark.parametrize("message", [
    "thanks see you tomorrow", "bye!", "ok bye bye", "gotta go, bye", "cool thanks, gonna come back later",
    "i'll be back later", "good night", "明天再来", "明天再来玩", "晚安", "拜拜~", "谢谢 明天见", "我先走了",
])
def test_a_farewell_is_answered_and_changes_nothing(message: str) -> None:
    d = talk("a robot watering flowers", message)
    assert d.action is Action.CHAT
    assert [s.name for s in d.scene.subjects] == ["robot"] and not d.scene.notes
    assert "See you" in d.reply or "回头见" in d.reply


@pytest.mark.parametrize(("message", "said"), [
    ("thx 明天再来", "回头见"),
    ("哈哈好可爱 what model is this using?", "I can only draw"),
    ("好可爱 what model is this?", "Glad you like it"),
    ("lol 太可爱了", "很高兴你喜欢"),
])
def test_talk_in_two_languages_is_answered(message: str, said: str) -> None:
    d = talk("a robot watering flowers", message)
    assert d.action is Action.CHAT and not d.scene.notes and said in d.reply


@pytest.mark.parametrize("message", ["thanks 把它变成银色", "好可爱 make it silver", "bye 明天 draw a cat"])
def test_talk_beside_a_request_leaves_the_request_to_the_rules(message: str) -> None:
    d = talk("a robot watering flowers", message)
    assert d.action is not Action.CHAT


def test_a_laugh_is_not_thanked() -> None:
    d = talk("a robot", "哈哈 这是什么模型啊")
    assert d.action is Action.CHAT and "不客气" not in d.reply
