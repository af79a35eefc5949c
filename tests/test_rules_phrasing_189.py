"""Issue 20, what probing common flows and the blind splits tuning-177 … tuning-182 found: "a red sports car on a
mountain road" drew "a red sports car road" (the mountain read as the place, the road left on the car), "make it
more realistic" made the knight's armour realistic, "make the staff glow" prompted "a glow staff", "a girl in
pigtails" wore them, 一面国旗 and 一辆跑车 were 一个, 穿红裙子的女孩 only had a red skirt, "a bit further to the right"
was not read; a polite writer's "I wonder if it might be possible to draw me …", "could i trouble you for …", "…,
nothing too elaborate", "Thank you ever so much, Margaret"; an office worker's 表情包用, 年会PPT用, 代表 idea; a
learner's "square is not need", "make please teapot green and robot silver", "with umbrella"; Taglish."""

from __future__ import annotations

from dialog import vocabulary as vocab
from dialog.prompt import render_prompt
from rules_talk import attributes as _attrs, names, parts as _parts, talk


def test_a_place_named_with_two_words_is_one_place() -> None:
    d = talk("a red sports car on a mountain road")
    assert names(d) == ["sports car"] and d.scene.background == "mountain road"
    assert render_prompt(d.scene, "en").startswith("a red sports car on a mountain road")
    assert names(talk("a boat on a mountain lake")) == ["boat"]
    assert names(talk("a cabin in a mountain village")) == ["cabin"]
    assert "beach towel" in names(talk("a cat on a beach towel"))  # a thing named after a place is still a thing
    assert names(talk("a house on a mountain")) == ["house"] and talk("a house on a mountain").scene.background


def test_more_of_a_style_is_that_style() -> None:
    for said in ("make it more realistic", "more realistic please", "make it look more realistic",
                 "make the picture more realistic"):
        d = talk("a knight in armor", said)
        assert d.scene.style == "photorealistic", said
        assert "detail" not in _parts(d)["armor"], said
    assert talk("画一个骑士", "更真实一点").scene.style == "photorealistic"
    assert talk("画一只猫", "让画面更写实").scene.style == "photorealistic"
    assert talk("a cat", "make it more detailed").scene.style is None  # a look, not a style


def test_what_a_thing_is_made_to_do_is_said_with_its_ing() -> None:
    assert render_prompt(talk("a wizard holding a staff", "make the staff glow").scene, "en") == \
        "a wizard holding a glowing staff"
    assert render_prompt(talk("a sword", "make it glow").scene, "en") == "a glowing sword"
    assert render_prompt(talk("a candle", "make it flicker").scene, "en") == "a flickering candle"


def test_hair_worn_in_a_style_is_had_not_worn() -> None:
    assert render_prompt(talk("a girl in pigtails").scene, "en") == "a girl with pigtails"
    assert render_prompt(talk("a girl in a red dress").scene, "en") == "a girl wearing a red dress"
    d = talk("a ballerina in the middle", "could you put a pink ribbon in her hair")
    assert names(d) == ["ballerina"] and _parts(d)["ribbon"] == {"colour": "pink", "relation": "wearing"}


def test_a_chinese_thing_is_counted_with_the_measure_word_of_what_it_names() -> None:
    assert vocab.measure_word("国旗") == "面" and vocab.measure_word("跑车") == "辆"
    assert vocab.measure_word("路灯") == "盏" and vocab.measure_word("sports car") == "辆"
    assert vocab.measure_word("风车") == "座" and vocab.measure_word("古风少女") == "个"
    assert render_prompt(talk("一个宇航员在月球上", "加一面国旗").scene, "zh").endswith("有一面国旗")
    # what it does comes before what it looks like: 一辆停着的红色跑车
    assert render_prompt(talk("一辆红色的跑车停在海边").scene, "zh") == "海滩上，有一辆停着的红色跑车"


def test_clothes_said_with_their_bare_verb_are_worn() -> None:
    d = talk("一个穿红裙子的女孩在花园里")
    assert names(d) == ["女孩"] and _parts(d)["裙子"] == {"colour": "red", "relation": "wearing"}
    assert _parts(talk("一只白肚子的猫"))["肚子"]["relation"] == "with"  # a part had, as before


def test_a_step_further_that_way() -> None:
    for said in ("could the owl go a bit further to the right", "move the owl a bit further to the right",
                 "might the owl go a touch further to the right? the moon can stay put"):
        d = talk("a brown owl at the bottom and a moon at the top left", said)
        assert d.scene.subjects[0].position == "bottom right" and d.scene.subjects[1].position == "top left", said
        assert names(d) == ["owl", "moon"], said


def test_a_polite_writers_request() -> None:
    d = talk("Good afternoon.  I wonder if it might be possible to draw me a stone bird bath in the middle, and a "
             "small garden gnome down in the bottom right hand corner, all in a pretty garden ? Thank you ever so "
             "much, Margaret")
    assert names(d) == ["bird bath", "garden gnome"] and d.scene.subjects[1].position == "bottom right"
    d = talk("good morning, i hope you are keeping well. could i trouble you for a small green triangle, up in the "
             "top left corner")
    assert names(d) == ["triangle"] and d.scene.subjects[0].position == "top left"
    assert names(talk("I would be most grateful for a windmill at sunset, nothing too elaborate.")) == ["windmill"]
    assert names(talk("A square in the middle, please; nothing more for the present.")) == ["square"]
    assert names(talk("draw a house for me please dear")) == ["house"]
    d = talk("a lighthouse on the right and a small sailing boat on the left",
             "Hmm. I am not altogether certain about the little boat, on reflection; could we do without it, do you "
             "think?")
    assert names(d) == ["lighthouse"]
    d = talk("a windmill", "on second thoughts i'd prefer a lighthouse in place of the windmill, if you'd be so good")
    assert names(d) == ["lighthouse"]
    d = talk("a little girl holding a balloon and a teddy bear, please, nothing too fancy")
    assert names(d) == ["girl"] and set(_parts(d)) == {"balloon", "teddy bear"}
    d = talk("could you paint me an old sea captain, a proper weathered old chap")
    assert names(d) == ["old sea captain"] and _attrs(d)["detail"] == "weathered"
    assert talk("a square in the middle", "That is much better dear, thank you kindly.").action.value == "chat"


def test_a_polite_writers_changes() -> None:
    d = talk("a lady with a parasol", "And might she also be wearing a wide-brimmed hat?")
    assert names(d) == ["lady"] and "wide-brimmed hat" in _parts(d)
    d = talk("a boy", "and might he have a little green umbrella as well")
    assert _parts(d)["umbrella"]["colour"] == "green"
    d = talk("a red triangle", "oh bother, no, sorry, I meant a circle not a triangle.")
    assert names(d) == ["circle"]
    d = talk("a ship", "i see, thank you. then please make the image size 1024x1024 and the ship red")
    assert _attrs(d)["colour"] == "red" and d.reply.startswith("Made the ship red")  # said as the ship, not a boat
    d = talk("a grey cat at the bottom left", "oh dear, my grandson says it should be a puppy, could you turn it "
             "into a puppy for him please")
    assert names(d) == ["puppy"]
    assert talk("a fox", "could it have rather dramatic lighting, like in the old films").scene.look == \
        ["dramatic lighting"]
    assert names(talk("I should like, if it isn't too much trouble, a lady in an old fashioned frock")) == ["lady"]


def test_what_a_picture_is_for_is_not_drawn() -> None:
    for said in ("画只小猫 戴一顶黄色的帽子 表情包用", "画一个白色的咖啡杯 ☕ 探店笔记配图用",
                 "画一只猫咪 尺寸要1024x1024的 发小红书用",
                 "帮我画一个慈祥的老奶奶吧，像我外婆那样，谢谢", "一只黑色的猫咪坐着 蓝色背景 求画🥺"):
        assert len(talk(said).scene.subjects) == 1, said
    assert len(talk("帮我画一只小狗在草地上玩 天上有个太阳☀️ 娃要的").scene.subjects) == 2
    assert names(talk("top right 放一个 yellow 的 lightbulb 💡 代表 idea")) == ["lightbulb"]
    assert names(talk("portrait of an old fisherman, for our sea shanty album lol")) == ["old fisherman"]
    assert names(talk("a robot carrying a teapot?? would be so cute for my tea post")) == ["robot"]
    assert names(talk("画两个气球 左边红色 右边黄色 for 生日祝福slide🎂")) == ["气球", "气球"]
    assert names(talk("can you draw a coffee cup icon, brown, top right corner")) == ["coffee cup"]
    assert names(talk("画一个房子 出图尺寸 1024x768")) == ["房子"]
    assert names(talk("画一个机器人", "再给它一个 headset 🎧 像客服那样")) == ["机器人"]
    assert names(talk("左边画一只黑猫，右边画一只白猫，就像我家那两只一样")) == ["猫", "猫"]


def test_a_learners_word_order() -> None:
    d = talk("a blue circle on the left, a green square in the middle and a red triangle on the right",
             "square is not need, delete it")
    assert names(d) == ["circle", "triangle"]
    d = talk("a robot holding a teapot", "make please teapot green and robot silver")
    assert _attrs(d)["colour"] == "silver" and _parts(d)["teapot"]["colour"] == "green"
    d = talk("a knight with a sword and a shield", "shield is need to be gold and sword red, knight himself dont touch")
    assert _parts(d)["shield"]["colour"] == "gold" and _parts(d)["sword"]["colour"] == "red"
    assert d.action.value == "edit" and "colour" not in _attrs(d)
    d = talk("a girl holding an umbrella", "umbrella yellow please, girl keep as is")
    assert _parts(d)["umbrella"]["colour"] == "yellow" and "Which one" not in d.reply
    assert names(talk("a little girl with umbrella in the rain")) == ["girl"]
    assert names(talk("a brown dog", "oh sorry i mean fox, not dog 🙈")) == ["fox"]
    d = talk("a blue triangle", "kids say better is circle. change it to circle pls, color same")
    assert names(d) == ["circle"] and _attrs(d)["colour"] == "blue"
    assert [s.attributes["colour"] for s in talk("3 balloons - red, green and yellow").scene.subjects] == \
        ["red", "green", "yellow"]


def test_a_correction_of_what_it_is() -> None:
    assert names(talk("can you draw a coffee cup", "hmm no its supposed to be a teapot not a cup 😅")) == ["teapot"]
    assert names(talk("画一只小猫", "不对不对 娃说要小狗 不是猫😂")) == ["小狗"]
    assert names(talk("a yellow cassette in the middle", "emm 还是换成 radio 吧")) == ["radio"]
    assert names(talk("a cat", "换成 gold")) == ["cat"]  # a colour said in English is still a colour


def test_one_asked_for_two_ways_or_with_no_answer_is_asked_about() -> None:
    for first, said in (("a red circle", "can it be bigger but also smaller?? like both at once"),
                        ("a blue square", "make it bigger... no smaller... i dont know, bigger? smaller?"),
                        ("画一只兔子", "让它再大一点 不对 要小一点 不对不对…啊我也不知道了😭")):
        d = talk(first, said)
        assert d.action.value == "chat" and d.scene.subjects[0].size is None, said
    assert talk("a red circle", "make it bigger, no wait, smaller").scene.subjects[0].size == "small"


def test_nothing_to_change_yet() -> None:
    for said in ("把它放大一点", "same vibe as last time pls"):
        d = talk(said)
        assert d.action.value == "chat" and not d.scene.subjects, said
    d = talk("a white boat", "把月亮 make it gold")
    assert names(d) == ["boat"] and _attrs(d)["colour"] == "white"


def test_chinese_requests_said_with_english_and_the_other_way() -> None:
    d = talk("小小的黑色猫咪 on the left", "add 一只大的白色狗 on the right pls")
    assert names(d) == ["猫咪", "狗"] and d.scene.subjects[1].position == "right"
    d = talk("画一个大星星 和一个小星星 都是黄色的⭐")
    assert [s.attributes.get("colour") for s in d.scene.subjects] == ["yellow", "yellow"]
    d = talk("画三个圆 红的黄的绿的 从左到右排一下")
    assert [s.position for s in d.scene.subjects] == ["left", "center", "right"]
    assert names(talk("照这个风格 https://www.pinterest.com/pin/8827361/ 画一只蓝色的小鸟 放右上角 pls")) == ["小鸟"]
    assert names(talk("一个女孩在海边看日落")) == ["女孩"] and talk("一个女孩在海边看日落").scene.time == "sunset"
    d = talk("a girl watching the sunset on the beach")
    assert names(d) == ["girl"] and render_prompt(d.scene, "en") == "a girl watching the sunset on the beach"
    assert names(talk("画一只白色小猫 在睡觉zzz")) == ["小猫"]
    assert names(talk("一棵棕榈树")) == ["棕榈树"]


def test_why_it_goes_is_not_read_as_a_change() -> None:
    assert names(talk("a cat wearing headphones", "ok scrap the headphones theyre kinda weird lookin")) == ["cat"]
    assert not _parts(talk("a cat wearing headphones", "ok scrap the headphones theyre kinda weird lookin"))
    d = talk("a girl with an umbrella in the rain", "umbrella不要了 let her get a bit wet lol")
    assert d.action.value == "edit" and not _parts(d)
    d = talk("画一个女孩站在樱花树下", "樱花树先去掉 感觉有点抢戏")
    assert names(d) == ["女孩"]
    assert names(talk("左边画一只白猫 右边画一只黑猫 要对称的哦")) == ["猫", "猫"]
    d = talk("a boy in a yellow raincoat holding a green umbrella",
             "the brolly ought to be blue, green clashes dreadfully with the coat")
    assert d.action.value == "edit" and "green clashes" not in d.reply and _parts(d)["umbrella"]["colour"] == "blue"


def test_taglish() -> None:
    assert names(talk("draw a white cat sitting in a garden, ganda sana")) == ["cat"]
    assert _attrs(talk("a puppy sleeping in a basket", "make yung basket brown pls"), 1)["colour"] == "brown"
    assert names(talk("a puppy sleeping in a basket", "ay wait take the basket away, puppy lang")) == ["puppy"]
    assert names(talk("draw po 一个小的红色苹果 in the center")) == ["苹果"]
    d = talk("draw po 一个小的红色苹果 in the center", "sige, 改成大的绿色的 na lang")
    assert _attrs(d)["colour"] == "green"
    assert names(talk("good evening po 🙏 pls draw a house, a tree and the sun sana cute hehe")) == \
        ["house", "tree", "sun"]
    d = talk("a fox in the snow", "ganda 😍 add a lantern on the left side naman")
    assert names(d) == ["fox", "lantern"]
    assert names(talk("draw a knight standing on a mountain pls sir")) == ["knight"]


def test_a_polite_chinese_writers_request() -> None:
    d = talk("你好，不好意思打扰了，请帮我画一个老爷爷，戴着眼镜，手里拿着一根拐杖，谢谢")
    assert names(d) == ["老爷爷"] and "告诉我要画什么" not in d.reply  # drawn: no hint of what to ask
    d = talk("画一颗金色的星星", "然后再加一个大红色的灯笼，挂在左上角，谢谢啦")
    assert names(d) == ["星星", "灯笼"] and d.scene.subjects[1].position == "top left"
    d = talk("请问可以在右边画一个绿色的方块吗？谢谢")
    assert d.action.value == "draw" and d.scene.subjects[0].position == "right"
    d = talk("画一个老奶奶 戴红色围巾", "她的围巾还是换成绿色吧")
    assert _parts(d) == {"围巾": {"colour": "green", "relation": "wearing"}}
    d = talk("一个小男孩在放风筝", "别画风筝了，改成让他手里拿着一个红色的气球，劳驾")
    assert names(d) == ["小男孩"] and list(_parts(d)) == ["气球"] and "劳驾" not in d.reply
    d = talk("a tree on the left and a house on the right", "把右边那个 painted red please")
    assert _attrs(d, 1)["colour"] == "red" and "colour" not in _attrs(d, 0)
    assert talk("hello, draw a house").reply == "Drew a house."


def test_a_polite_writers_words_for_things_and_looks() -> None:
    d = talk("a boy holding an umbrella", "the brolly ought to be blue")
    assert _parts(d) == {"umbrella": {"colour": "blue", "relation": "holding"}}
    d = talk("a little girl holding a balloon and a teddy bear", "i wonder could you make the balloon yelow, and the "
             "teddy bear a light brown, i think that would look rather sweet")
    assert _parts(d)["balloon"]["colour"] == "yellow" and _parts(d)["teddy bear"]["colour"] == "light brown"
    assert "detail" not in _attrs(d)
    d = talk("an old stone church", "could you give it a moody, sepia sort of feel, like an old postcard")
    assert d.scene.look == ["moody", "sepia"] and not _parts(d)


def test_what_the_prompt_says_of_amounts_lengths_and_greetings() -> None:
    assert render_prompt(talk("a dragon on a pile of gold coins").scene, "en") == "a dragon on a pile of gold coins"
    assert render_prompt(talk("a hat of straw").scene, "en") == "a straw hat"  # a learner's material, as before
    assert render_prompt(talk("a girl with long red hair").scene, "en") == "a girl with long red hair"
    assert render_prompt(talk("a dog with long brown ears").scene, "en") == "a dog with long brown ears"


def test_some_of_a_thing_and_onto_a_thing_in_chinese() -> None:
    d = talk("画一只在天上飞的老鹰", "背景加一些白云")
    assert names(d) == ["老鹰", "云"] and _attrs(d, 1)["colour"] == "white"
    assert render_prompt(d.scene, "zh").startswith("天空中，有一只飞翔的老鹰")
    d = talk("画一棵树", "给树上加一些红色的苹果")
    assert names(d) == ["树"] and _parts(d)["苹果"]["colour"] == "red"
    assert talk("画一只猫", "大一些").scene.subjects[0].size == "big"  # 一些 of a size is how much


def test_more_of_what_chinese_posters_and_office_workers_say() -> None:
    assert talk("来个小小的白色兔子 在草地上蹦 🐰").scene.subjects[0].attributes["pose"] == "jumping"
    assert names(talk("把它放大一点", "哦哦 忘了 先画个绿苹果")) == ["苹果"]
    assert names(talk("画一个三角形", "不对不对 我要的是圆形啊 不是三角")) == ["circle"]
    assert names(talk("画一朵花", "把花换成黄色的 不 还是白色吧")) == ["花"]  # a value taken back, as before
    assert _attrs(talk("画一朵花", "把花换成黄色的 不 还是白色吧"))["colour"] == "white"
    assert names(talk("画一个女孩站在樱花树下 做春季活动的banner", "樱花树先去掉 感觉有点抢戏")) == ["女孩"]
    d = talk("宝子们 帮我画那个…就是那个嘛 你懂的😂")
    assert d.action.value == "chat" and not d.scene.subjects
    assert talk("帮我画那个").action.value == "chat"


def test_more_taglish() -> None:
    d = talk("ate pls draw a blue teapot, simple lang", "hmm nope, make it a mug instead. same color")
    assert names(d) == ["mug"] and _attrs(d)["colour"] == "blue"
    assert names(talk("a house, a tree and the sun", "pwede po take out the tree? thank u")) == ["house", "sun"]


def test_a_thing_placed_on_one_that_has_a_place_of_its_own_is_said_once() -> None:
    d = talk("an old woman knitting in a rocking chair by the fireplace", "make the chair blue")
    assert render_prompt(d.scene, "en") == "a knitting old woman in a blue rocking chair by the fireplace"
    assert render_prompt(talk("a girl on a swing under a tree").scene, "en") == "a girl on a swing under the tree"
    assert render_prompt(talk("a cat sleeping on a sofa by the window").scene, "en") == \
        "a sleeping cat on a sofa by the window"
    assert render_prompt(talk("a cat on a red sofa").scene, "en") == "a cat on a red sofa"  # as before
    assert render_prompt(talk("一只猫睡在窗边的沙发上").scene, "zh") == "窗边的沙发上有一只睡觉的猫"
    assert render_prompt(talk("一个女孩坐在树下的秋千上").scene, "zh") == "树下的秋千上有一个坐着的女孩"
    d = talk("a cat on a sofa at the left")  # a place of the grid too
    assert render_prompt(d.scene, "en") == "a cat on a sofa at the left"
    assert render_prompt(d.scene, "zh").startswith("左边的")


def test_a_doing_made_is_said_in_its_base_form() -> None:
    assert talk("a dragon on a castle", "make the dragon breathe fire").reply == "Made the dragon breathe fire."
    assert talk("a woman", "make her smile").reply == "Made the woman smile."
    assert talk("a wizard holding a staff", "make the staff glow").reply == "Made the staff glow."
    assert talk("a cat", "make it blue").reply == "Made the cat blue."
