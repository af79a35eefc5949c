"""Clauses that put one thing in another's place: "replace the dog with a rabbit", "swap the cat for a bird",
"用天鹅代替鸭子", and a change said right after a removal ("别画兔子了，换成一只刺猬", "lose the dog, make it a
fox instead"), which is the new thing where the old one was, not a change to whatever is in focus.

A replacement is a new thing in the old one's place and size: the old one's colour and parts do not stick to it.
"""

from __future__ import annotations

import re

from dialog.scene import Subject
from prompt_enhancer.rules.changes import add_subjects, apply_value, read_value
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve

_I = re.IGNORECASE

_INSTEAD = r"(?:\s+(?:instead|there|in\s+its\s+place|in\s+place\s+of\s+it|please|pls))*"
_REPLACE_EN = re.compile(r"^(?:replace|swap(?:\s+out)?|switch(?:\s+out)?|exchange|trade)\s+(?P<old>.+?)\s+(?:out\s+)?"
                         rf"(?:with|for|by)\s+(?P<new>.+?){_INSTEAD}$", _I)
_SUBSTITUTE_EN = re.compile(r"^(?:substitute|use|put)\s+(?P<new>.+?)\s+(?:for|in\s+place\s+of)\s+"
                            rf"(?P<old>.+?){_INSTEAD}$", _I)
_USE_ZH = re.compile(r"^(?:用|拿)(?P<new>.+?)(?:替换|代替|取代|换掉|替掉)(?:掉)?(?P<old>.+?)(?:吧|啊|呀)?$")
_REPLACE_ZH = re.compile(r"^(?:把|将)?(?P<old>.+?)(?:替换成|替换为|替换|代替成|取代成)(?P<new>.+?)(?:吧|啊|呀)?$")
# After a removal in the same message, a change with no target of its own is what comes in the removed one's place.
_IN_ITS_PLACE = re.compile(
    r"^(?:(?:make|turn)\s+(?:it|that|them)\s+(?:into\s+)?|replace\s+(?:it|that|them)\s+with\s+|"
    rf"(?:swap|switch)\s+(?:it|that)\s+(?:out\s+)?for\s+|(?:it|that)\s+should\s+be\s+)(?P<new>.+?){_INSTEAD}$"
    rf"|^(?:put|add|use|have|make)\s+(?P<new2>(?:a|an|one|some)\s+.+?)\s+(?:instead|there|in\s+its\s+place)$"
    r"|^(?:改成|换成|变成|改为|换为|替换成|画成|换)(?:了)?(?P<new_zh>.+?)(?:吧|啊|呀)?$",
    _I,
)


def replace_clause(work: MessageEdit, body: str) -> bool:
    """"replace the dog with a rabbit", "swap the cat for a bird", "用一只天鹅代替鸭子": the old thing's place and
    size, the new thing's name and values."""
    after_removal = _IN_ITS_PLACE.match(body) if work.removed else None
    if after_removal:
        new = next(g for g in after_removal.groups() if g)
        if read_value(new, named=True)[1]:
            return _in_place_of(work, work.removed[-1], new)
    m = _REPLACE_EN.match(body) or _SUBSTITUTE_EN.match(body) or _USE_ZH.match(body) or _REPLACE_ZH.match(body)
    if not m or not work.scene.subjects:
        return False
    old, new = m.group("old"), m.group("new")
    targets = resolve(work, old)
    if not targets or resolve(work, new):  # "swap the circle with the square": both there, they trade places
        return False
    ph, rename, _ = read_value(new, named=True)
    if not (rename or ph.shape):
        return False  # "replace the red with blue": a value, another rule's
    for subject in targets:
        _clear(subject)
    return apply_value(work, targets, new, named=True)


def _clear(subject: Subject) -> None:
    """What belonged to the old thing goes with it; where it was and how big stay."""
    subject.attributes = {}
    subject.parts = {}


def _in_place_of(work: MessageEdit, old: Subject, new: str) -> bool:
    known = set(work.added)
    if not add_subjects(work, new, announce="added"):
        return False
    for subject_id in [i for i in work.added if i not in known]:
        subject = work.scene.subject(subject_id)
        if subject is not None:
            subject.position = subject.position or old.position
            subject.size = subject.size or old.size
    return True
