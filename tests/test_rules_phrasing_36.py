"""Free phrasing, round 36: things often named in both languages in one conversation are known in both ("毛衣换成蓝色"
after "a red sweater", "remove the helmet" after 头盔), and a new word never pulls a typed word onto it ("she" is no
"shoe")."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("messages, part, colour", [
    (["a little boy in a red sweater", "毛衣换成蓝色"], "sweater", "blue"),
    (["一个女孩穿着红色的斗篷", "make the cloak green"], "斗篷", "green"),
])
def test_a_part_named_in_the_other_language(messages: list[str], part: str, colour: str) -> None:
    assert talk(*messages).scene.subjects[0].parts[part]["colour"] == colour


def test_a_part_removed_in_the_other_language() -> None:
    assert talk("一个骑士戴着头盔", "remove the helmet").scene.subjects[0].parts == {}


def test_she_stays_she() -> None:
    d = talk("a woman with a red umbrella in the rain", "she needs a yellow coat")
    assert [s.name for s in d.scene.subjects] == ["woman"] and d.scene.subjects[0].parts["coat"]["colour"] == "yellow"
