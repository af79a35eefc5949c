"""Looking up at it from below is the low angle (before, "I WANT TO BE LOOKING UP AT IT FROM BELOW SO IT LOOKS HUGE"
started a new picture of a thing called "looking up") (issue 20; from the blind split tuning-34, then phrasings
written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said", ["I WANT TO BE LOOKING UP AT IT FROM BELOW SO IT LOOKS HUGE",
                                  "looking up at it from below", "i want to be looking up at it"])
def test_looking_up_at_it_is_the_low_angle(said):
    d = talk("a castle on a mountain", said)
    assert names(d) == ["castle"] and d.scene.look == ["low angle"] and d.action.value == "edit"


def test_i_want_to_draw_still_draws():  # guard
    assert names(talk("i want to draw a cat")) == ["cat"]
