"""Tags that only make words bold or italic ("make the duck <b>big</b>": before, read as a link and asked back), a
test label ("Test case 3: …"), an English number before a Chinese measure word ("draw three 只猫", "再加 two 只"),
laughter in Chinese before a request, what someone said with nothing asked in it ("sister agnes says …",
"老师说要多练英语") and a request passed on ("妈妈说把它改成黑色"), "top-down shot", 雾蒙蒙, the feel of a time
asked for ("要清晨那种雾蒙蒙的感觉"), "有种忧郁的感觉" said of the picture, "Parfait" (issue 20; from the blind
split tuning-37, then phrasings written for the test)."""

from __future__ import annotations

from rules_talk import names, talk


def test_bold_and_italic_tags_keep_their_words():
    d = talk("draw a duck", "now make the duck <strong>red</strong> please")
    assert d.action.value == "edit" and d.scene.subjects[0].attributes.get("colour") == "red"
    assert "link" not in d.reply  # before: "I can't open links, pictures or markup in a message"
    assert talk("draw a <i>green</i> frog").scene.subjects[0].attributes.get("colour") == "green"


def test_a_test_label_before_a_request():
    d = talk("draw a duck", "test case 2: make the duck small")
    assert d.scene.subjects[0].size == "small" and not d.scene.notes


def test_an_english_number_before_a_chinese_measure_word():
    assert names(talk("画 four 只 rabbit")) == ["rabbit"] * 4
    d = talk("画一个西瓜", "再加 three 串 grapes")
    assert len(names(d)) == 4 and not any("串" in n for n in names(d))


def test_chinese_laughter_before_a_request():
    assert names(talk("哈哈 draw a frog please")) == ["frog"]


def test_what_someone_said_is_talk_and_a_request_passed_on_is_the_request():
    d = talk("draw a church", "my aunt says the church in her town is yellow, isn't that funny")
    assert d.action.value == "chat" and "colour" not in d.scene.subjects[0].attributes
    d = talk("画一只猫", "我女儿说把它改成黑色")
    assert d.scene.subjects[0].attributes.get("colour") == "black"
    d = talk("画一只猫", "老师说要多练英语 哈哈 draw a dog please")
    assert "dog" in names(d) and not any("老师" in n for n in names(d))


def test_a_top_down_shot_is_a_birds_eye_view():
    d = talk("draw a bowl of ramen", "top down shot please")
    assert "bird's-eye view" in d.scene.look


def test_the_feel_of_a_time_asked_for_is_that_time():
    d = talk("画一座山", "要黄昏那种雾蒙蒙的感觉")
    assert "sunset" in (d.scene.time or "") and "fog" in (d.scene.time or "")


def test_a_feel_the_picture_has_is_talk():
    d = talk("画一个女孩", "真好看 有种忧郁的感觉 就这样")
    assert d.action.value == "chat" and not d.scene.notes


def test_praise_in_french():
    d = talk("draw a croissant", "Parfait. now make it golden")
    assert d.action.value == "edit" and d.scene.subjects[0].attributes.get("colour") == "gold"
