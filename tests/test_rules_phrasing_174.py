"""Issue 20, blind splits tuning-91 … tuning-96: laughter and praise typed online around a request (hhh, xswl,
yyds, nb, 谢谢亲), what a removal says beside it ("sun too tbh just delete it lmao", "mushroom only pls", "its just
the dragon now"), a value and its refusal at once ("red but also not red", "huge but also tiny"), "somehow" and
"hit different" (asked), a shape preferred another way ("I prefer a circle", "a circle would suit better than a
triangle"), and "the larger square", "the more big square"."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_online_laughter_and_praise_are_no_things() -> None:
    for said in ("draw a dog hhh", "draw a dog xswl", "draw a dog yyds", "draw a dog hehe"):
        assert names(talk(said)) == ["dog"], said
    assert names(talk("画一只狗 nb")) == ["狗"]
    assert names(talk("来一个大大的浅绿色三角形 谢谢亲")) == ["triangle"]
    d = talk("一个 big orange circle, on white 哈 谢谢")
    assert names(d) == ["circle"] and d.scene.background == "white"
    d = talk("draw a house, a tree and a sun", "the sun is too much tbh, take it out hhh")
    assert names(d) == ["house", "tree"]
    d = talk("draw a rabbit", "再给它加一个红色的蝴蝶结 yyds")
    assert list(d.scene.subjects[0].parts) == ["蝴蝶结"]
    assert names(talk("draw a dog", "换成一只cat吧 xswl")) == ["cat"]
    assert names(talk("帮我画一个snowman，旁边放一棵圣诞树", "别画圣诞树了 hhh 太挤了")) == ["snowman"]


def test_what_a_removal_says_beside_it() -> None:
    d = talk("draw a red car, a boat and a yellow sun", "remove the boat", "sun too tbh just delete it lmao")
    assert names(d) == ["car"]
    assert names(talk("draw a red mushroom and a gold coin", "and tbh get rid of the coin too, mushroom only pls")) \
        == ["mushroom"]
    assert names(talk("draw a sunflower in a vase", "vase 不要了 just the sunflower ok 👍")) == ["sunflower"]
    d = talk("draw a dragon, a campfire and a treasure chest", "remove the campfire",
             "and the chest too tbh its just the dragon now")
    assert names(d) == ["dragon"]
    d = talk("draw three circles, a blue one a red one and a green one", "remove the blue one",
             "and the red one, make it big")
    assert len(d.scene.subjects) == 2 and any(s.size == "big" and s.attributes.get("colour") == "red"
                                              for s in d.scene.subjects)


def test_two_ways_at_once_and_vague_ways_are_asked() -> None:
    for first, said in (("draw a balloon", "make it red but also not red?? like a red thats actually blue lol"),
                        ("draw a circle", "make it huge but also tiny??"),
                        ("draw a star", "hmm idk, make it better somehow??"),
                        ("draw a circle", "idk change it somehow?? make it hit different"),
                        ("draw a circle", "can you make it the uh hmm")):
        d = talk(first, said)
        assert d.action is Action.CHAT and "?" in d.reply, said
        assert not d.scene.subjects[0].attributes and d.scene.subjects[0].size is None, said
    d = talk("draw a girl", "give her a red hat but also a blue scarf")  # guard: two things, no question
    assert set(d.scene.subjects[0].parts) == {"hat", "scarf"}


def test_another_shape_preferred() -> None:
    d = talk("Draw a small green triangle in the center please",
             "Actually is a triangle but I prefer a circle, please change it")
    assert names(d) == ["circle"] and d.scene.subjects[0].attributes.get("colour") == "green"
    d = talk("draw a small green triangle at the bottom left",
             "On second thought, I believe a circle would suit better than a triangle.")
    assert names(d) == ["circle"] and d.scene.subjects[0].position == "bottom left"
    assert names(talk("draw a cat", "I prefer a dog")) == ["dog"]
    assert names(talk("画一个蓝色三角形", "算了，还是改成园形吧")) == ["circle"]


def test_the_larger_one() -> None:
    d = talk("draw a big square and a small square", "Would you colour the larger square purple, thank you.")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["purple", None]
    d = talk("draw a big yellow square and a small yellow square", "The more big square put it red please")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["red", "yellow"]
    d = talk("Please place a small red square in the lower right.",
             "I'd like it moved up to the top, if you would be so kind.")
    assert names(d) == ["square"] and d.scene.subjects[0].position == "top right"
