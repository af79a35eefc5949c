"""Issue 20, what probing real-model flows and the blind splits tuning-217 … tuning-221 and tuning-224 found:
"write Happy Birthday Mia on the cake" went unread and "add the text …" drew a thing called "text"; quoted words
were split at their commas; "a birthday cake with 5 candles" lost the five and "make it 6 candles" turned the cake
into candles; 换个颜色吧 with nothing drawn drew a thing called 颜色; "a red-crowned crane" was a red thing called
"-crowned crane"; and the ways of saying things below, each read wrong before."""

from __future__ import annotations

from dialog.decision import Action
from dialog.prompt import render_prompt
from rules_talk import attributes as _attrs, names, parts as _parts, talk


def test_words_written_on_a_thing_are_its_detail() -> None:
    d = talk("a birthday cake", 'write "Happy Birthday Mia" on it')
    assert names(d) == ["birthday cake"]
    assert render_prompt(d.scene) == 'a birthday cake, with the words "Happy Birthday Mia"'
    d = talk("a cake", "write Happy Birthday Mia on the cake", "change the text to Happy Birthday Leo")
    assert _attrs(d)["words"] == "Happy Birthday Leo"
    d = talk("a cake", "write Happy Birthday Mia on the cake", "remove the text")
    assert "words" not in _attrs(d) and names(d) == ["cake"]
    assert names(talk("a poster of a mountain", "add the text GO WILD at the top")) == ["poster of a mountain"]
    assert _attrs(talk("a sign", "make it say OPEN"))["words"] == "OPEN"


def test_words_written_in_chinese() -> None:
    assert render_prompt(talk("画一个生日蛋糕", "上面写生日快乐").scene) == "有一块写着“生日快乐”的生日蛋糕"
    assert render_prompt(talk("一个蛋糕", "在蛋糕上写生日快乐").scene) == "有一块写着“生日快乐”的蛋糕"
    d = talk("画一个生日蛋糕", "上面写生日快乐", "把字去掉")
    assert render_prompt(d.scene) == "有一块生日蛋糕"
    assert talk("a cat", "写实风格").scene.style and names(talk("a cat", "写实风格")) == ["cat"]  # a style, no words
    assert not any("words" in s.attributes for s in talk("画一栋楼", "改成印象派风格").scene.subjects)
    d = talk("a cat", "write something nice")
    assert "words" not in _attrs(d)


def test_words_are_said_in_the_prompt_s_language() -> None:
    assert render_prompt(talk("画一个蛋糕", "上面写生日快乐", "make it blue").scene) == (
        'a blue cake, with the words "生日快乐"')
    assert render_prompt(talk("a cake", "write Happy Birthday on it", "改成蓝色").scene) == (
        "有一块蓝色写着“Happy Birthday”的蛋糕")
    d = talk('a sign that says "Hello, world"', 'the sign should say "Bye, world"')
    assert render_prompt(d.scene) == 'a sign, with the words "Bye, world"'  # the words said at drawing replaced


def test_quoted_words_are_kept_whole() -> None:
    d = talk("a sign", 'add the text "OPEN NOW, COME IN"')
    assert _attrs(d)["words"] == "OPEN NOW, COME IN" and not d.scene.notes
    d = talk("a sign", 'write "Sale! 50% off" on it')
    assert _attrs(d)["words"] == "Sale! 50% off" and not d.scene.notes
    assert render_prompt(talk("画一个蛋糕", "上面写“生日快乐 小米”").scene) == "有一块写着“生日快乐 小米”的蛋糕"
    d = talk("a sign", 'add the text "OPEN NOW, COME IN"', 'change the text to "CLOSED, SORRY"')
    assert _attrs(d)["words"] == "CLOSED, SORRY"
    assert names(talk('"a yellow duck on a lake"')) == ["duck"]  # a request quoted whole is read, not kept


def test_how_many_of_a_part_is_kept() -> None:
    d = talk("a birthday cake with 5 candles")
    assert _parts(d)["candles"]["count"] == "5" and render_prompt(d.scene) == "a birthday cake with five candles"
    assert render_prompt(talk("a monster with 3 eyes").scene) == "a monster with three eyes"
    assert render_prompt(talk("一个有三根蜡烛的蛋糕").scene) == "有一块有三根蜡烛的蛋糕"
    d = talk("a cake with candles", "make it 6 candles")
    assert names(d) == ["cake"] and render_prompt(d.scene) == "a cake with six candles"
    assert render_prompt(talk("一个有三根蜡烛的蛋糕", "改成五根蜡烛").scene) == "有一块有五根蜡烛的蛋糕"
    assert names(talk("two glasses of wine")) == ["glass of wine", "glass of wine"]


def test_a_colour_asked_for_with_nothing_drawn_draws_nothing() -> None:
    d = talk("换个颜色吧")
    assert d.action is Action.CHAT and not names(d)
    assert talk("change the colour").action is Action.CHAT


def test_a_colour_in_a_hyphenated_word_says_what_has_it() -> None:
    d = talk("a red-crowned crane")
    assert names(d) == ["red-crowned crane"] and "colour" not in _attrs(d)
    assert _attrs(talk("a black-and-white cat"))["colour"] == "black and white"
    assert names(talk("a blue-eyed cat")) == ["blue-eyed cat"]


def test_one_kept_on_its_own() -> None:
    d = talk("a crane standing next to an old pine tree", "hmm lose the pine, i want the crane on its own")
    assert names(d) == ["crane"]
    assert names(talk("a crane and a tree and a moon", "i want the crane on its own")) == ["crane"]


def test_the_feel_wished_for_in_chinese_is_no_thing() -> None:
    for message, drawn in (("画一只猫，要帅一点", ["猫"]), ("画一只猫 要有禅意", ["猫"]),
                           ("画一只猫，仙气飘飘的", ["猫"]), ("画一只猫 寓意好", ["猫"]),
                           ("画一个老和尚 在打坐 要有禅意 阿弥陀佛🙏", ["老和尚"]),
                           ("画两个修车工 干活那种", ["修车工", "修车工"]),
                           ("画个房子 旁边一棵树 农村那种", ["房子", "树"])):
        assert names(talk(message)) == drawn, message
    assert _attrs(talk("画一只猫", "要大一点")) == {} and talk("画一只猫", "要大一点").scene.subjects[0].size == "big"


def test_chinese_said_loosely_by_tuning_218() -> None:
    d = talk("劳烦画一只熊猫坐在竹林里 旁边搁一块大石头")
    assert names(d) == ["熊猫", "石头"]
    assert names(talk("画一只猫，一只狗", "猫给我撤了")) == ["狗"]
    assert _parts(talk("画一个古风少年，腰间挂一块玉佩，手里拿着一支笛子")) == {
        "玉佩": {"relation": "wearing"}, "笛子": {"relation": "holding"}}
    d = talk("画一只小小的黑色燕子在右上角，春天到了～")
    assert names(d) == ["燕子"] and d.scene.time == "spring"
    d = talk("画一个粉色的三角形 in the top right 角落")
    assert names(d) == ["三角形"] or names(d) == ["triangle"]
    assert d.scene.subjects[0].position == "top right"


def test_english_said_loosely_by_tuning_219() -> None:
    assert talk("a dog in the backyard").scene.background == "in a backyard"
    d = talk("yo draw a surfer riding a wave at sunset with a dolphin jumping next to him",
             "nah scrap the dolphin bru people will think its a shark lol")
    assert names(d) == ["surfer"]
    assert talk("a cat", "lekker dankie bru 👌").action is Action.CHAT
    assert names(talk("draw my granddaughter, a little girl with braids, playing in the garden")) == ["girl"]
    assert names(talk("draw my dog, a cat and a bird")) == ["dog", "cat", "bird"]  # a list, not who the dog is
    d = talk("draw 3 cows for me, a black one a brown one and a white one, like at my shags farm")
    assert names(d) == ["cow", "cow", "cow"] and [s.attributes["colour"] for s in d.scene.subjects] == [
        "black", "brown", "white"]
    d = talk("can you do a yellow sun top left and a house at the bottom, the way kids draw it")
    assert names(d) == ["sun", "house"]


def test_english_said_loosely_by_tuning_220() -> None:
    assert names(talk("draw a deer and a fox in the forest pls, like the ones we saw on the ridge trail")) == [
        "deer", "fox"]
    assert talk("a heron in a marsh").scene.background == "marsh" and names(talk("a heron in a marsh")) == [
        "heron"]
    d = talk("draw a birdwatcher with binoculars and a green hat", "make the binoculars black")
    assert names(d) == ["birdwatcher"] and _parts(d)["binoculars"]["colour"] == "black"
    d = talk("a golden eagle soaring over mountains, aspect 16:9")
    assert names(d) == ["golden eagle"] and "colour" not in _attrs(d)
    d = talk("an eagle in the top right and a salmon in the bottom left",
             "move the salmon over to the right side so its under the eagle")
    assert d.scene.subjects[1].position == "bottom right"
    d = talk("barn owl sitting on a branch holding a mouse")
    assert list(_parts(d)) == ["mouse"]
    d = talk("a mountain goat and a big yellow sun", "take the sun out its supposed to be overcast up there")
    assert names(d) == ["mountain goat"] and not _parts(d)
    assert names(talk("a big brown circle in the middle pls, ill turn it into something later")) == ["circle"]
    assert names(talk("a duck swimming on a lake at sunset, nice and calm")) == ["duck"]
    d = talk("an owl and a woodpecker", "move it up", "the woodpecker i mean, sorry!")
    assert d.scene.subjects[1].position == "top" and d.scene.subjects[0].position is None
    d = talk("here's the one from the rehab center ![img](https://i.imgur.com/Hx8f2.jpg) can u draw a kestrel like "
             "this", "make it bigger and put it perched top right")
    assert names(d) == ["kestrel"] and d.scene.subjects[0].position == "top right"
    assert names(talk("hi! what kind of stuff can you draw?")) == []


def test_chinese_said_loosely_by_tuning_221() -> None:
    d = talk("在吗 帮我画个白色的保温杯 旁边摆一盆绿色的小盆栽，主图要用的 急")
    assert names(d) == ["保温杯", "盆栽"]
    assert list(_parts(talk("画个 model 穿红色连衣裙 手上拎一个 handbag, 街拍风的"))) == ["连衣裙", "handbag"]
    d = talk("画个粉色的小圆圈在左下角", "换成大号紫色的吧")
    assert d.scene.subjects[0].size == "big" and _attrs(d)["colour"] == "purple"
    assert names(talk("画一只橘猫在窗台上", "不要猫了 把它换成一只柯基 我们是卖狗粮的")) == ["柯基"]
    d = talk("![](https://m.media-amazon.com/images/I/71abc.jpg) 照着这个 listing 主图 画一个黑色的 backpack",
             "背景换成纯白 white 的")
    assert len(names(d)) == 1 and d.scene.background == "white"
    d = talk("画一只金毛在沙滩上")
    assert names(d) == ["金毛"] and "colour" not in _attrs(d)
    assert names(talk("先画一个绿色的 square 放中间 做 logo 草稿")) in (["square"], ["正方形"])
    d = talk("a big blue circle in the middle on white", "nvm start over - a tiny pink triangle at the bottom on black")
    assert names(d) == ["triangle"] and d.action is Action.DRAW
    d = talk("画一个正方形", "换成三角形试试")  # a try asked for: no thing or note called 试试
    assert names(d) == ["triangle"] and not d.scene.notes


def test_chinese_said_loosely_by_tuning_224() -> None:
    d = talk("画一辆卡车和一辆小轿车 卡车在左 轿车在右")
    assert [s.position for s in d.scene.subjects] == ["left", "right"]
    d = talk("画只猫同埋一只狗 猫喺左 狗喺右", "the dog 改做黑色", "左边嗰只 大啲")
    assert d.scene.subjects[0].size == "big" and d.scene.subjects[1].position == "right"
    assert "detail" not in d.scene.subjects[1].attributes
    d = talk("画个轮胎 黑色的 旁边放把扳手", "扳手不要了 remove掉 thx", "ok在加个千斤顶 放右边")
    assert names(d) == ["轮胎", "千斤顶"] and d.scene.subjects[1].position == "right"
    d = talk("画个大金色奖杯在上面", "下面加把小银色扳手 at bottom")
    assert names(d) == ["奖杯", "扳手"] and d.scene.subjects[1].position == "bottom"
    assert talk("画个黄色的圆 白色的底").scene.background == "white"
    assert talk("画个黄色的圆 白色的底", "底换成黑的").scene.background == "black"
    assert talk("画个橙色卡车在右边", "可以可以 thx老板👍").action is Action.CHAT
    d = talk("画三个星星 左边中间右边各一个 都是黄色")
    assert [s.position for s in d.scene.subjects] == ["left", "center", "right"] and len(names(d)) == 3
    d = talk("画个加油站在中间 一辆卡车在左边")
    assert names(d) == ["加油站", "卡车"] and d.scene.subjects[0].position == "center"
    assert names(talk("画一只猫和一只狗 随便画画 试试好不好用")) == ["猫", "狗"]
    assert names(talk("画个蓝色的方块 测试一下")) in (["正方形"], ["square"])
    assert len(names(talk("画个小女孩 扎两个辫子"))) == 1
    d = talk("画只橘猫 趴在一个旧轮胎上面 sunny day")
    assert names(d)[0] == "猫" and d.scene.time
    d = talk("![](https://i.imgur.com/x8Kd2.png) 照这个画 一辆red的跑车")
    assert names(d) == ["跑车"]
    d = talk("画个三角 背景黑色", "再加个小白色的圆 放top")
    assert d.scene.subjects[-1].position == "top"
    d = talk("画个蓝色的方块", "这个步数是干嘛用的 越大越好吗")
    assert d.action is Action.CHAT and not d.scene.notes


def test_said_as_real_model_users_type_it() -> None:
    assert render_prompt(talk("draw a robot and a little boy walking hand in hand").scene) == (
        "a robot walking hand in hand and a small boy walking hand in hand")  # no hand held
    assert render_prompt(talk("draw a teddy bear having a tea party with two dolls").scene) == (
        "a teddy bear at a tea party with two dolls")
    assert render_prompt(talk("a cat having a nap on the sofa").scene) == "a cat taking a nap on the sofa"
    d = talk("a bowl of fruit on a wooden table: apples, bananas and grapes", "make the grapes green")
    assert render_prompt(d.scene).endswith("bananas and green grapes")  # not "a green grapes"
    assert names(talk("画一辆飞车", "多加几辆飞车")) == ["飞车", "飞车", "飞车"]
    assert list(_parts(talk("帮我画一个 mannequin 穿着红色的 cape"))) == ["cape"]  # not a 衣服 cape
    assert render_prompt(talk("画一个 magical girl 站在中间").scene) == "a magical girl standing at the center"
    assert names(talk("pls draw a heat gun, a foam helmet and a green cutting mat")) == [
        "heat gun", "foam helmet", "cutting mat"]
    d = talk("draw a steampunk airship captain, goggles and all")
    assert names(d) == ["airship captain"] and list(_parts(d)) == ["goggles"]


def test_words_go_on_what_words_are_written_on() -> None:
    d = talk("a poster for a jazz concert, a saxophone player on stage", 'write "Jazz Night" at the top')
    assert _attrs(d)["words"] == "Jazz Night" and "words" not in d.scene.subjects[1].attributes
    d = talk("画一张中秋节海报，一轮圆月，兔子，月饼", "加上文字 中秋快乐")  # nothing to write on: the picture's
    assert d.scene.look == ["写着“中秋快乐”"] and not any("words" in s.attributes for s in d.scene.subjects)
    assert talk("画一张中秋节海报，一轮圆月，兔子，月饼", "加上文字 中秋快乐", "把字去掉").scene.look == []
    assert _attrs(talk("a cat", "write ZZZ on it"))["words"] == "ZZZ"  # "on it": on the one in focus
    d = talk("a sleepy cat", "add some text")
    assert d.action is Action.CHAT and names(d) == ["sleepy cat"]  # which words is asked, no thing called text
    assert talk("画一张中秋节海报，一轮圆月，兔子，月饼", "月亮再大一点").scene.subjects[0].size == "big"  # 圆月 is one


def test_a_cute_ba_is_not_a_horn() -> None:
    d = talk("画两盏灯笼，左边一盏红的，右边一盏黄的", "左边那个换成白色叭")
    assert names(d) == ["灯笼", "灯笼"] and _attrs(d)["colour"] == "white"
    assert names(talk("画一个喇叭")) == ["喇叭"]


def test_new_names_and_backgrounds_changed_into_others() -> None:
    assert render_prompt(talk("a house and some trees", "change the trees to palm trees").scene) == (
        "a house and palm trees")
    d = talk("a cat, cherry blossom background", "change the cherry blossoms to maple leaves")
    assert names(d) == ["cat"] and d.scene.background == "maple leaves"
    d = talk("一只橘猫躺在窗台上晒太阳，窗外是樱花", "樱花改成枫叶")
    assert names(d) == ["猫"] and "枫叶" in d.scene.background and not d.scene.notes
    assert names(talk("a cat", "change the cat to a dog")) == ["dog"]
    assert render_prompt(talk("a house and some red flowers", "turn the flowers into roses").scene) == (
        "a house and red roses")  # a name the vocabulary knows whole: renamed as before, its colour kept


def test_more_said_loosely() -> None:
    assert render_prompt(talk("two kids flying a kite on a hill", "add a dog chasing them").scene) == (
        "two kids flying a kite and a dog chasing them, on a hill")  # not "chasing the them"
    assert names(talk("一个穿红色斗篷的小女孩走在雪地里", "加一只跟着她的狼"))[-1] == "狼"
    assert names(talk("师傅帮我画个货车 旁边蹲条狗 就是我家那条大狼狗")) == ["货车", "狗"]
    assert names(talk("画个加油站在中间 一辆卡车在左边 准备进站加油的")) == ["加油站", "卡车"]
    d = talk("画一个绿色的 square 放中间", "emm 感觉不太对 换成 triangle 试试")
    assert d.action is Action.EDIT and names(d) == ["triangle"]
    d = talk("画一个红色的杯子和一个蓝色的盘子 放桌上那种感觉")
    assert d.action is Action.DRAW and names(d) == ["杯子", "盘子", "桌"]  # on the table, drawn too


def test_far_and_near_said_in_chinese() -> None:
    d = talk("画一幅山水画，远处有山，近处有一条小船")
    assert names(d) == ["山", "船"] and d.scene.style == "ink wash"
    assert render_prompt(talk("画一条小船，背景里有山").scene) == "有一艘小的船，背景里面有一座山"
    assert render_prompt(talk("画一条船，远处是山").scene) == "有一艘船，背景里面有一座山"
    assert render_prompt(talk("画一个女孩，背景里有一座城堡").scene) == "有一个女孩，背景里面有一座城堡"
    assert render_prompt(talk("画一只猫，远处有条船").scene) == "有一只猫，背景里面有一艘船"  # a measure said, no 一


def test_more_of_a_gift_and_words_below() -> None:
    d = talk("draw 一个老爷爷 in the park", "给他 a walking stick and 一副眼镜")
    assert names(d) == ["老爷爷"] and list(_parts(d)) == ["walking stick", "眼镜"]
    d = talk("draw my logo: a coffee cup with steam shaped like a heart", 'add the text "Bean There" below')
    assert d.scene.look[-1] == 'with the words "Bean There"'  # nothing there to write on: the picture's
    assert names(talk("画一栋写字楼")) == ["写字楼"]


def test_a_door_s_mouth_is_where_one_is_not_a_door() -> None:
    assert render_prompt(talk("画一个老大爷在门口").scene) == "门口有一个老大爷"  # no door drawn for 门口
    assert render_prompt(talk("画个老大爷 坐在门口晒太阳").scene) == "门口有一个坐着的老大爷"
