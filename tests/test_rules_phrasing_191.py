"""Issue 20, what probing common flows and the blind splits tuning-193 … tuning-198 found: "give him a shield with a
lion on it" drew "a him shield" and a lion beside it; "a girl in a pink hijab" put the girl "in the hijab";
"kebaya make it purple ya", "white background ya", "side by side ya kak" read the particles as names; "move the
blue one to the left" with no blue one added "a blue move"; "lose the teddy bear pls, he say bear is for baby"
added a bear; "the teapot not needed ya", "tq!", "terima kasih" were not read; "for my next amigurumi set",
"(KS1 weather display)", "gonna stitch it", "a strawberry cake i baked today" were drawn as things; 口红 was a red
口; 画一顶橙色帐篷 在山脚下 drew a 山脚; 跟我家大黄一样 a yellow "我家一样"; "make it 抹茶蛋糕 instead" gave the
strawberry cake a detail; "nah triangle" added a triangle."""

from __future__ import annotations

from dialog.prompt import render_prompt
from rules_talk import attributes as _attrs, names, parts as _parts, talk


def test_a_part_with_a_picture_on_it_is_one_part() -> None:
    d = talk("a knight", "give him a shield with a lion on it")
    assert names(d) == ["knight"] and any(k.startswith("shield") for k in _parts(d))
    d = talk("a knight", "give him a shield with a lion on it", "make the shield red")
    assert names(d) == ["knight"] and next(v for k, v in _parts(d).items() if k.startswith("shield"))["colour"] == "red"
    d = talk("a girl", "give her a t-shirt with a cat on it")
    assert names(d) == ["girl"] and next(iter(_parts(d).values()))["relation"] == "wearing"
    assert names(talk("a girl", "give her a basket with a cat in it")) == ["girl"]
    assert names(talk("a girl with an umbrella and a dog")) == ["girl", "dog"]  # a dog beside her is drawn


def test_clothes_of_many_places_are_worn() -> None:
    d = talk("Draw a girl in a pink hijab reading a book under a tree")
    assert "girl" in names(d) and "hijab" not in names(d) and _parts(d)["hijab"]["colour"] == "pink"
    d = talk("draw a little girl in a yellow baju kurung for hari raya card")
    assert names(d) == ["girl"] and _parts(d)["baju kurung"]["colour"] == "yellow"
    d = talk("portrait of an old man", "give him a white beard and a songkok")
    assert _parts(d)["songkok"]["relation"] == "wearing"


def test_particles_typed_in_english_are_not_names() -> None:
    d = talk("a woman in a kebaya with a basket of flowers", "kebaya make it purple ya, like my shop logo colour")
    assert _parts(d)["kebaya"]["colour"] == "purple" and not d.scene.notes
    d = talk("draw a small pink heart at the bottom, 白色背景 ya")
    assert names(d) == ["heart"] and d.scene.background == "white"
    d = talk("draw a black car and a white car parked side by side ya kak")
    assert all("kak" not in (s.position or "") and "kak" not in s.name for s in d.scene.subjects)


def test_a_thing_said_bare_before_make_it_is_what_changes() -> None:
    assert _attrs(talk("a cat and a dog", "dog make it pink"), 1)["colour"] == "pink"
    assert _attrs(talk("a cat", "mmm make it a grey cat"))["colour"] == "gray"  # a sound, not a thing


def test_the_background_kept_or_changed_in_a_learners_words() -> None:
    d = talk("a red star on black", "make the star smaller, background keep black")
    assert d.scene.background == "black" and d.scene.subjects[0].size == "small"
    assert talk("a heart on white", "heart 变大, and background change to 黄色").scene.background == "yellow"
    d = talk("a big green tree on grey", "bg换成黄色 tree不变")
    assert d.scene.background == "yellow" and names(d) == ["tree"]


def test_thanks_in_short_and_in_other_languages() -> None:
    d = talk("a cup of coffee", "tq! can the cup be white")
    assert _parts(d)["cup"]["colour"] == "white"
    d = talk("a vase of flowers and a teapot on a table",
             "Actually the teapot not needed ya. Students find it too hard to draw, terima kasih")
    assert "teapot" not in names(d) and not d.scene.notes


def test_a_reference_to_nothing_there_adds_nothing() -> None:
    d = talk("a red flower and a yellow flower", "move the blue one to the left")
    assert d.action.value == "chat" and names(d) == ["flower", "flower"]


def test_a_thing_goes_somewhere_in_a_learners_words() -> None:
    d = talk("a cat at the top right and a ball at the top left", "ball go down to the bottom pls")
    assert d.scene.subjects[1].position == "bottom left"
    d = talk("a big orange circle", "then put 一个小紫色星星 at the top right corner")
    assert len(d.scene.subjects) == 2 and d.scene.subjects[1].position == "top right"


def test_what_someone_thinks_beside_a_removal_is_talk() -> None:
    assert names(talk("a birthday cake and a teddy bear", "lose the teddy bear pls, he say bear is for baby 🙄")) \
        == ["birthday cake"]
    d = talk("a red balloon, a yellow balloon and a green balloon",
             "remove the yellow one, my daughter dont like yellow")
    assert len(d.scene.subjects) == 2 and all(_attrs(d, i)["colour"] != "yellow" for i in range(2))
    assert names(talk("a puppy and a kitten sleeping", "aigoo he says he dont want the kitten anymore.. kids ㅋㅋㅋ")) \
        == ["puppy"]
    d = talk("a snowman with a scarf", "i dont like the scarf honestly, delete it pls 🙏")
    assert names(d) == ["snowman"] and not _parts(d)  # the scarf, not the snowman


def test_what_the_picture_is_for_or_whose_it_is_is_not_drawn() -> None:
    assert names(talk("draw a frog, a mushroom and a snail all sat together 🐸🍄🐌 for my next amigurumi set")) == \
        ["frog", "mushroom", "snail"]
    assert names(talk("can you draw sailboat and lighthouse for our summer promotion")) == ["sailboat", "lighthouse"]
    assert names(talk("girl with an umbrella standing in the rain pls (KS1 weather display)")) == ["girl"]
    assert names(talk("can u draw a little girl holding a balloon? gonna stitch it 🧵")) == ["girl"]
    assert names(talk("draw small yellow taxi on rainy street at night, my dad drives taxi for 30 years ^^")) == \
        ["taxi"]
    assert names(talk("draw a house and big tree next to it, our first house ㅠㅠ so happy")) == ["house", "tree"]
    assert names(talk("draw a strawberry cake i baked today ㅎㅎ")) == ["strawberry cake"]
    assert names(talk("帮我画个老头在河边钓鱼，旁边放个水桶 再画条狗趴着 跟我家大黄一样")) == ["老头", "水桶", "狗"]
    assert names(talk("画个帐篷和一个天幕 我新买的")) == ["帐篷", "天幕"]


def test_a_word_for_the_style_said_with_it_is_not_a_thing() -> None:
    d = talk("draw a boy holding a balloon? simple cartoon, its for a static electricity worksheet")
    assert names(d) == ["boy"] and "cartoon" in (d.scene.style or "")


def test_a_value_said_after_a_part_given_bare_is_the_parts() -> None:
    d = talk("a fisherman", "give him a beard", "and a woolly hat, blue")
    assert "colour" not in _attrs(d) and _parts(d)["woolly hat"]["colour"] == "blue"


def test_chinese_places_under_and_on_are_the_setting() -> None:
    d = talk("画一顶橙色帐篷 在山脚下")
    assert names(d) == ["帐篷"] and d.scene.background
    d = talk("画个大红色的浮漂 立在水面上")
    assert names(d) == ["浮漂"] and d.scene.background
    d = talk("画个大红色的浮漂", "浮漂底下再画条小小的灰色的鱼")
    assert names(d) == ["浮漂", "鱼"] and _attrs(d, 1)["colour"] == "gray"
    assert names(talk("画一个大金色太阳", "太阳下边儿再画几棵小绿树"))[1:] == ["树", "树"]
    d = talk("画一艘小船 on the lake，船头站着一只白鹭")
    assert names(d) == ["船", "白鹭"]


def test_chinese_names_with_a_colours_character_in_them() -> None:
    d = talk("在右上角画一支口红")
    assert names(d) == ["口红"] and "colour" not in _attrs(d)
    assert "白鹭" in names(talk("画一只白鹭站在石头上"))


def test_a_feel_no_rule_knows_is_kept_not_drawn() -> None:
    d = talk("一辆白色的越野车 车旁边一个烧烤架 在冒烟 周末自驾那种感觉")
    assert names(d) == ["越野车", "烧烤架"] and d.scene.notes


def test_what_it_becomes_named_in_chinese_or_said_after_nah() -> None:
    d = talk("画一个草莓蛋糕", "不对，make it 抹茶蛋糕 instead")
    assert names(d) == ["抹茶蛋糕"]
    assert talk("画一个草莓蛋糕", "make it 红色").scene.subjects[0].attributes["colour"] == "red"
    d = talk("a big red circle in the center", "actually make it a square", "nah triangle. sorry lol")
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].name == "triangle"


def test_same_colour_and_look_alikes_said_bare() -> None:
    d = talk("a small white snowflake at the top", "add 2 more snowflakes same colour")
    assert names(d) == ["snowflake"] * 3 and all(s.attributes.get("colour") == "white" for s in d.scene.subjects)
    d = talk("two ghosts like the pacman ones, a pink one on the left and a cyan one on the right, black background")
    assert [s.name for s in d.scene.subjects] == ["pacman ghost", "pacman ghost"]
    assert names(talk("knight character holding big sword and wooden shield, pixel art pls")) == ["knight"]
    assert _parts(talk("a knight holding a shield", "shield color red pls"))["shield"]["colour"] == "red"


def test_a_setting_said_with_a_laugh_is_still_a_setting() -> None:
    d = talk("a red circle on the left", "set steps to 1000 lol and make the circle blue")
    assert d.action.value == "edit" and _attrs(d)["colour"] == "blue" and names(d) == ["circle"]


def test_the_prompt_says_a_shield_with_a_lion_held() -> None:
    assert render_prompt(talk("a knight", "give him a shield with a lion on it").scene, "en") == \
        "a knight holding a shield with a lion on it"


def test_what_a_streamer_calls_the_picture_is_not_drawn() -> None:
    d = talk("ok so i need a thumbnail, a creeper next to a big tnt block and a diamond sword on the ground lol")
    assert names(d) == ["creeper", "tnt block", "diamond sword"]
    d = talk("need an emote base, big blue circle in the middle, on white")
    assert names(d) == ["circle"] and d.scene.background == "white"
    d = talk("![ref](https://i.imgur.com/k3Jd9.png) draw my oc like this, a fox girl holding a lantern")
    assert names(d) == ["fox girl"] and "lantern" in _parts(d)


def test_what_an_old_man_said_in_chinese_holds_is_his() -> None:
    d = talk("画一个老爷爷 sitting on a bench, holding a bird cage")
    assert names(d) == ["老爷爷", "bench"] and "bird cage" in _parts(d)
    d = talk("画一个老爷爷 sitting on a bench, holding a bird cage", "the bench remove la, keep 老爷爷 and the cage",
             "the cage make it 金色 lah")
    assert names(d) == ["老爷爷"] and _parts(d)["bird cage"]["colour"] == "gold"


def test_a_part_on_top_is_the_things() -> None:
    d = talk("a small silver robot", "and give it a red antenna on top")
    assert names(d) == ["robot"] and _parts(d)["antenna"] == {"colour": "red", "relation": "with"}


def test_an_answer_after_a_sorry() -> None:
    d = talk("a cat and a dog", "make it red", "ah sorry the dog!!")
    assert _attrs(d, 1)["colour"] == "red" and "colour" not in _attrs(d, 0)


def test_beside_it_said_first_in_chinese_and_a_tree_named_both_ways() -> None:
    d = talk("draw a snowman and 旁边 a small christmas tree pls 谢谢~")
    assert names(d) == ["snowman", "christmas tree"] and d.scene.subjects[1].size == "small"
    assert names(talk("draw a snowman and 旁边 a small christmas tree pls 谢谢~", "别画圣诞树了")) == ["snowman"]


def test_chinese_ways_of_saying_which_one_what_colour_and_where() -> None:
    d = talk("画两顶帐篷 左边那顶红的 右边那顶蓝的")
    assert names(d) == ["帐篷", "帐篷"] and [_attrs(d, i)["colour"] for i in range(2)] == ["red", "blue"]
    d = talk("画两顶帐篷 左边那顶红的 右边那顶蓝的", "左边那个改成黄色的 显眼点")
    assert _attrs(d)["colour"] == "yellow" and not d.scene.notes
    d = talk("画一个大紫圆和一个小圆", "小的来个绿色吧")
    assert _attrs(d, 1)["colour"] == "green" and _attrs(d)["colour"] == "purple"
    assert talk("右下角画条船", "往上挪 挪到顶上").scene.subjects[0].position == "top right"
    d = talk("一个男孩一个女孩在篝火边烤棉花糖")
    assert names(d)[:2] == ["男孩", "女孩"]


def test_a_mood_said_as_how_much_more() -> None:
    d = talk("画一条红色的鱼 喜庆点")
    assert names(d) == ["鱼"] and "festive" in d.scene.look
    d = talk("画个老爷子", "给他戴个墨镜 酷一点")
    assert d.action.value == "edit" and "墨镜" in _parts(d)


def test_how_a_move_looks_said_after_it() -> None:
    d = talk("a red ball at the top left", "move it to the right", "now drop it down to the bottom like its falling")
    assert d.scene.subjects[0].position == "bottom right"


def test_whose_it_is_then_what_it_is() -> None:
    assert names(talk("i want a picture of my dog, hes a golden retriever, playing in the park")) == \
        ["golden retriever"]


def test_a_doing_with_its_object_after_where_someone_is() -> None:
    d = talk("Hello dear, I would like a picture of an old lady in a rocking chair knitting a scarf, with a cat "
             "sleeping by her feet.",
             "Could you make the scarf red please, and the cat should be grey like my Mittens.")
    assert names(d) == ["old lady", "rocking chair", "cat"]
    assert _parts(d)["scarf"]["colour"] == "red" and _attrs(d, 2)["colour"] == "gray"


def test_the_thing_itself_in_chinese_words() -> None:
    d = talk("draw a robot holding a smartphone, 背景是城市", "把 smartphone 改成 silver 的, robot 本身要白色")
    assert _attrs(d)["colour"] == "white" and _parts(d)["smartphone"]["colour"] == "silver"


def test_a_small_creature_is_drawn_on_its_own() -> None:
    d = talk("Draw a frog sitting on a lily pad with a dragonfly hovering above it. Watercolour if possible")
    assert names(d) == ["frog", "lily pad", "dragonfly"]


def test_someone_stands_beside_a_thing_said_without_zai() -> None:
    d = talk("画一辆红色的跑车停在路边", "车旁边站一个人")
    assert d.action.value == "edit" and len(d.scene.subjects) == 2 and not d.scene.notes


def test_just_the_one_kept_after_a_removal_said_with_chinese_words() -> None:
    d = talk("draw 一只 sheep 和一个 basket of yarn, 给我店里做 logo 用", "嗯 basket 不要了 just the sheep 就好")
    assert names(d) == ["sheep"]


def test_a_place_then_what_is_there_adds_it() -> None:
    d = talk("画一只大大的粉色兔子在中间", "and 在右下角 一只小小的灰色老鼠 pls")
    assert names(d) == ["兔子", "老鼠"] and d.scene.subjects[0].position == "center"
    assert d.scene.subjects[1].position == "bottom right"


def test_sat_there_said_without_zai() -> None:
    d = talk("画一个女孩坐在露营椅上", "算了椅子去掉吧 让她直接坐草地上")
    assert names(d) == ["女孩"] and d.scene.background == "on the grass" and _attrs(d)["pose"] == "sitting"
    d = talk("画个老爷子坐马扎上钓鱼")
    assert names(d) == ["老爷子", "马扎"]


def test_what_it_is_for_or_like_said_beside_it() -> None:
    assert names(talk("画一个神经元和一个星形胶质细胞，黑色背景，要做组会ppt")) == ["神经元", "星形胶质细胞"]
    assert names(talk("画一只猫在kayak里面", "把猫换成一只柴犬 like my dog 哈哈"))[0] == "柴犬"
    d = talk("an old fisherman", "looks just like my grandpa haha")
    assert d.action.value == "chat" and not d.scene.notes
    d = talk("画一个超大的橙色热气球 top middle那里")
    assert names(d) == ["热气球"] and d.scene.subjects[0].position == "top"


def test_not_this_but_a_thing_the_vocabulary_does_not_know() -> None:
    d = talk("画一顶橙色帐篷", "不对不对 我要的是天幕 不是帐篷", "天幕弄个绿色的")
    assert names(d) == ["天幕"] and _attrs(d)["colour"] == "green" and not _parts(d)
    assert names(talk("画一顶橙色帐篷", "不是帐篷，是天幕")) == ["天幕"]


def test_a_campfire_someone_sits_by_is_drawn() -> None:
    assert names(talk("a boy sitting by the campfire")) == ["boy", "campfire"]
    assert "篝火" in names(talk("一个男孩一个女孩在篝火边烤棉花糖"))
    assert names(talk("一只猫在窗边")) == ["猫"]  # a window is where it is


def test_a_heap_said_without_one() -> None:
    d = talk("左边画个帐篷 右边画堆篝火")
    assert names(d) == ["帐篷", "篝火"] and d.scene.subjects[1].position == "right"


def test_a_measure_of_a_drink_given_is_not_its_name() -> None:
    assert "咖啡" in _parts(talk("画一个女生", "给她加一杯咖啡"))
    assert "奶茶" in _parts(talk("画一个女生", "给她一杯奶茶"))


def test_looking_up_stays_looking_up() -> None:
    assert render_prompt(talk("a cat looking up").scene, "en") == "a cat, looking up"


def test_stormy_seas_are_a_place() -> None:
    d = talk("draw a pirate ship on stormy seas")
    assert names(d) == ["pirate ship"] and d.scene.background == "at sea"


def test_a_young_woman_in_chinese_net_words_is_not_small() -> None:
    d = talk("一个穿汉服的小姐姐在湖边赏月")
    assert names(d) == ["小姐姐"] and d.scene.subjects[0].size is None
    assert names(talk("a girl with a young woman")) == ["girl", "young woman"]
