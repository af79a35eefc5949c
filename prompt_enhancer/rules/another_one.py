""""a small red one top right" with one circle drawn somewhere else: one more of the kind there, with its own values
and place, not the circle there moved and recoloured. Said with "too" or "as well", one more wherever it goes."""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import Phrase
from prompt_enhancer.rules.subject_changes import add_subjects

_I = re.IGNORECASE
_A_ONE = re.compile(r"^(?:a|an)\s+(?:[a-z-]+\s+){1,3}?one\b", _I)
_TOO = re.compile(r"\b(?:too|as\s+well|also)\s*[.!]*$", _I)


def another_one(work: MessageEdit, body: str, ph: Phrase) -> bool:
    """True when "a <values> one" named one more of the only kind in the picture, which is added."""
    if not _A_ONE.match(body.strip()) or work.added or not (ph.colour or ph.size or ph.material):
        return False
    too = _TOO.search(body)
    kinds = {s.name for s in work.scene.subjects}
    if len(kinds) != 1 or not (too or ph.position):
        return False
    there = work.scene.subjects[-1]
    if not too and (not there.position or there.position == ph.position):
        return False  # "a blue one in the middle" of the one in the middle: that one, changed
    said = re.sub(r"\bone\b", there.name, _TOO.sub("", body), count=1, flags=_I)
    return add_subjects(work, said, announce="added")
