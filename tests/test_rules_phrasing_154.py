"""Issue 20, from phrasings tried by hand (written as people type, before tuning-53 and -54 were read) and from what
tuning-53 and -54 missed at first sight: a request said again ("sry i meant make it yellow", "i asked you to…",
"right then, make it blue"), "gotta", "the kite thing", "put glasses on him", a change asked for without saying
which ("spice it up", 改改, "change the background", 换个背景) and a verdict ("not feeling it", 一般般), a picture
called a kind ("like a polaroid"), "dark and moody", a misspelt part ("antena"), where on its owner a part is ("a
big antenna on its head"), a pose before a place ("sitting bottom left"), "small one go to…", an English value
picking one out inside Chinese ("small 那只"), "over to the left", a place said in Chinese in an English request,
"can she be holding…", a setting in brackets, why said after a removal, "just plain white behind him", "the rug as
well, get rid of it", a remark run into a request, "the blue one bigger" after a recolour, 那只鸟 of two birds,
praise with a look word, "he's brown and fluffy"."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def _subject(d, name):
    return next(s for s in d.scene.subjects if s.name == name)


def test_a_request_said_again_with_its_frame_is_the_request():
    for said in ("sry i meant make it yellow", "i said make it yellow", "i asked you to make it yellow",
                 "what i meant was make it yellow", "i meant to say make it yellow"):
        d = talk("a red dog", said)
        assert d.scene.subjects[0].attributes == {"colour": "yellow"}, said  # before, a note or a detail "make it"
    d = talk("a red dog", "right then, make it blue")
    assert d.scene.subjects[0].position is None and d.scene.subjects[0].attributes["colour"] == "blue"  # not moved
    assert talk("a red dog", "right").scene.subjects[0].position == "right"  # alone it is still the place


def test_gotta_and_leaving():
    assert talk("a boy with a kite", "the kite's gotta be red").scene.subjects[0].parts["kite"]["colour"] == "red"
    assert "kite" not in talk("a boy with a kite", "kite's gotta go").scene.subjects[0].parts
    d = talk("a dog", "i gotta go")
    assert d.action is Action.CHAT and not d.scene.notes  # leaving, not a note


def test_a_thing_named_then_called_a_thing():
    d = talk("a boy with a kite", "can we get rid of the kite thing")
    assert "kite" not in d.scene.subjects[0].parts and not d.scene.avoid
    d = talk("a red ball and a blue cube", "remove the red thing")
    assert names(d) == ["cube"]


def test_put_a_thing_on_him_gives_it():
    d = talk("a boy with a kite", "put glasses on him")
    assert "glasses" in d.scene.subjects[0].parts and "put glasses" not in d.scene.subjects[0].parts


def test_a_change_asked_without_saying_which_is_asked_about():
    for said in ("改改", "帮我改改", "优化一下", "change it up", "change something", "spice it up", "jazz it up a bit",
                 "more pop", "it needs something"):
        d = talk("a heart", said)
        assert d.action is Action.CHAT and d.scene == talk("a heart").scene, said  # before, a note or a detail
    for said in ("换个背景", "背景换一下", "换一下背景吧", "change the background", "different background pls"):
        d = talk("a heart", said)
        assert d.action is Action.CHAT and d.scene.background is None and names(d) == ["heart"], said
        assert "background" in d.reply or "背景" in d.reply
    assert talk("a heart", "change the background to blue").scene.background == "blue"
    assert talk("a heart", "改改颜色").action is Action.CHAT  # which colour: asked


def test_a_verdict_that_it_is_not_good_asks_what_to_change():
    for said in ("不太行", "还行吧", "一般般", "not feeling it", "hmm not great"):
        d = talk("a heart", said)
        assert d.action is Action.CHAT and not d.scene.notes, said
    assert talk("a heart", "not great, make it bigger").scene.subjects[0].size == "big"


def test_a_picture_called_a_kind_is_a_style():
    d = talk("a sunflower", "make it look like a polaroid")
    assert names(d) == ["sunflower"] and d.scene.style  # before, turned into a polaroid
    assert names(talk("a dog", "make it look like a cat")) == ["cat"]


def test_a_light_word_beside_a_look_is_a_look():
    for said in ("moody and dark pls", "dark and moody"):
        d = talk("a sunflower in a pot", said)
        assert "moody" in d.scene.look and "low light" in d.scene.look and not d.scene.notes, said


def test_a_misspelt_part_and_where_on_its_owner():
    d = talk("a robot with a big antenna on its head", "antena should be yellow!!")
    assert d.scene.subjects[0].parts == {"antenna": {"size": "big", "relation": "with", "colour": "yellow"}}
    assert set(talk("a girl with a red bow in her hair").scene.subjects[0].parts) == {"bow"}
    assert talk("a kitten", "make the kiten white").scene.subjects[0].attributes["colour"] == "white"


def test_a_pose_then_a_place_without_a_preposition():
    d = talk("please little green frog sitting bottom left, on yellow bg")
    frog = d.scene.subjects[0]
    assert frog.position == "bottom left" and frog.size == "small" and d.scene.background == "yellow"
    assert talk("a cat sleeping top right").scene.subjects[0].position == "top right"


def test_one_named_by_its_value_without_an_article():
    d = talk("a big yellow circle and a small black circle", "and small one go to bottom right")
    assert names(d) == ["circle", "circle"] and d.scene.subjects[1].position == "bottom right"


def test_an_english_value_picking_one_out_inside_chinese():
    d = talk("一只大狗和一只小狗", "small 那只改成白色")
    assert d.scene.subjects[1].attributes.get("colour") == "white" and not d.scene.subjects[0].attributes
    assert [s.size for s in talk("一只大狗和一只小狗", "big one 去掉吧").scene.subjects] == ["small"]


def test_over_to_a_side_keeps_the_row():
    d = talk("draw a bird up in the top right", "can u move it down to the bottom pls", "now over to the left")
    assert d.scene.subjects[0].position == "bottom left"  # before, one step: the bottom
    assert talk("a cat and a dog", "cat over to the left pls").scene.subjects[0].position == "left"
    for said in ("shift it over to the right", "move it over to the right"):  # the verb's own "over" (a slip once)
        assert talk("a star top left", said).scene.subjects[0].position == "top right", said


def test_a_place_said_in_chinese_in_an_english_request():
    d = talk("a cute panda", "put it in a 竹林 please")
    assert names(d) == ["cute panda"] and d.scene.background  # before, a thing called 竹林


def test_can_she_be_holding_gives_her_the_thing():
    d = talk("a ballerina in a pink tutu", "can she be holding a flower too? 🌸")
    assert names(d) == ["ballerina"] and "flower" in d.scene.subjects[0].parts


def test_a_setting_in_brackets_is_no_thing():
    d = talk("a frog", "put it in the middle (steps: 20)")
    assert names(d) == ["frog"] and d.scene.subjects[0].position == "center"


def test_why_said_after_a_removal():
    for said in ("nah ditch the bike he fell off it last week lol", "remove the bike he hates it",
                 "remove the bike, he hates it", "remove the bike cause he fell off it"):
        d = talk("a boy next to a red bike", said)
        assert names(d) == ["boy"] and not d.scene.notes and not d.scene.avoid, said
    assert talk("a dog", "make it blue because blue is nice").scene.subjects[0].attributes == {"colour": "blue"}


def test_a_colour_behind_is_the_background():
    d = talk("a boy in a park", "and i dont want the park anymore, just plain white behind him thx")
    assert d.scene.background == "white" and not d.scene.notes
    d = talk("yellow duck bottom left, light blue behind")
    assert names(d) == ["duck"] and d.scene.background == "light blue"


def test_a_thing_named_as_well_then_what_to_do_with_it():
    assert names(talk("a cat and a rug", "The rug as well, please get rid of it.")) == ["cat"]
    d = talk("a cat and a dog", "the dog as well, make it blue")
    assert _subject(d, "dog").attributes == {"colour": "blue"}  # before, a detail "well"


def test_a_remark_run_into_a_request():
    d = talk("a snowman with a blue scarf and a carrot nose", "lol the scarf looks weird take it off him")
    assert "scarf" not in d.scene.subjects[0].parts and "carrot nose" in d.scene.subjects[0].parts


def test_a_value_said_with_the_next_one_is_its_own():
    d = talk("two circles, a red one on the left and a blue one on the right", "make the left one yellow",
             "and the blue one bigger")
    right = d.scene.subjects[1]
    assert right.attributes["colour"] == "blue" and right.size == "big"  # before, made yellow


def test_that_one_of_two_alike_is_asked_about():
    d = talk("画两只小鸟，左边一只蓝色的，右边一只黄色的", "那只鸟改成红色")
    assert d.action is Action.CHAT and [s.attributes["colour"] for s in d.scene.subjects] == ["blue", "yellow"]
    d = talk("画两只小鸟，左边一只蓝色的，右边一只黄色的", "那只鸟改成红色", "右边那只")
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["blue", "red"]


def test_praise_with_a_look_word_changes_nothing():
    for said in ("thanks that looks epic", "that looks epic", "it looks cinematic now, thanks"):
        d = talk("a wolf", said)
        assert d.action is Action.CHAT and not d.scene.look, said
    assert talk("a wolf", "make it look epic").scene.look == ["epic"]


def test_what_the_thing_drawn_is_like_said_after_it():
    d = talk("draw my dog, he's brown and fluffy")
    assert names(d) == ["dog"] and d.scene.subjects[0].attributes["colour"] == "brown"
    d = talk("draw my cat, she's white with black spots")
    assert names(d) == ["cat"] and "spots" in d.scene.subjects[0].parts
    d = talk("can you draw my dog like in this pic ![pic](https://i.imgur.com/Qm3xT2p.jpeg) hes brown and fluffy")
    assert names(d) == ["dog"] and d.scene.subjects[0].attributes["colour"] == "brown"


def test_emoji_after_a_background_colour_is_decoration():
    d = talk("a big orange pumpkin in the middle on white 🎃")
    assert names(d) == ["pumpkin"] and d.scene.background == "white"
    assert "balloon" in names(talk("a cat on a red 🎈"))


def test_a_question_offering_two_alike_tells_them_apart():
    from prompt_enhancer.rules import reply
    d = talk("a dog on the left and a dog on the right")
    said = reply.names_list(d.scene.subjects, "en", choice=True)
    assert "left" in said and "right" in said  # before, "the dog or the dog"
    d = talk("一只大狗和一只小狗")
    assert reply.names_list(d.scene.subjects, "zh", choice=True) == "大狗还是小狗"


def test_why_a_part_went_is_no_note():
    for said in ("lose the umbrella its not raining", "remove the umbrella, it isn't raining"):
        d = talk("a girl with a yellow umbrella", said)
        assert not d.scene.subjects[0].parts and not d.scene.notes and not d.scene.avoid, said


def test_two_given_each_to_their_own():
    d = talk("a boy and a girl", "give her a red bow and him a cap")
    assert set(_subject(d, "girl").parts) == {"bow"} and set(_subject(d, "boy").parts) == {"cap"}


def test_wearing_a_colour_in_chinese_is_clothes_of_it():
    d = talk("a boy and a girl", "男孩穿蓝色衣服 女孩穿黄色的")
    assert _subject(d, "girl").parts["衣服"]["colour"] == "yellow" and not d.scene.notes
    d = talk("一个穿红色的女孩")
    assert names(d) == ["女孩"] and d.scene.subjects[0].parts["衣服"]["colour"] == "red"  # before, "穿女孩"


def test_forum_markup_is_no_word_of_the_request():
    d = talk("a tree", "make it red [img]http://x.com/y.png[/img]")
    assert d.scene.subjects[0].attributes == {"colour": "red"}  # before, a detail "img"
    d = talk("a tree", "make it [b]red[/b]")
    assert d.scene.subjects[0].attributes == {"colour": "red"} and "link" not in d.reply


def test_what_a_thing_becomes_said_in_chinese_softly_or_by_its_shape():
    for said in ("换成五角星吧", "变成五角星吧", "形状换成五角星"):
        assert names(talk("a blue circle", said)) == ["五角星"], said  # before, a detail 五角星 or a note
    assert names(talk("a blue circle", "not a circle, a square")) == ["square"]  # before, a square added


def test_more_detail_is_a_look_and_some_things_are_things():
    for said in ("add more details", "细节多一点", "加点细节"):
        d = talk("a cat", said)
        assert names(d) == ["cat"] and d.scene.look == ["highly detailed"], said
    assert names(talk("a cat", "加点星星")) == ["cat", "星星"]  # before, a thing called 点星星


def test_asked_for_ideas_or_told_something_is_missing():
    for said in ("any ideas?", "hmm something is missing"):
        d = talk("a cat", said)
        assert d.action is Action.CHAT and not d.scene.notes, said


def test_they_both_said_of_two():
    for said in ("they should both be red", "they both go on the left"):
        d = talk("a woman and her dog", said)
        assert not d.scene.notes and all(s.attributes.get("colour") == "red" or s.position == "left"
                                          for s in d.scene.subjects), said


def test_a_thing_held_instead_takes_the_place_of_the_one_held():
    d = talk("a man holding a coffee cup", "he should hold a book instead")
    assert set(d.scene.subjects[0].parts) == {"book"}  # before, the cup stayed in his hand too
    d = talk("a man holding a coffee cup", "give him a hat")
    assert set(d.scene.subjects[0].parts) == {"coffee cup", "hat"}


def test_a_removal_said_as_thrown_away_or_asked_as_a_question():
    for said in ("把球扔了吧", "球可以去掉吗", "球能不能去掉"):
        assert names(talk("画一只小狗和一个球", said)) == ["小狗"], said


def test_a_thing_drawn_in_one_language_named_in_the_other():
    d = talk("draw a pirate with a parrot on his shoulder", "鹦鹉要绿色的")
    assert _subject(d, "parrot").attributes == {"colour": "green"}  # before, asked what to change
    d = talk("a dalmatian", "给狗狗加个红色的 collar")
    assert names(d) == ["dalmatian"] and d.scene.subjects[0].parts["collar"]["colour"] == "red"


def test_what_the_picture_is_for_is_no_thing():
    for said in ("i want one red heart in the center on white, is for my girlfriend thank you so much!!",
                 "Draw an orange fish on light blue please (for a kids worksheet)",
                 "big red circle top left, placeholder for a ui button"):
        assert len(talk(said).scene.subjects) == 1, said
    assert names(talk("Could you draw a red circle and a red square please. Thankyou")) == ["circle", "square"]


def test_a_request_after_a_negative_prompt_is_read():
    d = talk("a cat with sunglasses", "negative prompt: blurry, extra legs. also make the sunglasses pink")
    assert d.scene.subjects[0].parts["sunglasses"]["colour"] == "pink"
    assert talk("a bird", "negative prompt: blurry, 然后把鸟改成红色").scene.subjects[0].attributes["colour"] == "red"


def test_slips_and_formal_phrasings():
    assert talk("a fish top left", "slide it accross to the right side").scene.subjects[0].position == "top right"
    d = talk("a cat on the left and a dog on the right", "make the aminal on the right brown")
    assert _subject(d, "dog").attributes == {"colour": "brown"} and not _subject(d, "cat").attributes
    assert names(talk("a swan and a boat", "On reflection I no longer require the boat.")) == ["swan"]
    d = talk("a swan", "Could the swan be placed at the bottom right of the page, please.")
    assert d.scene.subjects[0].position == "bottom right" and not d.scene.subjects[0].attributes
    assert talk("a white cloud at the top", "And a little bit to the left, thank you.").scene.subjects[0].position \
        == "top left"


def test_a_thing_then_is_what_the_one_there_becomes():
    d = talk("a red circle", "hmm ok a square then lol same colour")
    assert names(d) == ["square"] and d.scene.subjects[0].attributes == {"colour": "red"}
    assert names(talk("a cat", "add a dog then")) == ["cat", "dog"]


def test_worn_put_on_them_and_given_to_it():
    d = talk("a jogging woman", "put her in a red tracksuit")
    assert names(d) == ["jogging woman"] and d.scene.subjects[0].parts["tracksuit"]["colour"] == "red"
    d = talk("a boy and a girl", "give them each a red scarf")
    assert all(set(s.parts) == {"scarf"} for s in d.scene.subjects)  # before, "each scarf"
    d = talk("a penguin", "再加一顶black hat给它")
    assert names(d) == ["penguin"] and d.scene.subjects[0].parts["hat"]["colour"] == "black"
    d = talk("老奶奶戴着老花镜", "她穿的毛衣要紫色的")
    assert d.scene.subjects[0].parts["毛衣"]["colour"] == "purple"  # before, a part called 毛衣变成


def test_formal_and_relative_phrasings():
    d = talk("Please draw a cat which is sleeping in a basket.")
    assert "cat" in names(d) and "cat which" not in names(d)
    d = talk("a cat in a basket", "The basket shall be brown and the cat grey.")
    assert _subject(d, "cat").attributes == {"colour": "gray"} and not d.scene.notes  # before, a note "should be"
    d = talk("a vintage red convertible", "the car should be silver actually")
    assert d.scene.subjects[0].attributes["colour"] == "silver"


def test_two_values_after_it_are_both_read():
    for said in ("make it bigger and purple", "can u do it bigger and purple instead"):
        d = talk("a red circle", said)
        assert d.scene.subjects[0].attributes == {"colour": "purple"} and d.scene.subjects[0].size == "big", said


def test_a_move_said_loosely():
    assert talk("a rocket top right", "now it goes all the way to the left").scene.subjects[0].position == "top left"
    assert talk("a pine tree top right", "Drop it to the bottom edge.").scene.subjects[0].position == "bottom right"


def test_boring_and_nicer_for_him_are_asked_about():
    for said in ("ugh its boring make it better", "Can you make it nicer for him?", "its boring",
                 "改一下 make it look more 好看 lol"):
        d = talk("a house", said)
        assert d.action is Action.CHAT and d.scene == talk("a house").scene, said


def test_a_word_that_ends_in_cat_is_not_the_cat():
    assert names(talk("一只熊猫", "熊猫大一点")) == ["熊猫"]  # 熊猫 is a panda, not a 熊 + the cat (a slip once)


def test_things_listed_without_commas_or_as_ones():
    d = talk("draw a red apple a green apple and a banana")
    assert names(d) == ["apple", "apple", "banana"] and d.scene.subjects[1].attributes == {"colour": "green"}
    d = talk("Please draw three apples in a row: a red one, a green one and a yellow one.")
    assert names(d) == ["apple"] * 3
    assert [s.attributes["colour"] for s in d.scene.subjects] == ["red", "green", "yellow"]
    assert names(talk("a cat wearing a hat")) == ["cat"]


def test_slang_for_again_after_a_negative_prompt():
    d = talk("a cat", "negative prompt: text, watermark, people. run it back")
    assert d.action is Action.CHAT and not d.scene.notes  # the negative prompt no longer hides what follows it


def test_a_sketch_label_and_a_cute_wish_are_no_things():
    d = talk("Quick massing sketch: a two storey house in the center, a tree on the left, a car parked on the right")
    assert len(d.scene.subjects) == 3
    assert talk("pencil sketch: a cat").scene.style == "pencil sketch"  # a style said as a label stays one
    d = talk("画个沙发 上面趴着一只橘猫 要可爱点的")
    assert names(d) == ["沙发", "猫"] and d.scene.look == ["cute"]
