"""Clauses that edit subjects already drawn: move ("move it left", "把猫移到右边"), resize ("bigger") and
change values or names ("make the circle blue", "把它变成三角形").
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.changes import apply_value, move_subject, resize_subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import RESIZE_RE, clean_rest, parse_position
from prompt_enhancer.rules.references import resolve

_I = re.IGNORECASE


_MOVE_EN = re.compile(r"^(?:move|put|place|shift|drag|slide|relocate|position|push|bring|set)\s+(?P<rest>.+)$", _I)
_MOVE_ZH = re.compile(r"^(?:把|将)?(?P<t>.*?)"
                      r"(?:移到|移动到|挪到|放到|放在|搬到|移至|拖到|移去|放去|挪去|移往)(?P<p>.+)$")
_DIRECTION_EN = re.compile(r"^(?:move|shift|slide|push|nudge|drag)\s+(?P<t>.+?)\s+(?P<d>up|down|upwards?|downwards?|"
                           r"higher|lower|left|right|leftwards?|rightwards?)(?:\s+(?:a bit|a little|slightly|one "
                           r"(?:cell|step|notch)))?$", _I)
_DIRECTION_ZH = re.compile(r"^(?:把|将)?(?P<t>.*?)(?:往|向|朝)(?P<d>上|下|左|右)(?:边|面)?"
                           r"(?:移|挪|移动|放|拖)(?:一点|一些|一下|点)?$")
_STEPS = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0), "上": (0, -1), "下": (0, 1),
          "左": (-1, 0), "右": (1, 0)}


def move_clause(work: MessageEdit, body: str) -> bool:
    """"move it left" (one grid cell), "move the cat to the top", "把猫移到右边"."""
    m = _DIRECTION_EN.match(body) or _DIRECTION_ZH.match(body)
    if m:
        targets = resolve(work, m.group("t"))
        if targets:
            direction = m.group("d").lower()
            direction = {"higher": "up", "lower": "down"}.get(direction, re.sub(r"wards?$", "", direction))
            if direction in ("up", "down", "upward", "downward"):
                direction = direction.replace("ward", "")
            dx, dy = _STEPS[direction]
            for subject in targets:
                col, row = _grid_cell(subject.position)
                move_subject(work, subject, _cell_name(min(2, max(0, col + dx)), min(2, max(0, row + dy))))
            return True
    m = _MOVE_ZH.match(body)
    if m:
        position, rest = parse_position(m.group("p"))
        targets = resolve(work, m.group("t"))
        if position and targets and not clean_rest(rest):
            for subject in targets:
                move_subject(work, subject, position)
            return True
        return False
    m = _MOVE_EN.match(body)
    if not m:
        return False
    position, rest = parse_position(m.group("rest"))
    if not position:
        return False
    rest = re.sub(r"\s+(?:over\s+)?(?:to|towards|into|onto|over)\s*$", "", rest.strip(), flags=_I)
    targets = resolve(work, rest)
    if not targets:
        return False
    for subject in targets:
        move_subject(work, subject, position)
    return True


def _grid_cell(position: str | None) -> tuple[int, int]:
    """Grid cell (column, row) of a position; a free or missing position counts as the centre."""
    return vocab.GRID_CELLS.get(position or "center", (1, 1))


def _cell_name(col: int, row: int) -> str:
    return next(name for name, cell in vocab.GRID_CELLS.items() if cell == (col, row))


_RESIZE_VERBS = re.compile(r"\b(?:make|turn|get|scale|resize|it\s+should\s+be|should\s+be|be|a\s+bit|a\s+little|much|"
                           r"even|slightly|a\s+lot|way|bit|little)\b|^(?:把|将|让|使)|(?:变得|弄得|弄|变|再|更|稍微|一点)",
                           _I)


def resize_clause(work: MessageEdit, body: str) -> bool:
    """"bigger", "make the cat smaller", "把它变大"."""
    m = RESIZE_RE.search(body)
    if not m:
        return False
    step = 1 if (m.group("up") or m.group("up_zh")) else -1
    rest = (body[: m.start()] + " " + body[m.end():]).strip()
    rest = _RESIZE_VERBS.sub(" ", rest).strip()
    targets = resolve(work, rest) if clean_rest(rest) else ([work.focus()] if work.focus() else None)
    if not targets:
        if not work.scene.subjects and not clean_rest(rest):
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        return False
    for subject in targets:
        resize_subject(work, subject, step)
    return True


_ATTR_EN = re.compile(r"^(?:make|turn|paint|colou?r|change|set|recolou?r|dye|switch|render|get|redraw)"
                      r"\s+(?P<rest>.+)$", _I)
_ATTR_EN_SHOULD = re.compile(r"^(?P<t>.+?)\s+(?:should be|must be|needs to be|has to be|ought to be|should look|"
                             r"becomes|should become|will be)\s+(?P<v>.+)$", _I)
# A reference is short ("the big red circle at the top left"); longer candidates are not tried, which keeps a
# 2,000-character message from costing a quadratic number of parses.
_MAX_TARGET_WORDS = 10
_ATTR_SEPARATOR = re.compile(r"\s+(?:to be|into|to|as|so (?:that )?it(?:'s| is)|in)\s+", _I)
_ATTR_ZH = re.compile(r"^(?:把|将|让|使)?(?P<t>.*?)(?:变成|改成|换成|涂成|染成|改为|变为|换为|弄成|调成|"
                      r"设为|设成|画成|做成|变得|应该是|要是|得是|变|改|换|涂|染)(?:了|为|成)?(?P<v>.+)$")


def attribute_clause(work: MessageEdit, body: str) -> bool:
    """"make the circle blue", "the cat should be bigger", "把它变成三角形": values or a new name."""
    if not work.scene.subjects:
        m = _ATTR_EN.match(body) or _ATTR_ZH.match(body)
        if m and re.match(r"^(?:it|them|its|它|他|她|它们)\b", (m.groupdict().get("rest") or m.group("t") or ""), _I):
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        return False
    for target, value in _attribute_splits(work, body):
        targets = resolve(work, target)
        if not targets:
            continue
        if apply_value(work, targets, value):
            return True
    return False


def _attribute_splits(work: MessageEdit, body: str) -> list[tuple[str, str]]:
    """Candidate (target, value) readings of an edit, most likely first."""
    out: list[tuple[str, str]] = []
    m = _ATTR_ZH.match(body)
    if m and vocab.has_cjk(body):
        out.append((m.group("t") or "它", m.group("v")))
    m = _ATTR_EN_SHOULD.match(body)
    if m:
        out.append((m.group("t"), m.group("v")))
    m = _ATTR_EN.match(body)
    if m:
        rest = m.group("rest")
        for sep in _ATTR_SEPARATOR.finditer(rest):
            if len(rest[: sep.start()].split()) <= _MAX_TARGET_WORDS:
                out.append((rest[: sep.start()], rest[sep.end():]))
        words = rest.split()
        for k in range(min(len(words) - 1, _MAX_TARGET_WORDS), 0, -1):
            out.append((" ".join(words[:k]), " ".join(words[k:])))
        if re.match(r"^(?:it|them|a|an|one|two|another|some|the)\b", rest, _I) is None and work.focus():
            out.append(("it", rest))  # "make bigger", "turn blue"; "make a dog" is a new drawing
    return out
