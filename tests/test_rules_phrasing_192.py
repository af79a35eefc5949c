"""Issue 20, what probing real-model flows and the blind splits tuning-201 … tuning-206 found: "色调偏紫一点",
"give it a purple tint" and "整体偏蓝" were not read as the picture's tint; "rembrandt lighting" was a thing;
"make it rain harder" made the street "rain harder"; "a viking standing on a cliff looking at the sea" drew "a
looking cliff"; "add sun rays from above" turned the camera; "a church with a big tree beside it" lost the church;
"a sleek modern kitchen with a big marble island" drew the kitchen as a thing; 教宝宝认形状, 给宝宝做贴纸,
我女儿最爱佩奇 and "for the coffee morning" were drawn as things; 要可爱的那种 drew a thing called 要可爱;
"perfetto grazie mille" was a note; 车筐里放一束花 was not read and 加一只猫坐在车座上 drew a 车座; 远处有条小船
drew a thing called 远处有条船; 双肩包 was a 肩包."""

from __future__ import annotations

from dialog.prompt import render_prompt
from rules_talk import attributes as _attrs, names, parts as _parts, talk


def test_a_colour_the_whole_picture_leans_to_is_its_tint() -> None:
    d = talk("一个城市夜景", "色调偏紫一点")
    assert d.scene.look == ["purple tint"] and names(d) == ["城市"] and "偏紫色的色调" in render_prompt(d.scene)
    assert talk("一个城市夜景", "整体偏蓝").scene.look == ["blue tint"]
    assert talk("a city at night", "give it a purple tint").scene.look == ["purple tint"]
    assert talk("a city at night", "more purple tones").scene.look == ["purple tint"]
    assert talk("a forest", "画面偏暖一点").scene.look == ["warm tones"]
    d = talk("a city at night, warm tones", "make it a green tint")
    assert d.scene.look == ["green tint"]  # one tint at a time, in place of warm tones
    assert _attrs(talk("一只猫", "把猫改成偏蓝一点的"))["colour"] == "blue"  # the cat's colour, not the picture's
    assert _attrs(talk("一只猫", "猫的颜色偏蓝一点"))["colour"] == "blue"


def test_a_way_of_lighting_the_vocabulary_lacks_is_a_look() -> None:
    d = talk("portrait of an old man, rembrandt lighting")
    assert names(d) == ["old man"] and "rembrandt lighting" in d.scene.look
    d = talk("a knight, volumetric lighting")
    assert names(d) == ["knight"] and d.scene.look == ["volumetric lighting"]
    assert names(talk("a room with street lighting outside"))[0] == "room"


def test_harder_rain_is_the_rain() -> None:
    d = talk("a street at night", "make it rain harder")
    assert "rain" in (d.scene.time or "") and "detail" not in _attrs(d)
    assert "rain" in (talk("a street", "make the rain heavier").scene.time or "")


def test_where_one_looks_after_where_one_is_is_a_detail() -> None:
    d = talk("a viking standing on a cliff looking at the sea")
    assert names(d) == ["viking", "cliff"] and _attrs(d)["detail"] == "looking at the sea"
    assert "detail" not in _attrs(d, 1)
    d = talk("a cat sitting on a windowsill looking outside")
    assert _attrs(d)["detail"] == "looking outside" and d.scene.subjects[0].position == "on the windowsill"
    assert _attrs(talk("a girl looking at the city"))["detail"] == "looking at the city"


def test_light_from_above_is_no_camera_angle() -> None:
    d = talk("a whale", "add sun rays from above")
    assert not d.scene.look and names(d) == ["whale", "sun rays"] and not d.scene.subjects[1].position
    assert talk("a fox", "shoot it from above").scene.look == ["bird's-eye view"]


def test_a_place_with_a_thing_beside_it_is_a_thing() -> None:
    d = talk("Could you please draw a church with a big tree beside it and a bench in front")
    assert names(d) == ["church", "tree", "bench"] and d.scene.subjects[1].position == "beside the church"
    d = talk("ok so i want a beach with a red umbrella in the middle and a ball next to it")
    assert d.scene.background == "on the beach" and names(d) == ["umbrella", "ball"]  # "it" is the umbrella


def test_a_room_of_a_kind_is_where_things_are() -> None:
    d = talk("a sleek modern kitchen with a big marble island")
    assert names(d) == ["island"] and d.scene.background == "sleek modern kitchen"
    d = talk("bright scandi living room with a white sofa")
    assert names(d) == ["sofa"] and d.scene.background == "bright scandi living room"
    d = talk("画一个现代风格的客厅，一张灰色沙发，一个茶几，墙上挂一台电视")
    assert names(d) == ["沙发", "茶几", "电视"] and "living room" in (d.scene.background or "")
    d = talk("画一个home office, 一张desk，一把椅子，还有一个书架")
    assert "home" not in names(d) and d.scene.background == "home office"


def test_whom_a_picture_is_for_is_not_drawn() -> None:
    assert names(talk("画一个黄色的三角形在左上角 教宝宝认形状")) == ["triangle"]
    assert names(talk("画一个粉色的circle在中间 背景白色 给宝宝做贴纸")) == ["circle"]
    assert names(talk("画一只大棕熊在右下角 要胖乎乎的那种 给儿子讲熊的故事")) == ["熊"]
    assert names(talk("画一只超级大的粉红色小猪在正中间 我女儿最爱佩奇🐷")) == ["小猪"]
    assert names(talk("画一个rocket和一个moon 儿子说要去月球🚀🌙")) == ["rocket", "moon"]
    assert names(talk("画一只柯基趴在rug上面睡觉 超萌那种 给女儿的绘本"))[0] == "柯基"
    assert "给女儿的绘本" not in names(talk("画一只柯基趴在rug上面睡觉 超萌那种 给女儿的绘本"))
    assert names(talk("a teapot and a cup please 🙂 for the coffee morning")) == ["teapot", "cup"]
    assert _parts(talk("draw a puppy with a red collar for the pet food drive")) == {
        "collar": {"colour": "red", "relation": "with"}}
    assert names(talk("draw a little girl praying, for sunday school")) == ["girl"]
    assert names(talk("画一个boy with a guitar, 我们worship night的海报用")) == ["boy"]
    assert names(talk("need an item icon for the shop screen. a treasure chest and a skull beside it, on black")) == \
        ["treasure chest", "skull"]


def test_the_kind_of_picture_said_with_na_zhong_is_its_feel() -> None:
    d = talk("画海底 有一条小丑鱼一只海龟还有一条鲨鱼 要可爱的那种")
    assert names(d) == ["小丑鱼", "海龟", "鲨鱼"] and d.scene.notes
    d = talk("来个超大的金色奖杯 放中间 要blingbling那种")
    assert names(d) == ["奖杯"]
    assert names(talk("画一个老爷爷坐在河边钓鱼 安安静静的那种")) == ["老爷爷"]
    d = talk("画一个女孩 戴着红围巾的那种")  # the thing said again, as before
    assert _parts(d)["围巾"]["colour"] == "red"
    d = talk("画一只兔子", "兔子要小小的那种")  # how the rabbit should be, not a feel
    assert d.scene.subjects[0].size == "small" and not d.scene.notes


def test_thanks_in_other_languages() -> None:
    for said in ("perfetto grazie mille", "ευχαριστώ!! is perfect like this 👍", "shukriya bhai"):
        d = talk("a cat", said)
        assert d.action.value == "chat" and not d.scene.notes, said


def test_a_part_of_a_thing_there_is_where_a_new_one_goes() -> None:
    d = talk("一辆红色的自行车", "车筐里放一束花")
    assert names(d) == ["自行车", "花"] and "车筐" in (d.scene.subjects[1].position or "")
    d = talk("一辆红色的自行车", "加一只猫坐在车座上")
    assert names(d) == ["自行车", "猫"]
    d = talk("一只猫", "把猫放在纸箱里")
    assert names(d) == ["猫", "纸箱"] and d.scene.subjects[0].position == "纸箱里"


def test_far_off_in_chinese_is_the_back_of_the_picture() -> None:
    d = talk("画一个人在湖边钓鱼，远处有条小船")
    assert names(d) == ["人", "船"] and d.scene.subjects[1].size == "small"
    assert names(talk("一个湖", "在远处加一座山")) == ["湖", "山"]


def test_a_backpack_is_no_pair() -> None:
    assert _parts(talk("画一个女孩背着双肩包")) == {"双肩包": {"relation": "with"}}
    assert "鞋" in _parts(talk("画一个女孩", "给她穿双红鞋"))
    d = talk("a purple dragon flying", "给它加一对 gold wings")  # a pair's measure still goes
    assert _parts(d) == {"wings": {"colour": "gold", "relation": "with"}}


def test_a_removal_said_again_takes_out_nothing_more() -> None:
    d = talk("一只猫和一只狗和一只鸟", "鸟删掉吧 不需要了")
    assert names(d) == ["猫", "狗"]


def test_what_stays_said_of_an_aspect() -> None:
    d = talk("画一个三角形 黑底", "三角形换成黄色 底不变")
    assert d.scene.background == "black" and not d.scene.notes and _attrs(d)["colour"] == "yellow"
    d = talk("画一辆白色的SUV", "车身别动")
    assert d.action.value == "chat" and not d.scene.notes


def test_a_worn_thing_of_a_kind_is_worn() -> None:
    assert _parts(talk("a girl", "add a pearl necklace")) == {"pearl necklace": {"relation": "wearing"}}
    assert names(talk("a boxer", "add a boxing ring")) == ["boxer", "boxing ring"]


def test_what_a_change_is_for_or_that_it_serves_is_not_drawn() -> None:
    d = talk("two beige armchairs", "make the first one green for a bit of contrast")
    assert names(d) == ["armchair", "armchair"] and _attrs(d)["colour"] == "green"
    d = talk("a sedan", "great thanks, that works for the flyer")
    assert d.action.value == "chat" and "detail" not in _attrs(d)


def test_the_same_picture_on_another_background() -> None:
    d = talk("a small red house in the center on white", "can i see the same on black?")
    assert d.action.value == "edit" and names(d) == ["house"] and d.scene.background == "black"


def test_only_the_one_wanted_after_removals() -> None:
    d = talk("a tram, a pigeon and a man on a city street",
             "no no remove the pigeon and also the man, i want only the tram, is for the poster of my thesis")
    assert d.action.value == "edit" and names(d) == ["tram"] and d.scene.background == "on a city street"


def test_a_pets_own_name_and_a_likeness_are_not_things() -> None:
    d = talk("can you draw my dog Argo sitting on the grass")
    assert names(d) == ["dog"] and d.scene.background == "on the grass"
    d = talk("a elegant woman with a large hat and a long dress, walking, like Vogue in the 60s")
    assert names(d) == ["elegant woman"]


def test_how_a_person_looks_said_as_a_list_after_them() -> None:
    d = talk("1girl, red dress, long hair")
    assert names(d) == ["girl"] and set(_parts(d)) == {"dress", "hair"} and _parts(d)["hair"]["length"] == "long"
    d = talk("a girl, blue eyes, long hair")
    assert set(_parts(d)) == {"eyes", "hair"} and _parts(d)["eyes"]["colour"] == "blue"
    d = talk("portrait of an old fisherman, wheathered face pls")
    assert names(d) == ["old fisherman"] and _parts(d)["wheathered face"]["relation"] == "with"
    d = talk("portrait of an old fisherman, wrinkled face, kind eyes")
    assert names(d) == ["old fisherman"] and set(_parts(d)) == {"wrinkled face", "kind eyes"}


def test_a_new_one_said_with_a_colon_is_a_new_picture() -> None:
    d = talk("a big blue circle in the center on white", "ok new one: a tiny pink triangle at the bottom on black")
    assert d.action.value == "draw" and names(d) == ["triangle"] and d.scene.background == "black"
    assert talk("a cat", "next one: a dog").action.value == "draw"


def test_a_word_taken_back_before_a_whole_request() -> None:
    d = talk("a red gem, a blue gem and a green gem", "swap... no nvm, just make the green one gold")
    assert d.action.value == "edit" and [_attrs(d, i)["colour"] for i in range(3)] == ["red", "blue", "gold"]


def test_what_is_read_or_held_in_the_mouth_is_held() -> None:
    d = talk("draw an elderly priest reading from a bible")
    assert names(d) == ["elderly priest"] and _parts(d)["bible"]["relation"] == "reading"
    assert names(talk("a hummingbird drinking from a flower")) == ["hummingbird", "flower"]  # a flower of its own
    d = talk("画一只小白鸽在右上角", "鸽子嘴里叼一根绿色的橄榄枝")
    assert len(d.scene.subjects) == 1 and _parts(d)["橄榄枝"]["colour"] == "green"


def test_a_cover_or_an_occasion_is_what_a_picture_is_for() -> None:
    d = talk("帮我画个封面 一碗热腾腾的牛肉面 旁边放一瓶可乐 背景木桌子就行 谢谢🙏")
    assert "封面" not in names(d) and len(d.scene.subjects) == 2 and d.scene.background == "木桌子"
    d = talk("画一个红灯笼挂在中间 金色背景 过年用的")
    assert names(d) == ["灯笼"] and d.scene.background == "gold"
    assert names(talk("画一个小小的白色月亮 在右上角 on black 做封面")) == ["月亮"]


def test_a_colour_inside_a_words_name_is_no_colour() -> None:
    d = talk("画一支口红", "再加个粉色腮红盘 放右边")
    assert names(d)[1] == "腮红盘" and _attrs(d, 1)["colour"] == "pink"
    assert names(talk("画个红油火锅 旁边放一盘毛肚"))[0] == "红油火锅"
    assert "colour" not in _attrs(talk("画三个小黄人"))


def test_more_looks_and_settings_said_in_chinese() -> None:
    d = talk("画一个短发女生 侧脸 close-up")
    assert len(d.scene.subjects) == 1 and "side view" in d.scene.look
    d = talk("画一个蓝色的保温杯 尺寸1024x1024 高清一点")
    assert names(d) == ["保温杯"] and "highly detailed" in d.scene.look
    d = talk("画一个火箭", "种子设7 火箭弄成白色")
    assert _attrs(d)["colour"] == "white" and not d.scene.notes
    assert talk("画一个火箭", "步数给我拉满").action.value == "chat"


def test_which_way_a_thing_points() -> None:
    d = talk("左下角画个绿色箭头 指向右边 黄色背景")
    assert names(d) == ["箭头"] and d.scene.subjects[0].position == "bottom left" and d.scene.background == "yellow"


def test_the_front_or_the_outside_of_a_thing_is_that_thing() -> None:
    d = talk("hi can you draw the front of a victorian terraced house, theres a skip outside and a white van parked "
             "on the road")
    assert names(d)[0] == "victorian terraced house" and "front view" in d.scene.look
    assert names(talk("exterior of a red brick house")) == ["brick house"]
    d = talk("front elevation of a georgian townhouse, symmetrical, --ar 16:9 --seed 1234")
    assert names(d) == ["georgian townhouse"] and "front view" in d.scene.look
    d = talk("a dog in front of a house")  # in front of it: where the dog is
    assert names(d) == ["dog", "house"] and not d.scene.look


def test_a_yard_said_with_its_side_is_the_place() -> None:
    d = talk("front yard, a red mailbox on the left and a blue trash can on the right")
    assert names(d) == ["mailbox", "trash can"] and "yard" in (d.scene.background or "")


def test_asides_labels_and_outfits_are_not_things() -> None:
    d = talk("Modern flat-roof house, black SUV on the drive and a trampoline on the lawn (client's current photo)")
    assert "client's current photo" not in names(d)
    d = talk("need a quick logo placeholder, big gold circle on black")
    assert names(d) == ["circle"] and d.scene.background == "black"
    d = talk("floor plan legend 用的, 画一个小蓝色圆形 at the top right")
    assert names(d) == ["circle"] and d.scene.subjects[0].position == "top right"
    d = talk("draw a realtor holding a SOLD sign, smiling, business casual")
    assert names(d) == ["realtor"] and _parts(d)["business casual outfit"]["relation"] == "wearing"


def test_a_colour_for_one_thing_not_another_in_chinese() -> None:
    d = talk("一只熊猫抱着bamboo", "bamboo 要绿色的 please, 不是熊猫哈哈")
    assert "colour" not in _attrs(d) and _parts(d)["bamboo"]["colour"] == "green"


def test_two_ones_put_in_two_places_with_no_verb() -> None:
    d = talk("a red car and a blue car", "the red one on left side and the blue one on the right, like parking")
    assert [s.position for s in d.scene.subjects] == ["left", "right"] and len(d.scene.subjects) == 2


def test_the_other_one_said_in_chinese_before_english() -> None:
    d = talk("a tree on the left and a house on the right", "右边那个 make it red",
             "另一个 make it orange, like autumn")
    assert _attrs(d)["colour"] == "orange" and _attrs(d, 1)["colour"] == "red"


def test_put_him_boots_is_give_him_boots() -> None:
    d = talk("a boy in a yellow raincoat with a backpack", "backpack blue please, and put him also red boots")
    assert names(d) == ["boy"] and _parts(d)["boots"]["colour"] == "red" and _parts(d)["backpack"]["colour"] == "blue"


def test_moves_and_sizes_said_the_way_a_parent_tells_a_story() -> None:
    d = talk("一个大苹果和一个小梨", "苹果改小一点 跟梨差不多大")
    assert d.action.value == "edit" and d.scene.subjects[0].size == "small"
    d = talk("一只蓝色的小鸟在中间", "往上飞一点", "再往右飞")
    assert d.scene.subjects[0].position == "top right"
    assert talk("一只鱼", "往左游").scene.subjects[0].position == "left"


def test_a_thing_of_a_place_is_no_place() -> None:
    d = talk("a bowl of fruit on a kitchen table, still life")
    assert names(d) == ["fruit", "kitchen table"] and d.scene.background is None
    assert talk("a cat in the kitchen").scene.background == "in the kitchen"


def test_what_is_held_in_a_mouth_is_held() -> None:
    d = talk("a dragon perched on a castle tower at night, fire in its mouth")
    assert names(d) == ["dragon", "castle tower"] and _parts(d)["fire"]["relation"] == "holding"
    assert _parts(talk("a dog, a bone in its mouth"))["bone"]["relation"] == "holding"


def test_sitting_at_a_place_and_doing_something_there() -> None:
    d = talk("画一个宇航员坐在月球上看地球")
    assert names(d) == ["宇航员"] and _attrs(d)["pose"] == "sitting" and "地球" in _parts(d)
    d = talk("一只猫坐在窗台上看雨")  # by a thing there, as before
    assert names(d) == ["猫"] and d.scene.subjects[0].position == "窗台上"


def test_the_chinese_illustration_look_is_a_style() -> None:
    d = talk("国风插画，一个古装女子在月下弹琴")
    assert "国风插画" not in names(d) and d.scene.style == "chinese illustration"
    assert talk("a chinese style dragon").scene.style == "chinese illustration"


def test_the_remaining_ones_are_all_there_now() -> None:
    d = talk("three balloons, red, yellow and blue", "pop the blue one", "move the remaining ones to the right")
    assert [s.position for s in d.scene.subjects] == ["right", "right"]


def test_a_bare_removal_after_saying_why() -> None:
    d = talk("一个小丑鱼和一只鲨鱼", "鲨鱼还是有点凶啊。。。删了吧 不要鲨鱼了")
    assert d.action.value == "edit" and names(d) == ["小丑鱼"] and not d.scene.notes


def test_a_road_is_where_a_car_runs_and_rain_watched_is_rain() -> None:
    d = talk("画一辆red的小汽车在马路上跑 我儿子是车迷🚗")
    assert names(d) == ["汽车"] and d.scene.background == "马路"
    d = talk("画一个小男孩坐在窗边看雨")
    assert names(d) == ["小男孩"] and "rain" in (d.scene.time or "")


def test_a_lesson_said_after_the_picture_and_a_size_said_in_english() -> None:
    d = talk("two circles pls, a red one on the left and a blue one on the right. teaching my son left and right haha")
    assert names(d) == ["circle", "circle"] and [_attrs(d, i)["colour"] for i in range(2)] == ["red", "blue"]
    assert talk("一只小恐龙", "steps调成1000吧 然后size大一点").scene.subjects[0].size == "big"


def test_its_part_said_with_ba_and_ta_typed_for_it() -> None:
    d = talk("一个骑士和一条龙", "把它翅膀弄成紫色 再让它喷火🔥")
    assert _parts(d, 1)["翅膀"]["colour"] == "purple" and "翅膀" not in _parts(d)
    d = talk("一只猫", "给ta换个颜色")
    assert d.action.value == "chat" and "colour" not in _attrs(d)


def test_a_man_and_a_woman_said_as_one_of_each() -> None:
    assert names(talk("画两个人在吵架 一男一女 要很有drama感")) == ["男人", "女人"]
    assert names(talk("画一男一女两个人在吵架")) == ["男人", "女人"]


def test_a_photo_of_a_thing_is_that_thing_in_a_photo() -> None:
    d = talk("a photo of a golden retriever puppy playing in autumn leaves, shallow depth of field, 85mm")
    assert names(d) == ["golden retriever puppy"] and d.scene.style == "photorealistic"
    assert names(talk("a photo of a cat")) == ["cat"]
