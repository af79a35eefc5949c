"""What the thing just described does, said after a comma: "an old professor with round glasses, writing on a
chalkboard", "a cat, sleeping on a sofa", "a fox in the snow, looking at the moon". The clause has no thing of its
own: it goes on describing the one the message just drew, so what it says (a pose, a place, a thing it acts on)
is read as if it had been said without the comma, and lands on that thing instead of on a new one.
"""

from __future__ import annotations

import re

from dialog.scene import Subject
from prompt_enhancer.rules.doing import THING_INGS
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import parse_phrase
from prompt_enhancer.rules.remarks import is_remark
from prompt_enhancer.rules.setting_phrase import parse_setting
from prompt_enhancer.rules.subject_changes import add_subjects

_PARTICIPLE = re.compile(r"^(?:(?:and|while|who\s+is|who's|that\s+is)\s+)?(?P<doing>(?:(?P<verb>[a-z]{3,}ing|lying)\b"
                         # "a cat, curled up on a cushion", "an owl, perched on a branch": how it rests there
                         r"|(?:curled(?:\s+up)?|perched|seated|sprawled|stretched\s+out|nestled|huddled|crouched|"
                         r"tucked|propped(?:\s+up)?)\s+(?=(?:on|in|under|by|beside|against|inside|atop)\s)"
                         # "a boy wearing a scarf, next to a snowman": beside a thing said as new, it is drawn too
                         r"|(?:next\s+to|beside|near|under|behind|in\s+front\s+of)\s+(?=(?:a|an)\s)).*)$",
                         re.IGNORECASE)


def participle_clause(work: MessageEdit, body: str) -> bool:
    m = _PARTICIPLE.match(body.strip())
    if not m or (m.group("verb") or "").lower() in THING_INGS or not work.added or _weather_only(body) or (
            is_remark(body, parse_phrase(body), [])):  # "…. groundbreaking, i know": what they think of it
        return False  # "…, raining": the weather, not what the thing does
    focus = work.scene.focus if work.scene.focus in work.added else work.added[-1]
    target = work.scene.subject(focus)
    if target is None or not re.fullmatch(r"[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff' -]*", target.name):
        return False
    known = {s.id for s in work.scene.subjects}
    if not add_subjects(work, f"a {target.name} {m.group('doing')}", announce="drew"):
        return False
    new = [s for s in work.scene.subjects if s.id not in known]
    again = next((s for s in new if s.name == target.name), None)
    if again is None:  # the words were read as something else: leave them to the rules after this one
        _take_back(work, new)
        return False
    _merge(target, again)
    _take_back(work, [again])
    work.scene.focus = target.id
    return True


def _weather_only(body: str) -> bool:
    _place, times, rest = parse_setting(body)
    return bool(times) and not re.sub(r"[\W_]+", "", rest)


def _merge(target: Subject, again: Subject) -> None:
    """What the clause said of the thing, added to what was said of it before (which stays)."""
    for key, value in again.attributes.items():
        target.attributes.setdefault(key, value)
    target.position = target.position or again.position
    target.size = target.size or again.size
    for part, values in again.parts.items():
        target.parts.setdefault(part, values)


def _take_back(work: MessageEdit, subjects: list[Subject]) -> None:
    ids = {s.id for s in subjects}
    work.scene.subjects = [s for s in work.scene.subjects if s.id not in ids]
    work.added = [i for i in work.added if i not in ids]
    work.changed = [i for i in work.changed if i not in ids]
