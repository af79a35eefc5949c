"""Issue 20, blind splits tuning-87 … tuning-90: what people add to a request that is no thing to draw (冲冲冲,
快点宝宝要睡了, "just a rough concept for now", "my kid drew it", "uwu"; "clean and modern", 整体要有高级感 kept as
notes), Beijing's 儿 and 劳驾, Sichuan's 撒 and 给…整成, Chinese 蹲, "a big orange one", "pop it in the top right",
"she should sit in the bottom right", "translate it vertically", "move it 往右边 pls", 往下拉, "the same but on
pink", settings said with their values ("bump the guidance scale to 9 and lock the seed at 1234"), what a change is
not to reach ("别把人也染红了", "not the kid"), and things named by a show the app never saw."""

from __future__ import annotations

from rules_talk import names, talk


def test_talk_around_a_request_is_no_thing() -> None:
    assert len(talk("画个红色的圆在右上角 冲冲冲").scene.subjects) == 1
    assert names(talk("画一只小狗和一个球，快点宝宝要睡了")) == ["小狗", "球"]
    assert names(talk("draw a knight holding a shield, just a rough sketch for now")) == ["knight"]
    assert names(talk("![d](https://example.com/d.png) draw a house like this one, my daughter drew it")) == ["house"]
    assert names(talk("draw a fox next to a big tree uwu")) == ["fox", "tree"]


def test_how_the_whole_should_feel_is_a_note() -> None:
    d = talk("a teapot on a table, clean and modern")
    assert names(d) == ["teapot", "table"] and d.scene.notes == ["clean and modern"]
    d = talk("画一个杯子，整体要有高级感")
    assert names(d) == ["杯子"] and d.scene.notes == ["要有高级感"]


def test_beijing_and_sichuan_speech() -> None:
    d = talk("左上角儿画个蓝色的月亮", "往下挪到底儿")
    assert names(d) == ["月亮"] and d.scene.subjects[0].position == "bottom left"
    assert talk("您受累给画个老大爷，手里拿着把扇子").scene.subjects[0].name == "老大爷"
    d = talk("画个老爷爷戴着帽子", "帽子给他整成红色的嘛")
    assert d.scene.subjects[0].parts["帽子"]["colour"] == "red" and len(d.scene.subjects[0].parts) == 1
    assert names(talk("画个太阳，旁边一朵云", "别画云了撒，看到烦")) == ["太阳"]
    d = talk("画一只猫蹲在左下角")
    assert names(d) == ["猫"] and d.scene.subjects[0].attributes.get("pose") == "crouching"
    d = talk("画两个圆，左边一个右边一个")
    assert [s.position for s in d.scene.subjects] == ["left", "right"]
    assert "女儿" in names(talk("画一个女儿和妈妈"))[0]  # guard: 女儿 keeps its 儿 (not read as 女)


def test_orange_ones_are_orange() -> None:
    d = talk("two squares: a big orange one on the left and a small orange one on the right")
    assert all(s.attributes.get("colour") == "orange" and s.name != "orange" for s in d.scene.subjects)
    assert names(talk("draw an orange")) == ["orange"]  # guard: the fruit


def test_other_ways_to_move() -> None:
    d = talk("draw a small owl", "could you pop it in the bottom left corner")
    assert d.scene.subjects[0].position == "bottom left"
    assert talk("draw a cat", "She should sit in the top right, if possible.").scene.subjects[0].position == "top right"
    d = talk("a small circle at the bottom", "Translate it vertically to the top edge; do not change its size.")
    assert d.scene.subjects[0].position == "top" and not d.scene.notes
    assert talk("draw a heart", "move it 往左边 pls").scene.subjects[0].position == "left"
    assert talk("画一个蓝色的圆", "往上拉到顶").scene.subjects[0].position == "top"


def test_the_same_on_another_background() -> None:
    d = talk("a small red star on white", "now the same but on yellow please")
    assert d.scene.background == "yellow" and not d.scene.notes


def test_settings_said_with_their_values() -> None:
    d = talk("draw a cat", "Can you bump the guidance scale to 8 and lock the seed at 77?")
    assert d.action.name == "CHAT" and not d.scene.notes and not d.scene.subjects[0].attributes


def test_what_a_change_is_not_to_reach() -> None:
    d = talk("画一个戴帽子的女孩", "帽子换成蓝色的，别把人也染蓝了啊")
    assert d.scene.subjects[0].parts["帽子"]["colour"] == "blue" and not d.scene.subjects[0].attributes.get("colour")
    d = talk("draw a boy with a balloon", "make the balloon green plz not the boy lol")
    assert d.scene.subjects[0].parts["balloon"]["colour"] == "green" and not d.scene.subjects[0].attributes
    d = talk("draw a cat and a dog", "make the dog red, not the cat")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [None, "red"]


def test_a_show_never_seen_is_asked_about() -> None:
    d = talk("draw the guy from that one anime, you know")
    assert d.action.name == "CHAT" and not d.scene.subjects
    d = talk("画一个正方形", "把它改成上次那个颜色")
    assert d.action.name == "CHAT" and not d.scene.subjects[0].attributes
