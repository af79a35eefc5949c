"""Issue 20, blind splits tuning-119 … tuning-124 and what probing beside them found: three or more things alike
said once in the reply ("Drew three apples.", not "two apples and an apple"), and a thing the background names in
its own words ("by the river", "by a lake") taken out with it."""

from __future__ import annotations

from dialog.decision import Action
from dialog.hanzi import to_simplified
from dialog.prompt import render_prompt
from rules_talk import names, talk


def test_three_or_more_alike_things_are_counted_once() -> None:
    assert talk("draw 3 apples").reply == "Drew three apples."
    assert talk("draw 4 red balloons").reply == "Drew four red balloons."
    assert talk("draw 5 stars in the sky").reply.startswith("Drew five stars")
    assert talk("draw two cats").reply == "Drew two cats."


def test_a_thing_named_only_by_the_background_goes_with_it() -> None:
    d = talk("a boy by the river", "remove the river")
    assert d.action is Action.EDIT and names(d) == ["boy"] and d.scene.background is None
    d = talk("a house by a lake", "no lake please")
    assert names(d) == ["house"] and d.scene.background is None and not d.scene.avoid
    d = talk("a woman in a blue dress standing by a lake", "remove the lake")
    assert names(d) == ["woman"] and d.scene.background is None
    d = talk("a boy by the river", "remove the boy")
    assert names(d) == [] and d.scene.background == "by the river"


def test_hong_kong_and_singapore_particles_are_tone_not_words() -> None:
    assert names(talk("draw a red car la")) == ["car"]
    d = talk("唔該 draw a panda and a red balloon beside it la 🐼")
    assert names(d) == ["panda", "balloon"] and d.scene.subjects[1].attributes["colour"] == "red"
    d = talk("a cat wearing a bow tie", "the bow tie make it red ga", "the cat itself make it grey lor")
    cat = d.scene.subjects[0]
    assert cat.attributes["colour"] == "gray" and cat.parts["bow tie"]["colour"] == "red"
    d = talk("a lantern at the top", "move it to the left a bit 啦 thx")
    assert d.scene.subjects[0].position == "top left"
    d = talk("draw a green triangle", "搞掂 👍 thx")
    assert d.action is Action.CHAT and d.scene.subjects[0].name == "triangle" and not d.scene.notes
    d = talk("a durian", "ok now take away the durian liao")
    assert names(d) == []
    assert names(talk("我要一只猫啦")) == ["猫"]


def test_shanghai_words() -> None:
    d = talk("帮我画只交关大额橘色猫咪")
    assert d.scene.subjects[0].size == "big" and d.scene.subjects[0].attributes["colour"] == "orange"
    d = talk("画一只老大额粉红色兔子，放右上角", "兔子改成小额，浅蓝色")
    s = d.scene.subjects[0]
    assert names(d) == ["兔子"] and s.size == "small" and s.attributes["colour"] == "light blue"
    d = talk("一个蓝色正方形在右下角", "其实阿拉想要圆额，侬帮我改成圆形好伐")
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].name in ("圆形", "circle")
    d = talk("画一个大的深绿色三角形，摆在当中")
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].position == "center"
    d = talk("一个红色的三角形在黑色背景上", "底色换成浅灰额")
    assert d.scene.background == "light gray"
    mandarin = "额头很大，金额不多，额外加一只猫，加快步伐"
    assert to_simplified(mandarin) == mandarin  # 额 of Mandarin words stays


def test_teenage_shorthand() -> None:
    d = talk("ok so can u draw a brown dog nd a red ball on the grass pls")
    assert names(d) == ["dog", "ball"]
    d = talk("a girl with a yellow umbrella", "sry the umbrella should be red actually")
    assert d.scene.subjects[0].parts["umbrella"]["colour"] == "red" and not d.scene.notes
    d = talk("a big yellow circle and a small purple square", "u1s1 把 square 改成深紫色的好看点")
    assert d.scene.subjects[1].attributes["colour"] == "dark purple"
    d = talk("a small moon over a cabin", "lose the moon fr it looks weird")
    assert names(d) == []
    d = talk("一只橙色的猫和一只小狗", "狗不要了 破防了 xswl 画得好奇怪")
    assert names(d) == ["猫"] and not d.scene.notes
    d = talk("a red car", "旁边整一棵大大的绿色的树 绝绝子")
    assert names(d) == ["car", "树"] and d.scene.subjects[1].size == "big" and not d.scene.notes
    d = talk("一个 robot 和一只 cat 在 city 里 lowkey 想要 cyberpunk 的感觉")
    assert names(d) == ["robot", "cat"] and d.scene.style == "cyberpunk"
    d = talk("a cloud on the right", "再 up 一点 pls")
    assert d.scene.subjects[0].position == "top right"


def test_what_is_said_of_oneself_around_a_request_is_not_drawn() -> None:
    d = talk("omg finally on break 😮\u200d💨 can u draw a teapot and a mug for me pls")
    assert names(d) == ["teapot", "mug"]
    d = talk("could you draw a granny holding a teacup? reminds me of mrs lee on ward 6 haha")
    assert names(d) == ["granny"]
    d = talk("hi there my granddaughter put this on for me so bear with me, can you draw a house with a big tree "
             "beside it and the sun up in the top right corner")
    assert names(d) == ["house", "tree", "sun"]
    d = talk("a big brown dog and a little white cat sitting together in a garden, they're best friends")
    assert names(d) == ["dog", "cat"]
    assert names(talk("draw a blue bird in the sky please, just a simple one for my grandson")) == ["bird"]
    assert names(talk("a grey cat asleep in the kitchen, curled up like ours always is")) == ["cat"]
    d = talk("a house", "draw a cat, make it look like my old cat")
    assert "cat" in names(d)


def test_what_stays_said_as_still_or_unchanged() -> None:
    d = talk("a green square on a grey background", "ok can, now the square go yellow pls, background still grey")
    assert d.scene.background == "gray" and d.scene.subjects[0].attributes == {"colour": "yellow"}
    d = talk("a red heart on white", "心形 make it pink can? the background dont change")
    assert d.scene.background == "white" and d.scene.subjects[0].attributes["colour"] == "pink" and not d.scene.notes
    d = talk("a nurse holding a clipboard", "clipboard change to blue la")
    assert d.scene.subjects[0].parts["clipboard"]["colour"] == "blue"
    assert talk("a sloth", "lol make it pink").scene.subjects[0].attributes["colour"] == "pink"
    assert talk("a bus", "sorry make it red").scene.subjects[0].attributes["colour"] == "red"
    d = talk("draw a blue bird on the top right can, size 512x512 steps 25 lah")
    assert names(d) == ["bird"] and d.scene.subjects[0].position == "top right"
    assert names(talk("draw a can")) == ["can"]


def test_a_picture_of_another_chat_is_asked_about() -> None:
    d = talk("CAN YOU DO THE ONE LIKE YOU DID FOR MY SISTER LAST WEEK")
    assert d.action is Action.CHAT and not d.scene.subjects
    d = talk("呃 can you do the thing 上次那个")
    assert d.action is Action.CHAT and not d.scene.subjects
    d = talk("a red car", "把 it 弄成那个颜色 you know 就是上次那个")
    assert d.action is Action.CHAT and d.scene.subjects[0].attributes["colour"] == "red"


def test_moves_and_complaints_said_loosely() -> None:
    d = talk("a red kite on the left", "can it go higher up, near the top")
    assert d.scene.subjects[0].position == "top left"
    d = talk("a yellow duck and a boat behind it", "alamak the boat very ugly leh 😂 lose the boat lah")
    assert names(d) == ["duck"]
    d = talk("a lamp in a living room",
             "hmm actually i dont want the lamp anymore.. its eating into the negative space")
    assert names(d) == [] and d.scene.style is None and not d.scene.notes
    d = talk("a big orange circle and a small circle", "and the small one purple 💜")
    assert names(d) == ["circle", "circle"] and d.scene.subjects[1].attributes["colour"] == "purple"
    assert talk("a cat", "add a red 🔴").scene.subjects[1].name == "circle"


def test_counted_things_then_each_in_chinese_and_after_a_full_stop() -> None:
    d = talk("画两个苹果，一个大的红苹果，一个小的绿苹果")
    assert [(s.size, s.attributes.get("colour")) for s in d.scene.subjects] == [("big", "red"), ("small", "green")]
    assert [s.size for s in talk("画两只狗，一只大的，一只小的").scene.subjects] == ["big", "small"]
    d = talk("two circles please.. small one at the top, big one at the bottom")
    assert [(s.size, s.position) for s in d.scene.subjects] == [("small", "top"), ("big", "bottom")]


def test_wishes_and_corrections_said_as_people_say_them() -> None:
    d = talk("a small robot holding a balloon",
             "i would like the balloon to be yellow and the robot silver if thats ok 😊")
    s = d.scene.subjects[0]
    assert names(d) == ["robot"] and s.attributes["colour"] == "silver" and s.parts["balloon"]["colour"] == "yellow"
    d = talk("a robot holding a balloon", "i want the balloon yellow and the robot silver")
    assert d.action is Action.EDIT and names(d) == ["robot"]
    assert names(talk("a red triangle", "i wanted it round")) == ["circle"]
    assert names(talk("a red triangle", "no no, a circle")) == ["circle"]
    d = talk("a white cube in the center", "can you remove the plant next to it")
    assert d.action is Action.CHAT and names(d) == ["cube"] and not d.scene.avoid
    d = talk("a white cube in the center", "erm not this one, the other cube. make that one black")
    assert d.action is Action.CHAT and d.scene.subjects[0].attributes["colour"] == "white"
    assert talk("a square", "could you make it look like the other one").action is Action.CHAT
    d = talk("a cat and a dog", "make the other one white")
    assert d.action is Action.EDIT and d.scene.subjects[0].attributes["colour"] == "white"


def test_markup_moons_and_chinese_camera_words() -> None:
    d = talk("a fluffy orange cat", "[another pic](https://example.com/cat2.jpg) make her sit on the left")
    assert len(d.scene.subjects) == 1 and d.scene.subjects[0].position == "left"
    d = talk("a blue square on the right", "再加个 **黄色** moon 在左上角 seed: 7")
    assert [s.name for s in d.scene.subjects] == ["square", "moon"]
    d = talk("画一条小船在海上，天上挂一个月亮")
    assert names(d) == ["船", "月亮"]
    d = talk("a boy", "来个特写 逆光 电影感拉满")
    assert d.scene.look == ["close-up", "backlight", "cinematic"]
    d = talk("a boy", "low angle 从下面往上拍，再加点电影感")
    assert d.scene.look == ["low angle", "cinematic"] and not d.scene.notes
    d = talk("a boy", "WHAT DOES GUIDANCE DO? SORRY I AM NEW TO THIS")
    assert d.action is Action.CHAT and not d.scene.notes


def test_a_pose_then_and_another_thing() -> None:
    d = talk("hello dear, could you please draw me a red fox sitting in the snow and a little lantern next to him. "
             "thank you so much")
    assert names(d) == ["fox", "lantern"] and not d.scene.subjects[0].parts
    assert names(talk("draw a fox sitting and a lantern")) == ["fox", "lantern"]


def test_more_cantonese_and_how_sure_one_is() -> None:
    assert talk("a green square on grey", "change background to pink 得唔得").scene.background == "pink"
    d = talk("a white cat and a black cat", "the black one 搬去 left 啦")
    assert d.scene.subjects[1].position == "left"
    assert names(talk("a brown horse", "唔係 horse 呀, should be a cow 先啱")) == ["cow"]
    assert names(talk("draw a cat wearing a bow tie la, 要好可愛嗰種")) == ["cat"]
    assert talk("a cat", "它好像太小").scene.subjects[0].size == "big"


def test_common_flows_found_by_trying_them() -> None:
    d = talk("a robot and a dog", "swap them")  # had said "Swapped" and changed nothing
    assert d.action is Action.EDIT and [s.position for s in d.scene.subjects] == ["right", "left"]
    d = talk("a robot on the left and a dog on the right", "swap them")
    assert [s.position for s in d.scene.subjects] == ["right", "left"]
    assert talk("two birds on a wire", "swap them").action is Action.CHAT
    d = talk("a man with glasses reading a book")  # a "reading book" he had
    assert names(d) == ["man"] and set(d.scene.subjects[0].parts) == {"glasses", "book"}
    d = talk("a woman with long hair playing a guitar")
    assert set(d.scene.subjects[0].parts) == {"hair", "guitar"}
    d = talk("一棵大树", "树变成秋天的颜色")  # had set the picture in autumn and made the tree "颜色"
    assert d.scene.time is None and d.scene.subjects[0].attributes.get("detail") == "秋色"
    d = talk("a teddy bear sitting on a bed", "make the room dark")
    assert names(d) == ["teddy bear", "bed"] and d.scene.look and d.action is Action.EDIT
    d = talk("a cup of tea and a book on a table", "make the cup blue")  # the cup had been the book's
    assert len(d.scene.subjects) == 3 and d.scene.subjects[0].attributes["colour"] == "blue"


def test_given_to_someone_and_things_named_like_styles() -> None:
    d = talk("a grandma", "give the grandma glasses")  # had read "the grandma's glasses", and asked back
    assert d.action is Action.EDIT and list(d.scene.subjects[0].parts) == ["glasses"]
    d = talk("a girl with a hat", "make the girl hat red")
    assert d.scene.subjects[0].parts["hat"]["colour"] == "red"
    d = talk("a girl holding a pencil")  # the prompt had said "holding a pencil sketch"
    assert "pencil" in render_prompt(d.scene, "en") and "sketch" not in render_prompt(d.scene, "en")
    assert "photorealistic" not in render_prompt(talk("a girl holding a photo").scene, "en")
