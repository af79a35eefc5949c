"""An illustrator's or tattoo artist's words for how a picture is drawn ("clean linework", "bold lines", "old school
traditional style", "ultra hd", "nothing fancy") and a lead-in before the request ("hii quick one", "Hi! I'm making
a birthday card for …") are not things to draw; "a unicorn", not "an unicorn" (issue 20; from the blind split
tuning-33, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from dialog.prompt import article, render_prompt
from rules_talk import names, talk


@pytest.mark.parametrize("said, expected", [
    ("draw a samurai cat, 4k, ultra hd, trending on artstation lol", ["samurai cat"]),  # and an "ultra"
    ("wolf howling at a full moon, fine linework, nothing fancy", ["wolf", "full moon"]),
    ("draw a swallow flying, old school traditional style, bold lines", ["swallow"]),
    ("a koi fish, clean lines", ["koi fish"]),
    ("一条龙，线稿", ["龙"])])
def test_how_it_is_drawn_is_not_a_thing(said, expected):
    assert names(talk(said)) == expected


def test_a_style_said_alone_in_a_tag_list_is_the_style():
    assert talk("draw a swallow flying, old school traditional style").scene.style == "old school traditional"


@pytest.mark.parametrize("said, expected", [
    ("hii quick one, draw a snowman with a carrot nose", ["snowman"]),
    ("Hi! I'm making a birthday card for my daughter Mia who's turning 6. Could you draw a unicorn with a rainbow "
     "mane?", ["unicorn"]),
    ("we're designing a poster, draw a lion", ["lion"]),
    ("a red circle, a quick one", ["circle"])])
def test_a_lead_in_before_the_request_is_not_drawn(said, expected):
    assert names(talk(said)) == expected


@pytest.mark.parametrize("phrase, expected", [("unicorn", "a"), ("umbrella", "an"), ("owl", "an"),
                                              ("one-eyed cat", "a"), ("hourglass", "an"), ("red fox", "a")])
def test_the_article_goes_by_the_sound(phrase, expected):
    assert article(phrase) == expected


def test_the_prompt_says_a_unicorn():
    assert render_prompt(talk("draw a unicorn").scene, "en").startswith("a unicorn")
