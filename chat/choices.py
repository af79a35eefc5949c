"""Choosing which of the pictures drawn for one message the chat continues from (Retry and Variation draw
beside the picture they redo; the person picks one, as chat image apps let them)."""

from __future__ import annotations

from chat.state import ActionResult, ChatState
from chat.view import alternatives
from dialog.session import Session
from dialog.texts import both, say


def continue_from(state: ChatState, turn_id: str, lang: str) -> ActionResult:
    """Make `turn_id` (one of the pictures drawn for a message on the chat's path) the current turn; redo from
    its parent then leads to it. Any other id, from an API client or a stale page, changes nothing."""
    with state.one_action() as free:
        if not free:
            return ActionResult(False, both("chat.wait_for_picture"))
        session = state.session
        chosen = session.turns.get(turn_id) if isinstance(turn_id, str) else None
        on_path = {t.id for turn in session.path() for t in alternatives(session, turn)}
        if chosen is None or chosen.id not in on_path:
            return ActionResult(False, say("chat.choice_gone", lang))
        redo = session.redo_targets
        redo[chosen.parent_id or ""] = chosen.id
        state.session = Session.restore(session.turns.values(), chosen.id, redo)
        return ActionResult(True, say("chat.continuing", lang))
