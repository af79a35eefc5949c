"""From tuning-43's turns (issue 20): Latin plurals ("two cacti"), a British "Ta.", lanterns hung in a row
(挂成一排), 老大爷 (no size in a word for someone), how many fewer (少两个, "one robin fewer", "two fewer", "too many
lol take one away"), a feel said with 来点/加点/弄点 and an English time ("加点 night 的感觉", "来点 sunset 的光"),
"background blue instead of black", "a moss garden" and "with a white umbrella on top"."""

from __future__ import annotations

from dialog.decision import Action
from rules_talk import names, talk


def test_a_latin_plural_is_one_each():
    assert names(talk("two cacti in the desert at sunset")) == ["cactus", "cactus"]


def test_a_british_thanks_after_the_request():
    d = talk("Could you draw a red postbox, and three robins on the ground next to it? Ta.")
    assert names(d) == ["postbox", "robin", "robin", "robin"]


def test_things_hung_in_a_row():
    d = talk("画五个红灯笼挂成一排 晚上")
    assert names(d) == ["灯笼"] * 5 and d.scene.time == "night"


def test_a_word_for_someone_that_holds_big_is_no_size():
    d = talk("画一个老大爷在公园里下象棋 旁边站着个小男孩")
    assert names(d)[0] == "老大爷" and d.scene.subjects[0].size is None
    assert talk("画一个大大的苹果").scene.subjects[0].size == "big"


def test_how_many_fewer():
    assert len(talk("画五个红灯笼", "少两个").scene.subjects) == 3
    assert names(talk("a red postbox and three robins", "one robin fewer please")) == ["postbox", "robin", "robin"]
    assert len(talk("five cats", "two fewer").scene.subjects) == 3
    assert len(talk("five avocados", "too many lol take one away").scene.subjects) == 4
    assert len(talk("five cats", "make it 3 cats").scene.subjects) == 3
    assert talk("a cat and a dog", "remove one").action is Action.CHAT  # which one: asked


def test_a_feel_with_an_english_time():
    assert talk("a cat", "加点 night 的感觉").scene.time == "night"
    assert talk("a cat", "来点 sunset 的光 please").scene.time == "sunset"
    assert talk("a cat", "行 那再弄点晚上的氛围").scene.time == "night"


def test_the_background_it_had_said_after_the_new_one():
    assert talk("a cat on black", "background blue instead of black").scene.background == "blue"
    assert talk("a cat on black", "background blue, not black").scene.background == "blue"


def test_a_kind_of_garden_is_the_setting():
    d = talk("draw a stone lantern in a moss garden, soft light")
    assert names(d) == ["lantern"] and d.scene.background == "moss garden"
    assert talk("a girl in a garden").scene.background == "in a garden"
    assert names(talk("a cat on a garden bench")) == ["cat", "garden bench"]


def test_on_top_of_the_thing_it_is_with():
    d = talk("a small red cart in the bottom left with a white umbrella on top, on a street at sunset")
    assert all(s.position != "top" for s in d.scene.subjects)
    assert talk("put a star on top").scene.subjects[0].position == "top"


def test_talk_about_the_person_or_the_world():
    for first, said in (("a rocket", "Back in '81 we would have killed for graphics like this."),
                        ("a reindeer", "did you know reindeer are the only deer where the females grow antlers too"),
                        ("a vase", "这个 composition 好高级 lol"), ("a vase", "你觉得加个 shadow 会更好吗？"),
                        ("a husky", "hah he looks like my lead dog Juniper now")):
        d = talk(first, said)
        assert d.action is Action.CHAT and not d.scene.notes, said
    d = talk("a boat and a gull", "nah lose the gull, looks like a smudge on teh lens lol")
    assert names(d) == ["boat"]  # no smudge drawn
    assert names(talk("a cat", "make it look like a tiger")) == ["tiger"]


def test_a_thing_named_then_it():
    d = talk("画一只熊猫在吃火锅，旁边一只橙色的猫", "熊猫 looks hungry，给它一双红色的筷子")
    assert d.action is Action.EDIT and "筷子" in d.scene.subjects[0].parts
    d = talk("画一只熊猫在吃火锅，旁边一只橙色的猫", "猫 too small，把它变大")
    assert d.action is Action.EDIT and d.scene.subjects[1].size == "big"  # a panda (熊猫) is no cat (猫)


def test_a_hat_named_for_a_person_is_worn():
    d = talk("画一只熊猫和一只猫", "给它们都戴上白色的 chef hat")
    assert all(s.parts.get("chef hat", {}).get("colour") == "white" for s in d.scene.subjects)
    assert names(talk("a police car")) == ["police car"]


def test_places_said_in_passing():
    d = talk("画一只竹筏在江上 左边一座山 右上角一个太阳")
    assert names(d) == ["竹筏", "山", "太阳"] and d.scene.background == "by a river"
    d = talk("draw a DJ with black headphones behind the turntables, in a club at night", "give him a yellow shirt")
    assert names(d) == ["DJ"] and d.scene.subjects[0].parts["shirt"]["colour"] == "yellow"
    d = talk("two cacti in the desert at sunset", "and a hawk in the sky, top right")
    assert names(d) == ["cactus", "cactus", "hawk"] and d.scene.background == "in the desert"
    assert d.scene.subjects[2].position == "top right"
    assert talk("a bird in the sky").scene.background == "in the sky"  # alone: the sky is where the picture is


def test_a_numbered_label_before_the_request():
    d = talk("Round 1, question 1: draw a green four-leaf clover on a white background --ar 1:1 --steps 30")
    assert names(d) == ["four-leaf clover"] and d.scene.background == "white"


def test_loose_words():
    d = talk("a husky", "give him a lil green scarf too lol he looks cold")
    assert list(d.scene.subjects[0].parts) == ["scarf"]
    d = talk("a husky with blue booties", "booties black pls, blue looks weird on snow")
    assert d.scene.subjects[0].parts["booties"]["colour"] == "black" and not d.scene.notes
    d = talk("a boat and a lighthouse in fog", "actually take the lighthouse out too. just the boat n the fog")
    assert names(d) == ["boat"] and d.scene.subjects[0].attributes == {} and d.scene.time == "fog"
    d = talk("a crocodile in the middle and a small boat on the left", "swap em around")
    assert [s.position for s in d.scene.subjects] == ["left", "center"]
    assert names(talk("a bike and a dog", "hmm no, no dog after all sorry")) == ["bike"]
    d = talk("画一个女孩戴着一朵白花", "花改成粉的 其他不动")
    assert not d.scene.notes
    d = talk("画一个女孩", "再给她挎一个棕色的竹篮")
    assert d.scene.subjects[0].parts["竹篮"]["colour"] == "brown"


def test_an_animal_said_alone_is_added():
    assert names(talk("two cacti", "a hawk")) == ["cactus", "cactus", "hawk"]
    assert names(talk("two cacti in the desert at sunset", "ok remove one of the cacti")) == ["cactus"]
    assert talk("a cat", "a bit").scene.notes  # no thing: still noted
    assert len(talk("a green dinosaur and a blue dinosaur", "shes a girl").scene.subjects) == 2  # who she is


def test_a_compound_is_still_its_head_unless_it_is_another_animal():
    assert names(talk("画一棵樱花树和一个小女孩", "把树删了吧")) == ["小女孩"]
    assert talk("麻烦画一辆蓝色的公交车", "请把车变成黄色").scene.subjects[0].attributes["colour"] == "yellow"
