"""Enrichment (issue 19): what the person leaves open is chosen from the model's words, by the scene's seed,
marked as chosen, kept across turns and replaced by whatever the person says later; a request out of the
model's reach is refused with what it can draw. The rule enhancer writes the Scenes; nothing here is faked."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from prompt_enhancer.drawable import can_draw, refusal, undrawable
from prompt_enhancer.enrich import carry_chosen, drop_one_chosen_detail, enrich
from prompt_enhancer.profile import OPEN, ModelProfile, load_profile
from prompt_enhancer.rules import RuleEnhancer

EMBEDDED = Path(__file__).resolve().parents[1] / "assets" / "embedded"
TOY = load_profile(EMBEDDED)
RULES = RuleEnhancer()


def turn(scene: Scene, message: str, profile: ModelProfile = TOY, seed: int = 7) -> Scene:
    """One turn as the engine runs it: the rules decide, the marks are carried, the open fields filled."""
    decision = RULES.decide(scene, [], message)
    new = decision.action.value == "draw"
    before = None if new else scene
    return enrich(carry_chosen(before or Scene(), decision.scene), profile, seed, before)


def test_the_embedded_model_ships_a_closed_profile():
    assert TOY.closed and TOY.subjects == ("circle", "square", "triangle") and TOY.max_subjects == 2
    assert TOY.prefer == {"size": "big"}
    assert load_profile(None) is OPEN and load_profile(EMBEDDED.parent) is OPEN  # no vocabulary.json: open


def test_what_is_left_open_is_chosen_from_the_model_words_and_marked():
    scene = turn(Scene(), "draw a green square")
    square = scene.subjects[0]
    assert square.name == "square" and square.attributes["colour"] == "green"  # said: kept, not marked
    assert set(square.chosen) == {"size", "position"} and scene.chosen == ["background"]
    assert square.size in TOY.sizes and square.position in TOY.positions and scene.background in TOY.backgrounds
    assert square.size in render_prompt(scene) and scene.background in render_prompt(scene)


def test_choices_come_from_the_seed():
    first = [turn(Scene(), "a circle", seed=s).to_dict() for s in range(40)]
    again = [turn(Scene(), "a circle", seed=s).to_dict() for s in range(40)]
    assert first == again
    assert len({(d["subjects"][0]["attributes"]["colour"], d["subjects"][0]["position"]) for d in first}) > 10


def test_a_shape_and_colour_left_open_are_chosen_too():
    scene = turn(Scene(), "something blue")
    assert scene.subjects[0].name in TOY.subjects and "name" in scene.subjects[0].chosen
    chinese = turn(Scene(), "一个圆")
    assert chinese.subjects[0].name == "circle" and "colour" in chinese.subjects[0].chosen


def test_what_the_person_says_later_replaces_a_choice():
    seed = next(s for s in range(100) if turn(Scene(), "draw a green square", seed=s).subjects[0].position == "right")
    scene = turn(Scene(), "draw a green square", seed=seed)
    assert scene.subjects[0].size == "big"  # the size the embedded model draws best (its profile's preference)
    smaller = turn(scene, "make it smaller", seed=seed)
    assert smaller.subjects[0].size == "small" and "size" not in smaller.subjects[0].chosen
    assert "position" in smaller.subjects[0].chosen and smaller.background == scene.background  # kept, still chosen
    moved = turn(smaller, "move it to the left", seed=seed)
    assert moved.subjects[0].position == "left" and moved.subjects[0].chosen == []
    darker = turn(moved, "make the background black", seed=seed)
    assert darker.background == "black" and darker.chosen == []
    pair = turn(Scene(), "a red circle at the center and a blue square at the top left")
    bigger = turn(pair, "make the square bigger")
    assert bigger.subjects[1].size == "big" and "size" not in bigger.subjects[1].chosen


def test_an_edit_fills_only_what_it_adds():
    scene = turn(Scene(), "a red circle at the top left on white")
    assert scene.chosen == [] and scene.subjects[0].chosen == ["size"]
    added = turn(scene, "add a triangle")
    triangle = added.subjects[1]
    assert set(triangle.chosen) == {"colour", "size", "position"} and triangle.position != "top left"
    assert added.subjects[0].to_dict() == scene.subjects[0].to_dict()


def test_a_new_mark_stands_only_for_a_value_set_this_turn():
    said = Scene(subjects=[Subject("s1", "circle", {"colour": "red"})], background="gray")
    answer = said.copy()  # an LLM that claims it chose what the person said earlier
    answer.chosen = ["background"]
    answer.subjects[0].chosen = ["colour"]
    carried = carry_chosen(said, answer)
    assert carried.chosen == [] and carried.subjects[0].chosen == []
    answer.subjects.append(Subject("s2", "square", {"colour": "blue"}, chosen=["colour"]))
    assert carry_chosen(said, answer).subjects[1].chosen == ["colour"]


def test_an_open_model_gets_prompt_details_and_keeps_what_was_said():
    scene = turn(Scene(), "portrait of an old fisherman, dramatic lighting", OPEN)
    assert scene.style == "photorealistic" and "style" in scene.chosen
    assert "dramatic lighting" in scene.look and "look:dramatic lighting" not in scene.chosen
    assert not any(c in ("look:soft lighting", "look:golden hour", "look:studio lighting") for c in scene.chosen)
    assert "highly detailed" in render_prompt(scene) and scene.subjects[0].chosen == []


def test_over_budget_prompts_shed_chosen_details_only():
    scene = turn(Scene(), "a red fox in the snow, watercolour", OPEN)
    assert scene.style == "watercolor" and "style" not in scene.chosen
    while (lighter := drop_one_chosen_detail(scene)) is not None:
        scene = lighter
    assert scene.chosen == [] and scene.style == "watercolor" and scene.look == []


@pytest.mark.parametrize("message, out", [
    ("draw a purple dog", ["dog"]), ("a teal circle", ["teal"]), ("a red circle in a forest", ["in a forest"]),
    ("画一只猫", ["猫"]), ("a circle in watercolour style", ["watercolor"]),
    ("three circles: a red one, a blue one and a green one", None),
])
def test_a_request_the_model_cannot_draw_is_found(message, out):
    decision = RULES.decide(Scene(), [], message)
    found = undrawable(None, enrich(decision.scene, TOY, 1), TOY)
    if out is None:
        assert found  # more subjects than the model draws at once
    else:
        assert [f.lower() for f in found] == out
    assert undrawable(None, decision.scene, OPEN) == []


def test_only_what_the_turn_changes_is_judged():
    scene = turn(Scene(), "a red circle")
    assert undrawable(scene, turn(scene, "make it blue"), TOY) == []
    assert undrawable(scene, RULES.decide(scene, [], "make it gold").scene, TOY) == ["gold"]


def test_the_refusal_says_what_cannot_be_drawn_and_what_can():
    text = refusal(["dog"], TOY, "en")
    assert text.startswith("The embedded model cannot draw “dog”.")
    assert "circle, square or triangle" in text and "sky blue" in text and "at most 2" in text
    zh = refusal(["狗"], TOY, "zh")
    assert zh.startswith("内置模型画不了“狗”") and "圆形、正方形、三角形" in zh and "天蓝色" in zh
    assert can_draw(TOY, "en") in text


def test_a_chosen_place_gives_way_to_a_said_one():
    seed = next(s for s in range(100)
                if turn(Scene(), "draw a green square", seed=s).subjects[0].position == "top left")
    scene = turn(Scene(), "draw a green square", seed=seed)
    added = turn(scene, "add a small red circle at the top left", seed=seed)
    square, circle = added.subjects
    assert circle.position == "top left" and circle.chosen == []
    assert square.position not in (None, "top left") and "position" in square.chosen


def test_next_to_a_subject_is_a_free_place_beside_it():
    scene = turn(Scene(), "a blue triangle at the center")
    added = turn(scene, "put a circle next to it")
    circle = added.subjects[1]
    assert circle.position in TOY.positions and circle.position != "center" and "position" in circle.chosen


def test_a_prompt_over_the_token_budget_sheds_chosen_details_first():
    from types import SimpleNamespace

    from dialog.decision import Action
    from prompt_enhancer.decide_enriched import enrich_decision

    decision = RULES.decide(Scene(), [], "a red fox in the snow, dramatic lighting")
    budget = len(render_prompt(decision.scene)) + 25  # room for one short chosen detail, not for all of them
    measured = []

    def check_prompt(prompt: str) -> SimpleNamespace:  # stands in for the generator's tokenizer count
        measured.append(prompt)
        return SimpleNamespace(fits=len(prompt) <= budget)

    full = enrich_decision(decision, Scene(), True, 3, OPEN, "en")
    trimmed = enrich_decision(decision, Scene(), True, 3, OPEN, "en", check_prompt)
    assert trimmed.action == Action.DRAW
    assert len(render_prompt(trimmed.scene)) <= budget < len(render_prompt(full.scene))
    assert "dramatic lighting" in trimmed.scene.look and trimmed.scene.subjects[0].name == "fox"  # said: kept
    assert len(trimmed.scene.chosen) < len(full.scene.chosen) and len(measured) > 1


def test_words_no_table_knows_are_left_out_and_said_not_refused():
    from dialog.decision import Action
    from prompt_enhancer.decide_enriched import enrich_decision

    drawn = enrich_decision(RULES.decide(Scene(), [], "a wobbly purple triangle"), Scene(), True, 7, TOY, "en")
    assert drawn.action == Action.DRAW and drawn.scene.subjects[0].attributes["colour"] == "purple"
    assert "left out “wobbly”" in drawn.reply  # before: "cannot draw …", nothing drawn
    read = enrich_decision(RULES.decide(Scene(), [], "a triangle that is purple"), Scene(), True, 7, TOY, "en")
    assert read.scene.subjects[0].attributes["colour"] == "purple" and "left out" not in read.reply  # 697ebe8
    small = turn(Scene(), "a small blue circle")
    bigger = enrich_decision(RULES.decide(small, [], "make it squishy big"), small, False, 7, TOY, "en")
    assert bigger.action == Action.EDIT and bigger.scene.subjects[0].size == "big"
    assert "left out “squishy”" in bigger.reply
    hedged = enrich_decision(RULES.decide(small, [], "make it kinda big"), small, False, 7, TOY, "en")
    assert hedged.scene.subjects[0].size == "big" and "kinda" not in hedged.reply  # a hedge, read as such (6ccbe54)
    wooden = enrich_decision(RULES.decide(small, [], "make it wooden"), small, False, 7, TOY, "en")
    assert wooden.action == Action.CHAT and "cannot draw" in wooden.reply  # a known word out of reach: refused
