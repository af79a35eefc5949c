"""Two things put one on each side: "add two gold circles, one on each side", "two lanterns on either side",
"两边各加一个灯笼", "左右各一个". The two things this message added go left and right ("one on each side" was a note,
"on either side" a detail of each). Read after the things are added, as a clause of its own.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.counts_set import add_copy
from prompt_enhancer.rules.message_edit import MessageEdit

_I = re.IGNORECASE
_SIDES = r"(?:on|at|to)\s+(?:each|either|both|the\s+two)\s+sides?(?:\s+of\s+(?:it|him|her|them|the\s+[a-z]+))?"
# said inside the request: "two lanterns on either side (of the door)"
_INSIDE = re.compile(rf"(?<!\bone)\s+{_SIDES}(?=\s*(?:[,.;!]|pls\b|please\b|$))", _I)
_CLAUSE = re.compile(rf"^(?:(?:with\s+)?one\s+{_SIDES}|{_SIDES}|one\s+(?:on\s+the\s+)?left(?:,)?\s+(?:and\s+)?one\s+"
                     r"(?:on\s+the\s+)?right|(?:两边|两侧|左右)(?:各)?(?:一[个只条棵朵盏座])?|一边一[个只条棵朵盏座])$",
                     _I)
# "两边各加一个灯笼", "左右各放一盏灯": one on each side, said as two added
_ZH_EACH = re.compile(r"^(?:在)?(?:[\u4e00-\u9fff]{1,3}?的?)?(?:两边|两侧|左右)各(?:加|放|画|摆|挂)?(?:一|1)"
                      r"(?P<m>[个只条棵朵盏座块])(?P<x>[^，,。]+)$")


def said_each_side(text: str) -> str:
    """The message with "on each side" said inside a request cut off as a clause of its own; 两边各加一个X said
    as 加两个X, 一边一个."""
    text = _INSIDE.sub(lambda m: ", one " + m.group(0).strip(), text)
    m = _ZH_EACH.match(text.strip())
    if m:
        text = f"加两{m.group('m')}{m.group('x')}，两边各一{m.group('m')}"  # 挂, 放 or 摆: added all the same
    return text


def each_side_clause(work: MessageEdit, body: str) -> bool:
    """The last two things this message added, put left and right; one thing added ("add a palm tree on each
    side") is drawn twice, once on each side."""
    if not _CLAUSE.match(body.strip()) or not work.added:
        return False
    if len(work.added) == 1 and work.scene.subject(work.added[0]) is not None:
        add_copy(work, work.scene.subject(work.added[0]))
    pair = [work.scene.subject(i) for i in work.added[-2:]]
    if any(s is None for s in pair):
        return False
    pair[0].position, pair[1].position = "left", "right"
    return True
