"""Captions name exactly what their description says, in both languages, with tokens the model knows."""

import random

from generator.components import build_bert_tokenizer, build_t5_tokenizer
from toyworld.captions import caption, caption_en, caption_zh, leave_out, vocabulary_corpus
from toyworld.scene import ObjectDescription, SceneDescription, ToyObject, ToyScene, sample_scene
from toyworld.spec import ZH_BACKGROUNDS, ZH_COLOURS, ZH_POSITIONS, ZH_SHAPES

SPEC_SCENE = ToyScene("gray", (ToyObject("circle", "red", "big", "top left"),
                               ToyObject("square", "blue", "small", "bottom right")))


def test_the_spec_example_patterns_are_produced_verbatim():
    english = {caption(SPEC_SCENE, random.Random(i), "en", keep=1)[0] for i in range(40)}
    chinese = {caption(SPEC_SCENE, random.Random(i), "zh", keep=1)[0] for i in range(40)}
    spec_english = "a big red circle at the top left and a small blue square at the bottom right on a gray background"
    assert spec_english in english
    assert "灰色背景上，左上角有一个大的红色圆形，右下角有一个小的蓝色正方形" in chinese
    one = ToyScene("white", (ToyObject("square", "blue", "small", "center"),))
    assert "a small blue square at the center on a white background" in {
        caption(one, random.Random(i), "en", keep=1)[0] for i in range(40)}
    assert "白色背景上，中间有一个小的蓝色正方形" in {
        caption(one, random.Random(i), "zh", keep=1)[0] for i in range(40)}


def test_named_attributes_appear_in_both_languages():
    rng = random.Random(3)
    for _ in range(300):
        scene = sample_scene(rng)
        description = leave_out(scene, rng, keep=0.6)
        en, zh = caption_en(description, rng), caption_zh(description, rng)
        for o in description.objects:
            for word in (o.shape, o.colour, o.size, o.position):
                assert word is None or word in en
            for word, table in ((o.shape, ZH_SHAPES), (o.colour, ZH_COLOURS), (o.position, ZH_POSITIONS)):
                assert word is None or table[word] in zh
        if description.background:
            assert description.background in en and ZH_BACKGROUNDS[description.background] in zh


def test_left_out_attributes_are_not_mentioned():
    description = SceneDescription(None, (ObjectDescription(shape=None, colour="green", size=None, position=None),))
    rng = random.Random(0)
    for _ in range(20):
        en, zh = caption_en(description, rng), caption_zh(description, rng)
        assert "green" in en and not any(w in en for w in ("circle", "square", "triangle", "small", "big",
                                                           "left", "right", "top", "bottom", "background"))
        assert "绿色" in zh and not any(w in zh for w in ("圆", "正方", "三角", "小", "大", "背景", "左", "右"))


def test_keep_one_describes_everything():
    scene = sample_scene(random.Random(4), 2)
    assert caption(scene, random.Random(0), keep=1)[1] == scene.describe()


def test_tokenizers_built_from_the_corpus_cover_unseen_captions(tmp_path):
    corpus = vocabulary_corpus(1500)
    bert = build_bert_tokenizer(corpus, tmp_path / "bert")
    t5 = build_t5_tokenizer(corpus, tmp_path / "t5", 400)
    rng = random.Random(99)
    for _ in range(200):
        text = caption(sample_scene(rng, held_out=True), rng, keep=rng.choice((0.5, 1.0)))[0]
        assert bert.unk_token_id not in bert(text).input_ids, text
        assert t5.unk_token_id not in t5(text).input_ids, text
