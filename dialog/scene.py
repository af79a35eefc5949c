"""The accumulated meaning of a conversation, as data: what the picture should contain.

Every turn edits a Scene; the enhancers produce one, the prompt renderer reads one, the UI shows one as a card.
It must stay small and serialisable (JSON) and must not import torch.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Subject:
    """One thing in the picture. `id` is stable across turns so "make it blue" edits the right one."""

    id: str
    name: str  # free text as the user said it ("cat", "圆形", "red fox")
    # Kind -> value, so a new colour replaces the old one instead of piling up: {"colour": "red", "material": "wood"}.
    attributes: dict[str, str] = field(default_factory=dict)
    position: str | None = None  # a position key ("top left") or free text
    size: str | None = None  # "small" | "big" | free text
    # What the subject holds, wears or has, by name as said ("umbrella", "雨伞") -> its attributes, like a
    # subject's ({"colour": "red"}), plus "relation": how it goes with the subject ("holding", "wearing",
    # "with"). A part is drawn with its subject and changes with it: "a girl holding a red umbrella".
    parts: dict[str, dict[str, str]] = field(default_factory=dict)
    # Which of its fields the dialog manager chose because the person left them open ("size", "position",
    # "name", or an attribute kind such as "colour"): drawn like anything said, shown as chosen, and replaced
    # by whatever the person says later.
    chosen: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Scene:
    """What the picture should show. `notes` keeps what no rule understood: never dropped, always rendered."""

    subjects: list[Subject] = field(default_factory=list)
    background: str | None = None
    style: str | None = None
    avoid: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    language: str = "en"  # "en" | "zh": the language the prompt renders in
    # The subject "it" refers to: the one the conversation touched last. Dialog state, not drawn.
    focus: str | None = None
    # When and under what sky: time of day, weather, season ("night", "rain, night"). Scene-wide like the
    # background (which holds a place such as "in the snow"); comma-separated canonical keys or free text.
    time: str | None = None
    # The picture as a whole, beyond its style: lighting, camera, colour treatment, mood ("dramatic lighting",
    # "close-up", "black and white"); canonical keys of vocabulary.LOOKS, one per kind, or free text.
    look: list[str] = field(default_factory=list)
    # Scene-wide fields the dialog manager chose ("background", "style", "time") and chosen look entries as
    # "look:<entry>" ("look:soft lighting"); see Subject.chosen.
    chosen: list[str] = field(default_factory=list)

    def subject(self, subject_id: str) -> Subject | None:
        return next((s for s in self.subjects if s.id == subject_id), None)

    def next_subject_id(self) -> str:
        """A fresh id; ids are never reused within a scene, so old references cannot hit a new subject."""
        used = {int(s.id[1:]) for s in self.subjects if s.id[:1] == "s" and s.id[1:].isdigit()}
        return f"s{max(used, default=0) + 1}"

    def copy(self) -> Scene:
        return Scene.from_dict(self.to_dict())

    def is_empty(self) -> bool:
        return not (self.subjects or self.background or self.style or self.notes or self.time or self.look)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subjects": [s.to_dict() for s in self.subjects],
            "background": self.background,
            "style": self.style,
            "avoid": list(self.avoid),
            "notes": list(self.notes),
            "language": self.language,
            "focus": self.focus,
            "time": self.time,
            "look": list(self.look),
            "chosen": list(self.chosen),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scene:
        """The inverse of `to_dict`, read by the one Scene reader; raises SceneSchemaError (a ValueError) naming
        every problem when `data` is not a Scene."""
        from dialog.scene_schema import parse_scene  # the reader builds Scenes, so it imports this module

        return parse_scene(data)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Scene:
        return cls.from_dict(json.loads(text))
