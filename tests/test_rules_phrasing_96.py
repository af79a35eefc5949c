"""What a thing does, said in Chinese with its object, and a heading that asks to draw (issue 20; from the blind
split tuning-32, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, names", [
    ("画一只小狗在公园里追一个红色的球", ["小狗", "球"]),
    ("## 画一只小狗\n在公园里追一个红色的球", ["小狗", "球"]),
    ("一只狗在追球", ["狗", "球"]),
    ("小女孩放风筝", ["小女孩"]),  # guard: the kite is hers
    ("# A house\ndraw a red house", ["house"]),  # guard: a title over a request
])
def test_what_a_thing_chases_and_a_heading_that_asks(said, names):
    """"追一个红色的球" drew a red thing called 追球 (or a dog called 小狗追一个球); the heading "## 画一只小狗" was
    dropped as a title, and the dog with it."""
    assert [s.name for s in talk(said).scene.subjects] == names
