"""Where the things just described are, said apart after them: "两只猫 一只黑的一只白的 在沙发上", "三个小孩，坐在
长椅上". The place names a thing (a sofa, a bench): it is drawn on its own, and the things this message drew before
it are put there, as "两只猫在沙发上" said in one go puts them; what they do there may follow (在奶牛前面溜达). A
place that is a setting (在草地上) is the setting rules'; a message that drew nothing yet is a move's ("在沙发上" of
a cat there: the move rules)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.setting_phrase import parse_place
from prompt_enhancer.rules.subject_changes import add_subjects
from prompt_enhancer.rules.zh_doing import ZH_POSE_WORDS

_PLACE_AFTER_ZH = re.compile(r"^(?:都|全都|一起)?(?:正在)?(?:[站坐躺趴蹲睡窝靠]着?在|待在|呆在|在)"
                             r"(?P<x>[^\s，,在把将]{1,8}?)的?(?P<side>上面|上|里面|里|下面|下|旁边|边上|前面|后面)"
                             r"(?P<doing>[\u4e00-\u9fff]{2,3})?$")  # "在奶牛前面溜达": and what they do there


def place_after_clause(work: MessageEdit, body: str) -> bool:
    """The things this message drew, put at a thing said after them (drawn if it is not there)."""
    m = _PLACE_AFTER_ZH.match(body.strip())
    if not m or not work.added or vocab.lookup(vocab.POSITIONS, m.group("x") + m.group("side")):
        return False  # "在右下", "在左上": a place in the picture, not under a thing called 右
    doing = m.group("doing")
    if doing and doing not in ZH_POSE_WORDS and not vocab.lookup(vocab.POSES, doing):
        return False
    said = m.group("x")
    ph = parse_phrase(said)
    place, rest = parse_place(said, bare=True)  # 在草地上趴着: a setting, the setting rules' (not a thing 草地)
    if not clean_rest(ph.rest) or ph.position or ph.place or (place and not clean_rest(rest)):
        return False
    group = [s for s in (work.scene.subject(i) for i in work.added) if s is not None and not s.position]
    if not group:
        return False
    anchor = next((s for s in work.scene.subjects if name_matches(s.name, clean_rest(ph.rest))), None)
    if anchor is None:
        if not add_subjects(work, said, announce="drew"):
            return False
        anchor = work.scene.subjects[-1]
    where = f"{anchor.name}{m.group('side')}"
    pose = vocab.lookup(vocab.POSES, doing) if doing else None
    for subject in group:
        if subject is not anchor:
            subject.position = where
            if pose is not None or ZH_POSE_WORDS.get(doing or ""):
                subject.attributes["pose"] = pose.key if pose is not None else ZH_POSE_WORDS[doing]
    return True
