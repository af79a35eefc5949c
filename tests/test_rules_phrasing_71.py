"""The colour of parts just given, said after them in the plural (issue 20; from tuning-26 and phrasings written
for this test): "and give her some rubber boots.. green ones" made the girl green."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said", ["and give her some rubber boots.. green ones", "give her some boots, green ones",
                                  "give her boots. green ones"])
def test_green_ones_are_the_boots(said: str) -> None:
    d = talk("a girl in a yellow raincoat", said)
    girl = d.scene.subjects[0]
    assert "colour" not in girl.attributes
    boots = [p for name, p in girl.parts.items() if "boots" in name]
    assert boots and boots[0].get("colour") == "green"


def test_a_red_one_is_still_the_hat() -> None:  # guard
    girl = talk("a girl in a yellow raincoat", "give her a hat, a red one").scene.subjects[0]
    assert girl.parts["hat"].get("colour") == "red" and "colour" not in girl.attributes
