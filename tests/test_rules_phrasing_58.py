"""A thing turned into another is still where the others were put against it (issue 20; noticed in the last two
sessions, the phrasings written for this test): "a dog under an oak tree" then "swap the tree for a phone booth"
left the dog "under the oak tree" in the prompt beside a phone booth; "a cat on a sofa" then "change the sofa to a
chair" left the cat "on the sofa"; 把沙发换成椅子 left it 沙发上."""

from __future__ import annotations

import pytest

from dialog.prompt import render_prompt
from rules_talk import talk


@pytest.mark.parametrize(("first", "message", "where"), [
    ("a brown dog under an oak tree", "swap the tree for a phone booth", "under the phone booth"),
    ("a cat sitting on a sofa", "change the sofa to a chair", "on the chair"),
    ("一只猫坐在沙发上", "把沙发换成椅子", "椅子上"),
    ("a boy next to a snowman", "turn the snowman into a tree", "next to the tree"),
])
def test_places_said_against_a_renamed_thing_follow_it(first: str, message: str, where: str) -> None:
    d = talk(first, message)
    assert d.scene.subjects[0].position == where
    assert "sofa" not in render_prompt(d.scene) and "oak" not in render_prompt(d.scene)


def test_a_place_in_the_picture_stays() -> None:  # guard
    d = talk("a red circle on the left and a blue square on the right", "make the circle a triangle")
    assert [s.position for s in d.scene.subjects] == ["left", "right"]
