"""How a thing looks, said before a request about it, and where it is said after its parts (issue 20; found on
tuning-24, the phrasings written for this test): "the cat looks tiny, make it big" made the cat small and big;
"a boy wearing a scarf next to a snowman" did not draw the snowman; a Chinese part in an English description ("a boy
wearing a 红色围巾 standing next to a snowman") made the scarf stand."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("message", ["the cat looks tiny, make it big", "the cat looks kinda tiny, make it big",
                                     "the cat seems small, make it big"])
def test_how_it_looks_then_the_request(message: str) -> None:
    d = talk("a fat orange cat and a small vase", message)
    cat, vase = d.scene.subjects
    assert cat.size == "big" and cat.attributes == {"colour": "orange"} and vase.size == "small"


@pytest.mark.parametrize(("message", "part"), [
    ("a boy wearing a scarf next to a snowman", "scarf"),
    ("a boy wearing a 围巾 next to a snowman", "围巾"),
    ("a boy wearing a 红色围巾 standing next to a snowman", "围巾"),
])
def test_beside_a_thing_said_after_the_parts(message: str, part: str) -> None:
    d = talk(message)
    assert [s.name for s in d.scene.subjects] == ["boy", "snowman"]
    boy = d.scene.subjects[0]
    assert list(boy.parts) == [part] and boy.position == "next to the snowman"
    assert "pose" not in boy.parts[part]


def test_a_chinese_part_then_a_pose_and_a_place() -> None:
    d = talk("a girl holding a 气球 sitting on a bench")
    girl, bench = d.scene.subjects
    assert (girl.name, list(girl.parts), girl.position, bench.name) == ("girl", ["气球"], "on the bench", "bench")

