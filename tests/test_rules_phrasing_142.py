"""From the blind split tuning-40 (issue 20): a hello in any language before the request ("bom dia!", "wah gwaan!",
"过早冇！", "evening."), a laughing aside before it ("long shift lol."), who is asked (大妹子帮我画个…), what a thing
does in the place said after it (…，在天上飞), two people said with one article ("a bride and groom"), "alone",
"like mid-juggle", a place of three words before "with", English colours before 的, a count after 换成 (一只猫,
一口锅), "只要一只猫" (a count, not "only the cat"), "杯子 change to 一个勺子", "the ones" said after "two X", "and
the dog a red collar" (give, said once), and talk: about one's own things, plans and other people, praise before a
question."""

from __future__ import annotations

import pytest

from dialog.decision import Action
from rules_talk import names, talk


@pytest.mark.parametrize(("said", "expected"), [
    ("bom dia! could you draw a yellow tram and a little cat", ["tram", "cat"]),
    ("wah gwaan! draw a steel pan on the left and a palm tree on the right", ["pan", "palm tree"]),
    ("goedemiddag! a red windmill in the middle and a yellow tulip to the left of it please", ["windmill", "tulip"]),
    ("buongiorno! three glass vases in a row: a blue one on the left, a red one in the middle and a green one on the "
     "right", ["vase", "vase", "vase"]),
    ("shwmae! draw a man in a black suit and a woman in a red dress", ["man", "woman"]),
    ("过早冇！draw 一个大的蓝色碗 in the center and a small 黄色的杯子 on the right", ["碗", "杯子"]),
    ("sain baina uu! 画两匹马 on the grassland", ["马", "马"]),
    ("evening. a grand piano alone in an empty concert hall", ["grand piano"]),
    ("hi, long shift lol. can you draw a wheelchair and a blue trolley", ["wheelchair", "trolley"]),
    ("大妹子帮我画个东北大姨呗，穿红棉袄", ["东北大姨"]),
    ("老师帮我画一只猫", ["猫"]),
])
def test_a_hello_aside_or_name_before_the_request_is_no_thing(said, expected):
    assert names(talk(said)) == expected


def test_short_words_before_a_change_stay_read():
    d = talk("draw a red circle", "perfect! make it blue")
    assert d.scene.subjects[0].attributes["colour"] == "blue"
    d = talk("draw a red circle", "bigger! a lot bigger")
    assert names(d) == ["circle"] and d.scene.subjects[0].size == "big"


def test_what_it_does_in_the_place_said_after_it():
    d = talk("画一个大红色燕子风筝，在天上飞")
    assert names(d) == ["燕子风筝"] and d.scene.subjects[0].attributes["pose"] == "flying"
    assert d.scene.subjects[0].size == "big" and d.scene.subjects[0].attributes["colour"] == "red"


def test_two_people_said_with_one_article_are_two():
    assert names(talk("a bride and groom under an arch of white flowers, golden hour"))[:2] == ["bride", "groom"]
    assert names(talk("a king and queen")) == ["king", "queen"]
    assert names(talk("salt and pepper shakers")) == ["salt and pepper shakers"]


def test_like_mid_something_is_no_thing():
    d = talk("hey! draw three red balls floating in the air, like mid-juggle")
    assert names(d) == ["ball"] * 3


def test_a_place_of_three_words_before_with_is_the_setting():
    d = talk("can you draw an empty hospital corridor with a wheelchair, a blue trolley and a potted plant")
    assert names(d) == ["wheelchair", "trolley", "potted plant"] and "corridor" in d.scene.background
    assert names(talk("draw a big red house with a door")) == ["house"]


def test_english_colours_before_de_are_the_things():
    d = talk("帮我画一艘 green and white 的渡轮 on Victoria Harbour, at sunset")
    assert names(d) == ["渡轮"] and d.scene.subjects[0].attributes["colour"] == "green and white"
    d = talk("画一只 black and white 的猫")
    assert d.scene.subjects[0].attributes["colour"] == "black and white" and not d.scene.look
    assert talk("画一只猫", "画成黑白的吧").scene.look == ["black and white"]
    d = talk("帮我画一艘绿白相间的渡轮")
    assert names(d) == ["渡轮"] and "detail" not in d.scene.subjects[0].attributes


@pytest.mark.parametrize(("then", "expected"), [
    ("把碗换成一只猫", "猫"), ("把碗换成一口锅 please", "锅"), ("碗 change to 一个勺子", "勺子"),
    ("把碗变成盘子", "盘子"),
])
def test_what_a_thing_becomes_is_named_without_its_count(then, expected):
    d = talk("画一个大的蓝色碗", then)
    assert names(d) == [expected] and d.scene.subjects[0].attributes["colour"] == "blue"


def test_only_one_of_a_kind_keeps_the_other_things():
    d = talk("画三只猫趴在一个酒坛子上", "太多了，只要一只猫就好")
    assert sorted(names(d)) == sorted(["猫", "酒坛子"])
    assert names(talk("画一只熊猫和一棵竹子", "只要熊猫")) == ["熊猫"]


def test_the_ones_after_two_things_are_those_things():
    d = talk("draw two berimbaus, a small one on the left and a big one on the right, and a drum in the middle")
    assert [(s.name, s.size, s.position) for s in d.scene.subjects] == [
        ("berimbau", "small", "left"), ("berimbau", "big", "right"), ("drum", None, "center")]
    assert names(talk("draw a red, a blue and a green circle")) == ["circle"] * 3


def test_give_said_once_for_two_and_a_breed_named_as_a_dog():
    d = talk("draw a shepherd and a collie", "and the dog a wee red collar")
    assert names(d) == ["shepherd", "collie"] and d.scene.subjects[1].parts["collar"]["colour"] == "red"
    d = talk("draw a man and a woman", "give him a hat, and her a red scarf")
    assert "hat" in d.scene.subjects[0].parts and d.scene.subjects[1].parts["scarf"]["colour"] == "red"
    d = talk("draw a shepherd in a green kilt")
    assert d.scene.subjects[0].parts["kilt"]["colour"] == "green" and d.scene.subjects[0].position is None


@pytest.mark.parametrize(("first", "then"), [
    ("yo draw a purple skateboard", "my real board is all scratched up n kinda faded blue now haha"),
    ("yo draw a purple skateboard", "sickkk 🔥🔥 is it hard to draw stuff like that lol"),
    ("画一艘渡轮", "靓啊 👍 how long did that take you?"),
    ("draw a flask", "How do you decide what colours to use, out of interest?"),
    ("画三个红色的蘑菇", "谢谢 下雨了我要上山捡菌子了 🍄"),
    ("draw a chair", "he loves chairs"),
])
def test_talk_about_oneself_or_the_app_changes_nothing(first, then):
    before = talk(first)
    d = talk(first, then)
    assert d.action is Action.CHAT and d.scene.subjects == before.scene.subjects and not d.scene.notes


def test_a_reason_beside_a_removal_is_no_note():
    d = talk("draw a plant and a cat", "get rid of the plant, nobody waters them anyway")
    assert names(d) == ["cat"] and not d.scene.notes


def test_a_plan_with_a_change_in_it_is_no_talk():
    assert "原来如此" not in talk("画一只猫和一只狗", "我要去掉猫了").reply


def test_a_removal_said_again_keeps_its_reason_out():
    d = talk("draw a tall potted palm tree, a luggage cart and a grey cat", "remove the cat",
             "and the cart too actually, guests keep tripping over it haha")
    assert names(d) == ["tall potted palm tree"] and not d.scene.notes


def test_more_of_a_kind_in_another_colour():
    d = talk("draw three red balls", "add two more, blue ones")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["red"] * 3 + ["blue"] * 2
    assert not any("detail" in s.attributes for s in d.scene.subjects)


def test_fewer_of_a_kind_said_without_an_s_then_how_many():
    d = talk("draw a green bear with four small fish around it", "fewer fish, maybe two")
    assert names(d) == ["bear", "fish", "fish"]
    d = talk("draw a green bear with four small fish around it", "hmm make it 3")
    assert d.action is Action.EDIT and names(d) == ["bear", "fish", "fish", "fish"]


def test_to_the_other_side_of_a_thing_in_chinese():
    d = talk("画一座土楼在中间，一个导游站在左边", "导游换到土楼另一边去")
    assert [(s.name, s.position) for s in d.scene.subjects] == [("土楼", "center"), ("导游", "right")]


def test_a_request_after_anyway_beside_a_link_is_read():
    d = talk("draw a panther and a dagger", "check my stuff here https://instagram.com/inkbyjo_ 🙏 anyway make the "
             "dagger gold")
    assert d.action is Action.EDIT and d.scene.subjects[1].attributes["colour"] == "gold"


def test_a_thing_wrapped_around_another_draws_both():
    d = talk("draw a snake wrapped around a tree")
    assert names(d) == ["snake", "tree"] and d.scene.subjects[0].position == "around the tree"
    d = talk("yo draw me a black panther wrapped around a dagger with a pink rose")
    assert names(d) == ["panther", "dagger"] and d.scene.subjects[0].position == "around the dagger"
    assert d.scene.subjects[1].parts["rose"]["colour"] == "pink"
    assert talk("draw a man dressed in a red coat").scene.subjects[0].parts["coat"]["colour"] == "red"


def test_a_simile_or_a_softened_look_is_no_style_and_no_note():
    d = talk("draw a grand piano", "vintage too, like an old photograph, sepia-ish")
    assert d.scene.look == ["vintage", "sepia"] and d.scene.style is None and not d.scene.notes
    d = talk("draw a grand piano", "and shoot it from above, birds eye")
    assert d.scene.look == ["bird's-eye view"] and not d.scene.notes
    d = talk("a bride and groom", "and a low angle, like im kneeling in the grass")
    assert d.scene.look == ["low angle"] and not d.scene.notes


def test_an_animal_with_a_thing_is_drawn_on_its_own():
    assert names(talk("draw a yellow tram with a seagull")) == ["tram", "seagull"]
    d = talk("draw a pirate with a parrot on his shoulder")
    assert names(d) == ["pirate", "parrot"] and d.scene.subjects[1].position == "on his shoulder"
    d = talk("draw a tram and a seagull", "hmm lose the seagull, it looks like its pooping on my tram lol")
    assert names(d) == ["tram"] and not d.scene.notes and "?" not in d.reply
