"""From tuning-41's later turns (issue 20): a pattern word before an -ing compound ("a striped mooring pole" is a
pole, not something striped mooring one), a place kind listed after the things ("…, grand canal at sunset", "texas
ranch at sunset": the setting, so "swap them" has two things to swap), and 窗外是… (what is outside the window is
where the picture is)."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_a_pattern_word_before_an_ing_compound():
    d = talk("ciao! draw a black gondola on the left and a striped mooring pole on the right, grand canal at sunset")
    assert names(d) == ["gondola", "striped mooring pole"] and d.scene.background == "grand canal"
    d = talk("ciao! draw a black gondola on the left and a striped mooring pole on the right, grand canal at sunset",
             "swap them pls")
    assert d.action is Action.EDIT and [s.position for s in d.scene.subjects] == ["right", "left"]
    assert names(talk("draw an old fishing boat")) == ["old fishing boat"]


def test_a_place_kind_listed_after_the_things_is_the_setting():
    d = talk("howdy! draw a big old rusty orange pickup parked next to a black offset smoker, texas ranch at sunset")
    assert len(d.scene.subjects) == 2 and d.scene.background == "texas ranch" and d.scene.time == "sunset"
    assert names(talk("draw a fountain pen on a canal boat")) == ["fountain pen", "canal boat"]


def test_what_is_outside_the_window_is_the_setting():
    d = talk("画一只白猫趴在绣架旁边，窗外是苏州园林")
    assert names(d) == ["猫", "绣架"] and d.scene.background == "苏州园林"


def test_spoken_rewrites_leave_what_they_do_not_mean():
    d = talk("画一只猫", "帮它画一顶帽子")  # for the cat, not "draw me a hat"
    assert names(d) == ["猫"] and "帽子" in d.scene.subjects[0].parts
    assert talk("画一只猫", "外面有一棵树").scene.background is None  # a tree outside is no setting
    assert names(talk("俺家果园的，画一棵苹果树")) == ["苹果树"]
