"""Property tests: any text, in any order, never makes the rule enhancer raise, never edits the Scene it was given,
and never loses a subject that no message removed."""

from __future__ import annotations

from dataclasses import replace

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialog.archive import export_session, import_session
from dialog.decision import Action, Decision, EditKind
from dialog.message import MessageRejected, clean_message
from dialog.prompt import render_negative, render_prompt
from dialog.scene import Scene, Subject
from dialog.session import Session
from prompt_enhancer.rules import RuleEnhancer
from toyworld import spec

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = (list(spec.COLOURS) + list(spec.ZH_COLOURS.values()) + list(spec.SHAPES) + list(spec.ZH_SHAPES.values())
         + list(spec.POSITIONS) + list(spec.ZH_POSITIONS.values()) + list(spec.BACKGROUNDS)
         + ["make", "it", "the", "a", "add", "on", "at", "to", "bigger", "smaller", "background", "style", "in",
            "watercolor", "move", "把", "它", "变成", "加", "在", "背景", "换成", "风格", "大一点", "cat", "猫", "and",
            "和", ",", "，", "。", "?", "them", "everything", "都", "next to", "旁边", "van gogh", "🐱", "not", "no",
            "night", "at night", "in the snow", "beach", "move", "rainy", "晚上", "雪地里", "海滩上", "换到", "下雨",
            "remove", "去掉", "winter", "冬天"])


def _any_scene() -> st.SearchStrategy[Scene]:
    text = st.text(max_size=12)
    subject = st.builds(
        Subject,
        id=st.sampled_from(["s1", "s2", "s3", "s10", "x"]),
        name=st.one_of(st.sampled_from(list(spec.SHAPES) + ["cat", "猫", ""]), text),
        attributes=st.dictionaries(st.sampled_from(["colour", "material", "pose", "detail", "mood"]), text,
                                   max_size=3),
        position=st.one_of(st.none(), st.sampled_from(list(spec.POSITIONS)), text),
        size=st.one_of(st.none(), st.sampled_from(["small", "big"]), text),
    )
    return st.builds(
        Scene,
        subjects=st.lists(subject, max_size=3),
        background=st.one_of(st.none(), st.sampled_from(list(spec.BACKGROUNDS)), text),
        style=st.one_of(st.none(), text),
        avoid=st.lists(text, max_size=2),
        notes=st.lists(text, max_size=2),
        language=st.sampled_from(["en", "zh"]),
        focus=st.one_of(st.none(), st.sampled_from(["s1", "s2", "missing"])),
        time=st.one_of(st.none(), st.sampled_from(["night", "rain, day", "winter"]), text),
    )


messages = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=12).map("".join),
)


@FAST
@given(scene=_any_scene(), message=messages)
def test_decide_never_raises_and_never_edits_its_input(scene: Scene, message: str) -> None:
    before = scene.to_json()
    decision = RuleEnhancer().decide(scene, [], message)
    assert scene.to_json() == before
    assert isinstance(decision, Decision) and isinstance(decision.reply, str) and decision.reply
    assert decision.scene.language in ("en", "zh")
    render_prompt(decision.scene), render_negative(decision.scene)
    if decision.action == Action.CHAT:  # nothing drawn changes; only what "it" means may ("already small": that one)
        assert replace(decision.scene, focus=None) == replace(scene, focus=None)
    ids = {s.id for s in decision.scene.subjects} | {s.id for s in scene.subjects}
    assert set(decision.changed) <= ids


# Messages that may remove subjects or start a new picture; everything else must keep every subject.
REMOVING = re.compile(r"remove|delete|erase|get rid|take (?:away|out)|drop|eliminate|ditch|lose|rid of|has to go|"
                      r"must go|should go|can go|goes|no\b|without|avoid|exclude|don'?t|do not|never|clear|"
                      r"draw|paint|sketch|create|generate|make|render|show|produce|illustrate|design|imagine|"
                      r"depict|give|want|like|have|get|how about|what about|let|"
                      r"去掉|删|移除|拿掉|去除|擦掉|拿走|不要|别|不用|不需要|不想要|没有|清空|清除|画|绘制|生成|创作|来",
                      re.IGNORECASE)


@FAST
@given(message=messages)
def test_no_subject_is_lost_unless_a_message_removes_it(message: str) -> None:
    enhancer = RuleEnhancer()
    scene = enhancer.decide(Scene(), [], "draw a red circle at the top left and a blue square at the right").scene
    assert len(scene.subjects) == 2
    decision = enhancer.decide(scene, [], message)
    if not REMOVING.search(message):
        kept = {s.id for s in decision.scene.subjects}
        assert {"s1", "s2"} <= kept, message


@FAST
@given(script=st.lists(messages, min_size=1, max_size=6))
def test_a_whole_conversation_never_raises_and_edits_only_forward(script: list[str]) -> None:
    session, enhancer = Session(), RuleEnhancer()
    for message in script:
        try:
            clean_message(message)
        except MessageRejected:
            continue
        before = {s.id for s in session.current_scene.subjects}
        decision = enhancer.decide(session.current_scene, session.recent_exchanges(), clean_message(message))
        turn = session.record(clean_message(message), decision)
        after = {s.id for s in turn.scene.subjects}
        if turn.decision.action == Action.EDIT and turn.decision.edit_kind != EditKind.REMOVE:
            assert before - after == set() or REMOVING.search(message)
        assert len(turn.scene.subjects) <= 16
    restored, _ = import_session(export_session(session))
    assert restored.current_scene == session.current_scene


@FAST
@given(scene=_any_scene())
def test_scene_json_round_trip(scene: Scene) -> None:
    assert Scene.from_json(scene.to_json()) == scene
    assert render_prompt(Scene.from_json(scene.to_json())) == render_prompt(scene)
