"""Issue 20, what probing common flows found beside the blind splits tuning-137 … tuning-142: "make the one on the
left a golden retriever" (it drew a "make"), a sky said cloudy or full of stars, a pattern's own colour ("blue with
white polka dots"), where an owner is said after its parts ("a girl with an umbrella in the foreground"), "it looks
not good" taken for praise, object-first removals ("blue one remove pls"), a colour said without its verb beside
what it is not ("please the chair red, not the bear"), camera words, moods said together, a name signed after the
thanks, what is worn said after what one has ("with pigtails in a yellow raincoat"), a place said with what fills
it ("a field of flowers"), a reply that was empty, and spoken Chinese (该成 for 改成, 坐在大石头上手里拿着风筝,
就是笑眯眯的那种, 再整条狗)."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_the_one_on_the_left_made_into_a_breed_named_in_two_words() -> None:
    d = talk("two dogs playing in a park", "make the one on the left a golden retriever")
    assert d.action is Action.EDIT and names(d) == ["golden retriever", "dog"]
    d = talk("a cat on the left and a dog on the right", "make the one on the left a big tiger")
    assert names(d) == ["tiger", "dog"] and d.scene.subjects[0].size == "big"
    assert len(talk("big green circle top left small pink square bottom right").scene.subjects) == 2


def test_the_sky_said_cloudy_or_full_of_stars_and_a_view_from_the_top() -> None:
    for said in ("make the sky cloudy", "cloudy sky", "天空多云"):
        d = talk("a house", said)
        assert names(d) == ["house"] and d.scene.time == "cloudy" and not d.scene.notes, said
    assert talk("a house", "the sky should be full of stars").scene.look == ["starry sky"]
    assert talk("a house", "top view please").scene.look == ["bird's-eye view"]


def test_a_pattern_keeps_its_own_colour() -> None:
    d = talk("a girl with a dress", "make the dress blue with white polka dots")
    assert d.scene.subjects[0].parts["dress"] == {"relation": "with", "colour": "blue", "detail": "white polka dots"}
    cat = talk("a cat", "make it white with black spots").scene.subjects[0]
    assert cat.attributes["colour"] == "white" and cat.attributes["detail"] == "black spots"


def test_where_the_owner_is_said_after_its_parts() -> None:
    d = talk("a street", "add a girl with an umbrella in the foreground", "make the umbrella red")
    girl = d.scene.subjects[1]
    assert names(d) == ["street", "girl"] and girl.position == "in the foreground"
    assert girl.parts["umbrella"]["colour"] == "red"
    d = talk("a knight holding a sword under a tree")
    assert names(d) == ["knight", "tree"] and "sword" in d.scene.subjects[0].parts
    d = talk("a vase with flowers on a table", "remove the table")
    assert names(d) == ["vase"] and "flowers" in d.scene.subjects[0].parts


def test_it_looks_not_good_is_no_praise_and_removals_said_object_first() -> None:
    d = talk("a snowman with a hat", "hmm no the hat must away, it looks not good")
    assert names(d) == ["snowman"] and not d.scene.subjects[0].parts
    assert talk("a snowman with a hat", "it looks not good").action is Action.CHAT  # asked what to change
    assert "glad" not in talk("a snowman with a hat", "it looks not good").reply.lower()
    d = talk("a yellow circle on the left and a blue square on the right", "blue one remove pls, not needed")
    assert names(d) == ["circle"]
    for said in ("remove the hat, it doesn't look good", "lose the hat its looking very odd there"):
        d = talk("a snowman with a hat", said)
        assert not d.scene.subjects[0].parts and not d.scene.notes, said


def test_a_colour_said_without_its_verb_beside_what_it_is_not() -> None:
    d = talk("a teddy bear on a chair", "please the chair red, not the bear")
    assert names(d) == ["teddy bear", "chair"] and d.scene.subjects[1].attributes["colour"] == "red"
    assert "colour" not in d.scene.subjects[0].attributes
    assert names(talk("a circle", "a square, not a circle")) == ["square"]  # a correction as before


def test_interjections_and_address_words_around_a_look() -> None:
    d = talk("a red car", "ooh and make it black and white")
    assert d.action is Action.EDIT and d.scene.look == ["black and white"]
    d = talk("a red fox", "make it black and white yaar, like old photo")
    fox = d.scene.subjects[0]
    assert fox.attributes["colour"] == "red" and "black and white" in d.scene.look and "detail" not in fox.attributes


def test_camera_words_and_moods_said_together() -> None:
    assert talk("a fox", "closeup from a low angle").scene.look == ["low angle", "close-up"]
    assert talk("a fox", "can the camera be more close").scene.look == ["close-up"]
    assert talk("a bench", "make it moody and dreamy").scene.look == ["moody", "dreamy"]
    assert talk("a bench", "make it moody", "make it dreamy").scene.look == ["dreamy"]  # one mood replaces another


def test_a_name_signed_after_the_thanks_is_no_thing() -> None:
    d = talk("Could you please draw a black cat, a red ball and a teacup. Thank you. Margaret")
    assert names(d) == ["cat", "ball", "teacup"]
    assert names(talk("draw Paris thanks")) == ["Paris"]


def test_each_one_said_after_the_count() -> None:
    d = talk("draw two cats please a black one on the left and a white one on the right")
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [("black", "left"),
                                                                                    ("white", "right")]
    for said in ("画两个气球左边一个红的右边一个蓝的", "画两个气球左边红的右边蓝的"):
        d = talk(said)
        assert [(s.name, s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [
            ("气球", "red", "left"), ("气球", "blue", "right")], said


def test_spoken_chinese() -> None:
    assert talk("a house", "整张画该成黑白的复古一点").scene.look == ["vintage", "black and white"]
    for said in ("画一个小男孩坐在大石头上手里拿着一个风筝", "画一个小男孩做在大石头上手里拿着一个风筝"):
        d = talk(said, "石头不要了")
        assert names(d) == ["小男孩"] and "风筝" in d.scene.subjects[0].parts, said
    d = talk("帮我画一个老奶奶 就是笑眯眯的那种", "给她戴副眼镜")
    assert names(d) == ["老奶奶"] and "眼镜" in d.scene.subjects[0].parts
    assert names(talk("安排一个女孩站在樱花树下 拜托了🙏")) == ["女孩", "樱花树"]
    assert names(talk("老铁 给我整一个大的蓝色卡车 旁边再整条狗")) == ["卡车", "狗"]
    assert names(talk("一个大的蓝色卡车 旁边再画条狗")) == ["卡车", "狗"]


def test_a_doing_word_said_last_and_a_place_said_with_for() -> None:
    d = talk("a woman in a red dress dancing")
    assert names(d) == ["woman"] and d.scene.subjects[0].parts["dress"]["colour"] == "red"
    d = talk("draw a red ball for the middle")
    assert names(d) == ["ball"] and d.scene.subjects[0].position == "center"


def test_pidgin_and_indian_english() -> None:
    d = talk("a man wearing a black hat and a brown bag", "change d hat to red o, the bag remain brown")
    parts = d.scene.subjects[0].parts
    assert parts["hat"] == {"relation": "wearing", "colour": "red"} and parts["bag"]["colour"] == "brown"
    d = talk("a robot holding a sword", "do one thing, make the sword gold and the robot itself silver")
    robot = d.scene.subjects[0]
    assert robot.attributes["colour"] == "silver" and robot.parts["sword"]["colour"] == "gold"
    assert talk("abeg draw yellow sun for top middle", "shift am small to the left").scene.subjects[0].position \
        == "top left"
    d = talk("a kite in the center", "move it littlebit up", "and bit to the right also")
    assert d.scene.subjects[0].position == "top right" and not d.scene.notes
    assert talk("a red ball", "make am bigger abeg").scene.subjects[0].size == "big"
    assert names(talk("draw the letter o")) == ["letter o"]
    assert names(talk("Draw please a sun in the top right corner")) == ["sun"]


def test_hong_kong_cantonese_and_a_hand_holding() -> None:
    for said in ("畫個女仔戴住頂帽子，手揸住枝花", "画个女孩戴着帽子，手拿着一朵花"):
        d = talk(said)
        assert names(d) == ["女孩"] and set(d.scene.subjects[0].parts) == {"帽子", "花"}, said
    assert talk("a star", "粒star大啲啦").scene.subjects[0].size == "big"
    d = talk("a star", "隻star大啲啦")
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].size == "big"
    assert talk("a panda at the top right", "搬佢去最底").scene.subjects[0].position == "bottom right"
    d = talk("畫一隻熊貓坐喺竹林入面")
    assert names(d) == ["熊猫"] and d.scene.subjects[0].attributes.get("pose") == "sitting"
    d = talk("可唔可以畫隻cat瞓喺sofa上面 😴")
    assert names(d) == ["cat", "sofa"] and d.scene.subjects[0].attributes.get("pose") == "sleeping"
    d = talk("an astronaut", "加啲dramatic lighting同backlit效果")
    assert names(d) == ["astronaut"] and d.scene.look == ["backlight"]  # one light kept, as for English
    assert names(talk("正中间一个绿色的方块")) == ["square"]


def test_the_request_meant_said_again_and_trailing_asks() -> None:
    d = talk("a red apple", "oh oops i mean add a yellow banana on the right")
    assert names(d) == ["apple", "banana"] and d.scene.subjects[1].position == "right"
    assert names(talk("a red apple", "i mean a banana")) == ["banana"]  # what it is, as before
    assert names(talk("a girl with a balloon", "the balloon 不要了lah")) == ["girl"]
    d = talk("can draw one boy holding 风筝 or not, at the beach")
    assert names(d) == ["boy"] and list(d.scene.subjects[0].parts) == ["风筝"]
    assert talk("a fox", "pls make the hole picture in black and white").scene.look == ["black and white"]
    assert talk("a black circle on white", "底色换米色吧").scene.background == "beige"


def test_spoken_mandarin_of_grandparents() -> None:
    d = talk("你好 麻烦画一个老爷爷，手里拄着一根拐杖，然后鼻子上架着一副眼镜")
    assert names(d) == ["老爷爷"] and set(d.scene.subjects[0].parts) == {"拐杖", "眼镜"}
    d = talk("给我画个小姑娘 打着一把粉色的伞 站在雨里头")
    assert names(d) == ["小姑娘"] and d.scene.time == "rain"
    d = talk("奶奶想要两个圆圈 左边那个黄的 右边那个绿的 能画不")
    assert [(s.attributes.get("colour"), s.position) for s in d.scene.subjects] == [("yellow", "left"),
                                                                                    ("green", "right")]
    assert "detail" not in d.scene.subjects[0].attributes
    d = talk("画只小鸟 搁上边儿正中间", "往左边儿挪挪")
    assert names(d) == ["小鸟"] and d.scene.subjects[0].position == "top left"


def test_teenagers_asides() -> None:
    d = talk("draw a puppy sleeping next to a lamp and theres a cactus somewhere too idk")
    assert names(d) == ["puppy", "lamp", "cactus"]
    d = talk("an old fisherman", "ngl he needs a yellow hat too")
    assert names(d) == ["old fisherman"] and d.scene.subjects[0].parts["hat"]["colour"] == "yellow"
    d = talk("a yellow star on a black background", "add a white moon top left on the same bg")
    assert d.scene.background == "black" and names(d) == ["star", "moon"]
    d = talk("a small black square at the top left", "ok now shove it all the way over to the right")
    assert d.scene.subjects[0].position == "top right"


def test_words_the_new_readings_must_leave_alone() -> None:
    assert talk("a cat", "Kindly do the needful.").action is Action.CHAT  # nothing asked: asked back
    assert "glad" not in talk("a cat", "Kindly do the needful.").reply.lower()
    d = talk("a boy wearing a cap", "the cap is not needed only, kindly remove it and do the needful")
    assert names(d) == ["boy"] and not d.scene.subjects[0].parts
    d = talk("一个女孩站在海边", "再整个黑白的 复古一点")  # 整个: the whole picture, no new thing
    assert names(d) == ["女孩"] and d.scene.look == ["black and white", "vintage"]


def test_what_stays_after_a_removal_and_corrections_said_both_ways() -> None:
    d = talk("a gnome and a bird bath", "you know what i dont want the bird bath anymore just the gnome is fine")
    assert d.action is Action.EDIT and names(d) == ["gnome"]
    d = talk("a boy next to a bicycle", "dont want the cycle also anymore.. just the boy itself is enough")
    assert names(d) == ["boy"] and not d.scene.avoid
    d = talk("a girl with an umbrella", "make her umbrella yellow like the one lily has")
    assert d.scene.subjects[0].parts["umbrella"] == {"relation": "with", "colour": "yellow"}
    d = talk("a yellow duck on the left", "不对不对我说的是小鸡不是鸭子")
    assert names(d) == ["鸡"] and "detail" not in d.scene.subjects[0].attributes
    d = talk("a green kettle", "哎呀不是kettle 是teapot啦 my mistake")
    assert names(d) == ["teapot"] and d.scene.subjects[0].attributes == {"colour": "green"}
    assert names(talk("a snowman and a penguin", "penguin 不要了 sorry")) == ["snowman"]


def test_courtesy_and_asides_of_learners() -> None:
    d = talk("a robot holding a sword", "remove sword, robot can stay")
    assert names(d) == ["robot"] and not d.scene.subjects[0].parts
    d = talk("a pink triangle on black", "na so. but make d background dark blue instead")
    assert d.action is Action.EDIT and d.scene.background == "dark blue"
    d = talk("a circle at the bottom left", "do one thing, make it yellow and put steps 50 only")
    assert names(d) == ["circle"] and d.scene.subjects[0].attributes["colour"] == "yellow"
    d = talk("abeg draw a black cat for me, see sample here ![cat](https://i.imgur.com/xYz12.png)")
    assert names(d) == ["cat"]
    d = talk("two ducks", "ok take seed 1234 and guidance 7.5, and the ducks more small please")
    assert d.action is Action.EDIT and [s.size for s in d.scene.subjects] == ["small", "small"]
    d = talk("a blue mug at the bottom left", "sorry 我说错了 it's a teapot not a mug")
    assert names(d) == ["teapot"] and d.scene.subjects[0].position == "bottom left"


def test_a_game_played_is_what_they_do_and_still_life_a_genre() -> None:
    d = talk("two kids playing soccer in a park")
    assert [s.attributes.get("pose") for s in d.scene.subjects] == ["playing soccer"] * 2
    assert not any(s.parts for s in d.scene.subjects) and d.reply == "Drew two kids playing soccer, in a park."
    assert talk("a boy playing guitar").scene.subjects[0].parts == {"guitar": {"relation": "playing"}}
    d = talk("a bowl of fruit on a wooden table, still life")
    assert names(d) == ["fruit", "table"] and d.scene.style == "still life"


def test_places_outside_a_thing_and_poses_said_before_them() -> None:
    d = talk("一只猫", "窗外加一棵树")
    assert names(d) == ["猫", "树"] and d.scene.subjects[1].position == "窗外面" and not d.scene.notes
    d = talk("一只橘猫趴在窗台上晒太阳")
    assert d.scene.subjects[0].attributes == {"colour": "orange", "pose": "lying"}
    d = talk("画一个宇航员在月球上插旗", "旗子改成红色")
    assert names(d) == ["宇航员"] and d.scene.subjects[0].parts["旗"]["colour"] == "red"  # 月球: the ground, now
    assert d.scene.background == "月球"
    d = talk("画一只在草地上奔跑的金毛犬")
    assert names(d) == ["金毛犬"] and "colour" not in d.scene.subjects[0].attributes
    assert talk("一只白毛狗").scene.subjects[0].attributes["colour"] == "white"


def test_parts_animals_have_by_nature() -> None:
    d = talk("a majestic lion standing on a rock", "make the mane darker")
    assert names(d) == ["majestic lion", "rock"] and "mane" in d.scene.subjects[0].parts and not d.scene.notes
    assert "whiskers" in talk("a cat", "make the whiskers longer").scene.subjects[0].parts


def test_a_place_word_inside_a_thing_name_and_styles_named_by_studio() -> None:
    d = talk("a cat in a space suit floating in space", "make the suit white")
    assert names(d) == ["cat"] and d.scene.background == "in space"
    assert d.scene.subjects[0].parts["space suit"]["colour"] == "white"
    assert names(talk("a sand castle on the beach")) == ["sand castle"]
    d = talk("pixar style 3d render of a little robot")
    assert names(d) == ["robot"] and d.scene.style == "pixar" and d.scene.subjects[0].size == "small"
    d = talk("a coffee cup logo, minimal, flat design")
    assert names(d) == ["coffee cup logo"] and d.scene.style == "flat"


def test_a_pose_said_of_the_one_there_and_a_cat_beside_a_panda() -> None:
    d = talk("一只熊猫抱着竹子", "竹子不要了", "熊猫坐在石头上")
    assert names(d) == ["熊猫", "石头"] and d.scene.subjects[0].attributes.get("pose") == "sitting"
    assert names(talk("一只熊猫", "加一只猫")) == ["熊猫", "猫"]  # a cat, not one more panda
    assert names(talk("一只熊猫", "一只猫坐在沙发上")) == ["熊猫", "猫", "沙发"]
    assert talk("一只斑点狗", "给狗狗加个项圈").scene.subjects[0].parts == {"项圈": {"relation": "with"}}
    for said in ("雨停了", "不下雨了"):
        d = talk("一个女孩在雨中撑着伞", said)
        assert d.scene.time is None and not d.scene.notes, said


def test_the_middle_one_of_things_on_another_thing() -> None:
    d = talk("three cats sitting on a fence", "make the middle one black")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == [None, "black", None, None]
    d = talk("three cats sitting on a fence", "remove the one on the right")
    assert names(d) == ["cat", "cat", "fence"]
    d = talk("two birds on a wire", "make one of them blue")  # of the birds: no question listing the wire
    assert d.action is Action.EDIT and [s.attributes.get("colour") for s in d.scene.subjects] == ["blue", None, None]
    assert talk("a cat and a dog", "make one of them white").action is Action.CHAT  # which one: asked, as before


def test_what_is_worn_said_after_what_one_has() -> None:
    d = talk("a little girl with pigtails in a yellow raincoat", "make the raincoat green")
    girl = d.scene.subjects[0]
    assert names(d) == ["girl"] and "colour" not in girl.attributes and girl.position is None
    assert girl.parts == {"pigtails": {"relation": "with"}, "raincoat": {"relation": "wearing", "colour": "green"}}
    d = talk("a boy with glasses in a blue suit")
    assert "colour" not in d.scene.subjects[0].attributes and d.scene.subjects[0].parts["suit"]["colour"] == "blue"


def test_a_place_said_with_what_fills_it() -> None:
    d = talk("a white rabbit in a field of flowers")
    assert names(d) == ["rabbit"] and d.scene.background == "in a field of flowers"
    assert talk("a cat in a field").scene.background == "in a field"


def test_a_reply_is_never_empty_and_prettier_is_no_praise() -> None:
    for said in ("再好看一点", "氛围感拉满"):
        d = talk("a cat", said)
        assert d.reply.strip() and names(d) == ["cat"], said
    d = talk("a cat", "好看一点")
    assert d.action is Action.CHAT and "喜欢" not in d.reply  # asked what would make it prettier
    assert "喜欢" in talk("a cat", "很好看").reply  # praise, as before


def test_the_sky_said_as_tianse_and_one_watching_beside() -> None:
    d = talk("一个老人在公园里下棋", "加一个小孩在旁边看", "天色变暗")
    assert names(d) == ["老人", "小孩"] and d.scene.subjects[1].position == "老人旁边"
    assert "pose" not in d.scene.subjects[1].attributes and d.scene.look == ["dark sky"] and not d.scene.notes
