"""Things alike are counted in the prompt ("two sleeping cats on a bed"), not listed ("a sleeping cat on a bed and a
sleeping cat on the bed"): shorter for the text encoders' 77 tokens and read as a count by a real model. A model
whose captions never count (the embedded model's) is still given each thing apart, as its profile says."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chat.engine import ChatEngine
from chat.state import TurnSettings
from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from generator.generator import Generator
from prompt_enhancer.profile import OPEN, ModelProfile, load_profile
from prompt_enhancer.rules import RuleEnhancer
from server.config import EMBEDDED_MODEL

FAST = TurnSettings(steps=2)


def _cats_on_a_bed() -> Scene:
    cat = {"attributes": {"pose": "sleeping"}, "position": "on the bed"}
    return Scene(subjects=[Subject("s1", "cat", **cat), Subject("s2", "cat", **cat), Subject("s3", "bed")])


def test_things_alike_are_counted_once_with_their_place() -> None:
    scene = _cats_on_a_bed()
    assert render_prompt(scene, "en") == "two sleeping cats on a bed"
    assert render_prompt(scene, "zh") == "床上有两只睡觉的猫"
    # Listed apart for a model that cannot read a count: as before this change.
    assert render_prompt(scene, "en", count_alike=False) == "a sleeping cat on a bed and a sleeping cat on the bed"


@pytest.mark.parametrize(("names", "expected"), [
    (["fox", "fox", "fox"], "three red foxes"),
    (["wolf", "wolf"], "two red wolves"),
    (["cup of tea", "cup of tea"], "two red cups of tea"),
    (["child", "child"], "two red children"),
    (["street with neon signs", "street with neon signs"], "two red streets with neon signs"),  # not "signses"
])
def test_the_count_says_the_plural(names, expected) -> None:
    scene = Scene(subjects=[Subject(f"s{i}", name, {"colour": "red"}) for i, name in enumerate(names)])
    assert render_prompt(scene, "en") == expected


def test_things_that_differ_in_anything_are_said_apart() -> None:
    scene = Scene(subjects=[Subject("s1", "cat", {"colour": "black"}), Subject("s2", "cat", {"colour": "white"}),
                            Subject("s3", "cat", {"colour": "black"}, "left"),
                            Subject("s4", "girl", parts={"umbrella": {"relation": "holding"}}),
                            Subject("s5", "girl")])
    assert render_prompt(scene, "en") == ("a black cat, a white cat, a black cat at the left, "
                                          "a girl holding an umbrella and a girl")


def test_a_count_beside_other_things_keeps_the_list_and_the_setting() -> None:
    scene = Scene(subjects=[Subject("s1", "duck", {"pose": "swimming"}), Subject("s2", "tree"),
                            Subject("s3", "duck", {"pose": "swimming"})], background="beach")
    assert render_prompt(scene, "en") == "two swimming ducks and a tree, on a beach"
    assert render_prompt(scene, "zh") == "海滩上，有两只游泳的鸭子，有一棵树"


def test_stuff_and_plural_names_are_not_counted() -> None:
    scene = Scene(subjects=[Subject("s1", "birds"), Subject("s2", "birds"), Subject("s3", "smoke"),
                            Subject("s4", "smoke")])
    assert render_prompt(scene, "en") == "birds, birds, smoke and smoke"


def test_the_embedded_models_profile_says_it_reads_no_count() -> None:
    assert load_profile(EMBEDDED_MODEL).counts is False
    assert load_profile(None).counts is True  # a HunyuanDiT from the hub
    with pytest.raises(ValueError, match="counts must be true or false"):
        ModelProfile.from_dict({"counts": "no"})


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir):
    return Generator.load(str(tiny_pipeline_dir))


@pytest.mark.parametrize(("profile", "counts", "prompt"), [
    (None, None, "two red circles"),
    # The embedded model's profile says it reads no count; a closed one also fills in places, so an open one here.
    (replace(OPEN, counts=False), None, "a red circle and a red circle"),
    (None, False, "a red circle and a red circle"),  # said apart from a profile (bench_consistency without --choose)
])
def test_the_engine_draws_with_the_prompt_its_model_reads(generator, tmp_path, profile, counts, prompt) -> None:
    engine = ChatEngine(generator, RuleEnhancer(), root=tmp_path, profile=profile, counts=counts)
    state = engine.new_state()
    result = engine.send(state, "draw two red circles", None, FAST)
    assert result.ok, result.message
    assert state.session.current.render["prompt"].split(",")[0] == prompt  # an open profile adds a style after
    assert "two red circles" in result.message.lower()  # the reply counts them either way
