"""The LLM's answer as untrusted data: find the JSON object in its text and validate it into a Decision's parts.

Only `action`, `reply`, `edit_kind` and `scene` exist in the schema: there is no field for settings, seeds,
steps or paths, so nothing a message talks the model into can reach them. Must not import torch.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from dialog.decision import Action, EditKind
from dialog.scene import Scene, Subject

# Caps that keep the Scene (and so the LLM's next input and the enriched prompt) small.
MAX_SUBJECTS = 8
MAX_ATTRIBUTES = 6
MAX_NAME_CHARS = 60  # subject name, attribute value, position, size
MAX_KEY_CHARS = 24  # attribute kind
MAX_TEXT_CHARS = 80  # background, style, each avoid / notes entry
MAX_LIST_ITEMS = 8  # avoid, notes
MAX_REPLY_CHARS = 400

TOP_LEVEL_FIELDS = ("action", "reply", "edit_kind", "scene")
SCENE_FIELDS = ("subjects", "background", "style", "avoid", "notes", "time")
SUBJECT_FIELDS = ("id", "name", "attributes", "position", "size")
DIALOG_STATE_FIELDS = ("language", "focus")  # in Scene, but not the model's to set

# Shown to the model in the system prompt; the validator below is what enforces it.
SCHEMA_TEXT = (
    '{"action": "draw" | "edit" | "chat", "reply": string, '
    '"edit_kind": ' + " | ".join(f'"{k.value}"' for k in EditKind) + ", "
    '"scene": {"subjects": [{"id": string, "name": string, "attributes": {kind: value}, '
    '"position": string | null, "size": string | null}], "background": string | null, '
    '"style": string | null, "avoid": [string], "notes": [string], "time": string | null}}'
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class DecisionSchemaError(ValueError):
    """The LLM's text is not a valid Decision; `problems` are short sentences the model can act on in a retry."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class ParsedDecision:
    action: Action
    reply: str
    edit_kind: EditKind
    scene: Scene  # `language` (and other dialog state) copied from the old scene; the enhancer sets them


def extract_json_object(text: str) -> Any:
    """The first complete top-level JSON object in `text`, ignoring markdown fences and prose around it."""
    start = text.find("{")
    if start < 0:
        raise DecisionSchemaError(["no JSON object found: answer with one JSON object"])
    end = json_object_end(text, start)
    if end is None:
        raise DecisionSchemaError(["the JSON object is not closed (the answer was cut off): keep it shorter"])
    try:
        return json.loads(text[start:end])
    except json.JSONDecodeError as error:
        raise DecisionSchemaError([f"invalid JSON: {error.msg} at character {error.pos}"]) from None


def json_object_end(text: str, start: int) -> int | None:
    """Index just past the object that opens at `text[start]`, or None while it is still open (for streaming)."""
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        char = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def parse_decision(text: str, old_scene: Scene) -> ParsedDecision:
    """Extract and validate the LLM's answer against the Decision schema, relative to the current Scene."""
    return validate_decision(extract_json_object(text), old_scene)


def validate_decision(data: Any, old_scene: Scene) -> ParsedDecision:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise DecisionSchemaError(["the answer must be a JSON object"])
    _unknown_fields(data, TOP_LEVEL_FIELDS, "the answer", problems)

    action = _enum(data.get("action"), Action, "action", problems)
    reply = _text(data.get("reply"), "reply", MAX_REPLY_CHARS * 4, problems, required=True)
    if reply and len(reply) > MAX_REPLY_CHARS:
        reply = reply[: MAX_REPLY_CHARS - 1] + "…"  # shown to the user as cut, not silently
    edit_kind = EditKind.NEW
    if action is Action.EDIT and data.get("edit_kind") is not None:
        edit_kind = _enum(data.get("edit_kind"), EditKind, "edit_kind", problems) or EditKind.NEW
        if edit_kind is EditKind.NEW and not problems:
            problems.append('edit_kind "new" goes with action "draw"; an edit is one of the other kinds')

    scene = old_scene.copy()
    if action is not Action.CHAT:  # a chat answer never changes the picture, whatever scene it echoes
        scene = _scene(data.get("scene"), old_scene, problems)
    if action is Action.EDIT and data.get("edit_kind") is None:
        edit_kind = infer_edit_kind(old_scene, scene)  # a forgotten edit_kind is not worth a retry
    if problems:
        raise DecisionSchemaError(problems)
    assert action is not None and reply is not None
    if action is Action.EDIT and old_scene.is_empty():
        action, edit_kind = Action.DRAW, EditKind.NEW  # nothing to edit yet: it is a first picture
    return ParsedDecision(action=action, reply=reply, edit_kind=edit_kind, scene=scene)


def changed_subjects(old: Scene, new: Scene) -> tuple[str, ...]:
    """Ids of subjects added, removed or altered: computed, never taken from the model."""
    before = {s.id: s.to_dict() for s in old.subjects}
    after = {s.id: s.to_dict() for s in new.subjects}
    ids = [i for i in after if before.get(i) != after[i]] + [i for i in before if i not in after]
    return tuple(ids)


def infer_edit_kind(old: Scene, new: Scene) -> EditKind:
    """The kind of an edit, read from what changed: the biggest change wins."""
    before = {s.id: s for s in old.subjects}
    after = {s.id: s for s in new.subjects}
    if set(after) - set(before):
        return EditKind.ADD
    if set(before) - set(after):
        return EditKind.REMOVE
    if any((before[i].position, before[i].size) != (after[i].position, after[i].size) for i in after) and all(
        (before[i].name, before[i].attributes) == (after[i].name, after[i].attributes) for i in after
    ):
        return EditKind.LAYOUT
    if any(before[i].to_dict() != after[i].to_dict() for i in after):
        return EditKind.ATTRIBUTE
    if old.background != new.background or old.time != new.time:
        return EditKind.BACKGROUND
    if old.style != new.style:
        return EditKind.STYLE
    return EditKind.ATTRIBUTE


def clean_text(text: str) -> str:
    """Drop control characters and collapse whitespace: model text goes into prompts and the UI."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    return " ".join(text.split())


def _unknown_fields(data: dict[str, Any], allowed: tuple[str, ...], where: str, problems: list[str]) -> None:
    for key in data:
        if key not in allowed:
            problems.append(f"unknown field {key!r} in {where}: only {', '.join(allowed)} are allowed")


def _enum(value: Any, enum: type, name: str, problems: list[str]) -> Any:
    choices = ", ".join(repr(member.value) for member in enum)
    if not isinstance(value, str):
        problems.append(f"{name} must be one of {choices}")
        return None
    try:
        return enum(value.strip().lower())
    except ValueError:
        problems.append(f"{name} {value[:20]!r} is not one of {choices}")
        return None


def _text(value: Any, name: str, limit: int, problems: list[str], required: bool = False) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        problems.append(f"{name} must be a string" + ("" if required else " or null"))
        return None
    text = clean_text(value)
    if required and not text:
        problems.append(f"{name} must not be empty")
        return None
    if len(text) > limit:
        problems.append(f"{name} is longer than {limit} characters")
        return None
    return text or None


def _text_list(value: Any, name: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(f"{name} must be a list of strings")
        return []
    if len(value) > MAX_LIST_ITEMS:
        problems.append(f"{name} has more than {MAX_LIST_ITEMS} entries")
        return []
    items = [_text(item, f"each entry of {name}", MAX_TEXT_CHARS, problems, required=True) for item in value]
    return [item for item in items if item]


def _scene(value: Any, old_scene: Scene, problems: list[str]) -> Scene:
    if not isinstance(value, dict):
        problems.append("scene must be an object")
        return old_scene.copy()
    # "language" and any dialog state the Scene carries are the enhancer's to set; a model echoing them is harmless.
    _unknown_fields({k: v for k, v in value.items() if k not in DIALOG_STATE_FIELDS}, SCENE_FIELDS, "scene", problems)
    subjects_value = value.get("subjects", [])
    if not isinstance(subjects_value, list):
        problems.append("scene.subjects must be a list")
        subjects_value = []
    if len(subjects_value) > MAX_SUBJECTS:
        problems.append(f"scene.subjects has more than {MAX_SUBJECTS} subjects")
        subjects_value = []
    scene = old_scene.copy()  # keeps the fields the model does not own (language, focus, ...)
    scene.subjects = _subjects(subjects_value, old_scene, problems)
    scene.background = _text(value.get("background"), "scene.background", MAX_TEXT_CHARS, problems)
    scene.style = _text(value.get("style"), "scene.style", MAX_TEXT_CHARS, problems)
    scene.time = _text(value.get("time"), "scene.time", MAX_TEXT_CHARS, problems)  # "night", "rain, night"
    scene.avoid = _text_list(value.get("avoid"), "scene.avoid", problems)
    scene.notes = _text_list(value.get("notes"), "scene.notes", problems)
    return scene


def _subjects(values: list[Any], old_scene: Scene, problems: list[str]) -> list[Subject]:
    """Keep the ids the old scene had; any other id (or none) is a new subject and gets a fresh id."""
    old_ids = {s.id for s in old_scene.subjects}
    used = set(old_ids)
    seen: set[str] = set()
    subjects: list[Subject] = []
    for index, value in enumerate(values):
        where = f"scene.subjects[{index}]"
        if not isinstance(value, dict):
            problems.append(f"{where} must be an object")
            continue
        _unknown_fields(value, SUBJECT_FIELDS, where, problems)
        raw_id = value.get("id")
        if raw_id is not None and not isinstance(raw_id, str):
            problems.append(f"{where}.id must be a string")
            continue
        if raw_id in seen:
            problems.append(f"{where}.id {raw_id!r} is used twice: each subject has its own id")
            continue
        if raw_id in old_ids:
            subject_id = raw_id
        else:
            subject_id = _fresh_id(used)
        seen.add(raw_id or subject_id)
        used.add(subject_id)
        name = _text(value.get("name"), f"{where}.name", MAX_NAME_CHARS, problems, required=True)
        attributes = _attributes(value.get("attributes"), where, problems)
        position = _text(value.get("position"), f"{where}.position", MAX_NAME_CHARS, problems)
        size = _text(value.get("size"), f"{where}.size", MAX_NAME_CHARS, problems)
        if name:
            subjects.append(Subject(subject_id, name, attributes, position, size))
    return subjects


def _attributes(value: Any, where: str, problems: list[str]) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(f"{where}.attributes must be an object of kind: value strings")
        return {}
    if len(value) > MAX_ATTRIBUTES:
        problems.append(f"{where}.attributes has more than {MAX_ATTRIBUTES} entries")
        return {}
    attributes: dict[str, str] = {}
    for key, item in value.items():
        kind = _text(key, f"{where}.attributes key", MAX_KEY_CHARS, problems, required=True)
        text = _text(item, f"{where}.attributes[{str(key)[:MAX_KEY_CHARS]!r}]", MAX_NAME_CHARS, problems,
                     required=True)
        if kind and text:
            attributes[kind] = text
    return attributes


def _fresh_id(used: set[str]) -> str:
    numbers = [int(i[1:]) for i in used if i[:1] == "s" and i[1:].isdigit()]
    return f"s{max(numbers, default=0) + 1}"
