"""What an enhancer decides for one message: draw, edit or just chat, the reply, and the Scene after it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from dialog.scene import Scene


class Action(str, Enum):
    DRAW = "draw"  # a new picture (new scene)
    EDIT = "edit"  # change the current picture
    CHAT = "chat"  # answer without drawing


class EditKind(str, Enum):
    """What kind of change happened; the consistency layer picks seed, noise and strength from it."""

    NEW = "new"
    ATTRIBUTE = "attribute"
    ADD = "add"
    REMOVE = "remove"
    BACKGROUND = "background"
    STYLE = "style"
    LAYOUT = "layout"


@dataclass(frozen=True)
class Exchange:
    """One earlier turn as the enhancer sees it: bounded context, not the whole history."""

    message: str
    reply: str
    # The Scene the turn left, where the caller keeps it (the app's session does): a correction of the last
    # edit ("no, the other way", "bring it back") goes back to the one before, never guessed from the words.
    scene: Scene | None = None


@dataclass(frozen=True)
class Decision:
    action: Action
    reply: str  # shown to the user, in the user's language
    scene: Scene  # the Scene after this message
    edit_kind: EditKind = EditKind.NEW
    changed: tuple[str, ...] = field(default_factory=tuple)  # ids of subjects this turn touched
    source: str = "rules"  # which enhancer answered ("rules", "llm", "rules (fallback)"): shown in the UI

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (a session export stores every turn's Decision)."""
        return {
            "action": self.action.value,
            "reply": self.reply,
            "scene": self.scene.to_dict(),
            "edit_kind": self.edit_kind.value,
            "changed": list(self.changed),
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        """The inverse of `to_dict`; raises KeyError / ValueError on data that is not a Decision."""
        return cls(
            action=Action(data["action"]),
            reply=str(data["reply"]),
            scene=Scene.from_dict(data["scene"]),
            edit_kind=EditKind(data.get("edit_kind", EditKind.NEW.value)),
            changed=tuple(str(c) for c in data.get("changed") or ()),
            source=str(data.get("source", "rules")),
        )
