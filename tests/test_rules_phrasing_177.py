"""Issue 20, blind splits tuning-97 … tuning-99: Filipino English (po, naman, na lang, sa top left, pwede, pa-draw,
"parang ang kalat"), Wenzhou's 嘞, Taiwanese words (水水的, 足古锥, 拍谢, 歹势, 哩贺, 厚～, 安捏怪怪的, 看看),
Korean tears typed by fans (ㅠㅠ), a message cut off ("can you draw a"), "push it left all the way", "slide it left
till it hits the edge", "git rid of that tree, just want the dog", "apple is enough", "an give her a hat",
"please draw 一个…", 戴一副眼睛 (眼镜), "a 32x32 sprite of a cat", "flat colours no shading", a link after
"here's another one", "star can be bigger?", and what is said of the one drawn ("poor baby", "hes all healed now",
"he looks like my bias")."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_filipino_english() -> None:
    assert names(talk("draw a house, a sun and a cloud", "lose the cloud na lang po, parang ang kalat eh 😅")) == [
        "house", "sun"]
    d = talk("pa-draw naman of a dog wearing a scarf, yung cute lang", "make the scarf red po",
             "and the dog brown na lang")
    assert names(d) == ["dog"] and d.scene.subjects[0].attributes["colour"] == "brown"
    assert d.scene.subjects[0].parts["scarf"]["colour"] == "red"
    d = talk("can i have a small purple star sa top left po, on a white background")
    assert names(d) == ["star"] and d.scene.subjects[0].position == "top left" and d.scene.background == "white"
    d = talk("a cat in the middle po", "can you move it up po", "now to the left naman")
    assert names(d) == ["cat"] and d.scene.subjects[0].position == "top left"
    d = talk("pwede po a yellow star sa top right", "cfg 7 and 30 steps lang po, then make it bigger")
    assert names(d) == ["star"] and d.scene.subjects[0].size == "big"
    d = talk("draw a jeepney on a city street po", "make it cinematic po, wide shot para astig")
    assert names(d) == ["jeepney"] and set(d.scene.look) == {"cinematic", "wide shot"}


def test_a_message_cut_off_asks() -> None:
    for said in ("hi po can you draw a", "can you draw me a"):
        d = talk(said)
        assert d.action is Action.CHAT and not d.scene.subjects, said


def test_wenzhou_and_taiwanese_words() -> None:
    assert names(talk("帮我画只大大的黑色猫咪嘞")) == ["猫咪"]
    assert names(talk("画一个房子和一棵树", "树也去掉嘞")) == ["房子"]
    assert names(talk("幫我畫一隻狗跟一朵紅色的花，要水水的喔", "花不要了啦 歹勢歹勢")) == ["狗"]
    assert names(talk("帮我画个大棕色圆形 拍谢喔")) == ["circle"]
    assert names(talk("画一只胖胖的大橘色金鱼 足古锥的那种")) == ["金鱼"]
    d = talk("哩贺 画一棵树在左下角", "把它移到右边去 厚～")
    assert names(d) == ["树"] and d.scene.subjects[0].position == "bottom right"
    d = talk("画一只小狗在草地上，要逆光的感觉 金水", "改成黑白的 看看")
    assert names(d) == ["小狗"] and "black and white" in d.scene.look and not d.scene.notes
    assert names(talk("画一个红色的圆形", "安捏怪怪的 改三角形好了啦")) == ["triangle"]
    assert names(talk("画一只金鱼", "再加个海底的背景")) == ["金鱼"]  # the background only, no second fish


def test_more_english_around_a_request() -> None:
    d = talk("draw a dog sleeping under a tree", "git rid of that tree, just want the dog")
    assert names(d) == ["dog"]
    assert names(talk("draw a red apple and a green pear, flat colours no shading", "get rid of the pear pls, "
                      "apple is enough")) == ["apple"]
    d = talk("draw a girl holding a pink balloon", "an give her a yellow hat too")
    assert set(d.scene.subjects[0].parts) == {"balloon", "hat"}
    d = talk("please draw 一个小紫色的星星 in the top right")
    assert names(d) == ["星星"] and d.scene.subjects[0].position == "top right"
    assert list(talk("画一个老奶奶", "给她戴一副眼睛").scene.subjects[0].parts) == ["眼镜"]
    assert names(talk("ok so i need a 32x32 sprite of a cat next to a little tree, pixel art obv")) == ["cat", "tree"]
    d = talk("draw a frog", "here's another one [pic](https://imgur.com/a/Zq3frog) make the frog green")
    assert d.scene.subjects[0].attributes["colour"] == "green"
    d = talk("draw a purple star at the top right", "star can be bigger? like BIG big")
    assert d.scene.subjects[0].size == "big" and not d.scene.notes
    d = talk("can you draw a sad husky wearing a cone 😂 like post surgery, poor baby",
             "lol ok hes all healed now, no more cone pls!!")
    assert len(d.scene.subjects) == 1 and not d.scene.subjects[0].parts and not d.scene.notes
    d = talk("omg can u draw a boy in a white hoodie holding a pink balloon 🎈 he looks like my bias lmao")
    assert set(d.scene.subjects[0].parts) == {"hoodie", "balloon"}
    assert names(talk("draw a girl holding a lightstick", "the lightstick 不要了 ㅠㅠ just her pls")) == ["girl"]


def test_all_the_way_said_after_the_way() -> None:
    d = talk("draw a big blue circle at the bottom right", "move it up", "now push it left all the way")
    assert d.scene.subjects[0].position == "top left"
    d = talk("draw a red triangle at the top right", "now slide it left till it hits the edge")
    assert d.scene.subjects[0].position == "top left"
