"""Issue 20, the last kinds from tuning-71 … -76 at first sight: "the red one" of two red things is asked about (and
the answer read), 再做成特写, each thing and its place joined by 、, 狗狗 (the dog, said as to a child) and 狗狗不用变
(what stays), a place of hers ("in her living room")."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_the_red_one_of_two_red_things_is_asked() -> None:
    d = talk("draw a red circle and a red square", "make the red one blue")
    assert d.action is Action.CHAT and d.reply.endswith("?")  # before, the square was made blue
    d = talk("draw a red circle and a red square", "make the red one blue", "the circle, sorry")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["blue", "red"]
    d = talk("draw a red circle and a blue square", "make the red one green")  # guard: one red thing
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["green", "blue"]


def test_made_so_again() -> None:
    d = talk("画一只熊猫", "来点逆光，再做成特写")
    assert d.scene.look == ["backlight", "close-up"]  # before, 再做成特写 was not read and nothing changed


def test_each_thing_and_its_place_joined_by_a_list_mark() -> None:
    d = talk("畫一隻貓跟一隻狗，貓在左邊、狗在右邊", "右邊那隻變成白色")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("猫", "left"), ("狗", "right")]
    assert d.scene.subjects[1].attributes["colour"] == "white"


def test_the_dog_said_as_to_a_child() -> None:
    d = talk("画一只狗狗戴着红色的围巾", "嗯围巾换成绿色吧 狗狗不用变")
    assert names(d) == ["狗"] and d.scene.subjects[0].parts["围巾"]["colour"] == "green" and not d.scene.notes


def test_a_place_of_hers_is_the_place() -> None:
    d = talk("Can you draw a young woman in her living room? soft lighting please")
    assert names(d) == ["young woman"] and "living room" in d.scene.background
    d = talk("a girl with a flower in her hand")  # guard: a hand is no place
    assert d.scene.background is None
