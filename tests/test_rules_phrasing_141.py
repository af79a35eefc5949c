"""From the later turns of the blind split tuning-39 (issue 20): a count said of the only thing ("make it 3"), "fewer
trees, two is enough", a colour like another thing's ("red like his nose"), what comes later ("i want to add more
later") and talk beside the picture: about the app ("my grandson say you are robot, is true?"), one's own things and
people ("my assistant always wears a red sequin dress", "she is in Cebu now, i miss her", 我那大褂是蓝的) and praise
(ta-da!, yeehaw, 您这画得还挺像那么回事儿, 这个 vibe 好正)."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


def test_a_count_said_of_the_only_thing():
    d = talk("draw a pink roller skate with yellow wheels", "make it 3")
    assert names(d) == ["roller skate"] * 3 and {s.attributes["colour"] for s in d.scene.subjects} == {"pink"}


def test_fewer_of_a_kind_then_how_many():
    d = talk("draw three palm trees and a lighthouse", "hmm crowded. fewer trees, two is enough")
    assert names(d) == ["palm tree", "palm tree", "lighthouse"] and d.action is Action.EDIT


def test_a_colour_like_another_things_and_what_comes_later():
    d = talk("a clown with a red nose holding a blue balloon", "and the balloon red like his nose")
    assert d.scene.subjects[0].parts["balloon"]["colour"] == "red" and names(d) == ["clown"]
    d = talk("draw a white alpaca and a girl", "make them both smaller and move them to the left, i want to add more "
             "later")
    assert names(d) == ["alpaca", "girl"] and {s.position for s in d.scene.subjects} == {"left"}
    d = talk("a lifeguard in red shorts", "make the shorts yellow, red is the other guards colour lol")
    assert d.action is Action.EDIT and d.scene.subjects[0].parts["shorts"]["colour"] == "yellow"
    d = talk("a clown", "give him a cowboy hat too, brown, yeehaw")
    assert d.action is Action.EDIT and d.scene.subjects[0].parts["cowboy hat"]["colour"] == "brown"


@pytest.mark.parametrize(("first", "then"), [
    ("draw one big sunflower and a small white house", "Is very beautiful. My grandson say you are robot, is true?"),
    ("draw one big sunflower and a small white house",
     "My kitchen curtains also yellow like this flower, I sew them myself many years ago."),
    ("a black top hat with a white rabbit", "ta-da! 🎩 how do you decide where to put things in the picture?"),
    ("a black top hat with a white rabbit",
     "my assistant always wears a red sequin dress on stage, she'd love this one"),
    ("a big cargo ship at sunset", "my wife likes the pink sky in sunset, she is in Cebu now, i miss her"),
    ("a red parrot and a big turtle", "thanks, the big turtle looks like our old Gerald 🐢"),
    ("给我画一把折扇和一块醒木", "嘿，您这画得还挺像那么回事儿！您会说相声吗？"),
    ("给我画一把折扇和一块醒木", "我那大褂是蓝的，赶明儿再画我穿大褂的样儿，今儿先不用哈"),
    ("画一个 turntable", "这个 vibe 好正 🔥 你平时听什么歌？"),
])
def test_talk_beside_the_picture_changes_nothing(first, then):
    before = talk(first)
    d = talk(first, then)
    assert d.action is Action.CHAT and d.scene.subjects == before.scene.subjects


def test_more_of_a_kind_named_by_its_head_and_how_many_again():
    d = talk("two palm trees and a lighthouse", "actually one more tree, three again")
    assert names(d) == ["palm tree", "palm tree", "lighthouse", "palm tree"]
    d = talk("two elephants and two baby elephants", "Too many now haha. Only one big elephant please")
    assert names(d) == ["elephant"]


def test_a_thing_back_in_another_colour_a_thing_gone_and_only_some_kept():
    d = talk("a crib", "hmm its too empty now. put a teddy back but a pink one this time x")
    assert names(d) == ["crib", "teddy"] and d.scene.subjects[1].attributes == {"colour": "pink"}
    d = talk("a white sheep and a red farmhouse on a hill", "ok and the house also gone please, only the sheep and the "
             "hill")
    assert names(d) == ["sheep"] and "hill" in d.scene.background


def test_worn_on_him_why_it_is_needed_and_fine_like_that():
    d = talk("a lifeguard in red shorts holding a rescue float",
             "the float should be orange. and sunglasses on him pls")
    assert "sunglasses" in d.scene.subjects[0].parts and d.scene.subjects[0].parts["rescue float"]["colour"] == "orange"
    d = talk("a castle at sunset", "add a **big** full moon above the castle, we need it for act 2")
    assert names(d) == ["castle", "full moon"] and d.action is Action.EDIT
    d = talk("a blue mailbox and a dog",
             "make the **mailbox** green please, blue is not how it looks on the old stamps")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes["colour"] == "green"
    d = talk("three palm trees and a lighthouse", "should i add a compass rose in the corner? nah forget it, fine like "
             "that")
    assert d.action is Action.CHAT and names(d) == ["palm tree"] * 3 + ["lighthouse"]


def test_two_named_after_swap_them_and_the_other_side_said_without_a_verb():
    d = talk("an olive tree in the middle, a donkey on the left and a basket on the right",
             "hmm can you swap them, the donkey and the basket i mean")
    assert [s.position for s in d.scene.subjects] == ["center", "right", "left"]
    d = talk("a silver bus in the middle and a gas station on the left",
             "now the gas station on the other side of the bus pls")
    assert [s.position for s in d.scene.subjects] == ["center", "right"]


def test_a_thing_added_beside_one_there_the_chinese_way():
    d = talk("draw a red drone in the middle of a forest", "加一个 orange gate 在 drone 右边")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("drone", "center"), ("gate", "right")]
    d = talk("画一只猫在中间", "加一只狗在猫左边")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("猫", "center"), ("狗", "left")]


def test_a_black_ground_a_style_as_a_feel_and_baby_ones():
    assert talk("画一个大棕色圆形，白底", "背景换成黑底").scene.background == "black"
    assert talk("画一支毛笔", "整体要 ink wash 的感觉").scene.style == "ink wash"
    d = talk("draw two elephants bathing", "Add two more elephant please, baby ones")
    assert [s.size for s in d.scene.subjects] == [None, None, "small", "small"]
