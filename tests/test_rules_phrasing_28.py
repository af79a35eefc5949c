"""Free phrasing, round 28 (from the blind tuning-19 split's classes): parts said in Chinese clauses after their
owner: what it wears around it (围着), what a feature of it is made of (鼻子是胡萝卜), and a feature said alone with
how it looks (白胡子), before how the owner sits; praise and questions about the app (export, four at once) that
leave the picture alone."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import talk


def parts_of(d, index: int = 0) -> dict:
    return {name: {k: v for k, v in values.items() if k != "relation"}
            for name, values in d.scene.subjects[index].parts.items()}


def test_worn_around_it_and_a_nose_made_of_a_carrot() -> None:
    d = talk("画个雪人吧，围着红围巾，鼻子是胡萝卜")
    assert [s.name for s in d.scene.subjects] == ["雪人"]
    assert parts_of(d) == {"围巾": {"colour": "red"}, "胡萝卜鼻子": {}}
    assert d.scene.subjects[0].parts["围巾"]["relation"] == "wearing"


def test_a_coloured_feature_of_a_body_part_stays_a_colour() -> None:  # guard: read before, kept so
    d = talk("一只猫，眼睛是蓝色的")
    assert parts_of(d) == {"眼睛": {"colour": "blue"}}


def test_a_feature_said_alone_is_its_owners_and_the_owner_still_sits() -> None:
    d = talk("画个戴眼镜的老人，白胡子，坐在公园里的长椅上")
    assert [s.name for s in d.scene.subjects] == ["老人", "长椅"]
    assert parts_of(d) == {"眼镜": {}, "胡子": {"colour": "white"}}
    assert d.scene.subjects[0].attributes.get("pose") == "sitting"


def test_a_thing_said_alone_with_a_count_is_a_thing() -> None:  # guard
    d = talk("a cat, a red ball")
    assert [s.name for s in d.scene.subjects] == ["cat", "ball"]


@pytest.mark.parametrize("message", ["thanks looks great :)", "thx 这个挺好的", "好看！能不能导出高清的？",
                                     "nice，能不能一次出四张", "can i download it in 4k?",
                                     "what sizes can i pick? 有几种"])
def test_praise_and_questions_about_the_app_leave_the_picture_alone(message: str) -> None:
    d = talk("a red circle", message)
    assert d.action is Action.CHAT and d.scene == talk("a red circle").scene


def test_a_request_asked_as_a_question_is_still_a_request() -> None:  # guard
    d = talk("一只猫", "能不能把猫变成蓝色")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes.get("colour") == "blue"
