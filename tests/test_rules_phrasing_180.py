"""Issue 20, blind splits tuning-109 … tuning-112: a dyslexic typist's slips ("a blew circel rite in the midle",
"make the aple bigger", "botom", "grean", "biger", "acros", "pleese", "a colur that dosnt exist"), what a
picture is for ("for my winter topic", "for my pond lesson 🐸 (steps: 30)"), settings said other ways
("settings: steps=40", "Guidance on 7.5", "keep the steps", "last one looked kinda rough"), "很 cute 的那种",
who it is said to ("…to the bottom mate", "…yeah"), what a thing stands for ("thats the campsite marker", "hes the
quest giver"), "in a row period", clothes ("a yellow sundress"), "this time", who asked in Chinese (宝儿说要圆的),
Wu speech (红个那个, 蓝个, 往下头移), "the sun must go more down" and "axe gold" of a dwarf's axe."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_a_dyslexic_typists_slips() -> None:
    d = talk("can you draw a red apple and a blew cup next to it pls", "thanks! and make the aple bigger")
    assert d.scene.subjects[0].size == "big" and d.scene.subjects[1].attributes["colour"] == "blue"
    d = talk("a big blew circel in the midle")
    assert names(d) == ["circle"] and d.scene.subjects[0].attributes == {"colour": "blue"}
    assert d.scene.subjects[0].position == "center"
    d = talk("a red circle on the left and a blue circle on the rite", "make the left one grean",
             "the blew one should be biger")
    assert [(s.attributes["colour"], s.position, s.size) for s in d.scene.subjects] == [
        ("green", "left", None), ("blue", "right", "big")]
    d = talk("put a blew square at the botom left", "move it up to the top", "now slide it acros to the rite")
    assert d.scene.subjects[0].position == "top right" and d.scene.subjects[0].attributes["colour"] == "blue"
    d = talk("draw a gold star at the top center pleese", "can you drop it down to the bottum")
    assert names(d) == ["star"] and d.scene.subjects[0].position == "bottom"
    d = talk("a circle", "make it a colur that dosnt exist")
    assert d.action is Action.CHAT and names(d) == ["circle"]
    assert "blue" not in talk("the wind blew the leaves away").reply  # a verb there, not the colour


def test_what_it_is_for_and_settings_said_other_ways() -> None:
    d = talk("pls draw a snowman wearing a hat and a scarf for my winter topic ☃️")
    assert set(d.scene.subjects[0].parts) == {"hat", "scarf"}
    assert names(talk("Draw a **big** *green* frog for my pond lesson 🐸 (steps: 30, seed: 42)")) == ["frog"]
    assert names(talk("draw an apple tree in summer for the seasons unit. settings: steps=40, guidance=7.5")) == [
        "apple tree"]
    d = talk("a yellow sun", "Guidance on 7.5 and seed 42, please")
    assert d.action is Action.CHAT and not d.scene.notes
    d = talk("a red circle", "把它 move to the 右下角, keep the steps")
    assert d.action is Action.EDIT and d.scene.subjects[0].position == "bottom right"
    d = talk("a blue circle", "can u set the steps to 50, last one looked kinda rough")
    assert d.action is Action.CHAT and not d.scene.notes


def test_a_described_kind_and_who_it_is_said_to() -> None:
    d = talk("帮我 draw a girl lah, 很 cute 的那种")
    assert names(d) == ["girl"] and d.scene.subjects[0].attributes["detail"] == "cute"
    assert talk("a yellow sun at the top right", "drop it down to the bottom mate").scene.subjects[0].position == \
        "bottom right"
    d = talk("a green triangle in the middle", "move it left", "and up to the top yeah")
    assert d.scene.subjects[0].position == "top left"
    assert names(talk("draw a man")) == ["man"]  # (a name stays a name)


def test_what_a_thing_stands_for_is_no_thing() -> None:
    d = talk("small green triangle top right, thats the campsite marker")
    assert names(d) == ["triangle"] and d.scene.subjects[0].position == "top right"
    assert names(talk("portrait of an old fisherman, hes the quest giver in the harbour town")) == ["old fisherman"]


def test_a_row_clothes_and_this_time() -> None:
    d = talk("draw a red ball a blue ball and a green ball in a row period")
    assert names(d) == ["ball", "ball", "ball"]
    d = talk("a girl in a yellow sundress")
    assert names(d) == ["girl"] and d.scene.subjects[0].parts["sundress"]["colour"] == "yellow"
    d = talk("![old cover](https://i.imgur.com/x7Kq2.png) thats my old cover lol. can u draw a black cat in the "
             "middle this time")
    assert names(d) == ["cat"] and d.scene.subjects[0].position == "center"


def test_chinese_who_asked_and_wu_speech() -> None:
    d = talk("一个红色的正方形", "哎呀不对 宝儿说要圆的，把它改成圆形")
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].attributes.get("colour") == "red"
    assert names(talk("一只猫", "我想要一只狗")) == ["狗"]  # 想 is no one else's wish
    d = talk("一个红色的圆和一个蓝色的圆", "红个那个放到右上角去", "蓝个放左下角伐")
    assert [s.position for s in d.scene.subjects] == ["top right", "bottom left"]
    d = talk("画一只白色小鸟在右上角", "小鸟往下头移，移到最下面去")
    assert d.scene.subjects[0].position == "bottom right" and not d.scene.notes


def test_a_learners_move_and_an_axe() -> None:
    assert talk("a sun at the left", "the sun must go more down").scene.subjects[0].position == "bottom left"
    d = talk("a dwarf wearing a horned helmet and holding an axe", "helmet silver, axe gold")
    assert d.scene.subjects[0].parts["axe"]["colour"] == "gold"
    assert d.scene.subjects[0].parts["horned helmet"]["colour"] == "silver"
    assert names(talk("a tree and a house", "axe the tree")) == ["house"]  # still a removal


def test_australian_and_malaysian_words() -> None:
    d = talk("chuck a red triangle up the top on white mate")
    assert names(d) == ["triangle"] and d.scene.subjects[0].position == "top" and d.scene.background == "white"
    d = talk("a red triangle", "nah mate reckon a circle'd look heaps better there, swap it")
    assert names(d) == ["circle"] and d.scene.subjects[0].attributes == {"colour": "red"}
    d = talk("a cat and a dog", "ok you can lose the dog, it is too much for the cover i think")
    assert names(d) == ["cat"] and not d.scene.notes
    d = talk("我要一个小的浅蓝色 star, top left 酱")
    assert names(d) == ["star"] and d.scene.subjects[0].position == "top left"
    assert names(talk("画一瓶番茄酱")) == ["番茄酱"]  # a sauce, not the word for "like this"


def test_chinese_for_whom_and_how_big() -> None:
    assert names(talk("给大孙女画个小女孩站在苹果树下")) == ["小女孩", "苹果树"]
    d = talk("画一棵树", "树画得老大一点，放中间")
    assert d.scene.subjects[0].size == "big" and d.scene.subjects[0].position == "center"
    d = talk("画一只熊猫在竹林里", "弄成黑白个，再加点逆光")
    assert d.scene.look == ["black and white", "backlight"]


def test_more_of_the_game_masters_and_the_grandmothers() -> None:
    d = talk("token for the boss fight: a purple beholder, bottom right of the map")
    assert names(d) == ["beholder"] and d.scene.subjects[0].position == "bottom right"
    d = talk("a sun and a cloud", "put it all on black instead pls")
    assert names(d) == ["sun", "cloud"] and d.scene.background == "black"
    d = talk("给大孙女画个小女孩站在苹果树下，要老好看了那种", "把苹果树去掉吧 光要小丫头")
    assert names(d) == ["小女孩"] and d.scene.subjects[0].attributes["detail"] == "好看"
    assert names(talk("画一只老虎")) == ["老虎"]  # 老 of a tiger is no "very"
    assert names(talk("一只猫", "actually 把它变成一只 dog 吧")) == ["dog"]
    d = talk("这个 layout 帮我 fix 一下")
    assert d.action is Action.CHAT and not d.scene.subjects
