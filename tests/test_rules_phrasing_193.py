"""Issue 20, what probing real-model flows and the blind splits tuning-209 … tuning-214 found: "an old wizard
reading a book in a library full of candles" read a "book full of candles", "a kid in a room full of toys" a "kid
full of toys"; 画一个女孩骑自行车 drew a girl and a bicycle apart; 兔子耳朵改成粉色 gave the rabbit a part called
兔子耳朵; 画一碗饺子 drew 一个饺子 (one dumpling) and 一壶茶 was a thing called so; "a bowl of ramen" then a Chinese
turn said "inbowl的面条"; 一个女孩端着一碗面 lost the noodles (面 read as a measure word); 热腾腾的包子 was a thing
called so."""

from __future__ import annotations

from dialog.prompt import render_prompt
from rules_talk import attributes as _attrs, names, parts as _parts, talk


def test_what_fills_a_place_is_the_place_s() -> None:
    d = talk("an old wizard reading a book in a library full of candles")
    assert names(d) == ["old wizard"] and list(_parts(d)) == ["book"]
    assert d.scene.background == "in a library full of candles"
    d = talk("a kid in a room full of toys")
    assert names(d) == ["kid"] and d.scene.background == "in a room full of toys"
    d = talk("an old man in a cafe full of plants")
    assert names(d) == ["old man"] and render_prompt(d.scene) == "an old man in a cafe full of plants"
    d = talk("draw a girl with a cat in a garden full of flowers")
    assert names(d) == ["girl", "cat"] and d.scene.background == "in a garden full of flowers"


def test_what_one_rides_is_theirs_said_without_zhe() -> None:
    d = talk("画一个女孩骑自行车")
    assert names(d) == ["女孩"] and list(_parts(d)) == ["自行车"]
    assert render_prompt(talk("画一个女孩骑自行车", "自行车改成红色").scene) == "有一个骑红色自行车的女孩"
    d = talk("画个宇航员在月球上骑自行车")
    assert names(d) == ["宇航员"] and list(_parts(d)) == ["自行车"] and d.scene.background == "月球"
    assert names(talk("一个男人骑马")) == ["男人"]
    d = talk("一个女孩骑一辆红色的自行车")
    assert _parts(d)["自行车"] == {"colour": "red", "relation": "riding"}
    assert names(talk("画一个骑手")) == ["骑手"]


def test_a_part_said_right_after_its_owner_is_the_owner_s() -> None:
    d = talk("画一只兔子", "兔子耳朵改成粉色")
    assert _parts(d) == {"耳朵": {"relation": "with", "colour": "pink"}}
    d = talk("画一只猫 和一只狗", "狗耳朵改成黑色")
    assert not _parts(d) and _parts(d, 1) == {"耳朵": {"relation": "with", "colour": "black"}}
    assert _parts(talk("画一座房子", "房子屋顶改成红色")) == {"屋顶": {"relation": "with", "colour": "red"}}


def test_a_bowl_of_a_food_is_said_with_its_bowl() -> None:
    d = talk("画一碗饺子")
    assert names(d) == ["饺子"] and render_prompt(d.scene) == "有一碗饺子"
    assert render_prompt(talk("画一杯咖啡").scene) == "有一杯咖啡"
    assert render_prompt(talk("一篮子苹果").scene) == "有一篮苹果"
    assert render_prompt(talk("画一锅汤").scene) == "有一锅汤"  # a holder said in Chinese is its own measure
    assert render_prompt(talk("画一盘水果", "加个香蕉").scene) == "有一盘水果，有一根香蕉"
    assert names(talk("画一只猫", "旁边放一壶茶")) == ["猫", "茶"]
    assert render_prompt(talk("画一只猫", "旁边放一杯咖啡").scene) == "有一只猫，猫旁边有一杯咖啡"
    assert render_prompt(talk("画一只猫", "旁边有一只狗在睡觉").scene) == "有一只猫，猫旁边有一只睡觉的狗"


def test_a_bowl_said_in_english_reads_in_a_chinese_prompt() -> None:
    assert render_prompt(talk("a bowl of ramen", "加个煎蛋").scene) == "有一碗面条，有一个煎蛋"
    assert render_prompt(talk("a bowl of ramen").scene) == "a bowl of ramen"


def test_noodles_said_in_one_word_are_held() -> None:
    d = talk("一个女孩端着一碗面")
    assert names(d) == ["女孩"] and list(_parts(d)) == ["面"]
    assert list(_parts(talk("画一个女孩", "给她加一条 red scarf"))) == ["scarf"]


def test_a_word_said_twice_over_before_any_noun_is_its_detail() -> None:
    d = talk("画一个热腾腾的包子")
    assert names(d) == ["包子"] and _attrs(d)["detail"] == "热腾腾的"
    d = talk("画一碗热腾腾的饺子")
    assert names(d) == ["饺子"] and render_prompt(d.scene) == "有一碗热腾腾的饺子"


def test_an_emoji_between_english_and_chinese_ends_a_clause() -> None:
    d = talk("画一只柴犬戴着 chef hat 🐶 想做我们店的 logo")
    assert names(d) == ["柴犬"] and list(_parts(d)) == ["chef hat"]
    assert names(talk("a cupcake", "其实 change it to a donut 🍩 吧")) == ["donut"]
    d = talk("my dog sitting in a wheelbarrow 😂 he does it every day on site")
    assert names(d) == ["dog", "wheelbarrow"]


def test_a_picture_needed_for_something_then_a_list_draws_the_list() -> None:
    d = talk("need a pic for my busness card. lightbulb, a plug socket and a yellow lightning bolt")
    assert names(d) == ["lightbulb", "plug socket", "lightning bolt"]
    d = talk("hello, my son need picture for school homework. volcano and a dinosaur and palm tree please")
    assert names(d) == ["volcano", "dinosaur", "palm tree"]
    assert names(talk("i need a picture for the kids. draw a cat")) == ["cat"]


def test_british_and_learner_ways_of_saying_a_change() -> None:
    d = talk("a gas engineer wearing a hard hat", "hard hat wants to be yellow mate")
    assert _parts(d)["hard hat"]["colour"] == "yellow"
    d = talk("roofer wearing a tool belt stood on a ladder pls")
    assert list(_parts(d)) == ["tool belt"] and _attrs(d)["pose"] == "standing"
    d = talk("draw my white van at night, parked up")
    assert names(d) == ["van"] and _attrs(d)["pose"] == "parked"
    assert names(talk("draw a white boiler, combi one")) == ["combi boiler"]
    assert _attrs(talk("draw a kite in the centre, purple one"))["colour"] == "purple"
    d = talk("a garden shed in the middle", "move it over to the left so theres room for my number")
    assert d.scene.subjects[0].position == "left"


def test_like_mine_and_like_him_point_at_no_thing() -> None:
    d = talk("thats my dog Rolo, can u draw a dog like him but cartoon")
    assert names(d) == ["dog"] and d.scene.style == "cartoon"
    d = talk("a wheelbarrow", "can u make the wheelbarrow green like mine")
    assert _attrs(d) == {"colour": "green"}


def test_what_stays_after_a_removal_is_no_thing() -> None:
    d = talk("a dog in a wheelbarrow", "now get rid of the wheelbarrow and just have the dog on his own")
    assert names(d) == ["dog"]
    d = talk("a dog in a wheelbarrow", "get rid of the wheelbarrow, just the dog on his own")
    assert names(d) == ["dog"] and "detail" not in _attrs(d)


def test_a_vessel_said_as_a_measure_without_a_number() -> None:
    d = talk("给我画个招财猫，旁边放盆发财树", "那个树去掉吧")
    assert names(d) == ["招财猫"]
    d = talk("画个女孩站在樱花树下 手里拿杯 milk tea")
    assert list(_parts(d)) == ["milk tea"]
    assert names(talk("画一个盆栽")) == ["盆栽"] and names(talk("画一个碗")) == ["碗"]


def test_chinese_ways_of_saying_how_one_is() -> None:
    d = talk("画个 barista，男的 年轻点")
    assert names(d) == ["male barista"] and _attrs(d)["detail"] == "年轻"
    d = talk("画个拉面师傅 戴白帽子 系个围裙 要精神点")
    assert names(d) == ["拉面师傅"] and list(_parts(d)) == ["帽子", "围裙"]
    d = talk("先画个黄色的圆形 放左上角 简单点就行")
    assert len(d.scene.subjects) == 1
    assert talk("画一个三角形", "往下挪一点点").scene.subjects[0].position == "bottom"
    assert names(talk("画一个健身教练 男的 穿黑色背心")) == ["男健身教练"]


def test_one_not_wanted_then_swapped_for_another() -> None:
    d = talk("一只熊猫在吃包子 旁边放一杯 bubble tea", "bubble tea 不要了 换成豆浆吧 比较配包子 hh")
    assert names(d) == ["熊猫", "豆浆"]
    assert names(talk("画一个房子 和太阳", "太阳不要了 换成晚上")) == ["房子"]  # a time, not a thing


def test_bold_words_before_a_request_are_its_title() -> None:
    assert names(talk("**早茶特惠** 帮我画一个叉烧包 放中间")) == ["叉烧包"]
    assert names(talk("**a red apple** please 🙏")) == ["apple"]


def test_cantonese_sizes_and_come() -> None:
    d = talk("画个细细个嘅白色 teacup 喺左下角 plz", "再嚟个大大个嘅金色菠萝包 喺右上角")
    assert names(d) == ["teacup", "菠萝包"] and d.scene.subjects[1].size == "big"
    assert d.scene.subjects[0].size == "small"


def test_a_colour_pointed_at_that_no_thing_has_is_asked() -> None:
    d = talk("画个红色的碗 再画个白色的盘子", "绿色那个挪到右边")
    assert d.action.value == "chat" and not d.scene.subjects[1].position
    assert talk("画个红色的碗 再画个白色的盘子", "红色那个挪到右边").scene.subjects[0].position == "right"


def test_journal_pages_paper_and_matching_are_no_things() -> None:
    d = talk("big red heart in the centre on a pink background ❤️ valentines page")
    assert names(d) == ["heart"]
    d = talk("a girl in a yellow raincoat", "and give her some rain boots, also yellow to match the coat")
    assert _parts(d)["rain boots"]["colour"] == "yellow" and "match the coat" not in _parts(d)
    d = talk("a girl sitting under a tree", "ok now remove the tree, i want her on plain paper kind of")
    assert names(d) == ["girl"] and d.scene.background == "plain"
    assert names(talk("draw a book page")) == ["book page"]


def test_english_described_then_doing_in_chinese() -> None:
    d = talk("a ballerina in a pink tutu 在跳舞")
    assert names(d) == ["ballerina"] and _attrs(d)["pose"] == "dancing"
    d = talk("画一个old man 在打太极 in the park", "给他一把扇子 in his hand")
    assert "detail" not in _attrs(d) and list(_parts(d)) == ["扇子"]
    d = talk("draw a mug and a notebook 并排放")
    assert [s.position for s in d.scene.subjects] == ["left", "right"]


def test_food_words_with_colour_characters_are_food() -> None:
    assert names(talk("帮我画个杠铃架 旁边放一罐蛋白粉💪")) == ["杠铃架", "蛋白粉"]
    assert "colour" not in _attrs(talk("画一碗面粉"))
    assert _attrs(talk("画一只粉色的猫"))["colour"] == "pink"


def test_what_the_picture_becomes_said_in_chinese_is_no_thing() -> None:
    d = talk("画只柯基 wearing a tiny sweatband 哈哈 当我们健身房吉祥物")
    assert names(d) == ["柯基"]
    assert names(talk("帮我画个健身房头像 一只熊猫举着哑铃 卡通风格的")) == ["熊猫"]


def test_ta_of_two_people_is_asked() -> None:
    d = talk("画一个男生和一个女生 running on the beach", "把ta的衣服改成黄色")
    assert d.action.value == "chat" and not any(s.parts for s in d.scene.subjects)
    assert talk("画一个男孩", "把它变大").scene.subjects[0].size == "big"


def test_real_model_prompts_about_worlds_fields_and_riding() -> None:
    d = talk("a spaceship landing on a desert planet with two moons")
    assert d.scene.background == "a desert planet" and names(d)[1:] == ["moon", "moon"]
    d = talk("a hot air balloon over a lavender field")
    assert names(d) == ["hot air balloon"] and "colour" not in _attrs(d)
    assert _attrs(talk("a lavender dress"))["colour"] == "lavender"
    d = talk("a knight on horseback riding through a misty forest", "make the horse white")
    assert _parts(d) == {"horse": {"relation": "riding", "colour": "white"}}
    d = talk("a cup of coffee and a croissant on a marble table, morning light, top down")
    assert "down" not in names(d) and d.scene.look == ["bird's-eye view"]
    d = talk("two cats, one black and one white, sleeping on a sofa")
    assert names(d) == ["cat", "cat", "sofa"] and [_attrs(d, i).get("colour") for i in (0, 1)] == ["black", "white"]


def test_things_counted_then_each_one_keep_their_name() -> None:
    assert names(talk("two houses, a red one and a blue one")) == ["house", "house"]
    assert names(talk("three boxes: a red one, a blue one and a green one")) == ["box", "box", "box"]


def test_a_chinese_noun_said_twice_over_is_the_noun() -> None:
    assert _attrs(talk("画个红色大五角星 在中间", "星星改成金色"))["colour"] == "gold"
    assert names(talk("画个女生在公园里跑步，旁边有只小狗", "狗狗去掉吧。。她说她怕狗😂")) == ["女生"]
    assert talk("画一只熊猫", "猫猫改成白色").action.value == "chat"  # a panda is no cat


def test_chinese_places_machines_and_kinds_said_loosely() -> None:
    d = talk("画一辆小小的黄色校车 停在左边")
    assert names(d) == ["校车"] and d.scene.subjects[0].position == "left"
    d = talk("画个红色大五角星居中，底色黄色")
    assert names(d) == ["五角星"] and d.scene.subjects[0].position == "center"
    d = talk("画两台server 左边那台黑色 右边那台silver", "左边那台弄大一点")
    assert [(_attrs(d, i)["colour"], s.position) for i, s in enumerate(d.scene.subjects)] == [
        ("black", "left"), ("silver", "right")] and d.scene.subjects[0].size == "big"
    assert names(talk("画一个台灯")) == ["台灯"]
    assert names(talk("画一只yellow duck 放左下角，就是debug用的那种小黄鸭")) == ["duck"]
    d = talk("帮我画张banner 左边一个蓝色的rocket 右边一台laptop", "rocket我不想要了 有点土",
             "左边补一个灯泡吧 黄色的 代表idea💡")
    assert names(d) == ["laptop", "灯泡"] and not d.scene.notes
    assert names(talk("画左边一个蓝色的圆 右边一个红色的方块")) == ["circle", "square"]


def test_talk_about_age_cheers_and_looks_beside_a_request() -> None:
    d = talk("Hello! I make a birthday card to my sister. Can you draw a birthday cake with candles and a yellow "
             "balloon besides it, on pink background?", "lose the balloon, it looks wierd next to the cake",
             "and take away the candles also haha. she turns 40 and will not like to count them 😅")
    assert names(d) == ["birthday cake"] and not d.scene.subjects[0].parts and not d.scene.notes
    assert names(talk("can you draw my black labrador like this? she is 9 years old now")) == ["labrador"]
    assert names(talk("draw an old marathon runner, like 70 yrs old but still going")) == ["old marathon runner"]
    assert len(talk("draw 3 cats").scene.subjects) == 3
    assert names(talk("draw a yellow football in top left corner on green, go Hammarby!!")) == ["football"]
    assert talk("a cat", "go left").scene.subjects[0].position == "left"
    d = talk("a cat sleeping on a server", "ok my manager says the cat is 'unprofessional' 🙄 lose the cat")
    assert names(d) == ["server"]
    d = talk("a server rack in a dark data center w/ a orange cat sleeping on top of it lol")
    assert names(d) == ["server rack", "cat"] and d.scene.background == "dark data center"


def test_chinese_styles_clothes_and_hair_said_as_people_say_them() -> None:
    d = talk("Q版的孙悟空拿着金箍棒")
    assert names(d) == ["孙悟空"] and d.scene.style == "chibi"
    assert render_prompt(talk("画一个穿着宇航服的猫在太空中漂浮").scene) == "太空中，有一只穿着宇航服的漂浮的猫"
    d = talk("一个女孩在海边看日落，长发飘飘", "头发改成金色")
    assert names(d) == ["女孩"] and _parts(d) == {"发": {"length": "长", "relation": "with", "colour": "gold"}}


def test_british_thanks_alone_are_thanks() -> None:
    for said in ("cheers", "cheers mate", "sound cheers 👍", "ta"):
        d = talk("a cat", said)
        assert d.action.value == "chat" and "understand" not in d.reply, said
    d = talk("a plug socket and a bulb", "dont want the plug socket anymore tbh looks naff")
    assert names(d) == ["bulb"]


def test_chinese_ways_of_pointing_and_moving() -> None:
    assert names(talk("画一只柴犬戴着sunglasses 旁边放一杯咖啡", "咖啡那个delete掉 没必要")) == ["柴犬"]
    d = talk("画一个外卖小哥骑电动车，戴着黄色的头盔", "头盔换成蓝色，不是美团那种 是饿了么那种蓝")
    assert "colour" not in _attrs(d) and _parts(d)["头盔"]["colour"] == "blue"
    d = talk("画两个圆 一个红的一个蓝的", "红的那个放左上角", "蓝色那个丢右下角去")
    assert [s.position for s in d.scene.subjects] == ["top left", "bottom right"]
    assert talk("右下角画个绿色三角形", "把它往上挪 一直挪到顶").scene.subjects[0].position == "top right"
    assert names(talk("画两个圆 一个红的一个蓝的", "蓝色那个删掉")) == ["circle"]


def test_what_is_added_on_a_thing_people_sit_on_is_with_it() -> None:
    d = talk("a cat on a windowsill", "add some plants on the windowsill")
    assert render_prompt(d.scene) == "a cat on a windowsill with plants"


def test_not_like_that_is_still_asked() -> None:
    d = talk("a cat", "ugh no not like that")
    assert d.action.value == "chat" and names(d) == ["cat"]


def test_beside_said_alone_is_beside_the_one_in_focus() -> None:
    d = talk("帮我画个 cute 的 robot", "再加一个 small 的 robot 在旁边")
    assert render_prompt(d.scene) == "a cute robot and a small robot next to the cute robot"


def test_written_chinese_for_wearing_holding_summer_and_film_light() -> None:
    d = talk("一位身穿红色斗篷的女骑士，骑着白马，手持长剑，背景是燃烧的城堡，史诗感，电影光效")
    assert names(d) == ["女骑士"] and list(_parts(d)) == ["斗篷", "马", "长剑"] and "cinematic" in d.scene.look
    d = talk("夏日海边，一个戴草帽的男孩在堆沙堡，旁边有一只螃蟹")
    assert names(d) == ["男孩", "螃蟹"] and d.scene.time == "summer"


def test_what_two_said_together_do_both_do() -> None:
    d = talk("a cat and a dog sitting on a couch")
    assert [(s.attributes.get("pose"), s.position) for s in d.scene.subjects[:2]] == [
        ("sitting", "on the couch"), ("sitting", "on the couch")]
    d = talk("a boy and a girl walking on the beach")
    assert [s.attributes.get("pose") for s in d.scene.subjects] == ["walking", "walking"]
    d = talk("一只猫和一只狗坐在沙发上")
    assert [s.position for s in d.scene.subjects[:2]] == ["沙发上", "沙发上"]
    d = talk("a house and a dog sitting on a bench")  # a house sits nowhere
    assert "pose" not in _attrs(d) and not d.scene.subjects[0].position


def test_another_one_doing_its_own_thing_beside_the_first() -> None:
    d = talk("a kid riding a bike with a dog running behind")
    assert names(d) == ["kid", "dog"] and list(_parts(d)) == ["bike"]
    assert d.scene.subjects[1].position == "behind the kid" and _attrs(d, 1)["pose"] == "running"
    assert names(talk("a man walking a dog on a leash")) == ["man", "dog"]


def test_whole_picture_edits_people_ask_a_real_model_for() -> None:
    assert render_prompt(talk("a fox", "make the colors more vibrant").scene) == "a fox, vibrant colours"
    assert render_prompt(talk("a fox", "crop closer").scene) == "a fox, close-up"
    assert render_prompt(talk("a fox", "remove the background").scene) == "a fox on a plain background"
    assert render_prompt(talk("a samurai", "just plain background").scene) == "a samurai on a plain background"
    assert talk("a fox on a beach", "remove the background").scene.background is None


def test_one_more_picture_another_style_and_light_in_chinese() -> None:
    d = talk("画一只猫", "再来一张")
    assert d.action.value == "chat" and names(d) == ["猫"] and "重画" in d.reply
    assert names(talk("画一只猫", "再来一只")) == ["猫", "猫"]
    d = talk("画一只猫", "换个风格")
    assert d.action.value == "chat" and names(d) == ["猫"] and "风格" in d.reply
    assert talk("a cat", "change the style").action.value == "chat"
    assert talk("a cat", "change the style to anime").scene.style == "anime"
    d = talk("画一只猫", "加点光影效果")
    assert names(d) == ["猫"] and d.scene.look == ["dramatic lighting"]
    assert render_prompt(talk("画一只猫", "去掉背景").scene) == "纯色背景上，有一只猫"


def test_what_is_put_on_someone_s_head_is_worn() -> None:
    assert render_prompt(talk("a cat", "put a bow on the cat's head").scene) == "a cat wearing a bow"
    assert render_prompt(talk("a snowman", "put a hat on the snowman's head").scene) == "a snowman wearing a hat"
