"""Issue 20, classes of the blind tuning-16 split still misread at the start of this session: a look said with
more words ("lower angle n more dramatic lighting", "sepia like grandma's old photos", "frame it as a close-up",
柔和一点的光线), the weather of a place ("on a rainy street"), describing words between commas ("a large, fluffy,
pale pink cloud") and how much, said before a comparative ("a darker green", "much bigger"). Each failed before
its fix (guards marked)."""

from __future__ import annotations

import pytest

from rules_talk import talk


@pytest.mark.parametrize(("message", "looks"), [
    ("lower angle n more dramatic lighting", {"low angle", "dramatic lighting"}),
    ("now sepia like grandmas old photos 📷", {"sepia"}),
    ("To finish, use soft lighting and frame it as a close-up.", {"soft lighting", "close-up"}),
    ("整体用柔和一点的光线", {"soft lighting"}),
    ("像老电影一样的黑白", {"black and white"}),
])
def test_a_look_said_with_more_words_is_the_pictures(message: str, looks: set[str]) -> None:
    d = talk("an orange cat asleep", message)
    assert set(d.scene.look) == looks
    assert [s.name for s in d.scene.subjects] == ["cat"] and not d.scene.notes


def test_a_look_before_a_noun_still_describes_the_thing() -> None:  # guard: "a vintage car" is the car's
    d = talk("a vintage car")
    assert not d.scene.look and d.scene.subjects[0].name.endswith("car")


@pytest.mark.parametrize(("message", "names", "time"), [
    ("a bus and a taxi on a rainy street", ["bus", "taxi"], "rain"),
    ("a fox on a snowy street", ["fox"], "snowfall"),
])
def test_the_weather_of_a_place_is_the_pictures(message: str, names: list[str], time: str) -> None:
    d = talk(message)
    assert [s.name for s in d.scene.subjects] == names
    assert d.scene.background == "on the street" and time in d.scene.time


@pytest.mark.parametrize(("message", "name", "colour", "size"), [
    ("Draw a large, fluffy, pale pink cloud drifting over a small green hill.", "cloud", "light pink", "big"),
    ("a tiny, shiny, red car", "car", "red", "small"),
])
def test_describing_words_between_commas_are_one_things(message: str, name: str, colour: str, size: str) -> None:
    first = talk(message).scene.subjects[0]
    assert first.name.endswith(name) and first.attributes.get("colour") == colour and first.size == size


@pytest.mark.parametrize(("message", "names"), [
    ("a cat, dog and bird", ["cat", "dog", "bird"]), ("a red, a blue and a green circle", ["circle"] * 3),
])
def test_a_list_of_things_stays_a_list(message: str, names: list[str]) -> None:  # guard
    assert [s.name for s in talk(message).scene.subjects] == names


@pytest.mark.parametrize("message", ["Make the hill a darker green and much bigger.",
                                     "make the hill darker green and much bigger"])
def test_how_much_is_no_name_and_a_darker_green_is_a_shade(message: str) -> None:
    hill = talk("a small green hill", message).scene.subjects[0]
    assert (hill.name, hill.attributes.get("colour"), hill.size) == ("hill", "dark green", "big")
    assert "detail" not in hill.attributes
