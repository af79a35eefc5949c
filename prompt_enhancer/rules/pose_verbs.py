"""A pose said as what a thing is made or let to do ("make the dog sit", "let the cat sleep", 让狗坐下, 让猫趴着):
the thing there takes that pose, as "the dog should be sitting" and 猫在睡觉 already do. No other change."""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest
from prompt_enhancer.rules.picture_changes import set_settings
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.setting_phrase import parse_place
from prompt_enhancer.rules.subject_changes import apply_value

_I = re.IGNORECASE
# The verb as said -> the pose (a vocab.POSES key).
_EN_VERBS = {"sit": "sitting", "stand": "standing", "sleep": "sleeping", "lie": "lying", "lay": "lying",
             "run": "running", "jump": "jumping", "fly": "flying", "smile": "smiling", "walk": "walking",
             "swim": "swimming", "play": "playing", "float": "floating"}
_ZH_VERBS = {"坐": "sitting", "站": "standing", "睡": "sleeping", "躺": "lying", "趴": "lying", "跑": "running",
             "跳": "jumping", "飞": "flying", "笑": "smiling", "游泳": "swimming", "游": "swimming",
             "飘": "floating", "漂浮": "floating", "漂": "floating", "浮": "floating"}
# "let it float in space", "让它飘在太空里": the pose, and the place said after it is the picture's setting.
_POSE_EN = re.compile(r"^(?:make|let|have|get)\s+(?P<t>.+?)\s+(?:to\s+)?(?P<verb>"
                      + "|".join(_EN_VERBS) + r")(?:\s+(?:down|up|still|there|around|about))?"
                      r"(?P<where>\s+(?:in|on|at|over|above|across|through|into)\s+.+?)?$", _I)
_POSE_ZH = re.compile(r"^(?:让|叫|使)(?P<t>.+?)(?P<verb>游泳|漂浮|[坐站睡躺趴跑跳飞笑游飘漂浮])"
                      r"(?:下来|下|起来|着|好|觉|一笑|一下)?(?P<where>[在到于].+?)?(?:吧|了|呗|啊)?$")
_POSE_ZH_PLACE_FIRST = re.compile(r"^(?:让|叫|使)(?P<t>[^在到于]+?)(?P<where>[在到于][^，,。]+?[上里中下边])"
                                  r"(?P<verb>游泳|漂浮|[坐站睡躺趴跑跳飞笑游飘漂浮])(?:着|起来|一下)?(?:吧|了|呗|啊)?$")


# "一个女孩站在樱花树下，微笑着", "a cat on a sofa, sleeping": a pose said alone after a description is the pose of
# the thing that description drew first (else of the thing in focus), never a thing of its own.
_ALONE_EN = {"smiling": "smiling", "sleeping": "sleeping", "asleep": "sleeping", "sitting": "sitting",
             "standing": "standing", "lying down": "lying", "running": "running", "jumping": "jumping",
             "flying": "flying", "walking": "walking", "swimming": "swimming", "playing": "playing",
             "floating": "floating", "laughing": "smiling"}
_ALONE_ZH = {"微笑": "smiling", "笑": "smiling", "睡": "sleeping", "睡觉": "sleeping",
             "坐": "sitting", "站": "standing", "躺": "lying", "趴": "lying",
             "跑": "running", "奔跑": "running", "跳": "jumping", "飞": "flying",
             "飞翔": "flying", "游泳": "swimming", "玩耍": "playing", "漂浮": "floating", "飘": "floating"}
_POSE_ALONE = re.compile(r"^(?:(?:and|is|are)\s+)?(?P<en>" + "|".join(_ALONE_EN) + r")$"
                         r"|^(?:正在|在)?(?P<zh>" + "|".join(sorted(_ALONE_ZH, key=len, reverse=True))
                         + r")(?:着|了|着呢|呢)+$|^(?:正在|在)(?P<zh2>" + "|".join(_ALONE_ZH) + r")(?:着|了|呢)*$", _I)


def _pose_alone(work: MessageEdit, body: str) -> bool:
    m = _POSE_ALONE.match(body)
    if not m or not work.scene.subjects:
        return False
    added = [s for s in (work.scene.subject(i) for i in work.added) if s is not None]
    target = added[0] if added else work.focus()
    verb = m.group("en") or m.group("zh") or m.group("zh2")
    return apply_value(work, [target], _ALONE_EN.get(verb.lower()) or _ALONE_ZH[verb])


def pose_clause(work: MessageEdit, body: str) -> bool:
    """"make the dog sit", "让狗坐下": the thing there in that pose."""
    if _pose_alone(work, body):
        return True
    m = _POSE_EN.match(body) or _POSE_ZH_PLACE_FIRST.match(body) or _POSE_ZH.match(body)
    if not m or not work.scene.subjects:
        return False
    place = None
    if m.group("where"):
        place, rest = parse_place(m.group("where"), bare=True)
        if place is None or clean_rest(rest):
            return False  # "make the cat sit on the sofa": a thing to sit on is the anchor rules' to read
    targets = resolve(work, m.group("t"))
    if not targets:
        return False
    verb = m.group("verb").lower()
    if place:
        set_settings(work, place, ())
    return apply_value(work, targets, _EN_VERBS.get(verb) or _ZH_VERBS[verb])
