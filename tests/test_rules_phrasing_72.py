"""Looks said two at a time, twice in two languages, or with a filler (issue 20; from tuning-26 and phrasings
written for this test): 要那种老照片泛黄的感觉 was a note, "更有电影感 cinematic 一点" a note, "emm 还是 wide shot 吧"
a note; "moody a bit" was not read as a look."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, looks", [
    ("要那种老照片泛黄的感觉", {"sepia", "vintage"}),
    ("换个low angle, 更有电影感 cinematic 一点", {"low angle", "cinematic"}),
    ("emm 还是 wide shot 吧", {"wide shot"}),
    ("moody a bit", {"moody"}),
])
def test_the_looks_are_the_pictures(said: str, looks: set[str]) -> None:
    d = talk("一个女人站在樱花树下", said)
    assert looks <= set(d.scene.look) and not d.scene.notes


def test_a_look_word_before_a_thing_still_describes_it() -> None:  # guard
    d = talk("a moody cat")
    assert [s.name for s in d.scene.subjects] == ["moody cat"] and not d.scene.look
