"""The MLLM as the picture's checker: does each Scene subject appear in a rendered picture as described?

The Verifier of chat.verification for real models (the toy world has its own reader): one bounded call with the
picture and the Scene, the answer constrained to a small JSON Schema and read as data. A subject the answer does
not cover is not claimed either way; an answer that covers none means this picture could not be checked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dialog.scene import Scene
from prompt_enhancer.llm_backend import ChatBackend
from prompt_enhancer.llm_prompt import scene_json
from prompt_enhancer.llm_schema import DecisionSchemaError, extract_json_object

if TYPE_CHECKING:
    from PIL.Image import Image

logger = logging.getLogger(__name__)

NOTE_CHARS = 80
CHECK_PROMPT = """You check a picture against the scene it was drawn from. For every subject of the scene, look at the
picture and say whether that subject is there at all, and whether it is there as described: its name, attributes
(such as colour), size, position and parts. Answer with exactly one JSON object and nothing else:
{"subjects": [{"id": string, "present": true | false, "as_described": true | false, "note": string}]}
"note" says in a few words what is wrong ("it is blue, not red"), or is empty."""


@dataclass(frozen=True)
class Mismatch:
    """One way the picture differs from the Scene, with chat.verification.Problem's fields."""

    kind: str  # "missing" or "other" (what is wrong, in the model's words)
    subject: str | None = None
    field: str | None = None
    expected: str | None = None
    found: str | None = None
    text: str = ""


def check_schema(scene: Scene) -> dict[str, Any]:
    """One entry per subject of this scene, by its id."""
    ids = [subject.id for subject in scene.subjects]
    entry = {
        "type": "object",
        "properties": {"id": {"enum": ids}, "present": {"type": "boolean"}, "as_described": {"type": "boolean"},
                       "note": {"type": "string", "maxLength": NOTE_CHARS}},
        "required": ["id", "present", "as_described", "note"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {"subjects": {"type": "array", "items": entry, "maxItems": len(ids)}},
        "required": ["subjects"],
        "additionalProperties": False,
    }


def check_messages(scene: Scene) -> list[dict[str, Any]]:
    return [
        {"role": "system", "content": [{"type": "text", "text": CHECK_PROMPT}]},
        {"role": "user", "content": [{"type": "image"}, {"type": "text", "text": f"Scene: {scene_json(scene)}"}]},
    ]


def read_mismatches(text: str, scene: Scene) -> list[Mismatch] | None:
    """The model's answer as data: unknown ids and malformed entries ignored, the first answer per subject kept;
    None when no subject got a usable answer."""
    try:
        data = extract_json_object(text)
    except DecisionSchemaError:
        return None
    entries = data.get("subjects") if isinstance(data, dict) else None
    answered: set[str] = set()
    found: list[Mismatch] = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("id") in answered:
            continue
        subject = scene.subject(entry["id"]) if isinstance(entry.get("id"), str) else None
        present, described = entry.get("present"), entry.get("as_described")
        if subject is None or not isinstance(present, bool) or not isinstance(described, bool):
            continue
        answered.add(subject.id)
        note = entry.get("note") if isinstance(entry.get("note"), str) else ""
        if not present:
            found.append(Mismatch("missing", subject=subject.id))
        elif not described:
            found.append(Mismatch("other", subject=subject.id, text=f"{subject.name}: {note[:NOTE_CHARS]}".strip(": ")))
    return found if answered else None


class PictureVerifier:
    """Asks a model that sees whether a rendered picture shows its Scene. Built by the LLM enhancer."""

    name = "the LLM looking at the picture"

    def __init__(self, backend: ChatBackend, seed: int = 0,
                 device_call: Callable[[Callable[..., Any]], Callable[..., Any]] | None = None):
        self.backend = backend
        self.seed = seed
        self._ask = device_call(self._ask_model) if device_call else self._ask_model

    def check(self, image: Image, scene: Scene) -> list[Mismatch] | None:
        """How `image` differs from `scene` ([] when it matches); None when the model gave no usable answer."""
        if not scene.subjects:
            return []
        try:
            return read_mismatches(self._ask(scene, image), scene)
        except Exception:  # a model failure must not break the turn: nothing was checked
            logger.exception("the picture check failed")
            return None

    def _ask_model(self, scene: Scene, image: Image) -> str:
        answer = self.backend.generate(check_messages(scene), [image], self.seed, check_schema(scene))
        return "" if answer.timed_out else answer.text
