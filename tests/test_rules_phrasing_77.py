"""A quoted line followed only by thanks (issue 20, settings and markup; from tuning-26 and phrasings written for
this test): a quoted line was always taken for the app's own reply and dropped, so "> 把它变成 blue\\n谢谢!" was only
thanks; and where the quote was the app's reply ("> Drew a red triangle.\\nthanks!"), the sign-off was dropped too,
nothing was left, and the reply's words were read as a request (a second triangle, "Drew"). Three of the six
cases read before ("thank you" was dropped as a sign-off, 谢谢 was not), and are kept as guards."""

from __future__ import annotations

import pytest

from rules_talk import names, talk


@pytest.mark.parametrize("said, colour", [("> 把它变成 blue\n谢谢!", "blue"), ("> make it green\nthx", "green"),
                                          ("> can you make it purple\nthank you", "purple")])
def test_a_quoted_request_then_thanks_is_the_request(said, colour):
    d = talk("a red triangle in the center", said)
    assert names(d) == ["triangle"] and d.scene.subjects[0].attributes["colour"] == colour


@pytest.mark.parametrize("said", ["> Drew a red triangle.\nthanks!", "> 画好了：一个红色三角形。\n谢谢"])
def test_thanks_for_a_quoted_reply_is_thanks(said):
    d = talk("a red triangle", said)
    assert d.action.value == "chat" and names(d) == ["triangle"]
    assert d.scene.subjects[0].attributes["colour"] == "red"


def test_a_quoted_reply_then_a_request_is_the_request():  # guard
    d = talk("a red triangle", "> Here is your picture\nmake it blue")
    assert d.scene.subjects[0].attributes["colour"] == "blue" and names(d) == ["triangle"]
