"""A value for each of things already drawn, said one by one after them: "one on the left, one on the right",
"一个放左边一个放右边", 一左一右, "one red and the other blue". The message draws nothing; its values go, in order, to
the things of one name in the picture (or to every thing, when the picture holds exactly as many as were said).
The same said with the things themselves ("two cats, one black one white") is `drawing_handlers.each_clause`'s."""

from __future__ import annotations

import re

from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.subject_changes import apply_value

_I = re.IGNORECASE
_ONE = (r"(?:(?:put|make|move|place)\s+)?(?:one|the\s+other(?:\s+one)?)(?![A-Za-z])"
        r"|(?:把)?(?:一|另一|另外一)[个只条棵朵辆匹座张块颗位把]")
_OTHER = re.compile(r"^(?:and\s+)?(?:the\s+other|另)", _I)  # "the other one bigger", 另一个放右边: the other of the
# one in focus (`references`), unless this message has just said "one ..."
_STARTS = re.compile(rf"^(?:and\s+)?(?:{_ONE})", _I)
_SPLIT = re.compile(rf"(?:\s*(?:,|，|、|;|；)\s*(?:and\s+)?|\s+and\s+|\s+|和)?(?<!另)(?<!另外)(?={_ONE})", _I)
_HEAD = re.compile(rf"^(?:and\s+)?(?:{_ONE})\s*(?:is\s+|should\s+be\s+|goes\s+|放|摆|在|是|要|画)?(?:在|到)?", _I)
# 一左一右, 一上一下, 一大一小, 一黑一白: two values, one each
_PAIR_WORDS = {"左": "左边", "右": "右边", "上": "上面", "下": "下面", "大": "大", "小": "小", "黑": "黑色",
               "白": "白色", "红": "红色", "黄": "黄色", "蓝": "蓝色", "绿": "绿色"}
_ONE_OF = "[" + "".join(_PAIR_WORDS) + "]"
_PAIR_ZH = re.compile(rf"^(?:它们|两个|两只)?(?:就)?一(?P<a>{_ONE_OF})(?:边)?一(?P<b>{_ONE_OF})(?:边)?(?:吧|的)?$")


def each_again_clause(work: MessageEdit, body: str) -> bool:
    """Each value said to the next thing already drawn; False unless every piece is a value and there are things
    enough."""
    if work.added or not work.scene.subjects:
        return False
    pair = _PAIR_ZH.match(body.strip())
    if pair:
        values = [_PAIR_WORDS[pair.group("a")], _PAIR_WORDS[pair.group("b")]]
    elif _STARTS.match(body.strip()) and (work.assigned or not _OTHER.match(body.strip())):
        values = [_HEAD.sub("", p.strip()).strip(" ,，") for p in _SPLIT.split(body.strip()) if p and p.strip()]
        values = [v for v in values if v]
    else:
        return False
    if not values or not all(_is_value(v) for v in values):
        return False
    # one value a clause ("one on the left, one on the right" is read clause by clause): the next of the group
    group = _group(work.scene.subjects, len(values) if len(values) > 1 else None)
    if group is None or work.assigned + len(values) > len(group):
        return False
    for subject, value in zip(group[work.assigned:], values):
        apply_value(work, [subject], value)
    work.assigned += len(values)
    return True


def _is_value(text: str) -> bool:
    ph = parse_phrase(text)
    return bool(text) and ph.has_subject_values() and not (ph.shape or clean_rest(ph.rest))


def _group(subjects: list[Subject], count: int | None) -> list[Subject] | None:
    """The things of one name, `count` of them (None: two or more), or every thing when there are that many."""
    names: dict[str, list[Subject]] = {}
    for subject in subjects:
        names.setdefault(subject.name, []).append(subject)
    same = [group for group in names.values() if (len(group) == count if count else len(group) >= 2)]
    if len(same) == 1:
        return same[0]
    if len(same) > 1:
        return None
    return list(subjects) if (len(subjects) == count if count else len(subjects) >= 2) else None
