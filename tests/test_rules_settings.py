"""Places, times of day, weather and seasons are scene-wide settings, never attributes or part of a name: what
the RuleEnhancer stores, the edit kind it reports, what it replies, and how the prompt says it, EN and 中文."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from dialog.archive import SessionImportError, export_session, import_session
from dialog.decision import Action, EditKind
from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from dialog.session import Session
from prompt_enhancer.llm_schema import DecisionSchemaError, validate_decision
from prompt_enhancer.rules import RuleEnhancer


def fox_in_the_snow(language: str = "en") -> Scene:
    return Scene(subjects=[Subject("s1", "fox", {"colour": "red"})], background="in the snow", language=language,
                 focus="s1")


def decide(message: str, scene: Scene | None = None):  # noqa: ANN201
    return RuleEnhancer().decide(scene if scene is not None else fox_in_the_snow(), [], message)


@pytest.mark.parametrize(("message", "name", "language"), [
    ("draw a red fox in the snow", "fox", "en"),
    ("draw a red fox, in the snow", "fox", "en"),
    ("画一只在雪地里的红色狐狸", "狐狸", "zh"),
    ("画一只红色狐狸，在雪地里", "狐狸", "zh"),
    ("在雪地里画一只红色狐狸", "狐狸", "zh"),
    ("画一只红色狐狸在雪地上", "狐狸", "zh"),
])
def test_a_place_in_a_drawing_is_the_setting_not_the_name(message: str, name: str, language: str) -> None:
    d = decide(message, Scene())
    assert d.action is Action.DRAW
    assert [(s.name, s.attributes) for s in d.scene.subjects] == [(name, {"colour": "red"})]
    assert d.scene.background == "in the snow" and d.scene.time is None
    assert render_prompt(d.scene) == {"en": "a red fox in the snow", "zh": "雪地里，有一只红色狐狸"}[language]


@pytest.mark.parametrize(("message", "names", "time"), [
    ("draw a night scene with a fox", ["fox"], "night"),
    ("draw a night scene of a red fox and a lantern", ["fox", "lantern"], "night"),
    ("draw a snowy scene with a fox", ["fox"], "snowfall"),
    ("画一个夜景中的狐狸", ["狐狸"], "night"),
])
def test_a_scene_with_a_subject_is_a_setting_and_that_subject(message: str, names: list[str], time: str) -> None:
    d = decide(message, Scene())
    assert d.action is Action.DRAW
    assert [s.name for s in d.scene.subjects] == names and d.scene.time == time


@pytest.mark.parametrize("message", ["make it night", "make it nighttime", "make it night time", "it's night now",
                                     "now it is night", "at night", "night", "change the time to night",
                                     "变成晚上", "把它变成夜晚", "现在是晚上", "晚上", "改成夜里",
                                     "make it a night scene", "改成夜景", "天黑了"])
def test_make_it_night_sets_the_time_and_leaves_the_fox_alone(message: str) -> None:
    before = fox_in_the_snow()
    d = decide(message, before)
    assert (d.action, d.edit_kind, d.changed) == (Action.EDIT, EditKind.BACKGROUND, ())
    assert d.scene.time == "night" and d.scene.background == "in the snow"
    assert d.scene.subjects == before.subjects  # no "night" attribute, no new name
    assert render_prompt(d.scene, "en") == "a red fox in the snow at night"
    assert render_prompt(d.scene, "zh") == "夜晚的雪地里，有一只红色狐狸"


@pytest.mark.parametrize(("message", "time"), [
    ("make it day again", "day"), ("变成白天", "day"), ("make it sunset", "sunset"), ("日落时", "sunset"),
    ("make it dawn", "dawn"),
])
def test_a_new_time_of_day_replaces_the_old_one(message: str, time: str) -> None:
    scene = fox_in_the_snow()
    scene.time = "rain, night"
    assert decide(message, scene).scene.time == f"rain, {time}"  # the weather stays


@pytest.mark.parametrize(("message", "place"), [
    ("move it to the beach", "on the beach"), ("换到海滩上", "on the beach"),
    ("put the fox in a forest", "in a forest"),
    ("set the scene underwater", "underwater"), ("change the setting to the desert", "in the desert"),
    ("把场景换到森林里", "in a forest"), ("把狐狸放到沙漠里", "in the desert"),
    ("move everything to the city", "in the city"),
])
def test_a_new_place_replaces_the_old_one(message: str, place: str) -> None:
    d = decide(message)
    assert (d.action, d.edit_kind, d.scene.background) == (Action.EDIT, EditKind.BACKGROUND, place)
    assert d.scene.subjects == fox_in_the_snow().subjects


@pytest.mark.parametrize(("message", "check"), [
    ("make it blue", lambda d: d.edit_kind is EditKind.ATTRIBUTE and d.scene.subjects[0].attributes["colour"] == "blue"
     and d.scene.background == "in the snow"),
    ("make the background blue", lambda d: d.edit_kind is EditKind.BACKGROUND and d.scene.background == "blue"),
    ("make the background a beach", lambda d: render_prompt(d.scene) == "a red fox on a beach"),
    ("move it to the left", lambda d: d.edit_kind is EditKind.LAYOUT and d.scene.subjects[0].position == "left"),
    ("turn it into a mountain",
     lambda d: d.scene.subjects[0].name == "mountain" and d.scene.background == "in the snow"),
    ("add a snowman", lambda d: [s.name for s in d.scene.subjects] == ["fox", "snowman"]),
    ("早上好", lambda d: d.action is Action.CHAT),
])
def test_colours_things_and_greetings_keep_their_meaning(message: str, check) -> None:  # noqa: ANN001
    assert check(decide(message))


@pytest.mark.parametrize(("message", "prompt"), [
    ("add a snowman in the snow", "a red fox and a snowman, in the snow"),
    ("在雪地里加一个雪人", "雪地里，有一只红色狐狸，有一个雪人"),
    ("晚上在左边加一个灯笼", "夜晚的雪地里，有一只红色狐狸，左边有一盏灯笼"),
])
def test_a_setting_said_with_an_addition_is_the_scenes(message: str, prompt: str) -> None:
    d = decide(message, fox_in_the_snow("zh" if prompt[0] > "~" else "en"))
    assert d.action is Action.EDIT and d.edit_kind is EditKind.ADD and render_prompt(d.scene) == prompt


def test_make_it_night_with_nothing_drawn_is_the_nothing_yet_reply() -> None:
    for message, reply in (("make it night", "There is nothing to change yet"), ("变成晚上", "画面里还没有东西")):
        d = decide(message, Scene())
        assert d.action is Action.CHAT and d.scene == Scene() and d.reply.startswith(reply)


@pytest.mark.parametrize(("message", "reply"), [
    ("make it night", "Set the scene at night."),
    ("move it to the beach", "Set the scene on the beach."),
    ("变成晚上", "改成了夜晚的场景。"),
    ("换到海滩上", "场景换到了海滩上。"),
])
def test_replies_say_the_setting(message: str, reply: str) -> None:
    assert decide(message, fox_in_the_snow("zh" if reply[0] > "~" else "en")).reply == reply


def test_asking_for_the_setting_it_already_has_says_so() -> None:
    scene = fox_in_the_snow()
    scene.time = "night"
    d = decide("make it night", scene)
    assert d.action is Action.CHAT and d.reply == "The scene is already at night."


def test_weather_and_season_add_up_and_can_be_removed() -> None:
    enhancer, scene = RuleEnhancer(), fox_in_the_snow()
    for message in ("make it rainy", "make it winter", "at night"):
        scene = enhancer.decide(scene, [], message).scene
    assert scene.time == "rain, winter, night"
    assert render_prompt(scene, "en") == "a red fox in the snow in the rain in winter at night"
    assert render_prompt(scene, "zh") == "冬天夜晚雨中的雪地里，有一只红色狐狸"
    d = enhancer.decide(scene, [], "no rain")
    assert d.scene.time == "winter, night" and d.scene.avoid == [] and d.edit_kind is EditKind.BACKGROUND
    assert enhancer.decide(d.scene, [], "remove the snow").scene.background is None


def test_a_new_drawing_starts_without_the_old_setting() -> None:
    scene = fox_in_the_snow()
    scene.time = "night"
    d = decide("draw a blue square", scene)
    assert d.action is Action.DRAW and d.scene.background is None and d.scene.time is None


def test_the_toy_world_renders_exactly_as_before() -> None:
    scene = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "top left", "big")], background="gray")
    assert render_prompt(scene, "en") == "a big red circle at the top left on a gray background"
    assert render_prompt(scene, "zh") == "灰色背景上，左上角有一个大的红色圆形"
    scene.time = "night"  # a time next to a colour background comes after it
    assert render_prompt(scene, "en") == "a big red circle at the top left on a gray background, at night"
    assert render_prompt(scene, "zh") == "夜晚，灰色背景上，左上角有一个大的红色圆形"


def test_free_text_settings_from_an_llm_pass_through() -> None:
    scene = Scene(subjects=[Subject("s1", "cat")], background="in the snow", time="golden hour")
    assert render_prompt(scene, "en") == "a cat in the snow golden hour"
    assert render_prompt(Scene(time="night"), "en") == "at night"
    assert not Scene(time="night").is_empty()


def test_time_survives_json_and_a_session_export() -> None:
    session, enhancer = Session(), RuleEnhancer()
    for message in ("draw a red fox in the snow", "make it night"):
        session.record(message, enhancer.decide(session.current_scene, session.recent_exchanges(), message))
    assert Scene.from_json(session.current_scene.to_json()) == session.current_scene
    assert Scene.from_dict({"subjects": []}).time is None  # an old export has no time
    restored, _ = import_session(export_session(session))
    assert restored.current_scene.time == "night"
    assert render_prompt(restored.current_scene) == "a red fox in the snow at night"


def test_an_import_with_a_time_that_is_not_text_is_refused() -> None:
    session = Session()
    session.record("draw a red fox in the snow", decide("draw a red fox in the snow", Scene()))
    archive = zipfile.ZipFile(io.BytesIO(export_session(session)))
    document = json.loads(archive.read("session.json"))
    turn = next(iter(document["turns"]))
    turn["decision"]["scene"]["time"] = ["night"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("session.json", json.dumps(document))
    with pytest.raises(SessionImportError, match=r"turn 1\.decision\.scene\.time must be a string or null"):
        import_session(buffer.getvalue())


def test_the_llm_may_set_the_time_and_its_schema_stays_strict() -> None:
    old = fox_in_the_snow()
    answer = {"action": "edit", "reply": "Night.", "scene": {
        "subjects": [{"id": "s1", "name": "fox", "attributes": {"colour": "red"}}], "background": "in the snow",
        "time": "night"}}
    parsed = validate_decision(answer, old)
    assert parsed.scene.time == "night" and parsed.edit_kind is EditKind.BACKGROUND  # read from the scene diff
    assert render_prompt(parsed.scene) == "a red fox in the snow at night"
    for bad, problem in ((7, "scene.time must be a string"), ("x" * 500, "scene.time is longer")):
        with pytest.raises(DecisionSchemaError, match=problem):
            validate_decision({**answer, "scene": {**answer["scene"], "time": bad}}, old)
    with pytest.raises(DecisionSchemaError, match="unknown field 'weather'"):
        validate_decision({**answer, "scene": {**answer["scene"], "weather": "rain"}}, old)
