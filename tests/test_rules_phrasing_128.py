"""Formal and roundabout requests: "I find that the clouds make the sky rather crowded. Would you please remove them,
leaving the house and the tree precisely as they are?" (before, a question back; with "however" read, "them" took out
everything: now the clouds, the things talked about); "Can the petals go a touch lighter?"; "Could the bird now fly
across and settle on the top of the tree?"; "the oil painting looked better"; "mine is purpel!!!!" (talk, before a
note); "好亂 remove all the flowers" (before, asked which flower) (issue 20; from the blind splits tuning-33 and
tuning-34, then phrasings written for the test)."""

from __future__ import annotations

from rules_talk import names, talk


def test_them_is_what_was_talked_about():
    d = talk("draw a small red house, a big tree and white clouds",
             "Thank you, that is charming. On reflection, however, I find that the clouds make the sky rather crowded. "
             "Would you please remove them, leaving the house and the tree precisely as they are?")
    assert names(d) == ["house", "tree"] and not d.scene.notes
    assert d.scene.subjects[0].attributes == {"colour": "red"}


def test_them_alone_is_still_all():  # guard
    assert names(talk("draw a cat and a dog", "remove them")) == []


def test_a_part_going_lighter():
    d = talk("draw a big sunflower in a pot", "Can the petals go a touch lighter?")
    assert d.action.value == "edit" and "petals" in d.scene.subjects[0].parts


def test_flying_over_to_a_thing():
    d = talk("draw a yellow bird at the top right and a tree on the left",
             "Thank you. Could the bird now fly across and settle on the top of the tree, please?")
    assert d.scene.subjects[0].position == "on top of the tree"
    assert talk("draw a bird", "move the bird to the top of the picture").scene.subjects[0].position == "top"


def test_the_look_that_looked_better():
    d = talk("draw a lighthouse, oil painting, sunset", "make it watercolor",
             "hmm no wait, the oil painting looked better. go back to that but keep the sunset pls")
    assert d.scene.style == "oil painting" and not d.scene.notes


def test_talk_about_the_person():
    d = talk("draw a unicorn", "mine is purpel!!!! 💜💜")
    assert d.action.value == "chat" and not d.scene.notes


def test_a_remark_in_chinese_then_a_request_in_english():
    d = talk("draw a white rabbit, a tree and flowers", "啲花太多喇 好亂 remove all the flowers 唔該")
    assert names(d) == ["rabbit", "tree"] and not d.scene.notes


def test_held_then_worn():
    """"a woman holding a pink rose in a green apron": before, a "pink and green rose in a apron" she held."""
    d = talk("draw a woman holding a pink rose in a green apron")
    assert d.scene.subjects[0].parts == {"rose": {"colour": "pink", "relation": "holding"},
                                         "apron": {"colour": "green", "relation": "wearing"}}
    held = talk("a boy holding a fish in a bucket").scene.subjects[0].parts  # guard: a bucket is not worn
    assert not any(p.get("relation") == "wearing" for p in held.values())
