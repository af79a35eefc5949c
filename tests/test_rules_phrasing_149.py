"""From tuning-45's first sight (issue 20; a blind split in the held-out's shape): a look turned up to ("crank it up
to high contrast", "camera from above"), a worn or had thing said with how it is ("a long beard"), a word for anyone
("the kid", "the guy"), a thing held in a hand or a mouth said alone, the article dropped before "should be", the
thing "itself" (猫本身), 车子 for 汽车, "put him on a white background", a preferred background and an English request
typed after a Chinese one, 一直移到最右边, and what no picture shows (a smell) asked about."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_a_look_turned_up_to_or_said_of_the_camera():
    assert talk("an old car on a street", "and crank it up to high contrast").scene.look == ["high contrast"]
    assert talk("a man with an umbrella", "camera from above 俯视").scene.look == ["bird's-eye view"]
    assert not talk("a man with an umbrella", "camera from above").scene.notes


def test_a_part_said_with_how_it_is_goes_to_its_owner():
    d = talk("a wizard with a tall green hat", "ok and a long grey beard")
    beard = d.scene.subjects[0].parts["beard"]
    assert names(d) == ["wizard"] and beard["colour"] == "gray" and beard["length"] == "long"
    d = talk("a girl with a red umbrella", "long curly hair")
    assert names(d) == ["girl"] and "long curly hair" in d.scene.subjects[0].parts and not d.scene.notes


def test_a_word_for_anyone_finds_the_one_someone():
    d = talk("a boy with a blue balloon", "and give the kid a yellow raincoat")
    boy = d.scene.subjects[0]
    assert boy.parts["raincoat"]["colour"] == "yellow" and "kid raincoat" not in boy.parts
    d = talk("a sailor and a parrot", "give the guy a hat")
    assert "hat" in d.scene.subjects[0].parts and not d.scene.subjects[1].parts
    d = talk("a girl and a boy", "make the guy red")
    assert d.scene.subjects[1].attributes.get("colour") == "red" and "colour" not in d.scene.subjects[0].attributes


def test_a_thing_in_a_hand_or_mouth_said_alone_is_held():
    d = talk("a smiling sailor with a white cap", "and a pipe in his mouth")
    assert names(d) == ["sailor"] and d.scene.subjects[0].parts["pipe"]["relation"] == "holding"
    d = talk("a girl", "a red rose in her hand")
    assert names(d) == ["girl"] and d.scene.subjects[0].parts["rose"]["colour"] == "red"


def test_the_article_dropped_before_should_be():
    d = talk("a boy with a blue balloon", "balloon shud be red not blue")
    boy = d.scene.subjects[0]
    assert boy.parts["balloon"]["colour"] == "red" and "colour" not in boy.attributes and names(d) == ["boy"]


def test_the_thing_itself_is_the_thing():
    d = talk("一只猫 with a pink bow", "猫本身要orange的")
    assert d.scene.subjects[0].attributes["colour"] == "orange" and list(d.scene.subjects[0].parts) == ["bow"]
    d = talk("a cat with a pink bow", "make the cat itself orange")
    assert d.scene.subjects[0].attributes == {"colour": "orange"}


def test_a_noun_said_with_zi_finds_the_thing():
    d = talk("一只红色的小汽车和一朵大黄花", "车子改成浅蓝色")
    assert d.scene.subjects[0].attributes["colour"] == "light blue" and not d.scene.notes


def test_someone_put_on_a_background_changes_only_the_background():
    d = talk("a dog and a cat on the grass", "remove the cat", "ok and put him on a plain white background instead pls")
    assert names(d) == ["dog"] and d.scene.background == "white" and d.scene.subjects[0].position is None
    d = talk("a dog and a cat", "put the dog on a white background")
    assert names(d) == ["dog", "cat"] and d.scene.background == "white"


def test_a_preferred_background_then_an_english_request():
    d = talk("a big blue circle on yellow", "背景还是白色好看点")
    assert d.scene.background == "white"
    d = talk("a big blue circle on yellow", "背景还是白色好看点 change it to white")
    assert d.scene.background == "white" and not d.scene.notes


def test_moved_all_the_way_to_an_edge_keeps_the_other_axis():
    d = talk("左下角一个紫色的小方块", "把它往右移，一直移到最右边")
    assert d.scene.subjects[0].position == "bottom right" and not d.scene.notes
    d = talk("左下角一个紫色的小方块", "把它往右移，一直移到最右边", "再往上挪，挪到最上面")
    assert d.scene.subjects[0].position == "top right"
    d = talk("一个 green 圆形 top right", "把 circle 一直往下挪到最底下")  # before: a circle called 把一直往下
    assert d.scene.subjects[0].position == "bottom right" and "detail" not in d.scene.subjects[0].attributes


def test_what_no_picture_shows_is_asked_about():
    d = talk("a puppy in the snow", "make it smell nicer lol")
    assert d.action is Action.CHAT and "?" in d.reply and not d.scene.subjects[0].attributes
