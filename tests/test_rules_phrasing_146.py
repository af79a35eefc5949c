"""From tuning-42's turns (issue 20): a place known by its last word ("tailor shop", "waterhole", "up a mountain
trail") or by the water ("a cabin by a lake"), a plural before where it is ("three fishermen on stilts"), "just 3",
"far away", "she's in a red dress", a rock that is a thing (not "a stone" something), "two guitars side by side, a
red electric one…", 白的在左边黑的在右边, ", raining", "under a starry night sky", 挪到高铁正上方 and 高铁右边加…
of a thing the vocabulary need not know, Singapore's "can ah", "cute 一点", talk (我要发朋友圈, 下周毕业了), a
sign-off word after a request ("…, kiitos") and "can you 给它…"."""

from __future__ import annotations

from dialog.decision import Action
from dialog.prompt import render_prompt
from rules_talk import names, talk


def test_a_place_known_by_its_last_word_is_the_setting():
    d = talk("Draw a mannequin wearing a green and gold agbada, in a tailor shop")
    assert names(d) == ["mannequin"] and d.scene.background == "tailor shop"
    d = talk("can u draw an elephant with long white tusks at a waterhole at sunset")
    assert names(d) == ["elephant"] and d.scene.background == "waterhole"
    d = talk("a porter carrying a big green backpack up a mountain trail, with a woman hiker behind him")
    assert names(d) == ["porter", "woman hiker"] and d.scene.background == "mountain trail"
    # a thing that only ends like a place, and a verb's "up a hill", stay as they were
    assert names(talk("a gnome on a mushroom")) == ["gnome", "mushroom"]
    assert names(talk("a witch on a broom")) == ["witch", "broom"]
    assert names(talk("a seagull on a lighthouse")) == ["seagull", "lighthouse"]
    assert names(talk("a yellow tram going up a hill"))[0] == "tram"


def test_the_water_beside_the_things_is_the_setting_and_the_prompt_says_it_so():
    d = talk("hi! can you draw a wooden cabin by a lake, with a birch tree next to it and a small red boat")
    assert names(d) == ["cabin", "birch tree", "boat"] and d.scene.background == "by a lake"
    assert render_prompt(d.scene, "en").endswith("by a lake") and "background" not in render_prompt(d.scene, "en")
    assert talk("a house next to a lake").scene.background is None  # beside it: a position


def test_a_plural_before_where_the_things_are_is_one_each():
    d = talk("three fishermen sitting on stilts in the sea at sunrise")
    assert names(d) == ["fisherman"] * 3 and d.scene.subjects[0].position == "on stilts"


def test_just_a_number_is_how_many():
    assert names(talk("five ballerinas on a stage", "too many, just 3")) == ["ballerina"] * 3
    assert names(talk("three cats", "just one more")) == ["cat"] * 4


def test_far_away_is_in_the_distance():
    d = talk("three fishermen", "and one small boat far away")
    assert names(d)[-1] == "boat" and d.scene.subjects[-1].position == "in the distance"


def test_what_she_is_in_is_what_she_wears():
    d = talk("a man and a woman dancing tango under a street lamp, she's in a red dress")
    assert names(d) == ["man", "woman", "street lamp"] and d.scene.subjects[1].parts["dress"]["colour"] == "red"
    d = talk("a boy and a girl, they're in yellow raincoats")
    assert all("raincoat" in s.parts for s in d.scene.subjects)
    assert "square" not in talk("a cat and a dog, he's in the box").scene.subjects[1].parts  # no box worn


def test_a_rock_is_a_thing():
    assert names(talk("a big rock and a tree")) == ["rock", "tree"]  # not "a big stone tree"
    d = talk("画一棵高高的绿色松树和一块灰色的大石头，纯白背景")
    assert names(d) == ["松树", "石头"] and d.scene.subjects[1].attributes["colour"] == "gray"
    d = talk("画一棵高高的绿色松树和一块灰色的大石头，纯白背景", "石头变成小的深灰色的")
    assert d.scene.subjects[1].attributes["colour"] == "dark gray" and d.scene.subjects[1].size == "small"
    assert talk("a rock", "make the rock red").scene.subjects[0].attributes == {"colour": "red"}
    assert talk("a stone lion").scene.subjects[0].attributes == {"material": "stone"}  # made of stone


def test_a_count_said_side_by_side_then_each_one():
    d = talk("two guitars side by side, a red electric one on the left and a brown acoustic one on the right")
    assert names(d) == ["electric guitar", "acoustic guitar"]
    assert [s.position for s in d.scene.subjects] == ["left", "right"]


def test_each_ones_side_said_without_a_pause():
    d = talk("画两只羊，一只白的一只黑的，白的在左边黑的在右边，在草地上")
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [("white", "left"),
                                                                                   ("black", "right")]


def test_the_weather_said_alone_after_a_comma():
    d = talk("an ambulance parked outside a hospital at night, raining, cinematic")
    assert d.scene.time == "rain, night" and d.scene.subjects[0].attributes == {"pose": "parked"}
    assert "snowfall" in talk("an orange snowplow clearing a road at night, snow falling").scene.time
    assert talk("a fox, walking at night").scene.subjects[0].attributes["pose"] == "walking"


def test_a_night_sky_above_is_the_time():
    d = talk("**telescope** on a hill under a starry night sky, small white dome observatory behind it")
    assert names(d) == ["telescope", "dome observatory"] and d.scene.time == "night"
    assert d.scene.look == ["starry sky"]


def test_beside_a_thing_the_vocabulary_does_not_know():
    d = talk("画一个白色的高铁在中间，左上角一个太阳", "太阳挪到高铁正上方")
    assert d.scene.subjects[1].position == "top"
    d = talk("画一个白色的高铁在中间，左上角一个太阳", "高铁右边加一棵树")
    assert names(d) == ["高铁", "太阳", "树"] and d.scene.subjects[2].position == "right"
    assert talk("画一只猫", "在猫右边加一只狗").scene.subjects[1].position == "猫右边"


def test_singapore_can_ah_after_a_request():
    assert talk("a big orange cup", "cup 换成 dark brown 的, 背景 white can ah").scene.background == "white"


def test_a_look_said_with_a_bit_in_chinese():
    d = talk("帮我画一只 koala 抱着一棵树, cute 一点")
    assert names(d) == ["koala", "树"] and d.scene.look == ["cute"]
    assert talk("a cat", "so cute!").action is Action.CHAT  # praise, not a look


def test_where_the_picture_goes_next_is_talk():
    for said in ("哈哈 so cute 我要发朋友圈", "我要发给我妈看", "i'm gonna show my mom"):
        d = talk("画一只猫", said)
        assert d.action is Action.CHAT and not d.scene.notes, said
    assert talk("画一只猫", "我要发光的眼睛").action is not Action.CHAT


def test_a_sign_off_word_after_a_request():
    d = talk("a cabin", "make it winter w/ some snow on the roof, kiitos 🙂")
    assert d.action is Action.EDIT and "winter" in d.scene.time
    assert talk("a bat", "bat a little smaller pls, howzat 😄").scene.subjects[0].size == "small"
    assert talk("a cat", "make it blue, bigr").action is Action.CHAT  # a short unknown word: asked about


def test_asking_in_english_then_the_request_in_chinese():
    d = talk("a koala", "can you 给它戴一顶 black 的 graduation cap? 下周毕业了")
    assert d.action is Action.EDIT and d.scene.subjects[0].parts["graduation cap"]["colour"] == "black"
    assert not d.scene.notes
    assert talk("画一只猫", "今天晚上").action is not Action.CHAT  # a time: not talk
    assert names(talk("画三只猫", "猫太多了，就要一只")) == ["猫"]  # how many, not what is coming up


def test_the_coloured_ones_are_every_one_of_that_colour():
    d = talk("a truck and 3 pink birds and a green bird", "remove the pink ones")
    assert names(d) == ["truck", "bird"] and d.scene.subjects[1].attributes["colour"] == "green"
    d = talk("a truck in the center and 3 pink birds flying at the top", "add one green bird",
             "remove two of the pink ones")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [None, "pink", "green"]


def test_the_big_ones_beside_small_ones_said_of_no_size():
    d = talk("three cats", "add two small cats", "remove the big ones")
    assert [s.size for s in d.scene.subjects] == ["small", "small"]
    d = talk("画四头大象在森林里", "再加两头小象", "去掉一头大的")
    assert len(d.scene.subjects) == 5 and [s.size for s in d.scene.subjects].count("small") == 2
    d = talk("画四头大象在森林里", "再加两头小象", "去掉一头")  # one, not every elephant drawn alike
    assert len(d.scene.subjects) == 5


def test_a_heading_word_the_sentence_goes_on_with():
    d = talk("一个 pink 的保温杯", "<h2>背景</h2> 换成浅黄色")
    assert d.scene.background == "light yellow" and d.scene.subjects[0].attributes["colour"] == "pink"
    assert names(talk("<h1>A house</h1><p>draw a red cat</p>")) == ["cat"]  # a title before the request


def test_a_value_then_where_the_thing_is_put():
    d = talk("帮我画个 **robot arm**，orange 的，放在 workbench 上 --ar 16:9")
    assert names(d) == ["robot arm", "workbench"] and d.scene.subjects[0].attributes == {"colour": "orange"}
    assert d.scene.subjects[1].attributes == {}


def test_english_words_inside_chinese_ones():
    d = talk("画一只哈士奇", "眼睛要 blue 的")
    assert d.scene.subjects[0].parts["眼睛"]["colour"] == "blue" and not d.scene.notes
    d = talk("white sneakers in the middle and an orange shoebox on the right", "那个 box 换成 black")
    assert d.scene.subjects[1].attributes["colour"] == "black"
    d = talk("white sneakers in the middle and an orange shoebox on the right", "make the box black")
    assert d.scene.subjects[1].attributes["colour"] == "black"


def test_a_name_in_another_language_in_brackets():
    d = talk("a man in a green helmet", "and swap his helmet for a conical hat (nón lá)")
    assert list(d.scene.subjects[0].parts) == ["conical hat"]


def test_a_phrasal_verb_done_to_counted_things():
    d = talk("g'day, draw a sheepdog with a blue bandana rounding up three sheep in a paddock")
    assert names(d) == ["sheepdog", "sheep", "sheep", "sheep"] and d.scene.background == "paddock"
    d = talk("g'day, draw a sheepdog with a blue bandana rounding up three sheep in a paddock",
             "nah take the bandana off him, working dogs dont wear that stuff")  # the dog's bandana: no "which one"
    assert d.action is Action.EDIT and not d.scene.subjects[0].parts
    d = talk("a sheepdog rounding up three sheep", "and get rid of one sheep, 2 is heaps")
    assert names(d) == ["sheepdog", "sheep", "sheep"] and not d.scene.notes


def test_only_what_is_named_stays():
    d = talk("画一个竹蒸笼，一个白色茶壶和两个小杯子", "杯子去掉", "蒸笼也删掉吧 就画茶壶")
    assert d.action is Action.EDIT and names(d) == ["茶壶"] and d.scene.subjects[0].attributes == {"colour": "white"}
    assert names(talk("就画茶壶")) == ["茶壶"]  # on an empty picture: drawn
    d = talk("a wooden cabin by a lake with a birch tree next to it and a small red boat",
             "hmm lose the boat, its too busy", "the tree too actually. just cabin + lake")
    assert names(d) == ["cabin"] and not d.scene.notes and d.scene.background == "by a lake"
    assert names(talk("a red cat and a blue dog", "just red")) == ["cat", "dog"]  # a value, not a thing kept


def test_a_count_doing_something_somewhere_then_each_one():
    d = talk("salam! draw two lanterns hanging in a riad courtyard, a brass one on the left and a green glass one on "
             "the right")
    assert names(d) == ["lantern", "lantern"] and d.scene.background == "riad courtyard"
    assert d.scene.subjects[0].attributes == {"material": "brass"} and d.scene.subjects[0].position == "left"


def test_in_the_middle_of_a_place_or_of_the_picture():
    d = talk("right lads, draw a rugby ball in the middle of a muddy pitch with a kicking tee to the left of it")
    assert names(d) == ["rugby ball", "kicking tee"] and d.scene.background == "muddy pitch"
    assert d.scene.subjects[0].position == "center"
    d = talk("draw a surfer in the middle of the pic and a seagull up in the top right")
    assert names(d) == ["surfer", "seagull"] and d.scene.subjects[0].position == "center"


def test_a_look_with_a_bit_asked_as_a_question():
    assert talk("a cat", "可以再 moody 一点吗").scene.look == ["moody"]
    assert talk("a cat", "再 high contrast 一点").scene.look == ["high contrast"]


def test_just_kidding_is_talk():
    d = talk("a latte", "whats your fav coffee? jk ur a bot lol")
    assert d.action is Action.CHAT and not d.scene.notes


def test_chinese_first_turns_of_tuning_39():
    d = talk("画一个穿红裙子的女孩在冰面上滑冰，背景是雪地 #夜晚 #花样滑冰")
    assert names(d) == ["女孩"] and d.scene.subjects[0].attributes == {"pose": "skating"} and d.scene.time == "night"
    d = talk("画一口大的红色炒锅放中间，右边放一个白色的小碗")
    assert names(d) == ["炒锅", "碗"] and d.scene.subjects[1].size == "small"
    d = talk("画一个大的 orange 圆形在中间, 两边各一个小绿色三角形, 黑底")
    assert [s.position for s in d.scene.subjects] == ["center", "left", "right"]
    assert talk("画一只猫", "往左滑一点").scene.subjects[0].position == "left"  # 滑 alone still moves


def test_a_tag_that_names_a_setting_or_a_style():
    assert talk("a cat #night #cute").scene.time == "night"
    assert talk("a fox #watercolor #art").scene.style == "watercolor"
    assert talk("a fox #mood #art").scene.notes == []  # other tags are not the picture's words
    assert talk("an astronaut, black background #space #memories").scene.background == "black"  # a topic
