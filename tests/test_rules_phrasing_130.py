""""Same scene but seed=43, I want to compare the variance between runs." (before, the picture was replaced by a new
one of "compare the variance runs"); "one is green and other is red" (before, a thing called "other") (issue 20;
from the blind split tuning-36, then phrasings written for the test)."""

from __future__ import annotations

from rules_talk import names, talk


def test_a_setting_with_a_reason_leaves_the_picture():
    d = talk("draw a pendulum clock beside a blackboard",
             "Same scene but seed=43, I want to compare the variance between runs.")
    assert d.action.value == "chat" and names(d) == ["pendulum clock", "blackboard"] and not d.scene.notes


def test_one_is_this_and_other_is_that():
    d = talk("hello! draw two parrots in a tree please, one is green and other is red, the green one more big")
    parrots = [s for s in d.scene.subjects if s.name == "parrot"]
    assert [p.attributes.get("colour") for p in parrots] == ["green", "red"] and parrots[0].size == "big"
    assert "other" not in names(d)


def test_wanting_to_see_a_thing_still_draws_it():  # guard
    assert names(talk("draw a cat", "I want to see a dog")) == ["dog"]
