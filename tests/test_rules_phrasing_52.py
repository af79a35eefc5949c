"""What a thing has, said with "has" or "'s got" (issue 20; found on tuning-24, the phrasings written for this
test): "dog's got a blue collar" drew a thing called "dog's got collar", "the girl has got long hair" gave her a
part called "got long hair", "an old man has a cane" drew a thing called "old man has cane"; and Chinese things
described before their name, then more (穿着粉色裙子的小女孩牵着一只白色的小狗 drew one thing called
穿着裙子的小女孩小狗; 一个穿着粉色裙子的小女孩和一只白色的小狗 drew only the dog)."""

from __future__ import annotations

import pytest

from rules_talk import talk


def _things(d) -> list[tuple[str, list[str]]]:
    return [(s.name, list(s.parts)) for s in d.scene.subjects]


@pytest.mark.parametrize(("message", "owner", "part"), [
    ("the dog's got a blue collar", "dog", "collar"),
    ("her dog’s got a red collar", "dog", "collar"),
    ("the girl has got long hair", "girl", "hair"),
    ("the girl's got a hat on", "girl", "hat"),
])
def test_has_got_gives_the_thing_a_part(message: str, owner: str, part: str) -> None:
    d = talk("a girl and a dog", message)
    assert dict(_things(d))[owner] == [part] and len(d.scene.subjects) == 2


@pytest.mark.parametrize(("message", "things"), [
    ("old man walking his dog, dog's got a blue collar", [("old man", []), ("dog", ["collar"])]),
    ("an old man has a cane", [("old man", ["cane"])]),
    ("a dog has a blue collar and a bone", [("dog", ["collar", "bone"])]),
    ("a snowman has a carrot nose and a black hat", [("snowman", ["carrot nose", "hat"])]),
])
def test_a_new_thing_with_what_it_has(message: str, things: list) -> None:
    assert _things(talk(message)) == things


@pytest.mark.parametrize(("message", "things"), [
    ("画一个穿着粉色裙子的小女孩牵着一只白色的小狗", [("小女孩", ["裙子"]), ("小狗", [])]),
    ("画一个小女孩牵着一只白色的小狗", [("小女孩", []), ("小狗", [])]),
    ("一个穿着粉色裙子的小女孩和一只白色的小狗", [("小女孩", ["裙子"]), ("小狗", [])]),
    ("一个穿着粉色裙子的小女孩拿着一把伞", [("小女孩", ["裙子", "伞"])]),
    ("画一个戴帽子的男人牵着一匹马", [("男人", ["帽子"]), ("马", [])]),
    ("一个女孩拿着一把伞和一个包", [("女孩", ["伞", "包"])]),
])
def test_chinese_things_described_before_their_name(message: str, things: list) -> None:
    assert _things(talk(message)) == things


def test_the_dogs_colour_stays_the_dogs() -> None:
    d = talk("画一个穿着粉色裙子的小女孩牵着一只白色的小狗", "狗改成黄色的 再大一点")
    girl, dog = d.scene.subjects
    assert girl.parts["裙子"]["colour"] == "pink" and "colour" not in girl.attributes
    assert dog.attributes.get("colour") == "yellow" and dog.size == "big"
