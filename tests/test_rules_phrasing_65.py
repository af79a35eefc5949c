"""A grandpa and a grandma named in the other language, hair and a beard said with their own verbs (issue 20;
phrasings written for this test): 给爷爷戴顶草帽 of a grandpa drawn in English was not read (爷爷 was no known
word), 她扎两个辫子 and 爷爷留白胡子 were notes."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_a_grandpa_named_in_chinese() -> None:
    d = talk("a grandpa and a little girl fishing by a lake", "给爷爷戴顶草帽")
    assert list(d.scene.subjects[0].parts) == ["草帽"] and not d.scene.subjects[1].parts


@pytest.mark.parametrize(("message", "who", "part"), [("她扎两个辫子", 1, "辫子"), ("爷爷留白胡子", 0, "胡子")])
def test_hair_and_a_beard_said_with_their_verbs(message: str, who: int, part: str) -> None:
    d = talk("一个爷爷和一个小女孩在湖边钓鱼", message)
    assert list(d.scene.subjects[who].parts) == [part] and not d.scene.notes
    assert not d.scene.subjects[1 - who].parts
