"""Issue 20, what probing common flows and the blind splits tuning-145 … tuning-150 found: everyday words one slip
from another ("a robot watering plants" drew pants), "a couple walking" (two shapes with no name), a thing that is
also a doing ("a kid building a sandcastle"), the moon and mars as the ground, a flock (一群鸟 was one "一群鸟"), "a
watercolor painting of" (its style was dropped), looks said before anything is drawn ("highly detailed, a cat" was
refused), "two colors" (two things called "color"), "make them yellow" of roses on a table (the table too), Chinese
said after a thing one sits on (老人坐在公园长椅上喂鸽子 was one thing of that name), features listed after their
owner (胡萝卜鼻子), names that start with a colour's character (绿萝, 黑板), rooms said first, Taiwan's and
Singapore's typing (房子ㄇ, 狐狸耶, "can take it out or not", "no need the bucket lah"), and remarks beside a request
("ranger vibes", 谢谢大佬, "…, draw that")."""

from __future__ import annotations

from dialog.decision import Action
from prompt_enhancer.rules.spelling import correction
from rules_talk import names, talk


def test_everyday_words_are_not_mended_into_other_words() -> None:
    for word in ("plants", "dessert", "money", "pots", "starts", "tanks", "waking", "weaving", "sewing", "nails"):
        assert correction(word) is None, word
    assert correction("cirlce") == "circle" and correction("yelow") == "yellow"
    d = talk("a robot watering plants in a greenhouse")
    assert names(d) == ["robot"] and "plants" in d.scene.subjects[0].parts


def test_a_couple_is_two_people_said_as_one_not_a_count() -> None:
    d = talk("a couple walking on the beach at sunset holding hands")
    assert names(d) == ["couple"] and d.scene.subjects[0].attributes.get("pose") == "walking"
    assert "hands" in d.scene.subjects[0].parts and d.scene.time == "sunset"
    assert names(talk("a couple of cats on a sofa")) == ["cat", "cat", "sofa"]
    assert names(talk("a couple birds on a wire")) == ["bird", "bird", "wire"]


def test_a_thing_that_is_also_a_doing() -> None:
    d = talk("a kid building a sandcastle on the beach")
    assert names(d)[0] == "kid" and "sandcastle" in d.scene.subjects[0].parts and d.scene.background
    assert names(talk("a man painting a fence"))[0] == "man"
    for said in ("a tall building at night", "an old painting on the wall"):
        d = talk(said)
        assert len(d.scene.subjects) == 1 and names(d)[0].split()[-1] in said and not d.scene.subjects[0].parts


def test_ahead_of_them_is_where_it_is() -> None:
    d = talk("a couple walking on the beach", "add a dog running ahead of them")
    dog = d.scene.subjects[1]
    assert names(d) == ["couple", "dog"] and dog.position == "ahead of them"
    assert dog.attributes.get("pose") == "running"


def test_the_moon_and_mars_are_the_ground() -> None:
    for said in ("an astronaut riding a horse on mars", "an astronaut riding a horse on the moon"):
        d = talk(said)
        assert names(d) == ["astronaut"] and d.scene.background in ("mars", "moon"), said
    d = talk("a wolf howling at the moon")
    assert names(d) == ["wolf", "moon"] and not d.scene.background
    assert talk("宇航员在月球上骑马").scene.background == "月球"


def test_what_one_does_sitting_on_a_thing_said_in_chinese() -> None:
    for said in ("一个老人坐在公园长椅上喂鸽子", "老人坐在长椅上喂鸽子"):
        d = talk(said)
        assert names(d)[:2] == ["老人", "鸽子"] and "长椅" in names(d), said
        assert d.scene.subjects[0].attributes.get("pose") == "sitting", said
    d = talk("一个女孩坐在秋千上吃冰淇淋")
    assert names(d) == ["女孩", "秋千"] and "冰淇淋" in d.scene.subjects[0].parts


def test_a_flock_said_in_chinese_or_english_is_one_group() -> None:
    d = talk("一群鸟在天上飞", "把鸟改成白色")
    assert names(d) == ["鸟"] and d.scene.subjects[0].attributes.get("amount") == "flock"
    assert d.scene.subjects[0].attributes.get("colour") == "white" and "一个一群" not in talk("天上有一群鸟").reply
    assert talk("a flock of birds in the sky").reply.startswith("Drew a flock of birds")
    d = talk("城堡上空有几只乌鸦在飞")
    assert names(d)[:2] == ["乌鸦", "乌鸦"] and d.scene.subjects[0].attributes.get("pose") == "flying"


def test_a_kind_of_picture_keeps_its_style_and_looks_said_first_wait_for_the_things() -> None:
    for said, style in (("a watercolor painting of a small village", "watercolor"),
                        ("an oil painting of a ship in a storm", "oil painting")):
        d = talk(said)
        assert d.scene.style == style and len(d.scene.subjects) == 1, said
    for said, look in (("highly detailed, a cat", "highly detailed"), ("close-up, a cat", "close-up"),
                       ("cinematic lighting, a fox in the forest", "cinematic"), ("电影感，一只猫", "cinematic")):
        d = talk(said)
        assert d.scene.look == [look] and len(d.scene.subjects) == 1 and "nothing to change" not in d.reply, said
    assert "没有东西可以改" not in talk("电影感，一只猫").reply


def test_a_palette_and_a_light_of_the_day_are_the_pictures() -> None:
    d = talk("a minimalist logo of a mountain and a sun, flat design, two colors")
    assert "color" not in names(d) and d.scene.look == ["limited palette"]
    d = talk("make a poster, only 2 colours, a rocket in the middle")
    assert names(d) == ["rocket"] and d.scene.style == "poster"
    d = talk("a cat sleeping on a cushion, soft morning light")
    assert d.scene.time == "dawn" and d.scene.look == ["soft lighting"] and "light" not in " ".join(names(d))
    assert names(talk("a cozy reading nook"))[0] == "cozy reading nook"


def test_them_of_one_plural_thing_on_another() -> None:
    d = talk("a vase of roses on a wooden table", "change the roses to tulips", "make them yellow")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["yellow", None]
    d = talk("a cat on a sofa", "make them blue")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["blue", "blue"]


def test_chinese_features_listed_after_their_owner_and_things_in_the_background() -> None:
    d = talk("一个雪人，胡萝卜鼻子")
    assert names(d) == ["雪人"] and "胡萝卜鼻子" in d.scene.subjects[0].parts
    d = talk("一个女孩，红色长发，绿色眼睛，白裙子")
    assert names(d) == ["女孩"] and len(d.scene.subjects[0].parts) == 3
    d = talk("一只猫", "加几颗星球在背景里")
    assert names(d) == ["猫", "星球", "星球"] and d.scene.subjects[1].position


def test_heart_shaped_said_in_chinese_and_a_shape_said_back_in_chinese() -> None:
    d = talk("一个拿着红气球的女孩", "气球改成心形的")
    assert "气球" in d.scene.subjects[0].parts
    assert talk("一个圆形", "改成心形的").scene.subjects[0].name == "心形"
    assert "square" not in talk("一个盘子", "改成方形的").reply


def test_beside_a_thing_said_by_its_side_but_a_street_keeps_its_own() -> None:
    d = talk("a house", "add a tree on the right side of the house", "make the house bigger")
    assert names(d) == ["house", "tree"] and d.scene.subjects[0].size == "big"
    d = talk("a yellow car on the left side of the street")
    assert d.scene.subjects[0].position == "left" and d.scene.background
    d = talk("a girl", "could she be on the right side of the picture")
    assert d.scene.subjects[0].position == "right"


def test_a_room_said_first_in_chinese_is_where_its_things_are() -> None:
    d = talk("画一个书房，有一张书桌和一把椅子")
    assert names(d) == ["书桌", "椅子"] and d.scene.background
    d = talk("画个客厅吧，一张红色沙发，旁边一个落地灯")
    assert names(d) == ["沙发", "落地灯"] and d.scene.background == "in a living room"
    d = talk("ok so my living room: grey sofa, coffee table in front of it")
    assert names(d) == ["sofa", "coffee table"] and d.scene.background == "in a living room"


def test_chinese_names_that_start_with_a_colour() -> None:
    for said, name in (("画一盆绿萝", "绿萝"), ("画一个红绿灯", "红绿灯"), ("画一块黑板", "黑板"),
                       ("画一碗蓝莓", "蓝莓")):
        d = talk(said)
        assert names(d) == [name] and "colour" not in d.scene.subjects[0].attributes, said
    assert talk("画一个红色的板凳").scene.subjects[0].attributes["colour"] == "red"


def test_taiwan_typing_and_singlish() -> None:
    assert names(talk("可以幫我畫一棟房子ㄇ 旁邊有一隻狗"))[0] == "房子"
    assert names(talk("一只狗在草地上", "嗯…其實我想要的是狐狸耶 不是狗 可以改嗎")) == ["狐狸"]
    for said, left in (("alamak the house look weird sia, can take it out or not", ["snowman", "tree"]),
                       ("also delete away the tree thx", ["snowman", "house"])):
        assert names(talk("a snowman, a house and a tree", said)) == left, said
    assert talk("a fox in the snow", "ok can make it night time? 🌙").scene.time == "night"
    assert names(talk("a boy on a big rock", "rock no need la, take away")) == ["boy"]
    d = talk("an old fisherman with a rod and a bucket", "no need the bucket lah actually, he dun need")
    assert list(d.scene.subjects[0].parts) == ["rod"]
    assert names(talk("a red apple", "nah i dont want")) == ["apple"]  # who does not want, not what
    d = talk("a red apple on the left and a green apple on the right", "the red one dont want already")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["green"]
    assert talk("a small pink triangle", "pink not nice leh, try yellow").scene.subjects[0].attributes["colour"] \
        == "yellow"
    assert talk("a red circle", "btw what guidance u using ah").action is Action.CHAT
    assert len(talk("draw 1 big circle n 1 small circle").scene.subjects) == 2
    d = talk("would ye draw a green square on the left there, on a grey background if ye can")
    assert d.scene.background and names(d) == ["square"]


def test_a_word_heard_for_a_colour_and_a_reason_after_a_request() -> None:
    assert talk("a read fox in the snow").scene.subjects[0].attributes.get("colour") == "red"
    d = talk("a girl", "put a pink helmet on her so she's safe")
    assert names(d) == ["girl"] and d.scene.subjects[0].parts["helmet"]["colour"] == "pink"
    assert talk("a frog on a rock").reply == "Drew a frog on a rock."


def test_remarks_beside_a_description_are_not_things() -> None:
    for said, drawn in (("帮我画一个大紫色的水晶球，放中间，谢谢大佬", ["水晶球"]),
                        ("elf archer w/ a bow and a green cloak, ranger vibes", ["elf archer"]),
                        ("a dragon curled up on top of a treasure chest, classic hoard stuff",
                         ["dragon", "treasure chest"]),
                        ("pink balloon and one puppy on the grass, cute cute one", ["balloon", "puppy"]),
                        ("my dog sleeping on a rug in the living room, draw that can?", ["dog", "rug"])):
        d = talk(said)
        assert names(d) == drawn and d.action is Action.DRAW, said
    d = talk("draw a treasure chest in a dungeon")
    assert names(d) == ["treasure chest"] and d.scene.background == "dungeon"
    assert names(talk("draw a red banner at the top")) == ["banner"]
    assert talk("a woman in a garden holding a watering can").scene.subjects[0].parts == {
        "watering can": {"relation": "holding"}}


def test_a_reason_or_a_please_typed_without_a_pause() -> None:
    assert names(talk("a robot and a cat", "nah take the robot out its ugly")) == ["cat"]
    d = talk("a wizard with a long staff and a pointy hat", "hat purple plz and the staff brown")
    assert {k: v.get("colour") for k, v in d.scene.subjects[0].parts.items()} == {"long staff": "brown",
                                                                                   "pointy hat": "purple"}


def test_the_one_there_made_so_too_is_no_new_one() -> None:
    for said in ("make the one on the left white too", "the one on the left also white pls", "the left one also white"):
        d = talk("a lantern on the left and a white teapot on the right", said)
        assert names(d) == ["lantern", "teapot"] and d.scene.subjects[0].attributes.get("colour") == "white", said
    assert names(talk("a lantern", "make a cat too")) == ["lantern", "cat"]
    assert names(talk("a lantern", "and also a dog on the right")) == ["lantern", "dog"]
    d = talk("got a lantern on the left n a teapot on the right", "can make that teapot white")
    assert names(d) == ["lantern", "teapot"] and d.scene.subjects[1].attributes.get("colour") == "white"


def test_what_is_meant_said_again_in_chinese() -> None:
    assert names(talk("一盏台灯在右边", "不对不对，其实我想要的是落地灯")) == ["落地灯"]
    d = talk("两只猫，一只白的一只黑的", "黑的那只去掉", "剩下那只放到右下角")
    assert d.scene.subjects[0].position == "bottom right"
    d = talk("客厅里放一个沙发")
    assert names(d) == ["沙发"] and d.scene.background == "in a living room"
    assert talk("一个书房", "加点柔和的光线，氛围感一点").scene.look == ["soft lighting"]
    assert talk("一个圆形", "改成那个颜色").action is Action.CHAT
    assert names(talk("a skeleton warrior with a rusty sword", "the sword 不要了 lol")) == ["skeleton warrior"]
    assert not talk("a skeleton warrior with a rusty sword", "the sword 不要了 lol").scene.subjects[0].parts


def test_a_colour_thought_over() -> None:
    d = talk("a floor lamp with a white shade", "hmm the shade should be more like.. yellow? yeah yellow")
    lamp = d.scene.subjects[0]
    assert lamp.parts["shade"]["colour"] == "yellow" and "colour" not in lamp.attributes


def test_a_season_said_before_the_place_keeps_the_place() -> None:
    d = talk("一只小狐狸在秋天的树下睡觉")
    assert names(d) == ["狐狸", "树"] and d.scene.time == "autumn" and d.scene.subjects[0].position == "树下"
