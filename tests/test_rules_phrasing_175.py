"""Issue 20, blind splits tuning-91 … tuning-96: Cantonese written in Simplified (同埋 "and", 喺…度 "at", 留低
"keep", 唔好 "not good", 揹住, "move佢上去", "give佢…", "delete咗佢"), an English verb glued to Chinese ("帮我draw一个
snowman"), Northeast 整 and 贼 (给我整个贼大的太阳, 整俩猫, 背景整黑的), words of a brief or a purpose beside a
request ("v on-brand", "authentic artisanal vibes", "(tokens)", "for our pets unit", "the boys in my class are
obsessed", 要治愈系的, 氛围感拉满, 主体要突出, 做汇报配图用), a comic panel's label, a link pointed at, "she's"
typed "shes", and the reason after a removal ("he lost it in the dungeon")."""

from __future__ import annotations

from rules_talk import names, talk


def test_cantonese_written_in_simplified() -> None:
    d = talk("唔该画只猫同埋一只狗喺草地上")
    assert names(d) == ["猫", "狗"] and d.scene.background
    assert names(talk("唔该画只猫同埋一只狗喺草地上", "狗不要了，留低只猫就得")) == ["猫"]
    assert names(talk("画一个 blue ball 同一粒 yellow star", "star 不要了 thanks 🙏")) == ["ball"]
    d = talk("画一个三角形 红色", "三角形唔好，改做正方形啦")
    assert names(d) == ["square"] and d.action.name == "EDIT"
    assert names(talk("画个老爷爷坐喺公园度")) == ["老爷爷"]
    d = talk("可唔可以畫個boy 戴住頂hat 同埋揹住個backpack")
    assert set(d.scene.subjects[0].parts) == {"hat", "backpack"}
    assert talk("draw a bird at the bottom left", "move佢上去啦").scene.subjects[0].position == "top left"
    d = talk("畫個女仔", "give佢一條pink色嘅scarf")
    assert d.scene.subjects[0].parts["scarf"]["colour"] == "pink"
    assert names(talk("帮我draw一个snowman，旁边放一棵圣诞树 thx")) == ["snowman", "圣诞树"]


def test_northeast_speech() -> None:
    d = talk("给我整个贼大的黄色太阳，放右上角")
    assert names(d) == ["太阳"] and d.scene.subjects[0].size == "big"
    assert names(talk("画个房子，旁边整个大太阳，贼亮那种", "别画太阳了，整得挺埋汰的")) == ["房子"]
    d = talk("中间整个大黄色圆形，背景整黑的")
    assert names(d) == ["circle"] and d.scene.background == "black"
    d = talk("整俩猫，一个黑的在左边，一个白的在右边")
    said = [(s.attributes.get("colour"), s.position) for s in d.scene.subjects]
    assert said == [("black", "left"), ("white", "right")]
    assert talk("画一个红圆和一个黄三角", "把它们俩都变成绿色的吧").scene.subjects[1].attributes["colour"] == "green"


def test_words_of_a_brief_are_no_things() -> None:
    assert names(talk("need a hero visual asap!! a coffee cup next to a laptop, super clean, v on-brand")) == [
        "coffee cup", "laptop"]
    assert names(talk("pls generate a barista wearing an apron, authentic artisanal vibes, v gen z coded")) == [
        "barista"]
    assert names(talk("two circles, a big black one top left and a small black one bottom right, very bauhaus")) \
        == ["circle", "circle"]
    assert names(talk("draw a big circle and a small circle (tokens)")) == ["circle", "circle"]
    assert talk("draw a cat (sitting)").scene.subjects[0].attributes.get("pose") == "sitting"  # guard
    assert names(talk("a red fire truck please!! the boys in my class are obsessed 🚒")) == ["fire truck"]
    assert names(talk("could you draw a brown puppy on the grass for our pets unit")) == ["puppy"]
    assert names(talk("画一个绿色的圆形放在左边，做汇报配图用")) == ["circle"]
    assert names(talk("画一只白色的猫咪，要治愈系的")) == ["猫咪"]
    d = talk("帮我画一只熊猫在吃竹子，旁边放一个红色气球，氛围感拉满！", "别画气球了，太抢戏了，主体要突出")
    assert names(d) == ["熊猫"] and d.action.name == "EDIT"
    assert names(talk("draw a red sports car but more aggressive")) == ["sports car"]


def test_labels_links_and_contractions() -> None:
    d = talk("panel 3 — a superhero with a cape flying over the city", "cape should be red, like bright red")
    assert names(d) == ["superhero"] and "colour" not in d.scene.subjects[0].attributes
    assert names(talk("panel 2: a small green triangle, center")) == ["triangle"]
    assert names(talk("![ref](https://i.imgur.com/abc123.png) draw a cat like in my ref panel")) == ["cat"]
    d = talk("draw a red square", "like this one: [my doodle](https://example.com/doodle.jpg) — make it blue")
    assert d.scene.subjects[0].attributes["colour"] == "blue" and not d.scene.subjects[0].parts
    d = talk("could you draw a woman holding a bouquet, and shes wearing a straw hat")
    assert names(d) == ["woman"] and set(d.scene.subjects[0].parts) == {"bouquet", "straw hat"}
    d = talk("a wizard with a long staff and a pointy hat plz", "remove the staff, he lost it in the dungeon")
    assert list(d.scene.subjects[0].parts) == ["pointy hat"] and not d.scene.notes
