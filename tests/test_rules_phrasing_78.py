"""Another colour asked for (issue 20, parts; from tuning-26 and phrasings written for this test): "帽子也换个颜色吧,
白色" put a thing called 颜色 in the hat's place and made the boy white; "change the hat colour, white" made "the
hat colour" and the boy white; "帽子不要黄色" was a note and "the hat should not be yellow" named the boy "hat
should". With the colour said after, it is the hat's; without one, the rules ask which."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize("first, said, part, colour", [
    ("一个男孩戴着黄帽子", "帽子换个颜色吧, 白色", "帽子", "white"),
    ("一个男孩戴着黄帽子", "帽子也换个颜色 白色的", "帽子", "white"),
    ("a boy with a yellow hat", "change the hat colour, white", "hat", "white"),
    ("a boy with a yellow hat", "pls change the hat colour to green", "hat", "green"),  # guard: read before
])
def test_the_colour_said_after_is_the_parts(first, said, part, colour):
    d = talk(first, said)
    boy = d.scene.subjects[0]
    assert list(boy.parts) == [part] and boy.parts[part]["colour"] == colour and "colour" not in boy.attributes


def test_two_changes_in_one_message_each_land():
    d = talk("画一个boy, 戴着一顶yellow的帽子, 手里拿着一个red balloon", "balloon换成绿色的, 帽子也换个颜色吧, 白色")
    boy = d.scene.subjects[0]
    assert boy.parts["帽子"]["colour"] == "white" and boy.parts["balloon"]["colour"] == "green"
    assert "colour" not in boy.attributes


@pytest.mark.parametrize("first, said, asked", [("一个男孩戴着黄帽子", "帽子换个颜色吧", "帽子"),
                                                ("a boy with a yellow hat", "change the hat colour", "hat")])
def test_without_a_colour_it_asks_which(first, said, asked):
    d = talk(first, said)
    assert d.action.value == "chat" and asked in d.reply
    assert d.scene.subjects[0].parts and list(d.scene.subjects[0].parts) == [asked]


def test_a_colour_change_said_plainly_reads_as_before():  # guard
    d = talk("a boy with a yellow hat", "change the colour of the hat to white")
    assert d.scene.subjects[0].parts["hat"]["colour"] == "white"


@pytest.mark.parametrize("first, said, part", [("一个男孩戴着黄帽子", "帽子不要黄色", "帽子"),
                                               ("a boy with a yellow hat", "the hat should not be yellow", "hat")])
def test_the_colour_it_has_unwanted_asks_which_instead(first, said, part):
    d = talk(first, said)
    assert d.action.value == "chat" and part in d.reply and d.scene.subjects[0].parts[part]["colour"] == "yellow"
    assert not d.scene.notes


@pytest.mark.parametrize("first, said, part", [("一个男孩戴着黄帽子", "帽子不要黄色 换成白色", "帽子"),
                                               ("a boy with a yellow hat", "the hat shouldnt be yellow, make it white",
                                                "hat")])
def test_the_colour_it_has_unwanted_then_the_new_one(first, said, part):
    d = talk(first, said)
    assert d.scene.subjects[0].parts[part]["colour"] == "white" and "colour" not in d.scene.subjects[0].attributes
