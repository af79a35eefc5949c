"""From the misses left in tuning-37 and the first turns of the blind split tuning-39 (issue 20): who "her" is among a
ranger, a cub and a tree, a remark about one thing before a change said of it ("the black one looks a bit chunky, make
him smaller"), a thing made a shape ("make the plate a square": a square plate), "change X for Y", the one sun put
somewhere, talk about the one drawn ("hes on a diet", "it is more chic", 俺爹说这样好看), greetings, settings named
by a kind of place and a size that starts the next thing."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_her_is_someone_dressed_before_a_cub_or_a_tree():
    d = talk("a ranger in a green uniform, a brown bear cub and a pine tree", "give her a flat brimmed hat")
    assert [bool(s.parts.get("flat brimmed hat")) for s in d.scene.subjects] == [True, False, False]


def test_a_remark_about_one_thing_names_what_the_change_is_about():
    d = talk("two cats in a living room please, a ginger one on the left and a black one on the right",
             "the black one looks a bit chunky, make him smaller, hes on a diet")
    assert names(d) == ["cat", "cat"] and [s.size for s in d.scene.subjects] == [None, "small"]
    assert d.scene.subjects[1].attributes == {"colour": "black"}
    d = talk("could you draw a young ballerina in a pink tutu",
             "hmm the tutu reads a bit bubblegum, can it be a paler pink")
    assert names(d) == ["young ballerina"] and d.scene.subjects[0].parts["tutu"]["colour"] == "light pink"


def test_a_thing_made_a_shape_keeps_its_name():
    d = talk("one croissant on a white plate", "Make the plate a square, it is more chic")
    plate = d.scene.subjects[1]
    assert (plate.name, plate.attributes) == ("plate", {"colour": "white", "shape": "square"})
    assert names(talk("a red circle", "make it a square")) == ["square"]


def test_change_one_thing_for_another_and_a_french_no():
    d = talk("one croissant very golden on a white plate", "Non non, change the croissant for a macaron, a pink one")
    assert names(d) == ["macaron", "plate"] and d.scene.subjects[0].attributes["colour"] == "pink"
    assert d.action is Action.EDIT


def test_the_one_sun_put_somewhere_is_drawn_there_and_pop_still_removes():
    d = talk("draw a red tent in the middle and a stag on the right", "and pop the sun right above the tent")
    assert [(s.name, s.position) for s in d.scene.subjects][-1] == ("sun", "top")
    assert names(talk("draw a red tent and a stag", "pop the stag")) == ["tent"]


def test_scots_words_and_talk_about_the_one_drawn():
    d = talk("draw a red tent in the middle and a stag on the left", "och, move the stag over to the other side o the "
             "tent", "move the tent doon to the bottom a bit")
    assert [s.position for s in d.scene.subjects] == ["bottom", "right"]
    d = talk("画一条蓝色的小渔船在中间", "船往左挪一挪 俺爹说这样好看")
    assert d.scene.subjects[0].position == "left" and "俺爹" not in d.reply


def test_greetings_in_other_languages_and_a_filipino_po():
    assert names(talk("hei, can you draw a red fishing boat")) == ["fishing boat"]
    assert names(talk("hello po, can you draw a big cargo ship")) == ["cargo ship"]


def test_fields_nurseries_and_stages_are_where_things_are():
    d = talk("draw an old olive tree in the middle and a grey donkey on the left of it, dry field, summer afternoon")
    assert names(d) == ["old olive tree", "donkey"] and "field" in d.scene.background
    d = talk("could you draw a cosy nursery with a white crib, a rocking chair and a yellow teddy bear on the floor")
    assert "nursery" in d.scene.background and names(d) == ["crib", "rocking chair", "teddy bear"]
    assert names(talk("画三只猫坐在戏台上")) == ["猫"] * 3


def test_a_picture_needed_of_things():
    d = talk("need a pic of a big silver bus on the right and a little gas station on the left, desert highway at "
             "night")
    assert names(d) == ["bus", "gas station"] and d.scene.time == "night"


def test_a_size_starts_the_next_thing_said_without_an_article():
    d = talk("Good day. Please draw for me one big sunflower and small white house behind, like in my village.")
    assert [(s.name, s.size) for s in d.scene.subjects] == [("sunflower", "big"), ("house", "small")]


def test_a_described_desert_and_the_afternoon_sun():
    d = talk("please draw one camel on the left and a small pyramid on the right, golden sand desert, afternoon sun")
    assert names(d) == ["camel", "pyramid"] and "desert" in d.scene.background and d.scene.time == "day"
