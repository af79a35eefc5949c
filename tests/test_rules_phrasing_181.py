"""Issue 20, blind splits tuning-115 and tuning-116 (and what probing beside them found): Irish and Scottish words
("would ye", "naw", "och", "aye", "braw", "tae", "doon", "…so", "just the boat is grand"), how soon ("quick",
"need it in 5"), WeChat office words (收到, 辛苦啦, ok哒, 要得不), 公园里面 / 里头, 手里打把伞, 留点胡子, "cute 的猫",
"那条 fish", 颜色换一下吧, "that thing from before", "no a top hat instead", "…if you can" and "it's scaring the
wean"."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_irish_and_scottish_english() -> None:
    d = talk("a boat and a sun", "ah no I don't want the sun anymore so, just the boat is grand")
    assert names(d) == ["boat"]
    d = talk("a black dog and a small white cat", "och get rid of the dog would ye, it's scarin the wean 😅")
    assert names(d) == ["cat"] and not d.scene.notes
    assert talk("a green square on the left", "lovely, make it a bit bigger so").scene.subjects[0].size == "big"
    d = talk("would ye draw a green square on the left there, on a grey background if ye can")
    assert names(d) == ["square"] and d.scene.background == "gray"
    assert names(talk("a cat", "naw, make it a dog instead")) == ["dog"]
    d = talk("a red balloon and a blue balloon", "aye now send the red one up tae the top")
    assert d.scene.subjects[0].position == "top"
    assert talk("a square", "ah move it up to the top would ye").scene.subjects[0].position == "top"
    d = talk("a blue square top right", "aye now shove it doon to the bottom", "braw, make it red now")
    assert d.scene.subjects[0].position == "bottom right" and d.scene.subjects[0].attributes["colour"] == "red"
    assert names(talk("a boat and a sun", "no I do not want the sun anymore")) == ["boat"]


def test_how_soon_is_no_thing() -> None:
    assert names(talk("a red triangle top right, quick")) == ["triangle"]
    assert names(talk("draw a dog and a cat, need it in 5")) == ["dog", "cat"]
    assert names(talk("need a pic of a girl with an umbrella for the deck asap")) == ["girl"]


def test_chinese_office_and_sichuan_words() -> None:
    d = talk("ok哒 那就画一只黑色的小 dog 吧", "收到 再加一个大大的金色 sun 在右上角")
    assert names(d) == ["dog", "sun"] and not d.scene.notes
    assert names(talk("帮我画一只熊猫，旁边再整个太阳嘛，要得不")) == ["熊猫", "太阳"]
    d = talk("画一个老爷子坐在公园里头")
    assert names(d) == ["老爷子"] and d.scene.background == "in a park"
    assert names(talk("画一个女孩坐在公园里面")) == ["女孩"]


def test_held_and_grown_things_and_english_words_in_chinese() -> None:
    d = talk("画个女孩，戴个帽子，手里打把伞")
    assert names(d) == ["女孩"] and set(d.scene.subjects[0].parts) == {"帽子", "伞"}
    d = talk("画一个老爷爷，戴副眼镜，留点胡子")
    assert names(d) == ["老爷爷"] and set(d.scene.subjects[0].parts) == {"眼镜", "胡子"}
    d = talk("画个 cute 的猫，旁边放一条 fish", "那条 fish 不要了 😅")
    assert names(d) == ["猫"] and d.scene.subjects[0].attributes["detail"] == "cute"
    assert names(talk("一只猫和一条 fish", "把那条 fish 去掉")) == ["猫"]


def test_asked_when_it_cannot_be_known() -> None:
    d = talk("一只猫和一只狗", "颜色换一下吧")
    assert d.action is Action.CHAT and not d.scene.notes
    d = talk("can u draw that thing from before? u know the one")
    assert d.action is Action.CHAT and not d.scene.subjects
    assert names(talk("draw a can")) == ["can"] and names(talk("draw one blue fish at the bottom left can")) == ["fish"]


def test_what_is_said_around_a_request() -> None:
    d = talk("could you do an old fisherman in a yellow raincoat, he'd be lovely so he would")
    assert d.action is Action.DRAW and names(d) == ["old fisherman"]
    d = talk("a small dog wearing a red scarf", "change the scarf tae blue, aye that'll be better")
    assert d.scene.subjects[0].parts["scarf"]["colour"] == "blue" and not d.scene.notes
    d = talk("a girl", "would ye do a close up on her face so")
    assert names(d) == ["girl"] and d.scene.look == ["close-up"]
    d = talk("a green circle", "ah set the seed to 42 there and make it blue")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes["colour"] == "blue"
    assert list(talk("a puppy", "给它加个 red scarf 辛苦啦").scene.subjects[0].parts) == ["scarf"]
    d = talk("画一个 house 和一辆 car，背景 white 就行", "car 不要了 麻烦 update 一下")
    assert d.action is Action.EDIT and names(d) == ["house"]


def test_sichuan_why_and_a_change_not_said() -> None:
    d = talk("画一只熊猫和一个太阳", "太阳不要了哈，莫得太阳好看些")
    assert names(d) == ["熊猫"] and not d.scene.notes and not d.scene.avoid
    d = talk("一只猫", "你帮我弄一哈嘛")
    assert d.action is Action.CHAT and not d.scene.notes


def test_the_weather_stopped() -> None:
    for said in ("make it stop raining", "stop the rain", "make the rain stop"):
        d = talk("a dog in the rain", "give it a yellow raincoat", said)
        assert d.scene.time is None and "detail" not in d.scene.subjects[0].attributes
    for said in ("no more snow", "remove the snow", "make it stop snowing"):
        d = talk("a dog on a snowy day", said)
        assert d.scene.time is None and not d.scene.avoid


def test_a_painters_style_and_a_size_measured_against_another() -> None:
    assert talk("a cat", "make it in the style of van gogh").scene.style == "van gogh"
    assert talk("a cat", "make it look like van gogh painted it").scene.style == "van gogh"
    d = talk("draw a cat wearing a crown", "make the crown bigger than the cat")
    crown = d.scene.subjects[0].parts["crown"]
    assert crown.get("size") == "big" and "detail" not in crown


def test_in_the_sky_and_a_lamp_turned_on() -> None:
    d = talk("画一只小狗在草地上跑", "天空加几朵白云")
    assert names(d) == ["小狗", "云", "云"] and not d.scene.notes
    assert names(talk("画一只小狗", "在天空加几朵白云")) == ["小狗", "云", "云"]
    for said in ("turn the lamp on", "turn on the lamp", "turn it on please"):
        d = talk("a lamp on a desk", said)
        assert names(d) == ["lamp", "desk"] and d.scene.subjects[0].attributes["detail"] == "glowing"
