"""Clauses that move subjects already drawn: to a place ("move the cat to the top", "把猫移到右边"), a step that way
("move it left", "三角形往左挪一点", "黄色三角形右移", "a bit higher"), counted steps ("往右挪两格"), to the edge ("all
the way down"). A move with nowhere to go is asked about ("move it" - where to?).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from dialog.decision import EditKind
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase, parse_position
from prompt_enhancer.rules.grid_beside import on_the_grid
from prompt_enhancer.rules.references import name_matches, resolve
from prompt_enhancer.rules.setting_phrase import parse_place
from prompt_enhancer.rules.subject_changes import add_subjects, move_subject
from prompt_enhancer.rules.subject_handlers import ask_missing

_I = re.IGNORECASE


_MOVE_EN = re.compile(r"^(?:move|put|place|shift|drag|slide|relocate|position|push|nudge|scoot|bring|set)"
                      r"\s+(?P<rest>.+)$", _I)
_MOVE_ZH = re.compile(r"^(?:把|将|让)?(?P<t>.*?)"
                      r"(?:放回到|放回|移回到|移回|挪回到|挪回|搬回|移到|移动到|挪到|放到|放在|搬到|移至|拖到|移去|放去|挪去|移往|站在|坐在|待在|呆在|站到|坐到|走到|"
                      r"跑到|飞到|停在|去到|去|放(?=在?[左右上下中正])|移(?=[左右上下中正])|挪(?=[左右上下中正])|"
                      r"(?:move|shift|put|slide|drag)\s*(?:it\s*)?(?:到|去))(?P<p>.+)$", _I)
# "move it", "移一下": a move with nowhere to go is asked about.
_MOVE_NOWHERE_EN = re.compile(r"^(?:move|shift|relocate|reposition|drag|slide|put|place)\s+(?P<t>.+?)"
                              r"(?:\s+(?:somewhere(?:\s+else)?|elsewhere|around|away|a bit|a little|over))?$", _I)
_MOVE_NOWHERE_ZH = re.compile(r"^(?:把|将)?(?P<t>.*?)(?:移一下|挪一下|移一移|挪一挪|移动一下|换个位置|换一个位置|"
                              r"动一下|移开|挪开|挪个地方|换个地方)$")
_RAISE_EN = re.compile(r"^(?P<verb>raise|lift|lower|drop)\s+(?P<t>.+?)(?:\s+(?:up|down|a bit|a little|slightly))?$", _I)
_DIRECTION_EN = re.compile(r"^(?:move|shift|slide|push|nudge|drag)\s+(?P<t>.+?)\s+(?P<d>up|down|upwards?|downwards?|"
                           r"higher|lower|left|right|leftwards?|rightwards?)(?:\s+(?:a bit|a little|slightly|one "
                           r"(?:cell|step|notch)))?$", _I)
# How Chinese ends a small move: the verb, doubled or not (挪挪, 移一移), and how much (一点点, 一下, 些).
_ZH_MOVE_TAIL = (r"(?:移动|移一移|挪一挪|挪挪|移|挪|放|拖|走|去|靠|偏|动)?"
                 r"(?:一下下|一下|一点点|一点儿|一点|一些|点儿|点|些)?"
                 r"(?:去|过去)?(?:吧|呗|啊|呀|了|哦)?")
# "三角形往左挪一点", "靠右一点": a step that way; "向右移动三角形": the way said before the verb and the thing.
_DIRECTION_ZH = re.compile(rf"^(?:把|将|让)?(?P<t>.*?)(?:往|向|朝|靠)(?P<d>上|下|左|右)(?:边|面|方)?{_ZH_MOVE_TAIL}$"
                           r"|^(?:再|稍微)?(?:往|向|朝)(?P<d_first>上|下|左|右)(?:边|面|方)?(?:移动|移|挪|拖|推)(?:一下|一点)?"
                           r"(?P<t_after>[^往向朝]+?)(?:一下|一点)?(?:吧|呗)?$"
                           # "黄色三角形右移", "三角形左移一点": the way joined to the verb
                           rf"|^(?:把|将)?(?P<t_joined>(?:.*?[^往向朝靠])?)(?P<d_joined>上|下|左|右)(?:移|挪)(?:动)?"
                           r"(?:一下下|一下|一点点|一点儿|一点|一些|点儿|点|些)?(?:吧|呗|啊|呀|了)?$")
# "往右下角挪", "朝中间移一下": towards a corner or the middle is to go there.
_TOWARD_ZH = re.compile(rf"^(?:把|将|让)?(?P<t>.*?)(?:往|向|朝)"
                        rf"(?P<p>[左右][上下](?:角|方|边)?|[上下][左右](?:角|方|边)?|"
                        rf"正?中间|中央|正中|最[上下左右](?:边|面)?){_ZH_MOVE_TAIL}$")
# "让三角形到右下角去", "三角形挪一下到左边": a verb, a pause, then where to.
_GO_ZH = re.compile(r"^(?:让|把|将|叫)?(?P<t>.+?)(?:移一下|挪一下|动一下|移动一下|挪|移|跑|走|飞)?(?:到|去到)"
                    r"(?P<p>[^到]+?)(?:那里|那边|那儿|这里|这边)?(?:去|来)?(?:吧|呗|啊|呀|了)?$")
# "move it a little to the left", "nudge the moon a bit towards the top": a little that way is one step, not the
# edge ("move it to the left" goes to the left side).
_NUDGE_EN = re.compile(r"^(?:move|shift|slide|push|nudge|drag|bring|put|scoot)\s+(?P<t>.+?)\s+(?:over\s+)?"
                       r"(?:just\s+)?(?:a\s+(?:little|bit|tad|touch|smidge|smidgen|hair)(?:\s+bit)?|slightly|"
                       r"a\s+few\s+(?:pixels|steps))"
                       r"\s+(?:more\s+)?(?:over\s+)?(?:to(?:wards?)?\s+the\s+|to\s+|towards?\s+)?"
                       r"(?P<d>left|right|up|down|top|bottom)(?:\s+(?:side|edge))?$", _I)
# How much a move names: "a bit", "slightly", "nudge", "一点", "挪挪" is one step; a bare way goes to that edge.
_A_LITTLE = re.compile(r"\b(?:a\s+bit|a\s+little|slightly|one\s+(?:cell|step|notch)|nudge)\b"
                       r"|一点|一些|点儿|(?<![一])点|些|(?P<v>[挪移动])一?(?P=v)", _I)
_STEPS = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0), "上": (0, -1), "下": (0, 1),
          "左": (-1, 0), "右": (1, 0), "top": (0, -1), "bottom": (0, 1)}


# "a bit higher", "further left", "more to the right", "再高一点": one step for the thing in focus.
_STEP_ALONE = re.compile(r"^(?:(?:a\s+)?(?:bit|little|tad|touch|lot)\s+|slightly\s+|even\s+|much\s+)?(?:more\s+)?"
                         r"(?:(?:to\s+the\s+|further\s+|farther\s+)?(?P<d>higher|lower|up|down|left|right)|"
                         r"(?P<d2>higher|lower))(?:\s+(?:a\s+bit|a\s+little|still|please|pls))?$"
                         r"|^(?:再)?(?P<zh>高|低)(?:一点|一些|点|些)$", _I)
# "move it all the way down", "lower it all the way down": to the edge that way, keeping the other axis.
_ALL_THE_WAY = re.compile(r"^(?:move|shift|slide|push|drag|put|take|bring|lower|raise|lift|drop)\s+(?P<t>.+?)\s+"
                          r"all\s+the\s+way\s+"
                          r"(?:(?:to\s+the\s+)?(?P<d>up|down|left|right|top|bottom))(?:\s+(?:side|edge))?$", _I)
_EDGE = {"up": "top", "top": "top", "down": "bottom", "bottom": "bottom", "left": "left", "right": "right"}


def _step(work: MessageEdit, targets: list, direction: str) -> None:
    dx, dy = _STEPS[direction]
    for subject in targets:
        col, row = _grid_cell(subject.position)
        move_subject(work, subject, vocab.grid_position(min(2, max(0, col + dx)), min(2, max(0, row + dy))))


# "move it down two steps", "往右挪两格": a step that way, counted.
_COUNTED_STEPS = re.compile(r"\s*(?:by\s+)?(?P<n>two|three|2|3|两|二|三)\s*(?:steps?|cells?|notches?|squares?|格|步)",
                            _I)
_COUNTS = {"two": 2, "2": 2, "两": 2, "二": 2, "three": 3, "3": 3, "三": 3}


_AMOUNT_AFTER = re.compile(r"^(?P<head>(?:move|shift|slide|push|nudge|drag|bring|scoot|put)\s+.+?)\s+(?:over\s+)?"
                           r"(?P<way>(?:to(?:wards?)?\s+the\s+|to\s+|towards?\s+)?(?:left|right|up|down|top|bottom))"
                           r"\s+(?:just\s+)?(?:a\s+(?:little|bit|tad|touch|smidge|smidgen|hair|notch|few\s+pixels)"
                           r"(?:\s+bit)?|slightly|a\s+wee\s+bit)$", _I)


def move_clause(work: MessageEdit, body: str) -> bool:
    """"move it left" (one grid cell), "move the cat to the top", "把猫移到右边", "a bit higher"."""
    # "nudge it towards the middle": one step towards the middle of a 3x3 grid is the middle
    # (and "closer to the center"); "move it up again", "drop it down one": that way once more, a step down
    body = re.sub(r"^(?:move|shift|slide|push|nudge|drag|bring|scoot)\s+(.+?)\s+(?:a\s+(?:little|bit)\s+)?(?:over\s+)?"
                  r"(?:towards?|closer\s+to)\s+the\s+(middle|cent(?:er|re))$", r"move \1 to the \2", body, flags=_I)
    body = re.sub(r"^(?P<h>(?:move|shift|slide|push|nudge|drag|bring|scoot)\s+.+?)\s+again$", r"\g<h>", body, flags=_I)
    body = re.sub(r"^drop\s+(?P<t>it|him|her|them|the\s+[a-z]+)\s+down(?:\s+(?P<n>one|a\s+(?:bit|little|notch)))?$",
                  lambda m: f"move {m.group('t')} down{' a bit' if m.group('n') else ''}", body, flags=_I)
    # "scoot it over to the left a tad", "shift it left a smidge": how little said after the way is still a step
    body = _AMOUNT_AFTER.sub(r"\g<head> a little \g<way>", body)
    counted = _COUNTED_STEPS.search(body)
    if counted:
        once = (body[: counted.start()] + body[counted.end():]).strip()
        done = False
        for _ in range(_COUNTS[counted.group("n").lower()]):
            done = _move_once(work, once) or done
        return done
    if _move_once(work, body):
        return True
    m = _TO_THE_THING.match(body)
    targets, anchors = (resolve(work, m.group("t")), resolve(work, "the " + m.group("g")) or []) if m else ([], [])
    ground = bool(m) and m.group("g").lower() in _GROUNDS
    if targets and (len(anchors) == 1 and anchors[0] not in targets or not anchors and ground):
        # "move the cat to the floor": down on the floor; "move the cat to the rug": on the rug there
        said = anchors[0].name if anchors else m.group("g").lower()
        prep = "on" if anchors == [] or said.split()[-1] in _SURFACES else "next to"
        for target in targets:
            move_subject(work, target, f"{prep} the {said}")
        return True
    m = _MOVED_THING.match(body)  # "move the circle up a bit" with no circle: which one, never a new circle
    if m is None and (m := _MOVED_COLOURED_ZH.match(body)) and resolve(work, m.group("t")) is None:
        return work.ask(reply.say("ask_which", work.language,  # 绿色那个挪到右边 with none green: which one
                                  names=reply.names_list(work.scene.subjects, work.language, choice=True)))
    return bool(m) and ask_missing(work, m.group("t"))


_TO_THE_THING = re.compile(r"^(?:move|put|place|set|bring|take)\s+(?P<t>.+?)\s+(?:down\s+|over\s+)?(?:to|onto)\s+the\s+"
                           r"(?P<g>[a-z]+(?:\s+[a-z]+)?)$", _I)
_MOVED_COLOURED_ZH = re.compile(r"^(?:把|将)?(?P<t>[红橙黄绿蓝紫粉棕白黑灰金银]色?的?(?:那|这)"
                                r"(?:个|只|条|棵|朵|辆|张|块|颗|位|杯|碗|盘)?)\s*(?:挪|移|放|搬|丢)")
_GROUNDS = {"floor", "ground", "grass", "sand", "carpet"}
_SURFACES = {"rug", "mat", "sofa", "couch", "chair", "bed", "table", "bench", "roof", "branch", "rock", "shelf",
             "windowsill", "desk", "stool", "cushion", "pillow", "carpet", "floor"}
_MOVED_THING = re.compile(r"^(?:move|shift|slide|nudge|drag|scoot|push)\s+(?P<t>(?:the|that|this)\s+.+?)\s+"
                          r"(?:up|down|left|right|higher|lower|to|towards?|over|a\s+bit|a\s+little|slightly)\b", _I)


# "黄色三角 move down a bit", "the cat should move left", "猫 move to the top": the thing said first, then the verb.
_THING_FIRST = re.compile(r"^(?P<t>.+?)\s*(?<![A-Za-z])(?:should\s+|can\s+|must\s+|needs?\s+to\s+)?"
                          r"(?P<verb>move|moves|shift|shifts|slide|slides)\s+(?P<rest>.+)$", _I)


_PUT_THE_ONE = re.compile(r"^(?:put|place|pop|stick|hang)\s+the\s+(?P<x>sun|moon)\s+(?:right\s+)?"
                          r"(?P<rest>(?:above|over|behind|next\s+to|beside|in|at|on|to)\b.*)$", _I)


def _move_once(work: MessageEdit, body: str) -> bool:
    m = _PUT_THE_ONE.match(body)
    if m and not resolve(work, "the " + m.group("x")):  # "pop the sun right above the tent": the one sun, put there
        return add_subjects(work, f"a {m.group('x')} {m.group('rest')}", announce="added")
    m = _THING_FIRST.match(body)
    if m and not re.match(r"^(?:i|we|you|please|pls|let'?s|can|could|would)\b", m.group("t"), _I) \
            and resolve(work, m.group("t")):
        body = f"{m.group('verb').lower().rstrip('s')} {m.group('t')} {m.group('rest')}"
    m = _STEP_ALONE.match(body)
    if m and re.fullmatch(r"(?:up|down|left|right)(?:\s+(?:please|pls))?", body.strip(), _I):
        body, m = f"move it {m.group('d')}", None  # "now down": a bare way, as "move it down" (to that edge)
    if m and work.focus() is not None:
        word = (m.group("d") or m.group("d2") or m.group("zh")).lower()
        _step(work, [work.focus()], {"higher": "up", "lower": "down", "高": "up", "低": "down"}.get(word, word))
        return True
    m = _ALL_THE_WAY.match(body)
    if m and resolve(work, m.group("t")):
        edge = _EDGE[m.group("d").lower()]
        for subject in resolve(work, m.group("t")):
            move_subject(work, subject, edge, said=edge)
        return True
    m = _RAISE_EN.match(body)
    if m and resolve(work, m.group("t")):  # "raise it", "lower the moon": one cell up or down
        dy = -1 if m.group("verb").lower() in ("raise", "lift") else 1
        for subject in resolve(work, m.group("t")):
            col, row = _grid_cell(subject.position)
            move_subject(work, subject, vocab.grid_position(col, min(2, max(0, row + dy))))
        return True
    m = _NUDGE_EN.match(body)
    if m and resolve(work, m.group("t")):
        _step(work, resolve(work, m.group("t")), m.group("d").lower())
        return True
    m = _DIRECTION_EN.match(body) or _DIRECTION_ZH.match(body)
    if m and m.re is _DIRECTION_ZH and m.group("d_first"):
        said, direction = m.group("t_after"), m.group("d_first")
    elif m and m.re is _DIRECTION_ZH and m.group("d_joined"):
        said, direction = m.group("t_joined"), m.group("d_joined")
    elif m:
        said, direction = m.group("t"), m.group("d")
    if m and re.search(r"\b(?:to|towards|toward|into|onto)(?:\s+the)?(?:\s+(?:top|bottom|upper|lower))?$", said, _I):
        m = None  # "move it to the left", "to the top left": a place to go, read below, not a step
    if m:
        if m.re is _DIRECTION_ZH:  # "再往右一点", "还往下挪": again, the one in focus
            said = re.sub(r"^(?:再|又|还|继续|稍微|再稍微)+", "", said) or "它"
        targets = resolve(work, said)
        if targets:
            direction = direction.lower()
            direction = {"higher": "up", "lower": "down"}.get(direction, re.sub(r"wards?$", "", direction))
            if direction in ("up", "down", "upward", "downward"):
                direction = direction.replace("ward", "")
            dx, dy = _STEPS[direction]
            if not _A_LITTLE.search(m.group(0)):  # "move it down" from the top right: the bottom right
                dx, dy = dx * 2, dy * 2
            for subject in targets:
                col, row = _grid_cell(subject.position)
                move_subject(work, subject, vocab.grid_position(min(2, max(0, col + dx)), min(2, max(0, row + dy))))
            return True
        if m.re is _DIRECTION_EN and ask_missing(work, said):
            return True  # "move the circle up a bit" with no circle
    m = _TOWARD_ZH.match(body)
    if m:
        said = re.sub(r"^(?:再|又|还|继续|稍微)+", "", m.group("t")) or "它"
        position = parse_position(m.group("p"))[0] or parse_position(m.group("p") + "角")[0]
        targets = resolve(work, said)
        if position and targets:
            for subject in targets:
                move_subject(work, subject, position, said=m.group("p"))
            return True
    m = _MOVE_ZH.match(body) or _GO_ZH.match(body)
    if m:  # "把 tree 移到 house 的左边": beside the house
        position, rest = parse_position(re.sub(r"(?<=[A-Za-z])\s*的(?=[左右上下前后旁])", " ", m.group("p")))
        rest = re.sub(r"(?:那里|那边|那儿|这里|这边|去|来|吧|了|一下|一点|好)+$", "", rest.strip())
        if position in ("top", "bottom", "left", "right"):  # "底部中间": the middle of that side is that side
            rest = re.sub(r"^(?:的)?(?:中间|正中|中央|中部|居中)(?:位置)?$", "", rest)
        # "再往下移到中间": the way there is said, the place is where it goes
        said = re.sub(r"^(?:再|又|还)|(?:往|向|朝)[上下左右](?:边|面)?(?:一点)?$", "", m.group("t").strip())
        targets = resolve(work, said)
        if position and targets and not clean_rest(rest):
            for subject in targets:
                move_subject(work, subject, position, said=m.group("p"))
            return True
        if position and not targets and not clean_rest(rest) and ask_missing(work, said):
            return True  # "把兔子放到右边" with no rabbit: which one, asked
        return _place_at(work, body)
    m = _MOVE_EN.match(body)
    if m:
        destination = _destination(m.group("rest"))
        if destination is not None:  # "move the lower one to the right": the place said last is where to
            target, position, said = destination
            targets = resolve(work, target)
            if targets:
                for subject in targets:
                    move_subject(work, subject, position, said=said)
                return True
        position, rest = parse_position(m.group("rest"))
        if position:
            rest = re.sub(r"\s+(?:over\s+)?(?:to|towards|into|onto|over)\s*$", "", rest.strip(), flags=_I)
            rest = re.sub(r"^\s*(?:it|them|him|her)\s+over\b", lambda g: g.group(0).replace("over", ""), rest, flags=_I)
            targets = resolve(work, rest)
            if targets:
                for subject in targets:
                    move_subject(work, subject, position, said=m.group("rest"))
                return True
            return ask_missing(work, rest)  # "move the circle to the left" with no circle: which one, not a new one
    if _place_at(work, body):
        return True
    m = _MOVE_NOWHERE_EN.match(body) or _MOVE_NOWHERE_ZH.match(body)
    if m:
        targets = resolve(work, m.group("t") or "it")
        if targets:
            return work.ask(reply.say("ask_where", work.language, name=reply.thing_name(targets[0], work.language)))
    return False


_TO = re.compile(r"\s+(?:over\s+)?(?:to|towards|toward|into|onto|on|at|in)\s+", _I)


def _destination(text: str) -> tuple[str, str, str] | None:
    """(what, where, the words of where) when the text ends with a place to go: "the lower one to the right"."""
    for m in reversed(list(_TO.finditer(text))):
        said = text[m.start():]
        position, rest = parse_position(said)
        if position and not clean_rest(re.sub(r"\b(?:over|side|corner|a bit|a little|please|pls)\b", " ", rest,
                                              flags=_I)):
            target = re.sub(r"(?:\s+(?:all\s+the\s+way|right|straight|back|over|up|down|across|a\s+bit|a\s+little))+$",
                            "", text[: m.start()], flags=_I)
            return target, position, said
    return None


def _grid_cell(position: str | None) -> tuple[int, int]:
    """Grid cell (column, row) of a position; a free or missing position counts as the centre."""
    return vocab.GRID_CELLS.get(position or "center", (1, 1))


# "put the dog on the floor", "place the vase on the table", "把猫放在沙发上": a thing already drawn put at another
# thing or at its surroundings is that one placed there, not one more; a new thing said to put it at ("on a sofa")
# is drawn too, a thing there ("on the sofa" with a sofa) is the one meant, the surroundings ("the floor", 地上)
# are where it is, not drawn alone (as "a clock on the wall" since 014624c).
_PLACE_EN = re.compile(r"^(?:put|place|set|move|sit|stand|lay|drop|seat)\s+(?P<t>.+?)\s+(?P<prep>on\s+top\s+of|onto|on|"
                       r"under|underneath|beneath|next\s+to|beside|by|near|behind|in\s+front\s+of|inside|into|in|"
                       r"against)\s+(?P<anchor>(?:(?:a|an|some|(?P<the>the))\s+)?.+?)"
                       r"(?:\s+(?:please|pls|plz|now|instead))*$", _I)
# ("鸬鹚放到竹筏上方去": the thing said first, with no 把)
_PLACE_ZH = re.compile(r"^(?:把|将|让)?(?P<t>[^，,。]+?)(?:放|摆|搬|移|挪|抱)(?:到|在)(?P<anchor>[^，,。]+?)的?"
                       r"(?P<loc>上面|上方|上|下面|下方|下|底下|旁边|边上|里面|里|前面|后面)(?:去|来)?(?:吧|呗|啊|了)?$")
_PREP_SAID = {"onto": "on", "into": "in", "underneath": "under", "beneath": "under"}
_ZH_LOC_SAID = {"上面": "上", "上方": "上方", "下面": "下", "底下": "下", "边上": "旁边", "里面": "里"}
# Where a thing is put that is its surroundings, not a thing drawn on its own: "on the floor", 地上.
_SURROUNDINGS = {"floor", "ground", "wall", "table", "desk", "shelf", "windowsill", "counter", "地", "地上", "地面",
                 "地板", "墙", "墙上", "桌", "桌上", "桌子", "窗台"}


def _place_at(work: MessageEdit, body: str) -> bool:
    m = _PLACE_EN.match(body)
    zh = None if m else _PLACE_ZH.match(body)
    if not (m or zh):
        return False
    said = (m or zh).group("t").strip()
    if parse_phrase(said, global_parts=False).indefinite:
        return False  # "put a cat on the sofa": a new cat, the add rule's
    targets = resolve(work, said)
    if not targets:
        return False
    anchor_said = (m or zh).group("anchor").strip()
    if parse_position(anchor_said)[0] or _is_setting(anchor_said):
        return False  # "on the left", "on the beach": a side of the picture, a place of the whole scene
    anchor = parse_phrase(anchor_said, global_parts=False)
    name = clean_rest(anchor.rest) or anchor.shape or ""
    if not name or any(name_matches(t.name, name) for t in targets):
        return False
    there = [s for s in work.scene.subjects if s not in targets and name_matches(s.name, name)]
    new = anchor.indefinite and not there
    if not new and not there and name.lower() not in _SURROUNDINGS and not (m and m.group("the")) and not (
            zh and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) and not re.search(r"[他她它你我这那哪]", name)):
        return False  # a Chinese thing that is neither there nor the surroundings (纸箱, 猫窝): drawn too, below
    if m:
        prep = re.sub(r"\s+", " ", m.group("prep").lower())
        position = f"{_PREP_SAID.get(prep, prep)} the {name}"
    else:
        position = name + _ZH_LOC_SAID.get(zh.group("loc"), zh.group("loc"))
        if zh.group("loc") in ("上方", "下方"):  # "挪到高铁上方" of a train in the middle: the top
            position = on_the_grid(work.scene, position)
    if new or (zh and not there and name not in _SURROUNDINGS):
        add_subjects(work, anchor_said if m else name, announce="added")
    for subject in targets:
        if position in vocab.GRID_CELLS:  # the cell above the thing: a move, said as one
            move_subject(work, subject, position)
            continue
        subject.position = position
        work.touch(subject, EditKind.LAYOUT)
        work.say("placed", name=reply.thing_name(subject, work.language), where=position)
    work.scene.focus = targets[-1].id
    return True


def _is_setting(text: str) -> bool:
    place, rest = parse_place(text, bare=True)
    return bool(place) and not clean_rest(rest)


# "move it to the left", "把它往左边移一点", "give him a hat", "给它戴个帽子" with nothing drawn: there is nothing it
# could be (before, a thing called "move it" or "him hat" was drawn)
_IT_BEFORE_ANYTHING = re.compile(r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:move|shift|nudge|slide|"
                                 r"drag|push|scoot|give|put)\s+(?:it|him|her|them|that|this)\b"
                                 r"|^(?:把|将)?(?:它|他|她|它们|他们)(?:往|向|移|挪|放到|放在|放大|缩小|变|改|换|涂|调|弄)"
                                 r"|^(?:把|将)(?:它|他|她|它们|他们)(?:再|稍微)"  # 把它放大一点, 把它再大一点
                                 # "same vibe as last time": a picture before this one, which is not here
                                 r"|^(?:the\s+)?same\s+(?:[a-z]+\s+)?(?:as\s+(?:last\s+time|before|yesterday|the\s+last\s+one)"
                                 r"|again)\b|^(?:和|跟)?上次(?:一样|那样|那个)"
                                 r"|^给(?:它|他|她|它们|他们)(?:戴|穿|加|拿|换|围|系)")


def nothing_there_yet_clause(work: MessageEdit, body: str) -> bool:
    """A move of "it", or something given to "him", before anything is drawn: asked what to draw first."""
    if work.scene.subjects or not _IT_BEFORE_ANYTHING.match(body.strip()):
        return False
    work.chat_replies.append(reply.say("nothing_yet", work.language))
    return True
