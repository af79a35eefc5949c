""""the black one, a lot bigger", "黑的那只，大一点": a thing there named by what it already is, said before the
change, says which one the change is about; it is no change itself (before, the thing in focus was made black)."""

from __future__ import annotations

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import Phrase
from prompt_enhancer.rules.references import resolve


def named_topic(work: MessageEdit, body: str, ph: Phrase) -> bool:
    """Whether `body` only names one thing there by its colour or size: then it is in focus, nothing changed."""
    if not (ph.definite or "那" in body) or ph.resize or ph.position or not (ph.colour or ph.size):
        return False
    named = resolve(work, body)
    if not named or len(named) != 1 or len(work.scene.subjects) < 2:
        return False
    thing = named[0]
    if (ph.colour and thing.attributes.get("colour") != ph.colour) or (ph.size and thing.size != ph.size):
        return False
    work.scene.focus = thing.id
    return True
