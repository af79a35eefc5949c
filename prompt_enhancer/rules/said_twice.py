"""Several things said in one message: one name said twice, each time with its own colour, size or place (two
things, not one thing changed: "small circle top left, big circle bottom right"), and one value said for all of
them ("…, both small")."""

from __future__ import annotations

import re

from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import Phrase, clean_rest, parse_phrase
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.subject_changes import apply_value


def listed_again(work: MessageEdit, targets: list[Subject], ph: Phrase) -> bool:
    """True when every thing the name finds was added by this message and the clause gives it a colour, size or
    place other than the one it already has: a person listing two, not changing the first."""
    said = clean_rest(ph.rest).lower()
    if not all(t.id in work.added for t in targets) or ph.resize or any(
            t.name.lower().endswith("s") and not said.endswith("s") for t in targets):
        return False  # "some balloons next to her — red, yellow and blue 🎈": the balloons said again, coloured
    return any(said and have and said != have for t in targets for said, have in (
        (ph.colour, t.attributes.get("colour")), (ph.size, t.size), (ph.position, t.position)))


# "…, both small", "all of them blue", "两个都是红色的": one value for every thing just said.
_ALL_VALUE = re.compile(r"^(?:both|all|all\s+of\s+them|each|they(?:'re|\s+are)?\s+(?:both|all))\s+(?P<v>.+)$"
                        r"|^(?:两个|它们|都|全部)都?(?:是|要)?(?P<v_zh>.+?)(?:的)?$", re.IGNORECASE)


def all_value(work: MessageEdit, body: str) -> bool:
    """One colour, size or material for every thing just said, or for all of them."""
    m = _ALL_VALUE.match(body)
    if not m:
        return False
    value = m.group("v") or m.group("v_zh")
    ph = parse_phrase(value)
    if not (ph.colour or ph.size or ph.material) or clean_rest(ph.rest) or ph.shape:
        return False
    targets = [s for s in (work.scene.subject(i) for i in work.added) if s is not None]
    if len(targets) < 2:
        targets = resolve(work, "them") or []
    if len(targets) < 2:
        return False
    return apply_value(work, targets, value)
