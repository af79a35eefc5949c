"""Issue 20, mixed Chinese and English from the blind tuning-18 split: 旁边一双 chopsticks (beside it, one more
thing), "sunset 的时候", "close up on his face", "good 👍 这张可以",
"warm light" (a look, not a thing). Each failed before but the guard (加一只海鸥在他旁边, read already)."""

from __future__ import annotations

import pytest

from rules_talk import talk


def test_beside_it_then_a_count_is_one_more_thing() -> None:
    d = talk("一碗 ramen 放在 wooden table 上，旁边一双 chopsticks，top-down view, warm light")
    assert [s.name for s in d.scene.subjects] == ["ramen", "table", "chopsticks"]
    assert "warm lighting" in d.scene.look


def test_where_it_goes_said_after_it() -> None:  # guard: read before, kept so
    d = talk("一个老人", "加一只白色海鸥在他旁边")
    assert [s.name for s in d.scene.subjects] == ["老人", "海鸥"] and d.scene.subjects[1].position


@pytest.mark.parametrize(("first", "then", "check"), [
    ("一个 knight 在 forest 里，sunset 的时候", None, lambda d: d.scene.time == "sunset"),
    ("an old man", "close up on his face", lambda d: "close-up" in d.scene.look and not d.scene.notes),
    ("a cat", "good 👍 这张可以", lambda d: d.action.value == "chat" and not d.scene.notes),
])
def test_mixed_looks_times_and_thanks(first: str, then: str | None, check) -> None:  # noqa: ANN001
    assert check(talk(first, then) if then else talk(first))


@pytest.mark.parametrize(("message", "background", "time"), [
    ("一个 backpacker 站在 mountain 顶上, 背着 orange backpack, 看 sunrise, wide shot", "on a mountain", "dawn"),
    ("一个 old man 在 harbor 边钓鱼，black and white", "harbor", None),
    ("a red car, a blue car and a yellow truck parked in a row along the street", "on the street", None),
    ("a little girl walking her brown dog down a city street in the rain", "on a city street", "rain"),
])
def test_english_settings_said_inside_chinese_and_along_a_street(message: str, background: str,
                                                                  time: str | None) -> None:
    d = talk(message)
    assert d.scene.background == background and (time is None or d.scene.time == time)
    assert not any(w in s.name for s in d.scene.subjects for w in ("row", "站", "看", "street"))


@pytest.mark.parametrize("message", ["画三只小鸭子 一只黄的 两只白的", "画三只鸭子 一只黄的两只白的"])
def test_two_of_them_said_with_a_count(message: str) -> None:
    assert [s.attributes.get("colour") for s in talk(message).scene.subjects] == ["yellow", "white", "white"]


@pytest.mark.parametrize(("first", "then", "check"), [
    ("一只小猫戴着帽子", "帽子换成蓝的哈", lambda d: d.scene.subjects[0].parts["帽子"].get("colour") == "blue"),
    ("一个公主穿着粉色裙子", "裙子改成紫色 她最喜欢紫色", lambda d: not d.scene.notes),
    ("一个女孩拿着黄色的花和一只狗", "狗狗不要啦 还是就她一个人吧",
     lambda d: [s.name for s in d.scene.subjects] == ["女孩"] and not d.scene.notes),
])
def test_tone_words_and_why_said_beside_a_chinese_edit(first: str, then: str, check) -> None:  # noqa: ANN001
    assert check(talk(first, then))


def test_the_second_one_said_alone_with_values_and_what_it_wears() -> None:
    d = talk("two dogs 在 park 里，一只 big brown 的，一只 small white 的戴着 red hat")
    big, small = d.scene.subjects
    assert (big.size, big.attributes.get("colour"), small.size, small.attributes.get("colour")) == (
        "big", "brown", "small", "white")
    assert small.parts == {"hat": {"colour": "red", "relation": "wearing"}} and not big.parts


def test_what_model_the_app_uses_is_a_question() -> None:
    d = talk("a dragon", "这个 app 用的是什么 model 啊")
    assert d.action.value == "chat" and not d.scene.notes
