"""From tuning-44's first sight (issue 20): a thing put at a place on a picture that has a setting already ("Put an
old man waving at the bus stop" on a rainy street: he stands at the stop, the street stays; before, tuning-42's place
words moved the whole picture to the bus stop), "that's me ha" (who it is to the person), and "a snowy slope" (a
place, not part of the skiers' name)."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_a_thing_put_at_a_place_keeps_the_pictures_setting():
    d = talk("Morning. Could you draw me a red double-decker bus going down a rainy street",
             "Put an old man waving at the bus stop, that's me ha")
    assert names(d) == ["double-decker bus", "old man"] and d.scene.background == "on the street"
    assert d.scene.subjects[1].position == "at the bus stop" and not d.scene.notes
    assert talk("a fox in the snow", "add a rabbit in a forest").scene.background == "in the snow"
    assert talk("a cat on a white background", "add a dog in a garden").scene.background == "in a garden"


def test_who_it_is_to_the_person_is_talk():
    d = talk("a cat", "that's me lol")
    assert d.action is Action.CHAT and not d.scene.notes


def test_a_slope_is_where_the_skiers_are():
    d = talk("draw two skiers on a snowy slope, one in red one in blue")
    assert names(d) == ["skier", "skier"] and d.scene.background == "snowy slope"
