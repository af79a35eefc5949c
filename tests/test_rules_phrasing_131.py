"""First turns that drew a word of talk or a describing word as a thing (issue 20; from the blind split tuning-37,
then phrasings written for the test): a greeting people type in other languages or dialects ("ahoy", "bonjour",
"och"), "could ya", "an" for "and", "an old red fishing boat" (before, a thing called "old" fishing and a boat),
"a seagull flying above" (before, a "seagull above"), "bedside" (before, mended into "beside"), "wee", a room or a
free setting said first with a colon or "with" ("A bedroom: a bed …", "a hotel lobby with a palm …")."""

from __future__ import annotations

from rules_talk import names, talk


def test_a_greeting_in_another_language_is_no_thing():
    assert names(talk("ahoy, could ya draw me a green lighthouse")) == ["lighthouse"]
    assert names(talk("Bonjour! draw a croissant on a plate please")) == ["croissant", "plate"]


def test_an_before_an_article_is_and():
    d = talk("draw a blue kite in the sky an a boy on the grass")
    assert names(d) == ["kite", "boy"]


def test_an_age_before_an_ing_compound_is_its_name():
    d = talk("draw an old red fishing boat and a rusty racing car")
    assert names(d) == ["old fishing boat", "rusty racing car"]
    assert d.scene.subjects[0].attributes.get("colour") == "red"
    assert "pose" not in d.scene.subjects[0].attributes


def test_someone_doing_something_keeps_the_pose():  # guard
    d = talk("draw an old man fishing")
    assert d.scene.subjects[0].attributes.get("pose") == "fishing"


def test_a_place_word_after_an_ing_is_not_in_the_name():
    d = talk("draw a dog and a crow flying above")
    assert names(d) == ["dog", "crow"]


def test_bedside_is_a_word():
    d = talk("draw a bedside table with a lamp on it")
    assert "bedside table" in names(d)


def test_wee_is_small_and_a_wee_bit_is_a_little():
    d = talk("draw a wee yellow duck", "make the duck a wee bit bigger")
    assert names(d) == ["duck"] and d.scene.subjects[0].size == "big"
    assert talk("draw a wee yellow duck").scene.subjects[0].size == "small"


def test_a_room_said_first_with_a_colon_is_where_the_things_are():
    d = talk("A kitchen: a red kettle on the left and a bowl of fruit in the middle")
    assert "kitchen" not in names(d) and "kettle" in names(d) and d.scene.background


def test_a_free_setting_with_its_things():
    d = talk("could you draw a hotel lobby with a big clock and a bellboy")
    assert names(d) == ["clock", "bellboy"] and "lobby" in (d.scene.background or "")
    d = talk("draw a truck on an empty highway")
    assert names(d) == ["truck"] and "highway" in (d.scene.background or "")


def test_a_house_with_a_door_stays_a_house():  # guard
    assert names(talk("draw a house with a red door")) == ["house"]
