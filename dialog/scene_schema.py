"""The one reader of a Scene from JSON-like data: stored Scenes (a copy, a session archive) and a model's answer.

It walks the value, collects every problem as a sentence naming its path ("scene.subjects[0].name must be a
string") and builds the Scene. Stored data is read as written; a model's answer is read with caps, cleaned
text and only the fields the schema has (`SceneRules`). Must not import torch.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from dialog.scene import Scene, Subject
from dialog.texts import LANGUAGES

SCENE_FIELDS = ("subjects", "background", "style", "avoid", "notes", "time", "look", "chosen")
SUBJECT_FIELDS = ("id", "name", "attributes", "position", "size", "parts", "chosen")
DIALOG_STATE_FIELDS = ("language", "focus")  # in a Scene, but the conversation's to set, not a model's

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SUBJECT_ID = re.compile(r"s[1-9][0-9]{0,8}")  # what Scene.next_subject_id and a model's fresh ids look like


@dataclass(frozen=True)
class SceneLimits:
    """Caps on counts and lengths, so a Scene from an untrusted writer stays small."""

    subjects: int
    attributes: int  # per subject; also its parts, and each part's attributes
    name_chars: int  # subject name, attribute value, position, size
    key_chars: int  # attribute kind
    text_chars: int  # background, style, time, each avoid / notes / look entry
    list_items: int  # avoid, notes, look


@dataclass(frozen=True)
class SceneRules:
    """How strictly to read. The defaults read stored data as written; a model's answer sets all three."""

    limits: SceneLimits | None = None
    clean_text: bool = False  # control characters dropped, whitespace collapsed; empty text is "none"
    known_fields_only: bool = False  # a field the schema lacks is a problem, not ignored
    app_ids: bool = False  # stored ids must be ids the app gives ("s1", "s2"...): nothing else reaches the page


STORED = SceneRules()


class SceneSchemaError(ValueError):
    """Data that is not a Scene; `problems` are short sentences, each naming where the problem is."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


def clean_text(text: str) -> str:
    """Drop control characters and collapse whitespace: model text goes into prompts and the UI."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    return " ".join(text.split())


def unknown_field_problems(data: dict[str, Any], allowed: tuple[str, ...], where: str) -> list[str]:
    """One sentence per field of `data` not in `allowed`."""
    return [f"unknown field {key!r} in {where}: only {', '.join(allowed)} are allowed"
            for key in data if key not in allowed]


def read_text(value: Any, where: str, problems: list[str], *, limit: int | None = None, required: bool = False,
              clean: bool = False) -> str | None:
    """One string field: None for null (unless required), for text that is empty once cleaned, or on a problem
    (appended to `problems`)."""
    if value is None and not required:
        return None
    if not isinstance(value, str):
        problems.append(f"{where} must be a string" + ("" if required else " or null"))
        return None
    text = clean_text(value) if clean else value
    if clean and not text:
        if required:
            problems.append(f"{where} must not be empty")
        return None
    if limit is not None and len(text) > limit:
        problems.append(f"{where} is longer than {limit} characters")
        return None
    return text


def read_scene(value: Any, rules: SceneRules = STORED, *, where: str = "scene",
               old: Scene | None = None) -> tuple[Scene, list[str]]:
    """The Scene in `value` and every problem found; the Scene is only meant to be used when there are none.

    With `old` (the Scene a model answers), subject ids `old` has are kept and any other id (or none) becomes a
    fresh one, and the dialog state (language, focus) is `old`'s. Without it, ids and dialog state are read as
    given: stored Scenes keep theirs.
    """
    return _SceneReader(rules, old).scene(value, where)


def parse_scene(value: Any, rules: SceneRules = STORED, *, where: str = "scene", old: Scene | None = None) -> Scene:
    """`read_scene` for callers that stop at the first bad Scene: raises SceneSchemaError with every problem."""
    scene, problems = read_scene(value, rules, where=where, old=old)
    if problems:
        raise SceneSchemaError(problems)
    return scene


class _SceneReader:
    """One walk over one value: the rules, the old Scene and the problems found so far."""

    def __init__(self, rules: SceneRules, old: Scene | None) -> None:
        self.rules = rules
        self.limits = rules.limits
        self.old = old
        self.problems: list[str] = []

    def scene(self, value: Any, where: str) -> tuple[Scene, list[str]]:
        scene = self.old.copy() if self.old is not None else Scene()  # the fields a model does not own
        if not isinstance(value, dict):
            self.problems.append(f"{where} must be an object")
            return scene, self.problems
        if self.rules.known_fields_only:
            fields = {k: v for k, v in value.items() if k not in DIALOG_STATE_FIELDS}  # echoing them is harmless
            self.problems.extend(unknown_field_problems(fields, SCENE_FIELDS, where))
        subjects = value.get("subjects", [])
        if not isinstance(subjects, list):
            self.problems.append(f"{where}.subjects must be a list")
            subjects = []
        if self.limits is not None and len(subjects) > self.limits.subjects:
            self.problems.append(f"{where}.subjects has more than {self.limits.subjects} subjects")
            subjects = []
        text_chars = self.limits.text_chars if self.limits is not None else None
        scene.subjects = self.subjects(subjects, f"{where}.subjects")
        scene.background = self.text(value.get("background"), f"{where}.background", text_chars)
        scene.style = self.text(value.get("style"), f"{where}.style", text_chars)
        scene.time = self.text(value.get("time"), f"{where}.time", text_chars)  # "night", "rain, night"
        scene.avoid = self.text_list(value.get("avoid"), f"{where}.avoid")
        scene.notes = self.text_list(value.get("notes"), f"{where}.notes")
        scene.look = self.text_list(value.get("look"), f"{where}.look")  # "dramatic lighting", "close-up"
        scene.chosen = self.text_list(value.get("chosen"), f"{where}.chosen")  # "background", "look:close-up"
        if self.old is None:
            scene.focus = self.text(value.get("focus"), f"{where}.focus", None)
            if self.rules.app_ids and scene.focus is not None and not SUBJECT_ID.fullmatch(scene.focus):
                self.problems.append(f"{where}.focus must be a subject id like s1")
            language = value.get("language", "en")
            if language in LANGUAGES:
                scene.language = language
            else:
                self.problems.append(f"{where}.language must be " + " or ".join(f'"{code}"' for code in LANGUAGES))
        return scene, self.problems

    def subjects(self, values: list[Any], where: str) -> list[Subject]:
        old_ids = {s.id for s in self.old.subjects} if self.old is not None else set()
        used = set(old_ids)
        seen: set[str] = set()
        subjects: list[Subject] = []
        for index, value in enumerate(values):
            at = f"{where}[{index}]"
            if not isinstance(value, dict):
                self.problems.append(f"{at} must be an object")
                continue
            if self.rules.known_fields_only:
                self.problems.extend(unknown_field_problems(value, SUBJECT_FIELDS, at))
            subject_id = self.subject_id(value.get("id"), at, old_ids, used, seen)
            if subject_id is None:
                continue
            name_chars = self.limits.name_chars if self.limits is not None else None
            name = self.text(value.get("name"), f"{at}.name", name_chars, required=True)
            attributes = self.attributes(value.get("attributes"), f"{at}.attributes")
            position = self.text(value.get("position"), f"{at}.position", name_chars)
            size = self.text(value.get("size"), f"{at}.size", name_chars)
            parts = self.parts(value.get("parts"), f"{at}.parts")
            chosen = self.text_list(value.get("chosen"), f"{at}.chosen")  # "size", "position", "colour"
            if name is not None:
                subjects.append(Subject(subject_id, name, attributes, position, size, parts, chosen))
        return subjects

    def parts(self, value: Any, where: str) -> dict[str, dict[str, str]]:
        """A subject's parts: part name -> its attributes ("umbrella": {"colour": "red", "relation": "holding"})."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problems.append(f"{where} must be an object of part name: attributes")
            return {}
        if self.limits is not None and len(value) > self.limits.attributes:
            self.problems.append(f"{where} has more than {self.limits.attributes} parts")
            return {}
        name_chars = self.limits.name_chars if self.limits is not None else None
        parts: dict[str, dict[str, str]] = {}
        for key, item in value.items():
            name = self.text(key, f"{where} key", name_chars, required=True)
            label = str(key)[:name_chars] if name_chars else str(key)
            attributes = self.attributes(item if item is not None else {}, f"{where}[{label!r}]")
            if name is not None:
                parts[name] = attributes
        return parts

    def subject_id(self, raw: Any, at: str, old_ids: set[str], used: set[str], seen: set[str]) -> str | None:
        """The id a subject gets; None (with a problem) when it cannot have one."""
        if self.old is None:  # stored: the id as written
            if not isinstance(raw, str):
                self.problems.append(f"{at}.id must be a string")
                return None
            if self.rules.app_ids and not SUBJECT_ID.fullmatch(raw):
                self.problems.append(f"{at}.id must be a subject id like s1")
                return None
            return raw
        if raw is not None and not isinstance(raw, str):
            self.problems.append(f"{at}.id must be a string")
            return None
        if raw in seen:
            self.problems.append(f"{at}.id {raw!r} is used twice: each subject has its own id")
            return None
        subject_id = raw if raw in old_ids else _fresh_id(used)
        seen.add(raw or subject_id)
        used.add(subject_id)
        return subject_id

    def attributes(self, value: Any, where: str) -> dict[str, str]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problems.append(f"{where} must be an object of kind: value strings")
            return {}
        if self.limits is not None and len(value) > self.limits.attributes:
            self.problems.append(f"{where} has more than {self.limits.attributes} entries")
            return {}
        key_chars = self.limits.key_chars if self.limits is not None else None
        name_chars = self.limits.name_chars if self.limits is not None else None
        attributes: dict[str, str] = {}
        for key, item in value.items():
            kind = self.text(key, f"{where} key", key_chars, required=True)
            label = str(key)[:key_chars] if key_chars else str(key)
            text = self.text(item, f"{where}[{label!r}]", name_chars, required=True)
            if kind is not None and text is not None:
                attributes[kind] = text
        return attributes

    def text_list(self, value: Any, where: str) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(f"{where} must be a list of strings")
            return []
        if self.limits is not None and len(value) > self.limits.list_items:
            self.problems.append(f"{where} has more than {self.limits.list_items} entries")
            return []
        text_chars = self.limits.text_chars if self.limits is not None else None
        items = [self.text(item, f"{where}[{index}]", text_chars, required=True) for index, item in enumerate(value)]
        return [item for item in items if item is not None]

    def text(self, value: Any, where: str, limit: int | None, required: bool = False) -> str | None:
        return read_text(value, where, self.problems, limit=limit, required=required, clean=self.rules.clean_text)


def _fresh_id(used: set[str]) -> str:
    numbers = [int(i[1:]) for i in used if i[:1] == "s" and i[1:].isdigit()]
    return f"s{max(numbers, default=0) + 1}"
