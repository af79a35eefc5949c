"""Issue 20, blind splits tuning-79 … tuning-84: what goes, what stays, and settings said beside a change. "i dont
want the X anymore, just the Y" kept X out as a thing called "X anymore just the Y"; "noooo the moon looks weird
take it out" kept "moon looks weird" out and took out the last thing; "Do NOT recolor the girl herself" coloured
her "Do"; "remove the hat only" found no "hat only"; "别画云了啊 太阳和房子留着就行" gave the sun a part called 着;
and settings said with "abeg", after 嗯那个, or with Cantonese 調做 stopped the change beside them."""

from __future__ import annotations

from rules_talk import names, talk


def test_not_wanted_any_more_then_what_stays() -> None:
    assert names(talk("a lamp and a chair", "i dont want the chair anymore, just the lamp")) == ["lamp"]
    assert names(talk("a lamp and a chair", "don't want the chair anymore o")) == ["lamp"]
    assert names(talk("a sun, a moon and a star", "nooo the star looks odd take it out")) == ["sun", "moon"]
    assert names(talk("a cat and a cup", "the cup is fine, make the cat grey")) == ["cat", "cup"]  # guard


def test_what_is_not_to_be_touched_and_what_alone_goes() -> None:
    d = talk("a boy holding a kite", "make the kite green. do not recolor the boy himself")
    assert d.scene.subjects[0].attributes.get("colour") is None
    assert d.scene.subjects[0].parts["kite"]["colour"] == "green"
    d = talk("a woman with a scarf and a cat", "remove the scarf only")
    assert names(d) == ["woman", "cat"] and "scarf" not in d.scene.subjects[0].parts
    d = talk("a small red square on the left", "turn it into a star, keep its colour, size and position unchanged")
    assert not d.scene.notes and d.scene.subjects[0].position == "left"
    d = talk("a white rabbit", "make it a hare, keeping that white fur")
    assert names(d) == ["hare"] and not d.scene.notes


def test_kept_in_chinese_after_a_removal() -> None:
    d = talk("画一个太阳、一朵云和一座房子", "嗯那个别画云了啊 太阳和房子留着就行")
    assert names(d) == ["太阳", "房子"] and all(not s.parts for s in d.scene.subjects)
    d = talk("draw a sun, a cloud and a house", "别画云了，太阳和房子留着")
    assert names(d) == ["sun", "house"]


def test_a_setting_beside_a_change_lets_the_change_through() -> None:
    assert talk("a tree", "abeg use 25 steps, then make the tree red").scene.subjects[0].attributes["colour"] == "red"
    d = talk("画一颗星星", "嗯那个种子调到7吧 然后把星星放到左下角")
    assert d.scene.subjects[0].position == "bottom left"
    d = talk("畫一隻貓", "steps 調做 40，隻貓轉 blue 色")
    assert d.scene.subjects[0].attributes.get("colour") == "blue"


def test_everything_else_stays() -> None:
    d = talk("a cup, a fork and a plate", "remove the fork. Everything else stays exactly where it is.")
    assert names(d) == ["cup", "plate"] and not d.scene.notes


def test_not_needed_any_more_goes() -> None:
    assert names(talk("a cake and a candle", "the candle isn't needed anymore")) == ["cake"]
    d = talk("a man with a hat and a dog", "remove the hat", "actually dog is also not required, remove that also")
    assert names(d) == ["man"]
    d = talk("a red pear, a lemon and a plum", "Okay, on reflection: lose the lemon. Everything else stays put.")
    assert names(d) == ["pear", "plum"] and not d.scene.notes
