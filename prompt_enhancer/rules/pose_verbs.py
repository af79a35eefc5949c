"""A pose said as what a thing is made or let to do ("make the dog sit", "let the cat sleep", 让狗坐下, 让猫趴着):
the thing there takes that pose, as "the dog should be sitting" and 猫在睡觉 already do. No other change."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.scene import Subject
from prompt_enhancer.rules.doing_said import POSE_ING
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.gaze import gaze_clause
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase, parse_position
from prompt_enhancer.rules.picture_changes import set_settings
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.setting_phrase import parse_place
from prompt_enhancer.rules.subject_changes import add_subjects, apply_value, move_subject
from prompt_enhancer.rules.zh_doing import ZH_POSE_WORDS

_I = re.IGNORECASE
# The verb as said -> the pose (a vocab.POSES key).
_EN_VERBS = {**POSE_ING, "lay": "lying"}
_ZH_VERBS = {"坐": "sitting", "站": "standing", "睡": "sleeping", "躺": "lying", "趴": "lying", "跑": "running",
             "跳": "jumping", "飞": "flying", "笑": "smiling", "游泳": "swimming", "游": "swimming",
             "飘": "floating", "漂浮": "floating", "漂": "floating", "浮": "floating", "玩": "playing"}
# "let it float in space", "让它飘在太空里": the pose, and the place said after it is the picture's setting.
_POSE_EN = re.compile(r"^(?:make|let|have|get)\s+(?P<t>.+?)\s+(?:to\s+)?(?P<verb>"
                      + "|".join(_EN_VERBS) + r")(?:\s+(?:down|up|still|there|around|about))?"
                      r"(?P<where>\s+(?:in|on|at|over|above|across|through|into)\s+.+?)?$", _I)
_POSE_ZH = re.compile(r"^(?:让|叫|使)(?P<t>.+?)(?P<verb>游泳|漂浮|[坐站睡躺趴跑跳飞笑游飘漂浮])"
                      r"(?:下来|下|起来|着|好|觉|一笑|一下)?(?P<where>[在到于].+?)?(?:吧|了|呗|啊)?$")
_POSE_ZH_PLACE_FIRST = re.compile(r"^(?:让|叫|使)(?P<t>[^在到于]+?)(?P<where>[在到于][^，,。]+?[上里中下边])"
                                  r"(?P<verb>游泳|漂浮|[坐站睡躺趴跑跳飞笑游飘漂浮])(?:着|起来|一下)?(?:吧|了|呗|啊)?$")

# Without make or let, of someone already there: "she is sitting on a chair", "她坐在一把椅子上".
_POSE_SAID_EN = re.compile(r"^(?P<t>he|she|it|they|the\s+\w+(?:\s+\w+)?)\s+(?:is|are|should\s+be|can\s+be)\s+"
                           r"(?P<verb>sitting|standing|sleeping|lying)(?:\s+down)?"
                           r"(?P<where>\s+(?:in|on|at|under|by|next\s+to|beside)\s+.+?)$", _I)
# (熊猫坐在石头上: said by its name, only of one there, as 让熊猫坐… says)
_POSE_SAID_ZH = re.compile(r"^(?P<t>他|她|它|他们|她们|它们|(?P<name>(?![一两二三四五几这那])[\u4e00-\u9fff]{1,4}?))"
                           r"(?P<verb>[坐站睡躺趴])(?:着)?(?P<where>[在到][^，,。]+?[上里下边])(?:吧|了|呗|啊)?$")
# 它们在玩, 他在睡觉, 她们一起跑: said of the ones there, with no place
_POSE_PRONOUN_ZH = re.compile(r"^(?P<t>它们|他们|她们|他|她|它)(?:都|一起)?(?:正)?在?"
                              r"(?P<verb>游泳|漂浮|[坐站睡躺趴跑跳飞笑游飘玩])(?:耍|觉|着|呢|吧|了)*$")
_EN_AT = re.compile(r"^\s*(?P<prep>in|on|at|under|by|next\s+to|beside|over|above)\s+(?P<thing>.+?)\s*$", _I)
_ZH_AT = re.compile(r"^[在到于](?P<thing>.+?)(?P<loc>上面|上|里面|里|下面|下|旁边|边)$")


def _posed_at(work: MessageEdit, said: str, pose: str, where: str) -> bool:
    """The things `said` names in `pose` at the thing `where` names: the one there, else one drawn for it."""
    return posed_at(work, resolve(work, said), pose, where)


def posed_at(work: MessageEdit, targets: list[Subject], pose: str, where: str) -> bool:
    """The targets in `pose` at the thing `where` names ("on a rug"): the one there, else one drawn for it."""
    m = _EN_AT.match(where) or _ZH_AT.match(where.strip())
    if not targets or not m:
        return False
    said_thing = parse_phrase(m.group("thing"), global_parts=False)
    if said_thing.position or parse_phrase(where.strip(), global_parts=False).position:
        return False  # "让她站在右边": a side of the picture, the move rules' to read
    thing = clean_rest(said_thing.rest)
    anchor = next((s for s in reversed(work.scene.subjects) if thing and name_matches(s.name, thing)
                   and s not in targets), None)
    if anchor is None:
        known = {s.id for s in work.scene.subjects}
        if not add_subjects(work, m.group("thing"), announce="added"):
            return False
        anchor = next((s for s in work.scene.subjects if s.id not in known), None)
        if anchor is None:
            return False
    apply_value(work, targets, pose)
    for target in targets:
        target.position = (f"{m.group('prep').lower()} the {anchor.name}" if "prep" in m.groupdict()
                           else f"{anchor.name}{m.group('loc')}")
        work.touch(target, EditKind.LAYOUT)
    return True


# "the ball in the box", "the cat should be on the sofa": one thing there put at another thing there.
_PUT_AT_EN = re.compile(r"^(?:and\s+)?(?P<t>(?:the|that|this)\s+.+?)\s+(?:(?:is|should\s+be|goes|can\s+be)\s+)?"
                        r"(?P<where>(?:in|inside|on|under|beside|behind|next\s+to|on\s+top\s+of)\s+the\s+.+)$", _I)


def put_at_clause(work: MessageEdit, body: str) -> bool:
    """Both things are there already: the first goes there, neither is a value of the other (a box is no shape)."""
    m = _PUT_AT_EN.match(body.strip())
    if not m or len(work.scene.subjects) < 2:
        return False
    at = re.sub(r"^(?:in|inside|on|under|beside|behind|next\s+to|on\s+top\s+of)\s+the\s+", "", m.group("where"),
                flags=_I)
    position, rest = parse_position(m.group("where"))
    if position and not clean_rest(re.sub(r"\b(?:side|part|edge|half)\b", "", rest, flags=_I)):
        return False  # "should be on the left side": a place in the picture, not the left one of the things
    targets, anchors = resolve(work, m.group("t")), resolve(work, "the " + at)
    if not targets or not anchors or len(anchors) != 1 or anchors[0] in targets:
        return False
    prep = m.group("where")[: len(m.group("where")) - len(at)].strip().removesuffix("the").strip().lower()
    for target in targets:
        move_subject(work, target, f"{prep} the {anchors[0].name}")
    return True


# "一个女孩站在樱花树下，微笑着", "a cat on a sofa, sleeping": a pose said alone after a description is the pose of
# the thing that description drew first (else of the thing in focus), never a thing of its own.
_ALONE_EN = {"smiling": "smiling", "sleeping": "sleeping", "asleep": "sleeping", "sitting": "sitting",
             "standing": "standing", "lying down": "lying", "running": "running", "jumping": "jumping",
             "flying": "flying", "walking": "walking", "swimming": "swimming", "playing": "playing",
             "floating": "floating", "laughing": "smiling"}
_ALONE_ZH = {"微笑": "smiling", "笑": "smiling", "睡": "sleeping", "睡觉": "sleeping",
             "坐": "sitting", "站": "standing", "躺": "lying", "趴": "lying",
             "跑": "running", "奔跑": "running", "跳": "jumping", "飞": "flying",
             "飞翔": "flying", "游泳": "swimming", "玩耍": "playing", "漂浮": "floating", "飘": "floating",
             "蹲": "蹲着"}
_POSE_ALONE = re.compile(r"^(?:(?:and|is|are)\s+)?(?P<en>" + "|".join(_ALONE_EN) + r")$"
                         r"|^(?:正在|在)?(?P<zh>" + "|".join(sorted(_ALONE_ZH, key=len, reverse=True))
                         + r")(?:着|了|着呢|呢)+$|^(?:正在|在)(?P<zh2>" + "|".join(_ALONE_ZH) + r")(?:着|了|呢)*$"
                         # "蹲着的那种": the kind that crouches, of the thing just drawn
                         r"|^(?P<zh3>" + "|".join(_ALONE_ZH) + r")着的(?:那种|那样|样子)?$", _I)


def _pose_alone(work: MessageEdit, body: str) -> bool:
    m = _POSE_ALONE.match(body)
    if not m or not work.scene.subjects:
        return False
    added = [s for s in (work.scene.subject(i) for i in work.added) if s is not None]
    target = added[0] if added else work.focus()
    verb = m.group("en") or m.group("zh") or m.group("zh2") or m.group("zh3")
    return apply_value(work, [target], _ALONE_EN.get(verb.lower()) or _ALONE_ZH[verb])


# "make the dragon breathe fire", "have the dog chase the ball": what a thing there is made to do, a doing of its own
_DO_EN = re.compile(r"^(?:make|let|have|get)\s+(?P<t>it|him|her|them|(?:the|his|her|its)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                    r"(?:to\s+)?(?P<verb>breathe|chase|eat|drink|read|sing|fight|roar|howl|bark|hug|kiss|laugh|cry|"
                    r"climb|throw|catch|kick|cook|juggle|spit|shoot|cast|blow|watch|paint|build|drive|feed|pet|hunt|"
                    r"sniff|lick|bite|dig|chew|knit|fish|meditate|pray|yawn|stretch|kneel|bow)(?P<rest>\s+[a-z][a-z\s'-]*)?$",
                    _I)


def _doing_made(work: MessageEdit, body: str) -> bool:
    m = _DO_EN.match(body.strip())
    targets = resolve(work, m.group("t")) if m and work.scene.subjects else None
    if not targets:
        return False
    verb = m.group("verb").lower()
    ing = verb[:-1] if verb.endswith("e") and not verb.endswith(("ee", "ye")) else verb + verb[-1] if verb in (
        "hug", "dig", "pet", "knit") else verb  # breathing, hugging
    _set_doing(work, targets, f"{ing}ing{(m.group('rest') or '').rstrip()}")
    return True


def _set_doing(work: MessageEdit, targets: list[Subject], pose: str) -> None:
    for target in targets:
        work.say("changed", name=reply.thing_name(target, work.language),
                 what=reply.made_words([("pose", pose)], work.language))
        target.attributes["pose"] = pose
        work.touch(target, EditKind.ATTRIBUTE)


def pose_clause(work: MessageEdit, body: str) -> bool:
    """"make the dog sit", "让狗坐下": the thing there in that pose; "make it face left": turned that way."""
    if _pose_alone(work, body) or gaze_clause(work, body) or _doing_made(work, body):
        return True
    said = _POSE_SAID_ZH.match(body)
    if said and said.group("name") and not any(s.name == said.group("name") for s in work.scene.subjects):
        said = None
    m = (_POSE_EN.match(body) or _POSE_ZH_PLACE_FIRST.match(body) or _POSE_ZH.match(body)
         or _POSE_SAID_EN.match(body) or said or _POSE_PRONOUN_ZH.match(body))
    if not m or not work.scene.subjects:
        return False
    place = None
    verb = m.group("verb").lower()
    if m.groupdict().get("where"):
        place, rest = parse_place(m.group("where"), bare=True)
        if place is None or clean_rest(rest):
            # "make her sit on a chair", "让她坐在一把椅子上": on a thing, drawn if it is not there yet
            return _posed_at(work, m.group("t"), _EN_VERBS.get(verb) or _ZH_VERBS.get(verb) or verb,
                             m.group("where"))
    targets = resolve(work, m.group("t"))
    if not targets:
        return False
    if place:
        set_settings(work, place, ())
    return apply_value(work, targets, _EN_VERBS.get(verb) or _ZH_VERBS.get(verb) or verb)  # "…be lying on the grass"


# 让它喷火, 让她跳舞, 叫小狗叼着骨头: what a thing there is let to do, said in Chinese as "make it breathe fire" is in
# English. Read after the rules for values, moves and removals, so 让它大一点 stays theirs; 让它消失 is no doing.
_LET_DO = re.compile(r"^(?:再|也|还)?(?:让|叫)(?P<said>[\u4e00-\u9fff]{3,12}?)(?:吧|了|呗|啊|呀|一下)*$")
# 让它们更亮: how they look; 让她站在右边: a move; 让它动起来: a moving picture, asked about by the chat rules
_NO_DOING = re.compile(r"^(?:消失|不见|离开|走开|走掉|滚|出去|下去|别|不|没|看|朝|面向|转|更|再|越|变|太|很|非常|有|动)"
                       r"|(?:一点|一些|点儿?|些)$|[在到往向于]")
_PRONOUN = re.compile(r"^(?:它们|他们|她们|它|他|她)")


def let_do_clause(work: MessageEdit, body: str) -> bool:
    """The thing named (a pronoun, or the name of one there) takes the doing said after it: a doing the pose
    table knows is its pose, any other is kept as said, as 一只猫在喝牛奶 keeps 喝牛奶."""
    m = _LET_DO.match(body.strip())
    if not m or not work.scene.subjects:
        return False
    said = m.group("said")
    pronoun = _PRONOUN.match(said)
    for cut in [pronoun.end()] if pronoun else range(1, min(5, len(said) - 1)):
        targets = resolve(work, said[:cut])
        doing = re.sub(r"^(?:也|都|一起)?(?:正在|在|去)?", "", said[cut:])
        looks = re.match(r"(?:(?:看起来|看上去|显得)(?:更加|更|再)?|更加|更)(?=[\u4e00-\u9fff])", doing)
        if targets and looks:  # 让猫看起来开心一点, 让它们更亮: how it looks, as "make them brighter" says
            value = doing[looks.end():]
            plain = value if parse_phrase(value).has_subject_values() else re.sub(r"(?:一点|一些|点儿?|些)$", "", value)
            return apply_value(work, targets, plain or value)
        if targets and len(doing) >= 2 and not _NO_DOING.search(doing) and not parse_position(doing)[0]:
            known = vocab.lookup(vocab.POSES, doing) or vocab.lookup(vocab.POSES, "在" + doing)
            _set_doing(work, targets, known.key if known else ZH_POSE_WORDS.get(doing) or doing)
            return True
    return False
