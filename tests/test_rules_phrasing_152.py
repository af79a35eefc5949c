"""From tuning-49 and tuning-50 (issue 20; blind splits in the held-out's shape), after their first sight was measured:
"ok nvm just make it blue" and "forget that, just give it sunglasses" (the request after it is read), "forget it"
alone (nothing removed), a weather emoji beside the words that say it ("at sunset pls 🌅"), "and down to the bottom"
(a move with no verb), "ok move it to the left" (no correction of the last move), "a bit darker green", "next to each
other" after a comma, "a warm sepia tone", "a yellow raincoat with red boots", "ugh no get rid of…", "he says he
doesnt want the balloon anymore", 大只的, "shd", "emmm 能不能 make it more 高级", "seed 随便", and something wrong said
without what ("感觉不太对", "这个 vibe 不太对 fix 一下") asked about."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_never_mind_before_a_request_is_no_word_of_it():
    d = talk("draw a pink cupcake in the middle", "ok nvm just make it blue")
    assert d.scene.subjects[0].attributes["colour"] == "blue" and not d.scene.notes
    d = talk("draw a hedgehog on the beach", "lol ok forget that, just give it sunglasses 😎")
    assert d.action is Action.EDIT and names(d) == ["hedgehog"] and "sunglasses" in d.scene.subjects[0].parts
    d = talk("draw a cat", "forget it")
    assert d.action is Action.CHAT and names(d) == ["cat"]  # before, the cat was removed
    assert "hat" not in talk("draw a cat with a hat", "never mind the hat").scene.subjects[0].parts


def test_a_weather_emoji_beside_the_words_that_say_it():
    assert talk("a brown horse in the snow", "at sunset pls 🌅").scene.time == "sunset"  # before, dawn
    assert talk("a cat", "🌅").scene.time == "dawn"
    assert talk("a girl with an umbrella 🌧️").scene.time == "rain"


def test_a_move_said_with_its_way_and_place_alone():
    d = talk("a purple star at the top of the picture pls", "move it to the left", "and down to the bottom")
    assert d.scene.subjects[0].position == "bottom left" and not d.scene.notes
    d = talk("3 circles red blue green left to right")  # an order, not a move
    assert [s.position for s in d.scene.subjects] == ["left", "center", "right"]


def test_ok_before_a_move_goes_on_and_takes_nothing_back():
    d = talk("a yellow star in the top left", "shift it over to the right", "now down to the bottom",
             "ok move it to the left")
    assert d.scene.subjects[0].position == "bottom left" and not d.scene.notes


def test_a_bit_darker_is_the_shade():
    d = talk("draw a green apple", "perfect 👍 now make the apple a bit darker green")
    assert names(d) == ["apple"] and d.scene.subjects[0].attributes["colour"] == "dark green"


def test_how_two_stand_after_a_comma_is_no_thing():
    d = talk("draw a duck and a goose, both white, next to each other")
    assert names(d) == ["duck", "goose"] and all(s.attributes["colour"] == "white" for s in d.scene.subjects)


def test_two_looks_said_on_one_noun():
    d = talk("a cozy cabin in the forest in winter", "add a warm sepia tone too")
    assert names(d) == ["cozy cabin"] and d.scene.look == ["sepia"] and d.reply == "The whole picture: sepia."


def test_worn_things_said_in_the_plural_after_with():
    parts = talk("a girl in a yellow raincoat with red boots").scene.subjects[0].parts
    assert parts["raincoat"]["colour"] == "yellow" and parts["boots"]["colour"] == "red"


def test_removals_said_loosely():
    d = talk("dog and cat on the beach", "ugh no get rid of the cat too")
    assert names(d) == ["dog"] and not d.scene.avoid  # before, "get rid of the cat" was kept out as a thing
    d = talk("a little boy holding a red balloon in a park", "hmm he says he doesnt want the balloon anymore")
    assert names(d) == ["boy"] and "balloon" not in d.scene.subjects[0].parts and not d.scene.notes


def test_big_bodied_in_chinese_and_should_in_short():
    d = talk("pls 画一只胖胖的黑猫 on the grass", "改成大只的橘色的 thx")
    cat = d.scene.subjects[0]
    assert cat.name == "猫" and cat.size == "big" and cat.attributes["colour"] == "orange"
    d = talk("a woman sitting on a bench in a park", "give her a red hat", "and she shd hold an umbrella too")
    assert "umbrella" in d.scene.subjects[0].parts and not d.scene.notes


def test_mixed_courtesy_before_an_english_request():
    d = talk("draw a cat", "emmm 能不能 make it more 高级 一点")  # "emmm" had been spelt "them"
    assert d.action is Action.CHAT and "?" in d.reply and not d.scene.notes
    assert talk("draw a cat", "能不能 make it blue").scene.subjects[0].attributes["colour"] == "blue"


def test_something_wrong_without_what_is_asked_about():
    for before, said in (("画一只熊猫在竹林里", "嗯……感觉不太对"), ("画一只熊猫", "就是那个感觉你懂吧"),
                         ("draw a 粉色的 flower", "这个 vibe 不太对 fix 一下"), ("a red car", "hmm not quite it")):
        d = talk(before, said)
        assert d.action is Action.CHAT and ("?" in d.reply or "？" in d.reply) and not d.scene.notes, said


def test_a_seed_left_to_chance_is_a_setting():
    d = talk("draw a cat", "steps 改成 50, seed 随便")
    assert d.action is Action.CHAT and names(d) == ["cat"] and not d.scene.notes  # before, a note "seed 随便"


def test_a_sad_remark_is_not_met_with_glad_you_like_it():
    d = talk("a green dinosaur with a red balloon", "no take away the balloon, hes sad now 😢")
    assert "balloon" not in d.scene.subjects[0].parts and "Glad you like it" not in d.reply


def test_what_it_is_for_said_after_it():
    d = talk("green leaf in the middle on grey, its for a logo", "make the leaf smaller")
    assert names(d) == ["leaf"] and d.scene.subjects[0].size == "small" and not d.scene.notes
    d = talk("a red fox, it's for my daughter")
    assert names(d) == ["fox"] and not d.scene.notes
