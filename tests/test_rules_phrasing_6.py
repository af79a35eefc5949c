"""Issue 20, the classes tuning-6 found: a thing said again when one is already there, several subjects moved
at once, taking a colour away, a part's size, putting a held thing away, misspelt names, a subject with a place
phrase or a detail. Each test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk



# ------------------------------------------------------------------ a thing said again that is already there

@pytest.mark.parametrize(("first", "message"), [
    ("draw a cat", "cat"),
    ("a cat on the grass", "a cat"),
    ("画一只猫", "一只猫"),
    ("a dog and a cat", "cat"),
    ("draw a red circle", "a circle"),
])
def test_a_bare_thing_already_there_asks_instead_of_drawing_a_second(first: str, message: str) -> None:
    before = talk(first)
    d = talk(first, message)
    assert d.action is Action.CHAT
    assert "?" in d.reply or "？" in d.reply
    assert names(d) == names(before)


@pytest.mark.parametrize("message", ["add another cat", "another cat", "a second cat pls", "再加一只猫"])
def test_another_one_said_outright_still_adds(message: str) -> None:
    d = talk("draw a cat", message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == 2


def test_yes_before_a_request_is_read_as_courtesy() -> None:
    d = talk("draw a cat", "cat", "yes add another one")
    assert d.action is Action.EDIT
    assert names(d) == ["cat", "cat"]


def test_a_thing_not_there_yet_is_still_added() -> None:
    d = talk("draw a cat", "a dog")
    assert d.action is Action.EDIT
    assert names(d) == ["cat", "dog"]


# ---------------------------------------------------------------------------- several things named at once

@pytest.mark.parametrize(("first", "message", "moved", "kept"), [
    ("a cat and a dog in the park", "move the cat and the dog to the left", {"cat": "left", "dog": "left"}, {}),
    ("画一只猫和一只狗", "把猫和狗都移到左边", {"猫": "left", "狗": "left"}, {}),
    ("draw a red circle, a blue square and a green triangle", "move the circle and the square to the top",
     {"circle": "top", "square": "top"}, {"triangle": None}),
    ("a cat on the left and a dog on the right", "move the cat and the dog up a bit",
     {"cat": "top left", "dog": "top right"}, {}),
    ("draw the sun and the moon and a house", "put the sun and the moon at the top please",
     {"sun": "top", "moon": "top"}, {"house": None}),
])
def test_several_things_named_together_all_move(first: str, message: str, moved: dict, kept: dict) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert {s.name: s.position for s in d.scene.subjects} == moved | kept


def test_several_things_named_together_may_be_described() -> None:
    d = talk("a red circle and a blue circle", "move the red circle and the blue one up")
    assert d.action is Action.EDIT
    assert [s.position for s in d.scene.subjects] == ["top", "top"]


def test_several_things_named_together_all_change_colour() -> None:
    d = talk("a cat, a dog and a bird", "make the cat and the dog brown")
    assert {s.name: s.attributes.get("colour") for s in d.scene.subjects} == {"cat": "brown", "dog": "brown",
                                                                              "bird": None}


def test_a_thing_of_two_colours_is_still_one_thing() -> None:
    d = talk("a cat and a dog", "make the dog black and white")
    assert d.action is Action.EDIT
    assert {s.name: s.attributes.get("colour") for s in d.scene.subjects} == {"cat": None, "dog": "black and white"}


# ------------------------------------------------------------------------------------ taking a colour away

@pytest.mark.parametrize(("first", "message", "name"), [
    ("a red balloon", "remove the colour", "balloon"),
    ("a blue car on the street", "no color on the car pls", "car"),
    ("一只红色的鸟", "把颜色去掉", "鸟"),
    ("一只红色的气球", "气球不要颜色了", "气球"),
    ("a red cat", "take the colour off", "cat"),
    ("a red cat", "make it colourless", "cat"),
])
def test_taking_the_colour_away_keeps_the_thing(first: str, message: str, name: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert names(d) == [name]
    assert "colour" not in d.scene.subjects[0].attributes


def test_the_colour_of_one_thing_goes_and_the_other_keeps_its_own() -> None:
    d = talk("a yellow duck and a blue boat", "remove the colour from the duck")
    assert {s.name: s.attributes.get("colour") for s in d.scene.subjects} == {"duck": None, "boat": "blue"}


def test_a_parts_colour_can_be_taken_away() -> None:
    d = talk("a girl with a red umbrella", "remove the colour from the umbrella")
    assert names(d) == ["girl"]
    assert "colour" not in d.scene.subjects[0].parts["umbrella"]


def test_no_colour_beside_black_and_white_is_both() -> None:
    d = talk("a green square", "no colour, just black and white")
    assert d.action is Action.EDIT
    assert "colour" not in d.scene.subjects[0].attributes
    assert "black and white" in d.scene.look


# a guard on the rule above (it passed before that rule too)
def test_no_then_a_colour_is_still_a_recolour() -> None:
    d = talk("a green square", "no, colour it red")
    assert d.scene.subjects[0].attributes["colour"] == "red"


# ------------------------------------------------------------------------------- putting a held thing away

@pytest.mark.parametrize(("first", "message", "holder"), [
    ("一个女孩撑着伞站在雨里", "把伞收起来", "女孩"),
    ("一个戴着帽子的男孩", "把帽子摘了吧", "男孩"),
    ("画一个戴眼镜的老人", "眼镜摘掉", "老人"),
    ("一个抱着球的小男孩", "让他把球放下", "小男孩"),
    ("a man holding an umbrella in the rain", "he can put the umbrella away now", "man"),
    ("a girl holding a ball", "put down the ball", "girl"),
])
def test_putting_a_held_or_worn_thing_away_takes_only_that_thing(first: str, message: str, holder: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert names(d) == [holder]
    assert d.scene.subjects[0].parts == {}


# ------------------------------------------------------------------------------------------ a part's length

@pytest.mark.parametrize(("first", "message", "part", "length"), [
    ("a girl with long hair", "make her hair shorter", "hair", "short"),
    ("an old man with a beard", "make the beard longer", "beard", "long"),
    ("a cat with a long tail", "make the tail shorter", "tail", "short"),
    ("a man with a beard", "trim his beard", "beard", "short"),
    ("一个长头发的女孩", "把她的头发剪短一点", "头发", "短"),
])
def test_shorter_or_longer_of_a_part_with_a_length_is_its_length(first: str, message: str, part: str,
                                                                   length: str) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    owner = d.scene.subjects[0]
    assert len(d.scene.subjects) == 1
    assert owner.parts[part]["length"] == length
    assert owner.size is None  # the owner is not resized
    assert "detail" not in owner.attributes  # "长头发的" no longer says the opposite


def test_long_hair_said_with_its_length_is_hair_that_is_long() -> None:
    d = talk("a girl with long hair")
    assert d.scene.subjects[0].parts == {"hair": {"length": "long", "relation": "with"}}


# a guard on the rule above (it passed before that rule too)
def test_a_part_without_a_length_is_still_resized() -> None:
    d = talk("a girl holding an umbrella", "can you make the umbrella bigger")
    assert d.scene.subjects[0].parts["umbrella"]["size"] == "big"
    assert d.scene.subjects[0].size is None


# ------------------------------------------------------------------------------------------ misspelt names

@pytest.mark.parametrize(("message", "expected"), [
    ("draw a catt pls", ["cat"]),
    ("draw a dgo and a catt", ["dog", "cat"]),
    ("a purpel buterfly on a flower", ["butterfly", "flower"]),
    ("a cta in the snow", ["cat"]),
])
def test_a_slip_in_a_things_name_is_mended(message: str, expected: list[str]) -> None:
    assert names(talk(message)) == expected


def test_a_misspelt_name_finds_the_thing() -> None:
    d = talk("draw a dog and a cat", "remvoe the dgo")
    assert names(d) == ["cat"]


# a guard on the rule above (it passed before that rule too)
@pytest.mark.parametrize("message", ["act natural", "an owl", "a toy", "the pug"])
def test_short_words_that_are_words_are_left_as_typed(message: str) -> None:
    from prompt_enhancer.rules.spelling import correct_typos

    assert correct_typos(message) == message


# --------------------------------------------------------------------------- a thing with where it is said

@pytest.mark.parametrize(("message", "name", "background"), [
    ("a bird in the sky", "bird", "in the sky"),
    ("draw a plane in the sky pls", "plane", "in the sky"),
    ("一只鸟在天上飞", "鸟", "in the sky"),
])
def test_in_the_sky_is_where_the_thing_is_not_part_of_its_name(message: str, name: str, background: str) -> None:
    d = talk(message)
    assert names(d) == [name]
    assert d.scene.background == background


def test_a_bird_in_the_sky_is_the_bird_afterwards() -> None:
    d = talk("一只鸟在天上飞", "把鸟变成蓝色")
    assert d.action is Action.EDIT
    assert d.scene.subjects[0].attributes["colour"] == "blue"


@pytest.mark.parametrize(("message", "name", "where"), [("一只猫在窗边", "猫", "窗边"),
                                                      ("一个女孩坐在床边", "女孩", "床边")])
def test_by_a_thing_in_chinese_is_where_it_is(message: str, name: str, where: str) -> None:
    d = talk(message)
    assert names(d) == [name]
    assert d.scene.subjects[0].position == where


def test_how_a_thing_does_what_it_does_is_not_a_thing() -> None:
    d = talk("a kite flying high in the sky")
    assert names(d) == ["kite"]
    assert d.scene.subjects[0].parts == {}


# a guard on the rule above: a side of the picture is no thing to be beside
def test_a_side_of_the_picture_is_a_position() -> None:
    d = talk("画一棵树在左边，一个房子在右边")
    assert {s.name: s.position for s in d.scene.subjects} == {"树": "left", "房子": "right"}


# ---------------------------------------------------------------------------- what a thing shows or says

@pytest.mark.parametrize(("message", "name", "shown"), [
    ("a clock showing 3:30", "clock", "3:30"),
    ("draw a wooden sign that says OPEN", "sign", "OPEN"),
    ("a white t-shirt with the word LOVE on it", "t-shirt", "LOVE"),
    ('a sign reading "no parking"', "sign", "no parking"),
])
def test_what_a_thing_shows_is_a_detail_of_it(message: str, name: str, shown: str) -> None:
    d = talk(message)
    assert names(d) == [name]
    assert shown in d.scene.subjects[0].attributes["detail"]
    assert d.scene.subjects[0].parts == {}


def test_what_a_thing_shows_stays_when_it_changes() -> None:
    d = talk("a clock showing 3:30", "make the clock gold")
    assert d.scene.subjects[0].attributes == {"detail": "showing 3:30", "colour": "gold"}


def test_a_thing_that_says_something_on_another_thing_is_placed_there() -> None:
    d = talk("a parrot saying hello on a branch")
    assert names(d) == ["parrot", "branch"]
    assert d.scene.subjects[0].attributes["detail"] == "saying hello"


# a guard on the rule above (it passed before that rule too): reading a book is holding it
def test_a_girl_reading_a_book_holds_the_book() -> None:
    d = talk("a girl reading a book")
    assert names(d) == ["girl"]
    assert "book" in d.scene.subjects[0].parts


def test_the_sky_beside_other_things_is_where_the_last_one_is() -> None:
    d = talk("a house and a sun in the sky")
    assert {s.name: s.position for s in d.scene.subjects} == {"house": None, "sun": "in the sky"}
    assert d.scene.background is None


# ---------------------------------------------------------------------------- the camera's two choices

def test_a_close_up_from_a_low_angle_keeps_both() -> None:
    d = talk("a woman in a cafe", "close up shot", "and from a low angle")
    assert d.scene.look == ["close-up", "low angle"]


def test_a_new_framing_replaces_the_old_one_and_keeps_the_angle() -> None:
    d = talk("a woman in a cafe", "close up shot", "and from a low angle", "make it a wide shot")
    assert d.scene.look == ["low angle", "wide shot"]


# ------------------------------------------------------------------------ more of what was just given

@pytest.mark.parametrize(("messages", "part"), [
    (("portrait of an old fisherman", "give him a beard", "and a yellow hat"), "hat"),
    (("a cat and a girl with a scarf", "and glasses"), "glasses"),
    (("一个女孩", "给她戴一顶帽子", "还有一条围巾"), "围巾"),
])
def test_more_worn_things_said_after_a_gift_go_to_the_same_one(messages: tuple[str, ...], part: str) -> None:
    d = talk(*messages)
    assert d.action is Action.EDIT
    owner = d.scene.subject(d.scene.focus)
    assert part in owner.parts
    assert not any(s.name == part for s in d.scene.subjects)


# a guard on the rule above (it passed before that rule too)
@pytest.mark.parametrize("messages", [("a girl with a hat", "and also a dog"), ("画一只猫", "还有一只狗")])
def test_more_things_that_are_no_ones_to_wear_are_still_drawn(messages: tuple[str, ...]) -> None:
    assert len(talk(*messages).scene.subjects) == 2


# ------------------------------------------------------------------- the thing there, but with a difference

@pytest.mark.parametrize(("first", "message", "changed"), [
    ("a cat sleeping", "a cat but orange", ("cat", "colour", "orange")),
    ("a cat and a dog", "a dog but brown", ("dog", "colour", "brown")),
])
def test_the_thing_there_but_with_a_value_changes_that_thing(first: str, message: str, changed: tuple) -> None:
    d = talk(first, message)
    assert d.action is Action.EDIT
    assert len(d.scene.subjects) == len(talk(first).scene.subjects)
    name, kind, value = changed
    assert next(s for s in d.scene.subjects if s.name == name).attributes[kind] == value


def test_the_same_thing_but_bigger_resizes_it() -> None:
    d = talk("a cat", "the same cat but bigger")
    assert names(d) == ["cat"]
    assert d.scene.subjects[0].size == "big"


@pytest.mark.parametrize(("first", "answer"), [
    ("draw a cat", "the cat already there"),
    ("draw a cat", "the one already in the picture"),
    ("画一只猫", "画面里的那只就行"),
    ("画一只猫", "现在的那只猫就好"),
])
def test_the_one_already_there_as_an_answer_changes_nothing(first: str, answer: str) -> None:
    d = talk(first, "一只猫" if first.startswith("画") else "cat", answer)
    assert d.action is Action.CHAT
    assert "?" not in d.reply and "？" not in d.reply
    assert names(d) == names(talk(first))
    assert d.scene.subjects[0].attributes == {}


@pytest.mark.parametrize(("first", "message", "holder"), [
    ("a woman wearing a hat", "she can take the hat off", "woman"),
    ("a man with a long beard", "shave his beard", "man"),
])
def test_taking_off_or_shaving_a_part_keeps_its_owner(first: str, message: str, holder: str) -> None:
    d = talk(first, message)
    assert names(d) == [holder]
    assert d.scene.subjects[0].parts == {}


@pytest.mark.parametrize(("first", "message", "part", "length"), [
    ("一只长尾巴的猫", "尾巴短一点", "尾巴", "短"),
    ("一个长头发的女孩", "头发再长一点", "头发", "长"),
])
def test_a_chinese_length_said_without_a_verb(first: str, message: str, part: str, length: str) -> None:
    d = talk(first, message)
    assert d.scene.subjects[0].parts[part]["length"] == length


@pytest.mark.parametrize(("first", "message"), [("a cat", "the cat"), ("a dog and a cat", "the dog")])
def test_the_thing_there_named_alone_is_that_one_and_changes_nothing(first: str, message: str) -> None:
    d = talk(first, message)
    assert d.action is Action.CHAT
    assert "?" not in d.reply
    assert names(d) == names(talk(first))
