"""What the rules cannot do is asked, not guessed (issue 20): a shape named that the picture does not have ("make
the circle purple" drew a thing called "purple make circle", 把圆改成紫色 one called 紫色把改成圆形), and "the
bigger circle" when there is no circle (turned the fox into a purple circle)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("message", ["make the circle purple", "the circle 改成紫色", "把圆改成紫色", "圆改成紫色",
                                     "make the bigger circle purple"])
def test_a_shape_not_in_the_picture_is_asked_about(message: str) -> None:
    d = talk("a red fox", message)
    assert d.action.value == "chat" and [(s.name, s.attributes) for s in d.scene.subjects] == [
        ("fox", {"colour": "red"})]


def test_a_shape_in_the_picture_still_changes() -> None:  # guard
    d = talk("a big circle and a small circle", "make the bigger circle purple")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["purple", None]
    d = talk("一只猫和一只狗", "把其中一只变成黑色", "狗")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [None, "black"]
