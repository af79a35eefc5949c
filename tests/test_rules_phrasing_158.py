"""Issue 20, from what tuning-61 and -62 missed at first sight (ordinary first-time users): 不要那么大 (smaller),
"change 一下颜色吧" (which colour is asked), "my daughter wants it to be a unicorn", "make him brown with a blue
collar"."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_not_so_big_is_smaller():
    for said in ("不要那么大，画成小小的就好", "不要那么大"):
        d = talk("画一条很大的橙色金鱼", said)
        assert d.action is Action.EDIT and d.scene.subjects[0].size == "small", said  # before, asked about 不要那么
    assert talk("画一条小金鱼", "别那么小").scene.subjects[0].size == "big"


def test_a_change_of_colour_said_half_in_english_is_asked_about():
    d = talk("draw a dog", "change 一下颜色吧")
    assert d.action is Action.CHAT and d.scene.subjects[0].attributes == {}  # before, a detail 颜色


def test_someone_wants_it_to_be_something_else():
    for said in ("my daughter wants it to be a unicorn instead haha", "she wants it to be a unicorn"):
        d = talk("draw a horse on grass", said)
        assert names(d) == ["unicorn"], said  # before, a new picture of "it to be unicorn", or a chat


def test_a_colour_then_a_part_with_its_colour():
    d = talk("draw a cute puppy", "make him brown with a blue collar 🐶")
    puppy = d.scene.subjects[0]
    assert puppy.attributes["colour"] == "brown" and puppy.parts["collar"]["colour"] == "blue"
    assert names(d) == ["cute puppy"]  # before, the puppy turned into "a brown and blue collar"
