"""Stacked Chinese describing words parted by 、 after a count of one (一只超大的、毛茸茸的、黑白相间的熊猫 is one
panda), and everyday doings kept out of a name (坐在竹林里啃竹子) (issue 20; from the blind split tuning-33, then
phrasings written for the test)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("said, name, colour, size", [
    ("画一只超大的、毛茸茸的、黑白相间的熊猫，坐在竹林里啃竹子", "熊猫", "black and white", "big"),
    ("画一只大大的、圆圆的、黄色的太阳", "太阳", "yellow", "big"),
    ("画一只熊猫，坐在竹林里啃竹子", "熊猫", None, None)])
def test_one_thing_with_its_describing_words_parted_by_commas(said, name, colour, size):
    d = talk(said)
    assert [(s.name, s.attributes.get("colour"), s.size) for s in d.scene.subjects] == [(name, colour, size)]


def test_how_it_sits_is_kept_beside_what_it_does():
    """Fixed before this commit landed: 熊猫坐着吃竹子 lost 'sitting' once 吃竹子 was a doing of its own."""
    assert talk("一只熊猫坐着吃竹子").scene.subjects[0].attributes.get("pose") == "sitting"
    assert talk("画一只熊猫，坐在竹林里啃竹子").scene.subjects[0].attributes.get("pose") == "sitting"


def test_a_list_of_colours_for_two_things_stays_a_list():  # guard: as before
    d = talk("画两个气球，红色的、蓝色的")
    assert sorted(s.attributes.get("colour") for s in d.scene.subjects) == ["blue", "red"]
