"""Issue 20, blind splits tuning-103 … tuning-106: Malaysian English (aiyo, "ok can", "the stick make brown lah", "got
moody feel"), Beijing speech (俩一块儿, 倍儿精神的那种, 陪着它), Sichuan 整副, a Korean learner's "X delete
please", "the blue one please remove", "girl with balloon", "make the balloon is red color", "sorry not dog. cat
please", Indian English "only" ("brown colour only", "on black only", "a cat only, dog is not required"), what a
picture is for ("for my winter flashcards", "for my cushion cover", "for my lesson on sizes:"), why, of someone
("my mom is allergic"), moves said bare ("now down", "go up", "shift it up also", "right to the top", "left one
green"), a link pointed at ("like this one please ![ref](…)", "like in my pattern pic"), and an emoji after a
colour given ("make the hat green 🎄")."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_malaysian_english() -> None:
    d = talk("draw a cat and a dog can or not", "aiyo lose the dog lah, my customer scared of dogs one 😂")
    assert names(d) == ["cat"] and not d.scene.notes
    d = talk("draw one old man with walking stick can?", "the stick make brown lah, not the uncle ah")
    assert d.scene.subjects[0].parts["walking stick"]["colour"] == "brown"
    assert "colour" not in d.scene.subjects[0].attributes
    d = talk("can draw one tiny orange triangle at the bottom on white or not",
             "ok can, now change the triangle to purple lah")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes["colour"] == "purple"
    d = talk("draw a red car on the street", "make it close up one, got moody feel")
    assert d.scene.look == ["close-up", "moody"] and not d.scene.notes


def test_beijing_and_sichuan_speech() -> None:
    d = talk("劳驾给画只猫，再来条狗，俩一块儿在公园里玩儿")
    assert names(d) == ["猫", "狗"]
    d = talk("画一只小白猫", "再画一只大黑狗陪着它")
    assert names(d) == ["猫", "狗"] and d.scene.subjects[1].attributes["colour"] == "black"
    d = talk("画只小狗，倍儿精神的那种")
    assert names(d) == ["小狗"] and d.scene.subjects[0].attributes["detail"] == "精神"
    assert names(talk("画只小狗，胖胖的那种")) == ["小狗"]
    assert names(talk("画一只猫，毛茸茸的")) == ["猫"]
    d = talk("画一只猫，大大的")
    assert d.scene.subjects[0].size == "big" and "detail" not in d.scene.subjects[0].attributes
    d = talk("画一个老爷爷坐在公园里", "给他整副眼镜嘛")
    assert "眼镜" in d.scene.subjects[0].parts
    d = talk("a purple dragon flying", "给它加一对 gold wings")
    assert d.scene.subjects[0].parts["wings"]["colour"] == "gold"
    assert names(talk("一个男孩和一只狗，他们一起在公园里玩")) == ["男孩", "狗"]  # 他们: still persons too
    d = talk("一只猫和一只狗", "它们在玩")
    assert [s.attributes.get("pose") for s in d.scene.subjects] == ["playing", "playing"]


def test_a_learners_order_and_articles() -> None:
    assert names(talk("a tree and a house", "also house delete please")) == ["tree"]
    assert names(talk("a star and a moon", "moon delete please")) == ["star"]
    d = talk("three stars, red blue and green", "the blue one please remove")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["red", "green"]
    d = talk("draw a girl with balloon please", "make the balloon is red color")
    assert names(d) == ["girl"] and d.scene.subjects[0].parts["balloon"]["colour"] == "red"
    assert names(talk("a dog", "sorry not dog. cat please")) == ["cat"]
    assert names(talk("a dog", "not the dog, the cat")) == ["dog", "cat"]  # "the cat": not a correction of it
    d = talk("a cat", "please make more")
    assert d.action is Action.CHAT and names(d) == ["cat"]


def test_indian_english_only() -> None:
    d = talk("an old man with a walking stick and glasses",
             "Kindly make the stick brown colour only and glasses should be gold")
    parts = d.scene.subjects[0].parts
    assert parts["walking stick"]["colour"] == "brown" and parts["glasses"]["colour"] == "gold"
    d = talk("Please draw one small yellow star at the top right on black only")
    assert d.scene.subjects[0].attributes == {"colour": "yellow"} and d.scene.background == "black"
    d = talk("a small dog", "Sorry, kindly change it to a cat only, dog is not required")
    assert d.action is Action.EDIT and names(d) == ["cat"]
    assert names(talk("a cat and a mushroom", "mushroom only pls")) == ["mushroom"]  # still: keep only it


def test_what_it_is_for_and_why() -> None:
    d = talk("Can you draw a snowman with a red scarf and a black hat for my winter flashcards?")
    assert set(d.scene.subjects[0].parts) == {"scarf", "hat"}
    d = talk("For my lesson on sizes: a big circle and a small circle, both yellow please")
    assert [(s.name, s.size) for s in d.scene.subjects] == [("circle", "big"), ("circle", "small")]
    assert names(talk("a cat curled up on an armchair pls, for my cushion cover 🧶")) == ["cat", "armchair"]
    assert names(talk("a pink bunny please for my amigurumi pattern notes 🐰")) == ["bunny"]
    d = talk("pls draw a big green tree in the centre, on white, for a tea cosy pattern im making for my sister")
    assert names(d) == ["tree"] and d.scene.background == "white"
    d = talk("a cat and a dog", "lose the dog, my mom is allergic")
    assert names(d) == ["cat"] and not d.scene.notes
    assert names(talk("a dragon coiled up, kinda like a trad chest piece")) == ["dragon"]


def test_moves_said_bare() -> None:
    assert talk("orange square top left", "shift it right", "now down").scene.subjects[0].position == "bottom right"
    assert talk("a square at the top left", "right").scene.subjects[0].position == "top right"
    assert talk("a green apple on the left", "Now shift it up also").scene.subjects[0].position == "top left"
    assert talk("a red kite", "move it left", "ok now go up to the top").scene.subjects[0].position == "top left"
    assert talk("a green apple on the left", "can it go up").scene.subjects[0].position == "top left"
    d = talk("a green tree on the left", "Hmm can it go up, right to the top?")
    assert d.scene.subjects[0].position == "top left"
    d = talk("red circle left blue circle right", "left one green")
    assert [(s.attributes["colour"], s.position) for s in d.scene.subjects] == [("green", "left"), ("blue", "right")]
    assert talk("a square at the top right", "a bit lower").scene.subjects[0].position == "right"  # still a step


def test_links_pointed_at_and_emoji_after_a_colour() -> None:
    d = talk("a red apple like this one please ![ref](https://i.imgur.com/Zk4wQ9v.png)")
    assert names(d) == ["apple"]
    d = talk("![my pattern](https://i.imgur.com/ab12cd.png) can you draw a sheep like in my pattern pic, white and "
             "fluffy 🐑")
    assert names(d) == ["sheep"] and d.scene.subjects[0].attributes["colour"] == "white"
    d = talk("a snowman with a scarf and a bobble hat", "ooh make the scarf red please and the hat green 🎄")
    assert set(d.scene.subjects[0].parts) == {"scarf", "bobble hat"}
    assert d.scene.subjects[0].parts["bobble hat"]["colour"] == "green"
    d = talk("a cat", "make it orange 🍊")
    assert d.scene.subjects[0].attributes == {"colour": "orange"}
    assert names(talk("a dog", "add a red 🎈")) == ["dog", "balloon"]  # where a noun goes, still the thing


def test_a_setting_with_why() -> None:
    d = talk("a blue circle", "can u set steps to 40, its taking forever")
    assert d.action is Action.CHAT and d.scene.subjects[0].attributes == {"colour": "blue"}
