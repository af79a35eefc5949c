"""A thing added beside one already there, said the Chinese way ("加一个 orange gate 在 drone 右边", 加一只狗在猫左边):
before, the sentence was read as a description of two new things, and a second drone (猫) was drawn at the left."""

from __future__ import annotations

import re

from prompt_enhancer.rules.grid_beside import on_the_grid
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.subject_changes import add_subjects

_BESIDE_ZH = re.compile(r"^(?P<x>.+?)\s*在\s*(?P<y>[^，,在]+?)\s*的?"
                        r"(?P<d>左边|右边|上面|下面|上方|下方|旁边|左侧|右侧)$")


def added_beside_one_there(work: MessageEdit, said: str) -> bool:
    """The things said, each placed that way of the one thing there named after 在; False when none is named."""
    beside = _BESIDE_ZH.match(said.strip())
    there = resolve(work, beside.group("y").strip()) if beside else None
    if not there or len(there) != 1:
        return False
    known = set(work.added)
    if not add_subjects(work, beside.group("x").strip(), announce="added"):
        return False
    for new in (work.scene.subject(i) for i in work.added if i not in known):
        if new is not None:
            new.position = on_the_grid(work.scene, f"{there[0].name}{beside.group('d')}")
    return True
