"""Issue 20, blind splits tuning-129 … tuning-134 and what probing common flows beside them found: what a thing does
said with its verb ("a cat that sleeps on a pillow"), a description said as "one" ("a fluffy one"), requests a
parent passes on from a child ("lily wants…", "she says…"), "it's not a puppy, it's a seal", a part's values said
after it was given ("give him a beard, big and white"), "the hat too" after a removal, and the nine places said
loosely ("fox dead center", "in the corner up left")."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_what_a_thing_does_said_with_its_verb() -> None:
    d = talk("draw a cat that sleeps on a pillow")
    cat = d.scene.subjects[0]
    assert names(d) == ["cat", "pillow"] and cat.attributes.get("pose") == "sleeping" and "detail" not in cat.attributes
    d = talk("draw my dog, he's brown and sleeps on a rug")
    dog = d.scene.subjects[0]
    assert names(d) == ["dog", "rug"] and dog.attributes["colour"] == "brown" and dog.attributes["pose"] == "sleeping"
    d = talk("can you make a picture of my cat, she is orange and fat and sleeps on a pillow")
    assert names(d) == ["cat", "pillow"] and d.scene.subjects[0].attributes["colour"] == "orange"


def test_how_it_should_be_said_as_one() -> None:
    d = talk("draw a cat", "a fluffy one")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes.get("detail") == "fluffy" and not d.scene.notes
    d = talk("draw a dog", "a fluffy white one")
    assert d.scene.subjects[0].attributes["colour"] == "white" and d.scene.subjects[0].attributes["detail"] == "fluffy"
    d = talk("a dragon on a mountain pls, a mean one he says")
    assert names(d) == ["dragon"] and d.scene.subjects[0].attributes.get("detail") == "mean"
    assert talk("draw a dog", "a small one").scene.subjects[0].size == "small"  # a value: read as before
    d = talk("a small orange triangle at the bottom left and a big grey circle top right", "hmm the big one, white")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["orange", "white"]  # which one, not a value
    assert d.scene.subjects[0].size == "small"


def test_a_request_passed_on_from_a_child() -> None:
    d = talk("a girl with a yellow umbrella", "sorry she says the umbrella has to be PURPLE not yellow")
    girl = d.scene.subjects[0]
    assert "colour" not in girl.attributes and girl.parts["umbrella"]["colour"] == "purple"
    d = talk("a snowman with a hat", "zoe says take off his hat")
    assert names(d) == ["snowman"] and "hat" not in d.scene.subjects[0].parts
    assert names(talk("lily wants a blue choo-choo train")) == ["choo-choo train"]
    d = talk("Hello dear, Ava is 5 and she would like a pink unicorn and a rainbow and a yellow moon please. Thank you")
    assert names(d) == ["unicorn", "rainbow", "moon"]
    assert names(talk("my granddaughter is 5 and she would like a pink unicorn")) == ["unicorn"]
    d = talk("a train, a cloud and a sun", "she changed her mind about the cloud 🙄 lose the cloud pls",
             "and actualy i dont want the sun anymore either, she says trains dont need suns lol")
    assert names(d) == ["train"] and not d.scene.notes
    d = talk("a rocket at the bottom", "move it up a bit he wants it flying")
    assert d.action is Action.EDIT and d.scene.subjects[0].position == "center"
    d = talk("a princess in a pink dress", "give her a crown pls, she says GOLD!!")
    assert d.scene.subjects[0].parts["crown"]["colour"] == "gold"
    assert names(talk("a red fox in the snow, she read a fox book today 🦊")) == ["fox"]
    d = talk("a triangle and a house", "the hat, i not want it anymore. remove please")
    assert names(d) == ["triangle", "house"]  # "not" is nobody's name


def test_it_is_not_this_it_is_that() -> None:
    for said in ("it's not a dog, it's a cat", "its not a dog its a cat", "wait it's not a dog, it's a cat",
                 "oh no she says its not a dog its a CAT 🐱 my bad", "wait 他说 it's not a dog, it's a cat"):
        d = talk("a dog on the left", said)
        assert names(d) == ["cat"] and d.scene.subjects[0].position == "left", said
    assert names(talk("a dog", "it's not a dog, it's mine")) == ["dog"]
    assert names(talk("a puppy on the grass", "ah wait not puppy.. kitten please 🐱")) == ["kitten"]


def test_a_parts_values_said_after_it_is_given() -> None:
    d = talk("an old fisherman", "give him a beard, big and white")
    beard = d.scene.subjects[0].parts["beard"]
    assert beard["colour"] == "white" and beard["size"] == "big" and "colour" not in d.scene.subjects[0].attributes


def test_a_part_too_after_a_removal_and_why_it_goes() -> None:
    d = talk("an old man with glasses and a hat", "remove the glasses", "ok the hat too tbh")
    assert names(d) == ["old man"] and not d.scene.subjects[0].parts
    d = talk("一个戴眼镜和帽子的老人", "把眼镜去掉", "帽子也是")
    assert not d.scene.subjects[0].parts
    d = talk("a snowman with a hat", "hmm lose the hat plz it look weird lol")
    assert names(d) == ["snowman"] and not d.scene.subjects[0].parts
    d = talk("a knight with a sword", "lose the sword hes way too op")
    assert not d.scene.subjects[0].parts
    d = talk("一只狗和一个红球和一只海鸥", "别画海鸥了吧 画面太满了")
    assert d.action is Action.EDIT and "海鸥" not in names(d)
    d = talk("a girl with a balloon", "balloon去掉吧 感觉有点多余")
    assert d.action is Action.EDIT and not d.scene.subjects[0].parts


def test_places_said_loosely() -> None:
    d = talk("ok quick one — red fox in the snow, fox dead center pls")
    assert names(d) == ["fox"] and d.scene.subjects[0].position == "center"
    d = talk("a lone astronaut in space, center frame")
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].position == "center"
    assert talk("a sun yellow in the corner up left pls").scene.subjects[0].position == "top left"
    d = talk("hola! can you draw a house, a tree in the left side and the sun up in the right corner")
    assert [s.position for s in d.scene.subjects] == [None, "left", "top right"]
    d = talk("could you draw yellow sun? left side is good")
    assert names(d) == ["sun"] and d.scene.subjects[0].position == "left"
    assert talk("a cat at the top", "now left a tad").scene.subjects[0].position == "top left"


def test_greetings_courtesy_and_asides() -> None:
    assert names(talk("hello its grandpa again. a red kite at the bottom right")) == ["kite"]
    assert talk("hello dear, i would like a cat").reply == "Drew a cat."
    d = talk("hello~ blue circle please, big size, in the middle 😊")
    assert names(d) == ["circle"] and d.scene.subjects[0].size == "big"
    assert names(talk("puppy on the grass, watercolor style onegai")) == ["puppy"]
    d = talk("a cat sitting on a sofa", "ah.. sorry sorry, i dont want the sofa anymore 😅")
    assert d.action is Action.EDIT and names(d) == ["cat"]
    d = talk("a duck", "what is guidance? higher is better?")
    assert d.action is Action.CHAT and d.scene.subjects[0].position is None


def test_each_of_them_doing_it_together() -> None:
    d = talk("brown dog and white cat, they are on the beach playing together")
    assert names(d) == ["dog", "cat"] and all(s.attributes.get("pose") == "playing" for s in d.scene.subjects)
    d = talk("brown dog and white cat, they are playing together")
    assert all(s.attributes.get("pose") == "playing" for s in d.scene.subjects)


def test_can_it_wear_said_after_the_one_meant() -> None:
    d = talk("a black cat and a white cat", "the black one... can it wear red hat? 🎩")
    assert d.scene.subjects[0].parts["hat"]["colour"] == "red" and not d.scene.subjects[1].parts
    d = talk("a black cat and a white cat", "can the black one wear a red hat?")
    assert d.scene.subjects[0].parts["hat"]["colour"] == "red"


def test_a_gamers_words() -> None:
    d = talk("spawn a dragon next to a castle", "ok despawn the castle lol")
    assert names(d) == ["dragon"]


def test_a_coloured_thing_made_darker_or_lighter() -> None:
    assert talk("a blue car", "make it darker").scene.subjects[0].attributes["colour"] == "dark blue"
    d = talk("a blue car", "make it a bit darker")
    assert names(d) == ["car"] and d.scene.subjects[0].attributes["colour"] == "dark blue"  # not a "bit darker"
    assert talk("a blue car", "make it a little lighter").scene.subjects[0].attributes["colour"] == "light blue"
    assert talk("a blue car", "make the colour lighter").scene.subjects[0].attributes["colour"] == "light blue"
    assert talk("a blue car", "make it darker", "make it lighter").scene.subjects[0].attributes["colour"] == "blue"
    for said in ("颜色再深一点", "再深一点", "汽车颜色深一点"):
        assert talk("画一辆蓝色的汽车", said).scene.subjects[0].attributes["colour"] == "dark blue", said
    assert talk("画一辆蓝色的汽车", "车的颜色浅一点").scene.subjects[0].attributes["colour"] == "light blue"
    cat = talk("a black cat", "make it darker").scene.subjects[0]
    assert cat.attributes["colour"] == "black"  # no darker black: the word stays a detail


def test_back_to_what_it_was() -> None:
    d = talk("a red heart in the center", "make it a star", "no, back to the heart")
    assert names(d) == ["heart"] and d.scene.subjects[0].attributes["colour"] == "red"
    assert names(talk("a red heart", "make it a star", "change it back to the heart")) == ["heart"]


def test_should_glow() -> None:
    d = talk("draw a wizard holding a staff", "his staff should glow")
    assert d.scene.subjects[0].parts["staff"].get("detail") == "glowing"
    assert talk("a lamp", "it should glow").scene.subjects[0].attributes.get("detail") == "glowing"


def test_hair_worn_and_things_held_counted() -> None:
    d = talk("a little girl with pigtails holding a teddy bear", "the teddy should be brown")
    assert names(d) == ["girl"] and d.scene.subjects[0].parts["teddy bear"]["colour"] == "brown"
    assert "pigtails" in d.scene.subjects[0].parts
    d = talk("一个拿着两个气球的小女孩")
    assert names(d) == ["小女孩"] and "气球" in d.scene.subjects[0].parts and not d.scene.notes
    assert len(talk("扎着两个辫子的小女孩").scene.subjects) == 1
    d = talk("画一个穿着粉色裙子的小女孩牵着一只白色的小狗")
    assert names(d) == ["小女孩", "小狗"]


def test_learners_sizes_and_which_one_by_size() -> None:
    d = talk("a fox in the snow", "the fox a little more small pls")
    assert names(d) == ["fox"] and d.scene.subjects[0].size == "small"
    d = talk("a big green square and a small yellow square", "bigger square goes to the top left",
             "smaller one red pls")
    big, small = d.scene.subjects
    assert (big.size, big.position, big.attributes["colour"]) == ("big", "top left", "green")
    assert (small.size, small.attributes["colour"]) == ("small", "red") and "detail" not in big.attributes
    d = talk("two balloons, a yellow one on the left and a blue one on the right", "and the blue one the biggest ever")
    assert [s.size for s in d.scene.subjects] == [None, "big"] and "detail" not in d.scene.subjects[1].attributes
    d = talk("a big circle and a small circle both green please")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["green", "green"]


def test_worn_on_them_and_what_is_not_a_gift() -> None:
    d = talk("a girl with an umbrella", "and red rain boots on her pls")
    assert d.scene.subjects[0].parts["rain boots"]["colour"] == "red" and len(d.scene.subjects) == 1
    assert "hat" in talk("a wizard", "also a blue hat on him").scene.subjects[0].parts
    d = talk("a cat", "what seed did you use? want to save it for her")
    assert d.action is Action.CHAT and not d.scene.subjects[0].parts and not d.scene.notes


def test_what_is_at_a_place_and_what_a_picture_is_for() -> None:
    d = talk("a dog on the left, a cat on the right and a bird at the top", "and remove whatever is at the top")
    assert names(d) == ["dog", "cat"]
    assert names(talk("draw an old fisherman for grandpa's birthday card")) == ["old fisherman"]


def test_typed_slips_and_laughter() -> None:
    d = talk("a girl whit a yellow umbrella in the rain")
    assert names(d) == ["girl"] and d.scene.subjects[0].parts["umbrella"]["colour"] == "yellow"
    d = talk("teeny pink star at the bottom on black 🙏")
    assert names(d) == ["star"] and d.scene.subjects[0].size == "small"
    assert names(talk("a dog and a cat", "and the cat also get rid of it jaja")) == ["dog"]
    d = talk("a robot holding a teapot", "jajaja make the teapot pink 😂")
    assert d.scene.subjects[0].parts["teapot"]["colour"] == "pink"


def test_a_sunset_over_a_place_with_things_is_the_time_of_day() -> None:
    d = talk("a sunset over the ocean with a sailboat", "make the sailboat bigger and move it to the right")
    boat = d.scene.subjects[0]
    assert names(d) == ["sailboat"] and d.scene.time == "sunset" and (boat.size, boat.position) == ("big", "right")
    d = talk("sunset over a city skyline")
    assert d.scene.time == "sunset" and len(d.scene.subjects) == 1
    assert names(talk("画一杯奶茶 and a pineapple bun，白色背景")) == ["奶茶", "pineapple bun"]  # a bun to eat


def test_what_stays_named_by_the_end_of_its_name() -> None:
    d = talk("a vase of sunflowers on a table", "remove the vase but keep the flowers")
    assert d.action is Action.EDIT and names(d) == ["sunflowers", "table"] and not d.scene.subjects[0].parts


def test_what_comes_out_of_a_thing_is_its_own() -> None:
    d = talk("please draw me a cozy cabin in the woods with smoke coming from the chimney")
    assert names(d) == ["cozy cabin"] and "smoke" in d.scene.subjects[0].parts
    d = talk("a dragon with fire coming out of its mouth", "make the fire blue")
    assert names(d) == ["dragon"] and d.scene.subjects[0].parts["fire"]["colour"] == "blue"


def test_should_and_a_pose() -> None:
    assert talk("a purple octopus", "now it should wave").scene.subjects[0].attributes.get("pose") == "waving"
    assert talk("a dog", "it should sit down").scene.subjects[0].attributes.get("pose") == "sitting"
    d = talk("a dog and a sofa", "he should sit on the sofa")
    assert d.scene.subjects[0].attributes.get("pose") == "sitting" and d.scene.subjects[0].position == "on the sofa"


def test_a_pose_said_with_a_place_of_the_picture_does_not_fail() -> None:
    d = talk("a dog", "it should be lying on the grass")  # it had failed: "Sorry, I could not read that message"
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes.get("pose") == "lying"
    assert d.scene.background == "on the grass"


def test_moves_said_with_slide_again_closer_and_drop() -> None:
    assert talk("a green circle at the top right", "slide it a little to the left").scene.subjects[0].position == "top"
    assert talk("a star at the bottom", "move it up", "move it up again").scene.subjects[0].position == "top"
    d = talk("a star at the bottom left", "move it up again")
    assert d.action is Action.EDIT and d.scene.subjects[0].position == "top left"
    assert talk("a cat on the left", "move it closer to the center").scene.subjects[0].position == "center"
    d = talk("a red square at the top", "drop it down one")
    assert names(d) == ["square"] and d.scene.subjects[0].position == "center"  # a step, not a removal


def test_a_size_and_a_colour_said_after_the_thing() -> None:
    for said in ("make the dog smaller and black", "the dog, make it smaller and black"):
        dog = talk("a dog", said).scene.subjects[0]
        assert (dog.size, dog.attributes.get("colour")) == ("small", "black"), said
    dog = talk("a dog", "The dog, make it more small and black").scene.subjects[0]
    assert (dog.size, dog.attributes.get("colour")) == ("small", "black")
    assert talk("a tiny pink triangle on black", "Now put more big the triangle please").scene.subjects[0].size == "big"


def test_unsure_alone_changes_nothing() -> None:
    d = talk("a cat", "hmm not sure")
    assert d.action is Action.CHAT and not d.scene.notes


def test_alike_things_at_one_place_are_counted_in_the_reply() -> None:
    assert talk("two small green triangles on the right").reply == "Drew two small green triangles at the right."
    assert talk("画两个小的绿色三角形在右边").reply == "画好了：右边有两个小的绿色三角形。"
    assert talk("draw two cats and a dog").reply == "Drew two cats and a dog."


def test_chinese_gifts_colours_and_corrections() -> None:
    d = talk("a man", "make him blue, 然后给他一个红色的披风")
    man = d.scene.subjects[0]
    assert man.attributes["colour"] == "blue" and man.parts["披风"]["colour"] == "red"
    assert "围巾" in talk("a girl", "给她一条围巾").scene.subjects[0].parts  # no 围 of hers
    d = talk("一个小女孩拿着一把伞，穿着裙子", "她的裙子黄色就行")
    assert d.scene.subjects[0].parts["裙子"]["colour"] == "yellow" and not d.scene.notes
    d = talk("一个小女孩拿着一把伞", "伞改成黄色得")
    assert d.scene.subjects[0].parts["伞"]["colour"] == "yellow"
    d = talk("一个绿色的三角形", "不对不对，我要圆形的，不是三角形")
    assert d.action is Action.EDIT and d.scene.subjects[0].name in ("circle", "圆形")


def test_a_thing_and_its_colour_said_in_chinese_keep_their_words() -> None:
    d = talk("一个老爷爷戴着帽子", "他的帽子要蓝色的")
    assert list(d.scene.subjects[0].parts) == ["帽子"] and d.scene.subjects[0].parts["帽子"]["colour"] == "blue"
    assert talk("两个小红色三角形", "背景用黑色的吧").scene.background == "black"
    assert talk("a circle", "背景 天蓝色 吧").scene.background == "sky blue"
    assert talk("一个熊猫抱着竹子", "竹子要深绿色的").scene.subjects[0].parts["竹子"]["colour"] == "dark green"


def test_awake_lit_and_picture_looks() -> None:
    for said in ("the cat should be awake", "wake it up"):
        cat = talk("a cat sleeping on a bed", said).scene.subjects[0]
        assert "pose" not in cat.attributes and cat.attributes.get("detail") == "awake", said
    assert talk("a candle", "light the candle").scene.subjects[0].attributes.get("detail") == "lit"
    assert talk("a castle", "less saturated please").scene.look == ["muted colours"]
    d = talk("a castle", "can you add a vignette")
    assert names(d) == ["castle"] and d.scene.look == ["vignette"]
