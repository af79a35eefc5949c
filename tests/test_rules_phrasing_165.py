"""Issue 20, a last few kinds from tuning-71 … -76: a corner "of the sky", "at the bottom of the picture, in the
middle", "as they say", how the one drawn looks said after a comma ("portrait of an old fisherman, weathered face"),
an English verb before a Chinese way ("move it 往左边一点"), and a move of "it" (or a hat given to "him") before
anything is drawn."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_places_said_at_length() -> None:
    d = talk("a full moon hanging in the upper right of the sky, night")
    assert d.scene.subjects[0].position == "top right" and d.scene.time == "night"  # before, "right of the sky"
    d = talk("Please place a brown dog at the bottom of the picture, in the middle.")
    assert d.scene.subjects[0].position == "bottom"  # before, the center


def test_as_they_say() -> None:
    d = talk("a horse", "Could you make it look as if it were taken from far away, a wide shot as they say.")
    assert "wide shot" in d.scene.look and not d.scene.notes


def test_how_the_one_drawn_looks_said_after() -> None:
    d = talk("portrait of an old fisherman, weathered face", "give him a big bushy white beard")
    assert names(d) == ["old fisherman"] and "weathered face" in d.scene.subjects[0].parts


def test_an_english_verb_before_a_chinese_way() -> None:
    assert talk("a red ball", "can you move it 往左边一点?").scene.subjects[0].position == "left"


def test_nothing_to_move_yet() -> None:
    for said in ("move it to the left", "把它往左边移一点", "can you move it 往左边一点?"):
        d = talk(said)
        assert d.action is Action.CHAT and not d.scene.subjects and d.reply.endswith(("?", "。")), said
    assert talk("a cat", "move it to the left").scene.subjects[0].position == "left"  # guard


def test_nothing_to_give_to_yet() -> None:
    for said in ("give him a hat", "给它戴个帽子"):  # before, a thing called "him hat" / 给它戴帽子 was drawn
        d = talk(said)
        assert d.action is Action.CHAT and not d.scene.subjects and d.reply.endswith(("?", "。")), said
    assert "hat" in talk("draw a cat", "give him a hat").scene.subjects[0].parts  # guard
