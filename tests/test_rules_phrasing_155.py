"""Issue 20, from what tuning-57 missed at first sight (a parent on a phone, a designer, traditional-character
Chinese typed with a space between words, learner English): Chinese words spaced apart ("畫 一隻 兔子 旁邊 一朵
花"), a second thing asked for with 再 ("画一只猫再画一只狗"), two things and their colours with no verb ("crown
purple and wand pink"), "skull stays white", a counted list after a dash, "cat on the left dog on the right", a
shade read as a part ("the square light blue"), a story before the request after a face emoji, "bump it up in
size", why it goes ("its cluttering the comp"), "i not want", "i want that it is zebra", "remove please" after a
removal, words said while looking for the word ("那个嗯……就是那个"), "go full grayscale on it", "tighter crop",
"flat vector"."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def _subject(d, name):
    return next(s for s in d.scene.subjects if s.name == name)


def test_chinese_words_typed_with_spaces_between_them():
    d = talk("畫 一隻 兔子 旁邊 一朵 花")
    assert d.action is Action.DRAW and names(d) == ["兔子", "花"]  # before, asked: "畫" was not read
    assert talk("畫 一隻 兔子", "兔子 顏色 白色").scene.subjects[0].attributes == {"colour": "white"}
    d = talk("畫 一隻 大 貓 顏色 藍色")
    assert names(d) == ["猫"] and d.scene.subjects[0].attributes == {"colour": "blue"}
    assert d.scene.subjects[0].size == "big"
    d = talk("一隻 小狗 趴在 沙發 上", "沙發 拿掉")
    assert names(d) == ["小狗"]  # before, a dog called 小狗趴在 and a thing called 上
    d = talk("畫 一隻 貓 在 左邊 再 畫 一隻 狗 在 右邊", "右邊 那隻 大 一點")
    assert _subject(d, "狗").size == "big" and _subject(d, "猫").size is None
    d = talk("画三朵花 红的 黄的 白的")  # a spaced list of colours stays a list
    assert sorted(s.attributes["colour"] for s in d.scene.subjects) == ["red", "white", "yellow"]
    d = talk("一只兔子在中间 旁边一根胡萝卜")  # long pieces are clauses: the space stays a pause
    assert names(d) == ["兔子", "胡萝卜"]


def test_a_second_thing_asked_for_with_zai():
    for said in ("画一只猫再画一只狗", "画一只猫在左边再画一只狗在右边", "左边画一只猫再在右边画一只狗",
                 "画一只猫在左边画一只狗在右边"):
        assert names(talk(said)) == ["猫", "狗"], said  # before, 猫再画一只狗 or 猫在 and 狗在右边
    assert talk("画一只猫在左边再画一只狗在右边").scene.subjects[1].position == "right"
    d = talk("画一个正方形", "左上角再加一个小蓝色三角形")  # a place before 再加: one request
    assert d.scene.subjects[1].position == "top left"
    assert talk("在左边画一只猫").scene.subjects[0].position == "left"


def test_two_things_and_their_colours_without_a_verb():
    for said in ("crown purple and wand pink", "the crown purple and the wand pink"):
        d = talk("draw a princess with a crown and a wand", said)
        parts = d.scene.subjects[0].parts
        assert parts["crown"]["colour"] == "purple" and parts["wand"]["colour"] == "pink", said
        assert not d.scene.notes  # before, a note, or the crown turned into a "purple and pink wand"
    d = talk("draw a cupcake with a cherry", "cherry red and the cupcake pink plz")
    assert d.scene.subjects[0].attributes["colour"] == "pink" and d.scene.subjects[0].parts["cherry"]["colour"] == "red"
    d = talk("draw a red circle and a blue square", "the circle dark green and the square light blue")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["dark green", "light blue"]
    assert talk("draw a cat", "make it black and white").scene.look == ["black and white"]


def test_a_colour_it_stays_is_its_colour():
    d = talk("draw a skull wearing a top hat", "hat black, skull stays white")
    assert d.scene.subjects[0].attributes == {"colour": "white"} and not d.scene.notes  # before, a note
    assert d.scene.subjects[0].parts["top hat"]["colour"] == "black"


def test_a_counted_list_after_a_dash():
    d = talk("two triangles - a big green one and a small yellow one")
    assert len(d.scene.subjects) == 2  # before, three: the green one twice
    assert [(s.attributes["colour"], s.size) for s in d.scene.subjects] == [("green", "big"), ("yellow", "small")]


def test_each_thing_where_it_is_without_and():
    d = talk("cat on the left dog on the right")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("cat", "left"), ("dog", "right")]


def test_a_shade_after_a_name_is_no_part():
    d = talk("draw a red circle and a blue square", "circle dark green, square light blue")
    assert d.scene.subjects[1].attributes == {"colour": "light blue"} and not d.scene.subjects[1].parts
    assert talk("draw an owl", "owl eyes yellow").scene.subjects[0].parts["eyes"]["colour"] == "yellow"


def test_a_story_before_the_request():
    for said in ("sry kid grabbed my phone 🙈 make it brown", "oops my cat walked on the keyboard, make it brown"):
        d = talk("draw a dog", said)
        assert d.scene.subjects[0].attributes == {"colour": "brown"} and not d.scene.notes, said


def test_bigger_said_as_people_who_lay_out_pages_say_it():
    for said in ("size it up a bit", "bump it up in size, keep the seed", "bump up the size", "up the size"):
        assert talk("draw a dog", said).scene.subjects[0].size == "big", said
    d = talk("red mug next to a laptop, flat vector style", "lose the laptop, its cluttering the comp",
             "and bump the mug up in size a bit")
    assert names(d) == ["mug"] and d.scene.subjects[0].size == "big" and not d.scene.subjects[0].parts


def test_why_it_goes_is_not_a_part():
    d = talk("red mug next to a laptop", "lose the laptop, its cluttering the comp")
    assert names(d) == ["mug"] and not d.scene.subjects[0].parts  # before, a part called "cluttering"
    assert names(talk("draw a cat and a tree", "remove the tree, it's blocking the view")) == ["cat"]


def test_learner_english_not_want_and_want_that_it_is():
    d = talk("draw a snowman who wear a hat and a scarf", "i not want the hat")
    assert list(d.scene.subjects[0].parts) == ["scarf"]  # before, the snowman got a detail "i"
    d = talk("draw a snowman who wear a hat and a scarf", "the hat, i not want it anymore. remove please")
    assert d.action is Action.EDIT and list(d.scene.subjects[0].parts) == ["scarf"]
    d = talk("draw one horse standing in the left side", "no sorry, i want that it is zebra, not horse")
    assert names(d) == ["zebra"] and d.scene.subjects[0].position == "left"
    assert talk("draw a horse", "i want it is red").scene.subjects[0].attributes["colour"] == "red"


def test_words_said_while_looking_for_the_word_are_asked_about():
    for said in ("那个嗯……就是那个", "那个", "um that thing"):
        d = talk("画一棵树", said)
        assert d.action is Action.CHAT and not d.scene.notes, said  # before, notes
    d = talk("draw a tree", "make it red, you know")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes == {"colour": "red"}
    assert talk("draw a tree", "make it red, like that").scene.subjects[0].attributes == {"colour": "red"}
    assert talk("画一棵树", "那个，把树变成红色").scene.subjects[0].attributes == {"colour": "red"}


def test_looks_said_as_a_designer_says_them():
    d = talk("flat vector fox, orange, centered", "go full grayscale on it", "tighter crop, close up on its face")
    assert d.scene.style == "flat vector" and names(d) == ["fox"]  # before, a thing called "flat vector fox"
    assert d.scene.look == ["black and white", "close-up"] and not d.scene.notes
    assert talk("draw a dog", "go for a watercolor look").scene.style == "watercolor"
