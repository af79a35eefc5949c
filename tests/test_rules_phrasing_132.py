"""A count, then its things after a comma ("two cats, a ginger one on the left and a black one on the right":
before, four cats; "three balloon, red balloon and …": before, six); "ginger" is orange; a row said right after
the things in Chinese; describing words said as a clause of their own after a drawing ("draw a cat, fluffy":
before, a thing called "fluffy"); what something is like ("like he's about to …"), "kindly do the needful",
"obviously", a landscape of any kind, "soft stage light" (issue 20; from the blind split tuning-37, then
phrasings written for the test)."""

from __future__ import annotations

from rules_talk import names, talk


def _colours(d):
    return [s.attributes.get("colour") for s in d.scene.subjects]


def test_a_count_then_each_after_a_comma():
    d = talk("draw two dogs on the grass please, a brown one on the left and a white one on the right")
    assert names(d) == ["dog", "dog"] and _colours(d) == ["brown", "white"]
    assert [s.position for s in d.scene.subjects] == ["left", "right"]
    d = talk("please draw three flower, red flower and yellow flower and pink flower")
    assert names(d) == ["flower"] * 3 and _colours(d) == ["red", "yellow", "pink"]


def test_a_count_then_other_things_stays_as_said():  # guard
    assert sorted(names(talk("draw two dogs, a cat and a bird"))) == ["bird", "cat", "dog", "dog"]


def test_ginger_is_orange():
    assert _colours(talk("draw a ginger cat")) == ["orange"]


def test_a_row_said_right_after_the_things():
    d = talk("画三个杯子排成一排，左边的红色，中间的蓝色，右边的绿色")
    assert names(d) == ["杯子"] * 3 and [s.position for s in d.scene.subjects] == ["left", "center", "right"]
    assert names(talk("画四只鸭子，摆成一排")) == ["鸭子"] * 4


def test_describing_words_after_a_drawing_describe_it():
    d = talk("draw a hamster in a teacup, super chubby")
    assert names(d) == ["hamster", "teacup"] and "chubby" in d.scene.subjects[0].attributes.get("detail", "")
    d = talk("draw an old man on a bench, arms folded")
    assert names(d) == ["old man", "bench"] and "arms folded" in d.scene.subjects[0].attributes.get("detail", "")


def test_a_describing_word_alone_with_nothing_drawn_is_not_a_detail():  # guard
    d = talk("draw a cat", "fluffy")
    assert names(d) == ["cat"] and "fluffy" not in d.scene.subjects[0].attributes.get("detail", "")


def test_what_it_is_like_and_how_it_is_asked_are_no_things():
    assert names(talk("draw a frog on a lily pad, like he's waiting for a kiss")) == ["frog", "lily pad"]
    assert names(talk("please draw a red kite\nkindly do the needful")) == ["kite"]
    assert names(talk("draw a penguin on the ice, cold obviously")) == ["penguin"]


def test_a_landscape_of_any_kind_is_where_the_things_are():
    d = talk("draw a red barn and a tractor, quiet english countryside")
    assert names(d) == ["barn", "tractor"] and "countryside" in (d.scene.background or "")


def test_soft_light_of_a_kind_is_soft_lighting():
    d = talk("draw a violinist, soft window light please")
    assert names(d) == ["violinist"] and "soft lighting" in d.scene.look
