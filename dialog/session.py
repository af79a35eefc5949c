"""One person's conversation as a tree of turns: a current pointer, undo / redo, branches and new chat.

The Session records what happened; it never renders. The app renders first and records the turn only when the
render succeeded, so a failed render (or a rejected message, or an enhancer that raises) leaves the Session as
it was. Saving it to a file and reading one back is `dialog.archive`'s job.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dialog.decision import Decision, Exchange
from dialog.scene import Scene


@dataclass
class Turn:
    """One message and what came of it. `render` is the app's record (seed, prompt, settings, image name)."""

    id: str
    parent_id: str | None
    message: str
    decision: Decision
    render: dict[str, Any] | None = None

    @property
    def scene(self) -> Scene:
        """The Scene after this turn (the Decision's; a chat turn's Decision carries the Scene unchanged)."""
        return self.decision.scene


class Session:
    """A tree of Turns with a pointer to the current one (None: before the first message)."""

    def __init__(self) -> None:
        self.turns: dict[str, Turn] = {}
        self._current: str | None = None
        self._redo: dict[str, str] = {}  # parent id ("" for the root) -> the child redo goes back to
        self._last_id = 0

    # ---------------------------------------------------------------------------------------- reading
    @property
    def current(self) -> Turn | None:
        return self.turns.get(self._current) if self._current else None

    @property
    def current_scene(self) -> Scene:
        """A copy of the Scene at the pointer, so callers cannot edit history by accident."""
        turn = self.current
        return turn.scene.copy() if turn else Scene()

    @property
    def shown(self) -> Turn | None:
        """The last turn on the path with a picture: the one the chat shows and the next edit builds on (a
        question or a refusal after it draws nothing and must not cut the picture off from its edits)."""
        return next((turn for turn in reversed(self.path()) if turn.render), None)

    def path(self) -> list[Turn]:
        """Turns from the first message to the current one: what the chat shows."""
        out: list[Turn] = []
        turn = self.current
        while turn is not None:
            out.append(turn)
            turn = self.turns.get(turn.parent_id) if turn.parent_id else None
        return out[::-1]

    def recent_exchanges(self, k: int = 4) -> tuple[Exchange, ...]:
        """The last k exchanges on the current path: the enhancer's bounded context."""
        if k <= 0:
            return ()
        return tuple(Exchange(t.message, t.decision.reply, t.scene.copy()) for t in self.path()[-k:])

    @property
    def can_undo(self) -> bool:
        return self._current is not None

    @property
    def can_redo(self) -> bool:
        return self._redo.get(self._current or "") in self.turns

    @property
    def redo_targets(self) -> dict[str, str]:
        """Parent id ("" for the start) -> the child redo goes to from there: a copy, saved with the session."""
        return dict(self._redo)

    # ---------------------------------------------------------------------------------------- changing
    def record(
        self,
        message: str,
        decision: Decision,
        render: dict[str, Any] | None = None,
        *,
        sibling_of: Turn | None = None,
    ) -> Turn:
        """Add a turn after the current one (or next to `sibling_of`: a retry) and make it current."""
        if not isinstance(decision, Decision):
            raise TypeError(f"record() needs a Decision, got {type(decision).__name__}")
        _check_render(render)
        if sibling_of is not None and sibling_of.id not in self.turns:
            raise ValueError(f"turn {sibling_of.id!r} is not in this session")
        parent = sibling_of.parent_id if sibling_of is not None else self._current
        self._last_id += 1
        # The Scene inside a Decision is mutable: history keeps its own copy.
        decision = dataclasses.replace(decision, scene=decision.scene.copy())
        turn = Turn(f"t{self._last_id}", parent, message, decision, dict(render) if render else render)
        self.turns[turn.id] = turn
        self._redo[parent or ""] = turn.id
        self._current = turn.id
        return turn

    def undo(self) -> bool:
        """Move the pointer to the parent; False when already before the first message."""
        turn = self.current
        if turn is None:
            return False
        self._redo[turn.parent_id or ""] = turn.id
        self._current = turn.parent_id
        return True

    def redo(self) -> bool:
        """Move back down to the child undo came from (or the latest branch); False when there is none."""
        child = self._redo.get(self._current or "")
        if child not in self.turns:
            return False
        self._current = child
        return True

    def new_chat(self) -> None:
        """Forget every turn: an empty session (export first to keep the old one)."""
        self.turns.clear()
        self._redo.clear()
        self._current = None
        self._last_id = 0

    # ---------------------------------------------------------------------------------------- rebuilding
    @classmethod
    def restore(cls, turns: Iterable[Turn], current: str | None, redo: dict[str, str]) -> Session:
        """A Session from its saved parts (an import); ValueError names the first part that does not fit the tree.

        Turn ids are "t<number>"; new turns continue after the highest, so an id is never reused.
        """
        session = cls()
        for turn in turns:
            if turn.id in session.turns:
                raise ValueError(f"turn id {turn.id} appears twice")
            session.turns[turn.id] = turn
        for turn in session.turns.values():
            if turn.parent_id is not None and turn.parent_id not in session.turns:
                raise ValueError(f"turn {turn.id} has a parent that does not exist")
            seen = {turn.id}
            parent = turn.parent_id
            while parent is not None:
                if parent in seen:
                    raise ValueError(f"turn {turn.id} is its own ancestor")
                seen.add(parent)
                parent = session.turns[parent].parent_id
        if current is not None and current not in session.turns:
            raise ValueError("current points to a turn that does not exist")
        for parent, child in redo.items():
            if child not in session.turns or (session.turns[child].parent_id or "") != parent:
                raise ValueError("redo names a turn that is not a child of its key")
        session._current = current
        session._redo = dict(redo)
        session._last_id = max((int(i[1:]) for i in session.turns if i[1:].isdigit()), default=0)
        return session


# -------------------------------------------------------------------------------------------- checks


def _check_render(render: dict[str, Any] | None) -> None:
    if render is None:
        return
    if not isinstance(render, dict):
        raise TypeError(f"a render record is a dict, got {type(render).__name__}")
    try:
        json.dumps(render, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"a render record must be plain JSON data (it is exported): {error}") from None
