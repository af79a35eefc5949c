"""Where a row of things stands: "three squares in a row across the top", "in a row along the bottom", "across the
middle". The row put them left to right; the band says how high, so "across the top" is top left, top, top right,
and the band is no thing of its own (it drew a thing called "across" before).
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.drawing_handlers import counted_group
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.subject_changes import move_subject

_BAND = re.compile(r"^(?:(?:all\s+)?(?:along|across|at|on|in)\s+)(?:the\s+)?(?:very\s+)?"
                   r"(?P<band>top|bottom|middle|center|centre|upper\s+half|lower\s+half)"
                   r"(?:\s+(?:of\s+the\s+(?:picture|image|canvas|page|frame)|edge|part))?$", re.IGNORECASE)
_HIGH = {"top": "top", "upper half": "top", "bottom": "bottom", "lower half": "bottom"}


def row_band_clause(work: MessageEdit, body: str) -> bool:
    """"across the top" after a row this message drew: the row at that height."""
    m = _BAND.match(body.strip())
    if not m:
        return False
    group = [s for s in (work.scene.subject(i) for i in counted_group(work)) if s is not None]
    if len(group) < 2 or [s.position for s in group] not in (["left", "right"], ["left", "center", "right"]):
        return False
    high = _HIGH.get(m.group("band").lower())
    if high:
        for subject in group:
            move_subject(work, subject, high if subject.position == "center" else f"{high} {subject.position}")
    return True
