"""Issue 20, blind splits tuning-79 … tuning-84: Chinese said aloud and mixed with English. A voice typist's 嗯 and
那个 ("嗯再给它戴…" was read as 给嗯再给它戴…), 宝贝 before 帮我画, 很大 alone (drawn as a thing called 大),
"慈祥一点的" after a drawing (a thing), 吧 after a place (坐在树下面吧: a thing called 男孩坐), English verbs inside
Chinese ("往上move一下", "给它add一顶red hat", "move 佢去右邊"), Singapore's "can … or not", "cat在左边", "换个 colour",
a picture shown with "here's the … i want" or "跟呢張 pose", and a thing named by an earlier talk the app never saw."""

from __future__ import annotations

from rules_talk import names, talk


def test_what_a_voice_typist_says_while_thinking() -> None:
    d = talk("画一只小白兔", "嗯再给它戴一顶蓝色的帽子")
    assert d.scene.subjects[0].parts["帽子"]["colour"] == "blue"
    assert names(talk("嗯那个画一只大黄狗 就是很大的那种")) == ["狗"]
    assert names(talk("宝贝帮我画月亮 还有星星")) == ["月亮", "星星"]
    d = talk("画一只狗 嗯 威风一点的")
    assert names(d) == ["狗"] and d.scene.subjects[0].attributes.get("detail") == "威风"


def test_a_degree_before_a_size_is_a_size() -> None:
    d = talk("画一个圆，很大")
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].size == "big"  # before, a second thing called 大
    assert talk("画一只猫，特别小").scene.subjects[0].size == "small"


def test_a_place_then_a_particle() -> None:
    d = talk("画一个女孩坐在树下面吧")
    assert names(d)[0] == "女孩" and d.scene.subjects[0].attributes.get("pose") == "sitting"
    assert names(talk("画一个酒吧")) == ["酒吧"]  # guard: 吧 of a bar stays
    assert talk("画一棵树", "这是什么颜色呀").action.name == "CHAT"  # guard: a question keeps its 呀


def test_english_verbs_inside_chinese() -> None:
    assert talk("draw a blue circle", "往左move一下").scene.subjects[0].position == "left"
    assert talk("draw a fox", "给它add一条red scarf").scene.subjects[0].parts["scarf"]["colour"] == "red"
    assert talk("draw a bear", "给它 a green hat 吧").scene.subjects[0].parts["hat"]["colour"] == "green"
    assert talk("畫架車喺左邊", "move 佢去右邊").scene.subjects[0].position == "right"


def test_singapore_can_frames_a_request() -> None:
    assert names(talk("draw one red kite at the top can")) == ["kite"]
    d = talk("draw one red kite at the bottom right", "can move it 去左边 or not")
    assert d.scene.subjects[0].position == "bottom left"
    assert names(talk("can draw a duck or not")) == ["duck"]
    assert names(talk("can draw a watering can or not")) == ["watering can"]
    assert names(talk("draw a tin can")) == ["tin can"]  # guard: a can drawn


def test_an_english_name_placed_in_chinese() -> None:
    d = talk("draw a bird and a fish, bird在上面 fish在下面")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("bird", "top"), ("fish", "bottom")]


def test_another_colour_asked_without_one() -> None:
    for said in ("the car 换个 colour", "change the colour of the car", "give the car a different colour"):
        d = talk("draw a car", said)
        assert d.action.name == "CHAT" and "colour" in d.reply and "car" in d.reply
        assert not d.scene.subjects[0].parts


def test_a_picture_shown_and_what_it_shows() -> None:
    d = talk("a green cup", "here's the handle i like ![h](https://example.com/h.png) make the cup yellow")
    assert d.scene.subjects[0].attributes.get("colour") == "yellow"
    assert names(talk("幫我畫隻狗 ![ref](https://example.com/d.jpg) 跟呢張 pose")) == ["狗"]


def test_a_thing_named_by_a_talk_never_seen_is_asked_about() -> None:
    d = talk("draw the picture we talked about last week")
    assert d.action.name == "CHAT" and not d.scene.subjects and "earlier conversations" in d.reply
    d = talk("画我们上次说的那个东西")
    assert d.action.name == "CHAT" and not d.scene.subjects
