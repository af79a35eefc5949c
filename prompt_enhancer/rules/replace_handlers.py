"""Clauses that put one thing in another's place: "replace the dog with a rabbit", "swap the cat for a bird",
"用天鹅代替鸭子", and a change said right after a removal ("别画兔子了，换成一只刺猬", "lose the dog, make it a
fox instead"), which is the new thing where the old one was, not a change to whatever is in focus; and two things
in each other's place ("swap them", "把它们交换位置").

A replacement is the new thing in the old one's place and size, with its colour and what it wears unless other
values are said ("swap the small green bowl for a cup": a small green cup), as "turn the bowl into a cup" keeps them.
After a removal, what comes in its place is new: nothing of the old one sticks to it.
"""

from __future__ import annotations

import re

from dialog.decision import EditKind
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.subject_changes import add_subjects, apply_value, read_value
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest
from prompt_enhancer.rules.references import resolve

_I = re.IGNORECASE

_INSTEAD = r"(?:\s+(?:instead|there|in\s+its\s+place|in\s+place\s+of\s+it|please|pls))*"
_REPLACE_EN = re.compile(r"^(?:replace|swap(?:\s+out)?|switch(?:\s+out)?|exchange|trade|change(?=\s.+?\sfor\s))\s+"
                         r"(?P<old>.+?)\s+(?:out\s+)?"
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
    """"replace the dog with a rabbit", "swap the cat for a bird", "用一只天鹅代替鸭子": the old thing's place, size,
    colour and what it wears, the new thing's name and the values said."""
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
    """Only what was asked changes, as when a thing is turned into another: where it was, how big, its colour and
    what it wears stay ("swap the small green bowl for a cup": a small green cup); what described the old thing
    alone goes with it."""
    subject.attributes.pop("detail", None)


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


_SWAP_EN = re.compile(r"^(?:swap|switch|exchange|trade|flip)\s+(?:the\s+)?(?:(?P<what>places|positions|spots|sides|"
                      r"colou?rs)(?:\s+(?:of\s+)?|$))?(?P<t>.*?)(?:'s?)?(?:\s+(?P<what2>places|positions|spots|sides|"
                      r"colou?rs))?(?:\s+(?:around|over))?$", _I)
# 换个颜色, 换一个位置: a colour or a place other than this one, not two things trading theirs (换一下 is).
_SWAP_ZH = re.compile(r"^(?:把|将|让)?(?P<t>.*?)(?:(?:交换|互换|对调|调换)(?:一下|个|一个)?|换(?:一下)?"
                      r"|(?P<bare>换(?:个|一个)))(?P<what>位置|颜色)$"
                      r"|^(?:交换|互换|对调|调换)(?:一下)?(?P<t2>.*?)的?(?P<what2>位置|颜色)?$")


def swap_clause(work: MessageEdit, body: str) -> bool:
    """"swap them", "swap the colours of the circle and the square", "把它们交换位置": two subjects trade places
    (or colours); with other than two, the question is which."""
    m = _SWAP_EN.match(body) or _SWAP_ZH.match(body)
    if not m or not work.scene.subjects:
        return False
    groups = m.groupdict()
    if groups.get("bare") and not clean_rest(groups.get("t") or ""):
        return False  # 换个颜色 alone: another colour; 把猫和狗换个位置: the two named trade places
    what = (groups.get("what") or groups.get("what2") or "").lower()
    said = groups.get("t") if groups.get("t") is not None else groups.get("t2") or ""
    said = re.sub(r"^(?:their|its)\s+|\b(?:around|over)$", "", said.strip(), flags=_I) or "them"
    if re.fullmatch(r"(?:them|they|their|the two|both|them around|(?:它们|他们|她们|它|他|她)(?:俩|两个)?|[这那]?两个|"
                    r"两者)?", clean_rest(said), _I):
        targets = list(work.scene.subjects)
    else:
        pieces = [p for p in re.split(r"\s+and\s+|\s+with\s+|和|与|跟", said) if p.strip()]
        found = [resolve(work, p) for p in pieces]
        targets = [t[0] for t in found if t]
        if len(pieces) != 2 or len(targets) != 2:
            return False
    if len(targets) < 2:
        return False
    if len(targets) != 2:
        return work.ask(reply.say("ask_which", work.language,
                                  names=reply.names_list(targets, work.language, choice=True)))
    a, b = targets
    if what.startswith("colo") or what == "颜色":
        colours = a.attributes.get("colour"), b.attributes.get("colour")
        for subject, colour in ((a, colours[1]), (b, colours[0])):
            if colour:
                subject.attributes["colour"] = colour
            else:
                subject.attributes.pop("colour", None)
            work.touch(subject, EditKind.ATTRIBUTE)
        word = "colours" if work.language == "en" else "颜色"
    else:
        if a.position == b.position and a.position is not None:  # both "on the wire": nothing to trade
            return work.ask(reply.say("ask_where", work.language, name=reply.thing_name(a, work.language)))
        # two things placed nowhere stand as listed, the first on the left: swapped, each is placed
        a.position, b.position = (b.position, a.position) if a.position != b.position else ("right", "left")
        work.touch(a, EditKind.LAYOUT)
        work.touch(b, EditKind.LAYOUT)
        word = "places" if work.language == "en" else "位置"
    work.say("swapped", what=word, a=reply.thing_name(a, work.language), b=reply.thing_name(b, work.language))
    return True
