"""The LLM's answer as untrusted data: find the JSON object in its text and validate it into a Decision's parts.

Only `action`, `reply`, `edit_kind` and `scene` exist in the schema: there is no field for settings, seeds,
steps or paths, so nothing a message talks the model into can reach them. Must not import torch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dialog.decision import Action, EditKind
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from dialog.scene_schema import SceneLimits, SceneRules, read_scene, read_text, unknown_field_problems

# Caps that keep the Scene (and so the LLM's next input and the enriched prompt) small.
MAX_SUBJECTS = 8
MAX_ATTRIBUTES = 6
MAX_NAME_CHARS = 60  # subject name, attribute value, position, size
MAX_KEY_CHARS = 24  # attribute kind
MAX_TEXT_CHARS = 80  # background, style, each avoid / notes entry
MAX_LIST_ITEMS = 8  # avoid, notes
MAX_REPLY_CHARS = 400

TOP_LEVEL_FIELDS = ("action", "reply", "edit_kind", "scene")
# A model's Scene: capped, its text cleaned, nothing outside the schema; ids and dialog state relative to the old.
ANSWER_RULES = SceneRules(
    limits=SceneLimits(subjects=MAX_SUBJECTS, attributes=MAX_ATTRIBUTES, name_chars=MAX_NAME_CHARS,
                       key_chars=MAX_KEY_CHARS, text_chars=MAX_TEXT_CHARS, list_items=MAX_LIST_ITEMS),
    clean_text=True,
    known_fields_only=True,
)

# Shown to the model in the system prompt; the validator below is what enforces it.
SCHEMA_TEXT = (
    '{"action": "draw" | "edit" | "chat", "reply": string, '
    '"edit_kind": ' + " | ".join(f'"{k.value}"' for k in EditKind) + ", "
    '"scene": {"subjects": [{"id": string, "name": string, "attributes": {kind: value}, '
    '"position": string | null, "size": string | null, "parts": {name: {kind: value}}, "chosen": [string]}], '
    '"background": string | null, "style": string | null, "avoid": [string], "notes": [string], '
    '"time": string | null, "look": [string], "chosen": [string]}}'
)


def _text(chars: int) -> dict[str, Any]:
    return {"type": "string", "maxLength": chars}


def _maybe_text(chars: int) -> dict[str, Any]:
    return {"anyOf": [_text(chars), {"type": "null"}]}


def _texts(chars: int) -> dict[str, Any]:
    return {"type": "array", "items": _text(chars), "maxItems": MAX_LIST_ITEMS}


def decision_json_schema() -> dict[str, Any]:
    """The answer's shape as a JSON Schema, for decoding constrained to it (prompt_enhancer.llm_grammar).

    The same fields and caps as the validator: the grammar makes the text parse, the validator still judges its
    meaning (ids, an edit of an empty scene, the prompt's length). A chat answer carries no scene.
    """
    attributes = {"type": "object", "additionalProperties": _text(MAX_NAME_CHARS), "maxProperties": MAX_ATTRIBUTES}
    subject = {
        "type": "object",
        "properties": {
            "id": _text(10), "name": _text(MAX_NAME_CHARS), "attributes": attributes,
            "position": _maybe_text(MAX_NAME_CHARS), "size": _maybe_text(MAX_NAME_CHARS),
            "parts": {"type": "object", "additionalProperties": attributes, "maxProperties": MAX_ATTRIBUTES},
            "chosen": _texts(MAX_TEXT_CHARS),
        },
        "required": ["name"],
        "additionalProperties": False,
    }
    scene = {
        "type": "object",
        "properties": {
            "subjects": {"type": "array", "items": subject, "maxItems": MAX_SUBJECTS},
            "background": _maybe_text(MAX_TEXT_CHARS), "style": _maybe_text(MAX_TEXT_CHARS),
            "avoid": _texts(MAX_TEXT_CHARS), "notes": _texts(MAX_TEXT_CHARS),
            "time": _maybe_text(MAX_TEXT_CHARS), "look": _texts(MAX_TEXT_CHARS), "chosen": _texts(MAX_TEXT_CHARS),
        },
        "required": ["subjects"],
        "additionalProperties": False,
    }
    reply = _text(MAX_REPLY_CHARS)
    chat = {"type": "object", "properties": {"action": {"const": "chat"}, "reply": reply},
            "required": ["action", "reply"], "additionalProperties": False}
    change = {
        "type": "object",
        "properties": {
            "action": {"enum": ["draw", "edit"]}, "reply": reply,
            "edit_kind": {"enum": [kind.value for kind in EditKind]}, "scene": scene,
        },
        "required": ["action", "reply", "edit_kind", "scene"],
        "additionalProperties": False,
    }
    return {"anyOf": [chat, change]}


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
    problems.extend(unknown_field_problems(data, TOP_LEVEL_FIELDS, "the answer"))

    action = _enum(data.get("action"), Action, "action", problems)
    reply = read_text(data.get("reply"), "reply", problems, limit=MAX_REPLY_CHARS * 4, required=True, clean=True)
    if reply and len(reply) > MAX_REPLY_CHARS:
        reply = reply[: MAX_REPLY_CHARS - 1] + "…"  # shown to the user as cut, not silently
    edit_kind = EditKind.NEW
    if action is Action.EDIT and data.get("edit_kind") is not None:
        edit_kind = _enum(data.get("edit_kind"), EditKind, "edit_kind", problems) or EditKind.NEW
        if edit_kind is EditKind.NEW and not problems:
            problems.append('edit_kind "new" goes with action "draw"; an edit is one of the other kinds')

    scene = old_scene.copy()
    if action is not Action.CHAT:  # a chat answer never changes the picture, whatever scene it echoes
        scene, scene_problems = read_scene(data.get("scene"), ANSWER_RULES, old=old_scene)
        problems.extend(scene_problems)
    if action is Action.EDIT and data.get("edit_kind") is None:
        edit_kind = SceneDiff(old_scene, scene).kind()  # a forgotten edit_kind is not worth a retry
    if problems:
        raise DecisionSchemaError(problems)
    assert action is not None and reply is not None
    if action is Action.EDIT and old_scene.is_empty():
        action, edit_kind = Action.DRAW, EditKind.NEW  # nothing to edit yet: it is a first picture
    return ParsedDecision(action=action, reply=reply, edit_kind=edit_kind, scene=scene)


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
