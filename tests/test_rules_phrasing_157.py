"""Issue 20, from what tuning-59 and -60 missed at first sight (dictation, an illustrator, a Chinese grandparent, a
bilingual kid; a teacher, a British pensioner, Cantonese, a programmer): punctuation said as a word ("comma",
"period"), a word heard for another ("make the balloon read", "…to" for too), 唔該 before a request ("please", not
"thanks"), 細細嘅, 同 between counted things, "could you possibly", "a nice dark green, if it's no trouble", "sorry
to be a bother", "I don't think I want…", 把熊猫画得大大的, 把整张画改成黑白的, 不好意思 / 我说错了 beside a
correction, 麻烦你改一下 after the change, 再请你…."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_punctuation_and_words_a_voice_typist_leaves():
    d = talk("draw a red apple comma a green pear comma and a yellow banana")
    assert [(s.name, s.attributes["colour"]) for s in d.scene.subjects] == [
        ("apple", "red"), ("pear", "green"), ("banana", "yellow")]  # before, "apple comma a pear comma"
    d = talk("draw a red apple, a green pear and a yellow banana", "i dont want the pear anymore period")
    assert names(d) == ["apple", "banana"]
    assert names(talk("draw a red apple, a pear and a banana", "and lose the banana to")) == ["apple", "pear"]
    d = talk("draw a boy with a balloon", "make the balloon read")
    assert d.scene.subjects[0].parts["balloon"]["colour"] == "red"  # before, a detail "read"
    assert talk("draw a cat", "close up please period").scene.look == ["close-up"]


def test_cantonese_please_little_and_and():
    d = talk("唔該畫一架car同一間house")
    assert names(d) == ["car", "house"]  # before, one thing called "谢谢画 car同一间house"
    d = talk("唔該畫隻細細嘅粉紅色豬仔")
    assert names(d) == ["猪仔"] and d.scene.subjects[0].size == "small"
    assert talk("畫一隻貓 唔該").action is Action.DRAW


def test_a_british_request_and_its_courtesies():
    d = talk("draw a boy with a balloon", "Could you possibly make the balloon yellow?")
    assert d.scene.subjects[0].parts["balloon"]["colour"] == "yellow" and not d.scene.notes
    d = talk("draw a boy with a balloon", "And his jumper a nice dark green, if it's no trouble")
    assert d.scene.subjects[0].parts["jumper"]["colour"] == "dark green"  # before, a part called "nice"
    d = talk("draw a cottage and a dog", "Actually, I don't think I want the dog anymore, sorry to be a bother")
    assert names(d) == ["cottage"] and not d.scene.notes  # before, a note and "a brother" added
    assert names(talk("draw a cottage", "add my brother")) == ["cottage", "brother"]


def test_plain_mandarin_a_grandparent_types():
    d = talk("画一只熊猫", "麻烦把熊猫画得大大的，谢谢")
    assert d.scene.subjects[0].size == "big"  # before, asked
    d = talk("画一座房子", "麻烦你把整张画改成黑白的，谢谢")
    assert d.scene.look == ["black and white"] and not d.scene.subjects[0].parts  # before, a part 整张画
    d = talk("画一个红色的圆", "不好意思，我说错了，应该是三角形，麻烦你改一下")
    assert d.action is Action.EDIT and names(d) == ["triangle"] and not d.scene.notes
    assert talk("画一只小鸟", "再请你把它移到下面").scene.subjects[0].position == "bottom"
    assert talk("画一只猫", "把猫再画大一点").scene.subjects[0].size == "big"
