"""A move to "the other side" ("move it over to the other side", 把它挪到另一边): the same row, the column
across the middle; to "the opposite corner" (移到对角): the row across the middle too. A thing in the middle column
has no other side (nor one in the middle row a corner), and one with no place of the grid has none known: neither
is read here, so the message asks rather than guesses."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.subject_changes import move_subject

_I = re.IGNORECASE
_OTHER_SIDE = re.compile(r"^(?:move|put|shift|slide|switch|flip|take|bring)\s+(?P<t>.+?)\s+(?:over\s+)?"
                         r"(?:to\s+|into\s+|in\s+)?the\s+(?:other\s+side|(?P<corner>opposite\s+corner|other\s+corner|"
                         r"diagonally\s+opposite\s+corner))(?:\s+of\s+the\s+(?:picture|canvas|frame|image))?$"
                         r"|^(?:把|将)?(?P<t_zh>.*?)(?:移|挪|放|换|搬)(?:到|去)"
                         r"(?:另一边|另外一边|另一侧|对面|另一面|"
                         r"(?P<corner_zh>对角|对角线另一头|对面的角落?|斜对角))$", _I)


# "put the ball on the other side of him", "on his other side": across that one, in the same row
_OTHER_SIDE_OF = re.compile(r"^(?:(?:move|put|shift|slide|take|bring|place)\s+(?P<t>.+?)|"
                            r"(?P<t2>the\s+[a-z]+(?:\s+[a-z]+)?))\s+(?:over\s+)?(?:to|on|onto)\s+"
                            r"(?:the\s+other\s+side\s+of\s+(?P<a>him|her|it|the\s+[a-z]+(?:\s+[a-z]+)?)"
                            r"|(?P<whose>his|her|its)\s+other\s+side)$"
                            # 导游换到土楼另一边去: across the 土楼
                            r"|^(?:把|将)?(?P<t_zh>[^到]+?)(?:移|挪|放|换|搬)(?:到|去)(?P<a_zh>[\u4e00-\u9fff]{1,6}?)的?"
                            r"(?:另一边|另外一边|另一侧|对面)(?:去|吧|了|啦)*$", _I)


def _other_side_of(work: MessageEdit, body: str) -> bool:
    m = _OTHER_SIDE_OF.match(body.strip())
    targets = resolve(work, m.group("t") or m.group("t2") or m.group("t_zh")) if m else None
    whose = {"his": "him", "its": "it"}.get(m.group("whose"), "her") if m else ""
    anchors = resolve(work, m.group("a") or m.group("a_zh") or whose) if m else None
    if not targets or not anchors or len(anchors) != 1 or anchors[0] in targets:
        return False
    anchor = vocab.GRID_CELLS.get(anchors[0].position or "")
    if anchor is None or any(t.position not in vocab.GRID_CELLS for t in targets):
        return False
    for subject in targets:
        col, row = vocab.GRID_CELLS[subject.position]
        across = 2 * anchor[0] - col
        if col == anchor[0] or not 0 <= across <= 2:
            return False  # in line with it, or no room across it
        move_subject(work, subject, vocab.grid_position(across, row))
    return True


def other_side_clause(work: MessageEdit, body: str) -> bool:
    """The things named moved across the middle, each keeping its row (or across the one named)."""
    if _other_side_of(work, body):
        return True
    m = _OTHER_SIDE.match(body.strip())
    if not m or not work.scene.subjects:
        return False
    said = (m.group("t") or m.group("t_zh") or "").strip() or "它"
    targets = resolve(work, said)
    if not targets:
        return False
    corner = bool(m.group("corner") or m.group("corner_zh"))
    moves = []
    for subject in targets:
        col, row = vocab.GRID_CELLS.get(subject.position or "", (1, 1))
        if subject.position not in vocab.GRID_CELLS or col == 1 or (corner and row == 1):
            return False  # no other side, or no corner, to go to
        moves.append((subject, vocab.grid_position(2 - col, 2 - row if corner else row)))
    for subject, position in moves:
        move_subject(work, subject, position)
    return True
