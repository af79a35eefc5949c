"""The one Scene reader as stored data meets it (Scene.from_dict, a session archive): read as written, every
problem named by its path. A model's answer (caps, cleaning, ids relative to the old Scene) is tested through
the LLM's schema in test_llm_schema.py."""

from __future__ import annotations

import pytest

from dialog.decision import Decision
from dialog.scene import Scene, Subject
from dialog.scene_schema import SceneSchemaError, read_scene


def test_stored_scenes_are_read_as_written() -> None:
    """Empty names, repeated ids, blank text and unchecked focus are the writer's business: a copy keeps them."""
    scene = Scene(subjects=[Subject("s1", "", {"colour": ""}, " left ", None), Subject("s1", "cat\t")],
                  background="", style=None, avoid=["", "text"], notes=[" "], language="zh", focus="gone", time="")
    assert Scene.from_dict(scene.to_dict()) == scene
    assert scene.copy() == scene and scene.copy() is not scene


def test_missing_fields_take_their_defaults() -> None:
    assert Scene.from_dict({}) == Scene()
    assert Scene.from_dict({"subjects": [{"id": "s1", "name": "cat"}]}) == Scene(subjects=[Subject("s1", "cat")])


@pytest.mark.parametrize(("data", "problem"), [
    ([], "scene must be an object"),
    ({"subjects": None}, "scene.subjects must be a list"),
    ({"subjects": [{"name": "cat"}]}, r"scene.subjects\[0\].id must be a string"),
    ({"subjects": [{"id": "s1", "name": 3}]}, r"scene.subjects\[0\].name must be a string"),
    ({"subjects": [{"id": "s1", "name": "cat", "attributes": {"colour": 1}}]},
     r"scene.subjects\[0\].attributes\['colour'\] must be a string"),
    ({"background": 7}, "scene.background must be a string or null"),
    ({"avoid": ["text", None]}, r"scene.avoid\[1\] must be a string"),
    ({"language": "fr"}, 'scene.language must be "en" or "zh"'),
])
def test_data_that_is_not_a_scene_is_refused_with_its_path(data: object, problem: str) -> None:
    with pytest.raises(SceneSchemaError, match=problem):
        Scene.from_dict(data)  # type: ignore[arg-type]


def test_every_problem_is_collected_under_the_callers_path() -> None:
    _, problems = read_scene({"subjects": [{"id": 1, "name": "x"}], "style": 2, "notes": "x"}, where="turn 3.scene")
    assert problems == ["turn 3.scene.subjects[0].id must be a string", "turn 3.scene.style must be a string or null",
                        "turn 3.scene.notes must be a list of strings"]


def test_a_decision_with_a_broken_scene_is_a_value_error() -> None:
    data = {"action": "draw", "reply": "ok", "scene": {"subjects": "cat"}}
    with pytest.raises(ValueError, match="scene.subjects must be a list"):
        Decision.from_dict(data)


def test_parts_and_the_look_are_read_and_kept() -> None:
    scene = Scene(subjects=[Subject("s1", "girl", parts={"umbrella": {"colour": "red", "relation": "holding"}})],
                  look=["dramatic lighting", "black and white"])
    assert Scene.from_dict(scene.to_dict()) == scene and Scene.from_json(scene.to_json()) == scene
    old = {"subjects": [{"id": "s1", "name": "cat"}]}  # a Scene stored before parts and looks existed
    assert Scene.from_dict(old).subjects[0].parts == {} and Scene.from_dict(old).look == []


@pytest.mark.parametrize(("data", "problem"), [
    ({"subjects": [{"id": "s1", "name": "girl", "parts": ["umbrella"]}]},
     r"scene.subjects\[0\].parts must be an object of part name: attributes"),
    ({"subjects": [{"id": "s1", "name": "girl", "parts": {"umbrella": {"colour": 3}}}]},
     r"scene.subjects\[0\].parts\['umbrella'\]\['colour'\] must be a string"),
    ({"subjects": [{"id": "s1", "name": "girl", "parts": {"umbrella": "red"}}]},
     r"scene.subjects\[0\].parts\['umbrella'\] must be an object"),
    ({"look": "moody"}, "scene.look must be a list of strings"),
])
def test_parts_and_looks_that_are_not_data_are_refused_with_their_path(data: object, problem: str) -> None:
    with pytest.raises(SceneSchemaError, match=problem):
        Scene.from_dict(data)  # type: ignore[arg-type]


def test_a_models_parts_are_capped_like_its_attributes() -> None:
    from dialog.scene_schema import SceneLimits, SceneRules

    rules = SceneRules(limits=SceneLimits(subjects=4, attributes=2, name_chars=20, key_chars=10, text_chars=40,
                                          list_items=2), clean_text=True, known_fields_only=True)
    parts = {"a": {}, "b": {}, "c": {}}
    _, problems = read_scene({"subjects": [{"name": "girl", "parts": parts}]}, rules, old=Scene())
    assert problems == ["scene.subjects[0].parts has more than 2 parts"]
    scene, problems = read_scene({"subjects": [{"name": "girl", "parts": {" hat\t": {"colour": " red "}}}],
                                  "look": [" moody  ", "close-up"]}, rules, old=Scene())
    assert problems == [] and scene.subjects[0].parts == {"hat": {"colour": "red"}}
    assert scene.look == ["moody", "close-up"]
