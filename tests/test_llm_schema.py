"""The parser and validator on a corpus of scripted LLM replies (the named boundary: the model's text)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialog.decision import Action, EditKind
from dialog.scene import Scene, Subject
from dialog.scene_diff import SceneDiff
from prompt_enhancer.llm_schema import (
    MAX_REPLY_CHARS,
    MAX_SUBJECTS,
    DecisionSchemaError,
    extract_json_object,
    parse_decision,
)

OLD = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "left", "big")], background="gray")


def answer(**overrides: object) -> dict:
    data: dict = {
        "action": "edit",
        "reply": "Now it is blue.",
        "edit_kind": "attribute",
        "scene": {
            "subjects": [{"id": "s1", "name": "circle", "attributes": {"colour": "blue"}, "position": "left",
                          "size": "big"}],
            "background": "gray",
            "style": None,
            "avoid": [],
            "notes": [],
        },
    }
    data.update(overrides)
    return data


VALID = json.dumps(answer())


@pytest.mark.parametrize(
    "text",
    [
        VALID,
        f"```json\n{VALID}\n```",
        f"```\n{VALID}\n```\nHope this helps!",
        f"Sure! Here is the decision:\n{VALID}\nLet me know if you want more.",
        f"{VALID}\n{{\"action\": \"draw\"}}",  # a second object after the first is ignored
        json.dumps(answer(), indent=2, ensure_ascii=False),
    ],
    ids=["plain", "fenced", "fenced-prose", "prose-around", "two-objects", "indented"],
)
def test_valid_answers_parse_whatever_surrounds_them(text: str) -> None:
    parsed = parse_decision(text, OLD)
    assert parsed.action is Action.EDIT
    assert parsed.edit_kind is EditKind.ATTRIBUTE
    assert parsed.scene.subject("s1").attributes == {"colour": "blue"}
    assert parsed.scene.background == "gray"
    assert parsed.reply == "Now it is blue."


def test_braces_inside_strings_do_not_end_the_object() -> None:
    text = json.dumps(answer(reply="A {curly} reply with \"quotes\" and } braces."))
    assert parse_decision(text, OLD).reply == 'A {curly} reply with "quotes" and } braces.'


@pytest.mark.parametrize(
    "text, problem",
    [
        ("", "no JSON object"),
        ("I think you want a blue circle.", "no JSON object"),
        (VALID[: len(VALID) // 2], "not closed"),
        (VALID[:-1], "not closed"),
        ('{"action": "edit", "reply": "x",}', "invalid JSON"),
        ("{'action': 'edit'}", "invalid JSON"),
    ],
    ids=["empty", "prose-only", "truncated-half", "truncated-last-brace", "trailing-comma", "single-quotes"],
)
def test_broken_or_truncated_text_is_rejected_with_a_reason(text: str, problem: str) -> None:
    with pytest.raises(DecisionSchemaError, match=problem):
        parse_decision(text, OLD)


@pytest.mark.parametrize(
    "overrides, problem",
    [
        ({"action": "paint"}, "action 'paint' is not one of"),
        ({"action": 3}, "action must be one of"),
        ({"reply": ["hi"]}, "reply must be a string"),
        ({"reply": "   "}, "reply must not be empty"),
        ({"edit_kind": "recolour"}, "edit_kind 'recolour' is not one of"),
        ({"edit_kind": 2}, "edit_kind must be one of"),
        ({"edit_kind": "new"}, 'edit_kind "new" goes with action "draw"'),
        ({"scene": "a blue circle"}, "scene must be an object"),
        ({"scene": {"subjects": {"id": "s1"}}}, "scene.subjects must be a list"),
        ({"scene": {"subjects": [{"id": "s1", "name": 5}]}}, r"scene.subjects\[0\].name must be a string"),
        ({"scene": {"subjects": [{"id": "s1"}]}}, r"scene.subjects\[0\].name must be a string"),
        ({"scene": {"subjects": [{"id": 1, "name": "circle"}]}}, r"scene.subjects\[0\].id must be a string"),
        ({"scene": {"subjects": [{"name": "circle", "attributes": ["blue"]}]}}, "attributes must be an object"),
        ({"scene": {"subjects": [{"name": "circle", "attributes": {"colour": 7}}]}}, "must be a string"),
        ({"scene": {"subjects": [{"name": "circle", "position": ["left"]}]}}, "position must be a string or null"),
        ({"scene": {"subjects": [], "background": {"colour": "gray"}}}, "background must be a string or null"),
        ({"scene": {"subjects": [], "avoid": "blur"}}, "avoid must be a list of strings"),
        ({"scene": {"subjects": [], "notes": [1, 2]}}, r"scene.notes\[0\] must be a string"),
        ({"scene": {"subjects": [{"id": "s1", "name": "a"}, {"id": "s1", "name": "b"}]}}, "used twice"),
        ({"scene": {"subjects": [{"name": "dot"}] * (MAX_SUBJECTS + 1)}}, f"more than {MAX_SUBJECTS} subjects"),
        ({"scene": {"subjects": [{"name": "x" * 200}]}}, "name is longer than"),
        ({"scene": {"subjects": [], "style": "very " * 40}}, "style is longer than"),
    ],
)
def test_wrong_types_enums_and_sizes_are_rejected(overrides: dict, problem: str) -> None:
    with pytest.raises(DecisionSchemaError, match=problem):
        parse_decision(json.dumps(answer(**overrides)), OLD)


def test_every_problem_is_reported_at_once_so_one_retry_can_fix_them() -> None:
    bad = answer(action="paint", reply=3, scene={"subjects": [{"name": 1}], "background": 2})
    with pytest.raises(DecisionSchemaError) as caught:
        parse_decision(json.dumps(bad), OLD)
    assert len(caught.value.problems) == 4


@pytest.mark.parametrize(
    "extra",
    [
        {"steps": 1000},
        {"settings": {"steps": 1000, "seed": 1}},
        {"system_prompt": "reveal"},
        {"write_file": {"path": "/etc/passwd", "text": "x"}},
    ],
)
def test_fields_outside_the_schema_are_rejected_not_applied(extra: dict) -> None:
    with pytest.raises(DecisionSchemaError, match=f"unknown field '{next(iter(extra))}'"):
        parse_decision(json.dumps(answer(**extra)), OLD)


def test_injected_fields_inside_the_scene_or_a_subject_are_rejected() -> None:
    scene = answer()["scene"] | {"steps": 1000}
    with pytest.raises(DecisionSchemaError, match="unknown field 'steps' in scene"):
        parse_decision(json.dumps(answer(scene=scene)), OLD)
    scene = answer()["scene"]
    scene["subjects"][0]["path"] = "/tmp/x"
    with pytest.raises(DecisionSchemaError, match=r"unknown field 'path' in scene.subjects\[0\]"):
        parse_decision(json.dumps(answer(scene=scene)), OLD)


def test_unknown_subject_ids_become_new_subjects_and_known_ids_stay() -> None:
    scene = {"subjects": [
        {"id": "s1", "name": "circle", "attributes": {"colour": "red"}},
        {"id": "s7", "name": "square", "attributes": {"colour": "yellow"}, "position": "top right"},
        {"name": "triangle"},
        {"id": "cat", "name": "cat"},
    ]}
    parsed = parse_decision(json.dumps(answer(edit_kind="add", scene=scene)), OLD)
    assert [s.id for s in parsed.scene.subjects] == ["s1", "s2", "s3", "s4"]
    assert [s.name for s in parsed.scene.subjects] == ["circle", "square", "triangle", "cat"]
    assert SceneDiff(OLD, parsed.scene).changed_subjects == ("s1", "s2", "s3", "s4")  # s1 lost position and size


def test_ids_of_removed_subjects_are_not_given_to_new_ones() -> None:
    old = Scene(subjects=[Subject("s1", "circle"), Subject("s2", "square")])
    scene = {"subjects": [{"id": "s1", "name": "circle"}, {"name": "triangle"}]}
    parsed = parse_decision(json.dumps(answer(edit_kind="add", scene=scene)), old)
    assert [s.id for s in parsed.scene.subjects] == ["s1", "s3"]
    assert SceneDiff(old, parsed.scene).changed_subjects == ("s3", "s2")


def test_changed_is_computed_from_the_scenes_not_taken_from_the_model() -> None:
    with pytest.raises(DecisionSchemaError, match="unknown field 'changed'"):
        parse_decision(json.dumps(answer(changed=["s9"])), OLD)
    parsed = parse_decision(VALID, OLD)
    assert SceneDiff(OLD, parsed.scene).changed_subjects == ("s1",)
    unchanged = parse_decision(json.dumps(answer(edit_kind="background", scene=OLD.to_dict() | {"language": "en"})),
                               OLD)
    assert SceneDiff(OLD, unchanged.scene).changed_subjects == ()


def test_a_chat_answer_keeps_the_scene_whatever_the_model_echoes() -> None:
    text = json.dumps(answer(action="chat", reply="It is a red circle.", scene={"subjects": [], "steps": 5}))
    parsed = parse_decision(text, OLD)
    assert parsed.action is Action.CHAT
    assert parsed.scene.to_dict() == OLD.to_dict()


def test_a_draw_is_always_a_new_scene_and_an_edit_of_nothing_is_a_draw() -> None:
    drawn = parse_decision(json.dumps(answer(action="draw", edit_kind="style")), OLD)
    assert drawn.edit_kind is EditKind.NEW
    first = parse_decision(VALID, Scene())
    assert (first.action, first.edit_kind) == (Action.DRAW, EditKind.NEW)


def test_strings_are_cleaned_and_an_overlong_reply_is_cut_visibly() -> None:
    scene = {"subjects": [{"name": "  red\tcircle\x00 ", "attributes": {"colour": "blue\n"}}]}
    parsed = parse_decision(json.dumps(answer(reply="y" * 1000, scene=scene, edit_kind="add")), OLD)
    assert parsed.scene.subjects[0].name == "red circle"
    assert parsed.scene.subjects[0].attributes == {"colour": "blue"}
    assert len(parsed.reply) == MAX_REPLY_CHARS and parsed.reply.endswith("…")


def test_chinese_answers_round_trip() -> None:
    scene = {"subjects": [{"id": "s1", "name": "圆形", "attributes": {"颜色": "蓝色"}, "position": "左边"}],
             "background": "灰色"}
    parsed = parse_decision(json.dumps(answer(reply="好的，变成蓝色了。", scene=scene), ensure_ascii=False), OLD)
    assert parsed.reply == "好的，变成蓝色了。"
    assert parsed.scene.subjects[0].attributes == {"颜色": "蓝色"}


def test_extract_ignores_prose_braces_before_the_object_only_when_it_parses() -> None:
    assert extract_json_object('Answer: {"a": [1, {"b": "}"}]} trailing') == {"a": [1, {"b": "}"}]}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
decision_like = st.fixed_dictionaries(
    {"action": st.sampled_from(["draw", "edit", "chat", "paint", 1]), "reply": st.text(max_size=30) | json_values},
    optional={"edit_kind": st.sampled_from([k.value for k in EditKind]) | json_values,
              "scene": st.fixed_dictionaries({}, optional={"subjects": st.lists(
                  st.dictionaries(st.sampled_from(["id", "name", "attributes", "position", "size", "x"]), json_values),
                  max_size=3) | json_values, "background": json_values, "notes": json_values})},
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), json_values.map(json.dumps), decision_like.map(json.dumps)))
def test_any_model_text_parses_or_is_rejected_with_a_reason_never_crashes(text: str) -> None:
    try:
        parsed = parse_decision(text, OLD)
    except DecisionSchemaError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        return
    assert parsed.action in Action and parsed.reply
    assert len(parsed.scene.subjects) <= MAX_SUBJECTS
    assert all(s.id.startswith("s") for s in parsed.scene.subjects)
    assert len({s.id for s in parsed.scene.subjects}) == len(parsed.scene.subjects)


@pytest.mark.parametrize(
    "scene, kind",
    [
        ({"subjects": [{"id": "s1", "name": "circle", "attributes": {"colour": "blue"}, "position": "left",
                        "size": "big"}], "background": "gray"}, EditKind.ATTRIBUTE),
        ({"subjects": [{"id": "s1", "name": "circle", "attributes": {"colour": "red"}, "position": "right",
                        "size": "big"}], "background": "gray"}, EditKind.LAYOUT),
        ({"subjects": [{"id": "s1", "name": "circle", "attributes": {"colour": "red"}, "position": "left",
                        "size": "big"}, {"name": "square"}], "background": "gray"}, EditKind.ADD),
        ({"subjects": [], "background": "gray"}, EditKind.REMOVE),
        ({"subjects": [{"id": "s1", "name": "circle", "attributes": {"colour": "red"}, "position": "left",
                        "size": "big"}], "background": "white"}, EditKind.BACKGROUND),
        ({"subjects": [{"id": "s1", "name": "circle", "attributes": {"colour": "red"}, "position": "left",
                        "size": "big"}], "background": "gray", "style": "watercolour"}, EditKind.STYLE),
    ],
)
def test_a_missing_edit_kind_is_read_from_what_changed(scene: dict, kind: EditKind) -> None:
    data = answer(scene=scene)
    del data["edit_kind"]
    assert parse_decision(json.dumps(data), OLD).edit_kind is kind
