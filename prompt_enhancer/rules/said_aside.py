"""Words beside a request that ask nothing: a sign-off in another language after it ("make it winter, kiitos"; not
keys mashed, not a short word that may be a slip), the place named again ("just cabin + lake" by a lake)."""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.spelling import is_known_word

KEYBOARD_RUNS = re.compile(r"asdf|sdfg|dfgh|fghj|ghjk|hjkl|jkl|qwer|wert|erty|rtyu|tyui|yuio|uiop|zxcv|xcvb|cvbn|"
                           r"vbnm|[bcdfghjklmnpqrstvwxz]{5}", re.IGNORECASE)


def lone_unknown(body: str) -> bool:
    """One word no dictionary knows: alone, asked about; last, after a request read ("…, kiitos"), a sign-off."""
    return re.fullmatch(r"[A-Za-z]{2,14}", body.strip()) is not None and is_known_word(body) is False


def said_aside(work: MessageEdit, body: str) -> str | None:
    """How the last clause, after requests read and none asked about, may be an aside: "place" (the place named
    again: nothing to read), "sign-off" (one unknown word: if no rule reads it, not asked about), else None."""
    if not work.understood or work.unread:
        return None
    said = body.strip().lower()
    if len(said) > 2 and said in re.findall(r"[a-z]+", (work.scene.background or "").lower()):
        return "place"
    return "sign-off" if lone_unknown(body) and len(said) >= 5 and not KEYBOARD_RUNS.search(said) else None
