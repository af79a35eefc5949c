"""Clauses that edit subjects already drawn: move ("move it left", "shift it over to the right", "把猫移到右边"),
resize ("bigger"), swap ("swap them"), change values or names ("make the circle blue", "把它变成三角形", "make
the umbrella red", "make his beard white"); corrections of what a thing is are in correction_handlers. What they
cannot read for sure they ask about ("move it" - where to?).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.subject_changes import apply_value, move_subject, read_value, resize_subject, set_part_values
from prompt_enhancer.rules.picture_changes import apply_global, has_global
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import (
    PRONOUNS_ALL,
    PRONOUNS_ONE,
    RESIZE_RE,
    clean_rest,
    parse_phrase,
    parse_position,
)
from prompt_enhancer.rules.references import PartRef, is_description, person_kind, resolve, resolve_parts

_I = re.IGNORECASE


_MOVE_EN = re.compile(r"^(?:move|put|place|shift|drag|slide|relocate|position|push|bring|set)\s+(?P<rest>.+)$", _I)
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
                       r"(?:just\s+)?(?:a\s+(?:little|bit|tad|touch)(?:\s+bit)?|slightly|a\s+few\s+(?:pixels|steps))"
                       r"\s+(?:more\s+)?(?:over\s+)?(?:to(?:wards?)?\s+the\s+|to\s+|towards?\s+)?"
                       r"(?P<d>left|right|up|down|top|bottom)(?:\s+(?:side|edge))?$", _I)
_STEPS = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0), "上": (0, -1), "下": (0, 1),
          "左": (-1, 0), "右": (1, 0), "top": (0, -1), "bottom": (0, 1)}


# "a bit higher", "further left", "more to the right", "再高一点": one step for the thing in focus.
_STEP_ALONE = re.compile(r"^(?:(?:a\s+)?(?:bit|little|tad|touch|lot)\s+|slightly\s+|even\s+|much\s+)?(?:more\s+)?"
                         r"(?:(?:to\s+the\s+|further\s+|farther\s+)?(?P<d>higher|lower|up|down|left|right)|"
                         r"(?P<d2>higher|lower))(?:\s+(?:a\s+bit|a\s+little|still|please|pls))?$"
                         r"|^(?:再)?(?P<zh>高|低)(?:一点|一些|点|些)$", _I)
# "move it all the way down": to the edge that way, keeping the other axis.
_ALL_THE_WAY = re.compile(r"^(?:move|shift|slide|push|drag|put|take|bring)\s+(?P<t>.+?)\s+all\s+the\s+way\s+"
                          r"(?:(?:to\s+the\s+)?(?P<d>up|down|left|right|top|bottom))(?:\s+(?:side|edge))?$", _I)
_EDGE = {"up": "top", "top": "top", "down": "bottom", "bottom": "bottom", "left": "left", "right": "right"}


def _step(work: MessageEdit, targets: list, direction: str) -> None:
    dx, dy = _STEPS[direction]
    for subject in targets:
        col, row = _grid_cell(subject.position)
        move_subject(work, subject, _cell_name(min(2, max(0, col + dx)), min(2, max(0, row + dy))))


# "move it down two steps", "往右挪两格": a step that way, counted.
_COUNTED_STEPS = re.compile(r"\s*(?:by\s+)?(?P<n>two|three|2|3|两|二|三)\s*(?:steps?|cells?|notches?|squares?|格|步)",
                            _I)
_COUNTS = {"two": 2, "2": 2, "两": 2, "二": 2, "three": 3, "3": 3, "三": 3}


def move_clause(work: MessageEdit, body: str) -> bool:
    """"move it left" (one grid cell), "move the cat to the top", "把猫移到右边", "a bit higher"."""
    counted = _COUNTED_STEPS.search(body)
    if counted:
        once = (body[: counted.start()] + body[counted.end():]).strip()
        done = False
        for _ in range(_COUNTS[counted.group("n").lower()]):
            done = _move_once(work, once) or done
        return done
    return _move_once(work, body)


def _move_once(work: MessageEdit, body: str) -> bool:
    m = _STEP_ALONE.match(body)
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
            move_subject(work, subject, _cell_name(col, min(2, max(0, row + dy))))
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
    if m and re.search(r"\b(?:to|towards|toward|into|onto)(?:\s+the)?$", said, _I):
        m = None  # "move it to the left": a place to go, read below, not a step
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
            for subject in targets:
                col, row = _grid_cell(subject.position)
                move_subject(work, subject, _cell_name(min(2, max(0, col + dx)), min(2, max(0, row + dy))))
            return True
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
    if m:
        position, rest = parse_position(m.group("p"))
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
        return False
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
            return False
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
        parts = resolve_parts(work, rest) if clean_rest(rest) else None
        if parts:  # "make the umbrella bigger"
            set_part_values(work, parts, parse_phrase("bigger" if step > 0 else "smaller"))
            return True
        return False
    for subject in targets:
        resize_subject(work, subject, step)
    return True


# "keep it black", "leave the roof red": a value that should hold is set like any other
_ATTR_EN = re.compile(r"^(?:make|turn|paint|colou?r|change|set|recolou?r|dye|switch|render|get|redraw|keep|leave)"
                      r"\s+(?P<rest>.+)$", _I)
# "i want the cat to be a fox", "can the cat be blue instead", "let the 猫 become a fox": a wish about a thing
# already drawn is a change to it, not a new drawing.
_WANT_BE = re.compile(r"^(?:i(?:'d|\s+would)?(?:\s+really)?\s+(?:want|need|wanna|like|love|prefer)|can|could|"
                      r"would|will|should|let|have|may|might|make)\s+(?P<t>.+?)\s+(?:to\s+)?"
                      r"(?:be|become|turn\s+into|change\s+into|look\s+like)\s+(?P<v>.+?)(?:\s+instead)?$", _I)
_ATTR_EN_SHOULD = re.compile(r"^(?P<t>.+?)\s+(?:should be|must be|needs to be|has to be|ought to be|should look|"
                             r"becomes|should become|will be)\s+(?P<v>.+)$", _I)
# A reference is short ("the big red circle at the top left"); longer candidates are not tried, which keeps a
# 2,000-character message from costing a quadratic number of parses.
_MAX_TARGET_WORDS = 10
_PART_IS = re.compile(r"^(?P<t>(?:his|her|its|their)\s+[\w\s-]+?)\s+(?:is|are)\s+(?:now\s+)?(?P<v>.+)$"
                      r"|^(?P<t_zh>[^是]+的[^是的]+?)(?:是|为)(?P<v_zh>[^是]+?)(?:的|吧|哦|啦)?$"
                      # "屋顶是红色的": a thing or part said alone, and what it is, said with 的 at the end
                      r"|^(?P<t_zh2>[^是的\s]{1,6})(?:是|为)(?P<v_zh2>[^是]+?)的(?:吧|哦|啦)?$", _I)
_ATTR_SEPARATOR = re.compile(r"\s+(?:to be|into|to|as|so (?:that )?it(?:'s| is)|in)\s+", _I)
_SHOULD_ZH = re.compile(r"^(?:把|将)?(?P<t>[^要得应]+?)(?:要|得|应该|应当|最好)(?:是|用|换成|改成)?"
                        r"(?P<v>[^，,]+?)(?:的|吧|才行)?$")
_ATTR_ZH = re.compile(r"^(?:把|将|让|使)?(?P<t>.*?)(?:变回|改回|换回|变成|改成|换成|涂成|染成|改为|变为|换为|弄成|"
                      r"调成|搞成|设为|设成|画成|做成|变得|弄得|搞得|应该是|要是|得是|变|改|换|涂|染|弄|搞)(?:了|为|成)?(?P<v>.+)$")


# A bare Chinese word after 变成/换成 that names a thing: two or three characters, none of the endings or words that
# say how a thing looks (色, 的, 风格, 透明, 可爱...).
_ZH_NOUN = re.compile(r"(?![^\u4e00-\u9fff])(?!.*(?:色|的|风|感|点|些|样|化|式|调|效果|一下)$)"
                      r"(?!(?:透明|卡通|可爱|漂亮|好看|开心|高兴|明亮|黑暗|模糊|清晰|立体|发光|闪亮|复古|写实|抽象|简单|复杂|"
                      r"金属|木头|玻璃|石头|毛绒|大的|小的|更大|更小|大一|小一|晚上|白天|夜晚|黄昏|下雨|下雪)$)"
                      r"[\u4e00-\u9fff]{2,3}")


_COLOUR_NO_VALUE = re.compile(
    r"^(?:change|switch|swap|pick|try|use|give\s+(?:it|them))\s+(?:the\s+|its\s+|their\s+|a\s+|another\s+|a\s+different\s+|"
    r"some\s+other\s+|the\s+other\s+)?colou?rs?(?:\s+of\s+(?P<t>.+?))?$"
    r"|^(?:换|改|变)(?:个|一个|一下|成)?(?:别的|其他|另一个|另外的?)?颜色(?:吧|呗|啊|呀|嘛)?$"
    r"|^(?:把|将)?(?P<t_zh>.+?)的?颜色(?:换|改|变)(?:一下|个|掉)?(?:吧|呗|啊|呀|嘛)?$"
    # a colour pointed at but not said: "make it that other colour", "把它改成那个颜色"
    r"|^(?:make|turn|paint|change|colou?r)\s+(?P<t_other>.+?)\s+(?:to\s+|into\s+|in\s+)?(?:a\s+|the\s+|that\s+|some\s+)?"
    r"(?:other|another|different|new|that)\s+colou?r$|^(?:把|将)?(?P<t_zh2>.+?)(?:改成|变成|换成|涂成|改为)"
    r"(?:那个|这个|那种|这种|另一个|另一种|别的|其他|另外的?)颜色(?:吧|呗|啊|呀|嘛)?$",
    _I)
# Words that say a thing should be better without saying how: asked about, never written on the subject.
_VAGUE = re.compile(r"(?:(?:more|less|a\s+bit|a\s+little|bit|much|even|really|very|way|slightly|look|looks|feel|"
                    r"更|再|稍微|一点|一些|点|些|得|的|看起来)\s*)*(?P<word>better|nicer|prettier|cooler|good|great|nice|"
                    r"pretty|beautiful|awesome|amazing|perfect|different|interesting|pop|right|correct|fixed|fine|cute|"
                    r"cuter|fancier|fancy|special|unique|professional|pleasing|attractive|appealing|lovely|move|"
                    r"moving|dance|dancing|alive|animated|talk|sing|walk|breathe|real|pop|stand out|wow|"
                    r"好看|漂亮|好|美|更好|美观|不一样|有感觉|高级|酷|可爱|特别|精致|顺眼)"
                    r"(?:\s*(?:more|please|pls|一点|一些|点|些|吧|了|的))*", _I)
_PICTURE = re.compile(r"^(?:the\s+)?(?:whole\s+|entire\s+)?(?:picture|image|photo|scene|drawing|painting)$"
                      r"|^(?:整个|整体)?(?:画面|画|图片|图|场景|照片)$", _I)
_AND_TARGET = re.compile(r"\s+and\s+(?=(?:the|his|her|its|their)\s)", _I)


def attribute_clause(work: MessageEdit, body: str) -> bool:
    """"make the circle blue", "the cat should be bigger", "把它变成三角形", "make the umbrella red", "make the
    sword gold and the shield blue": values or a new name, of subjects or their parts."""
    if not work.scene.subjects:
        m = _ATTR_EN.match(body) or _ATTR_ZH.match(body)
        if m and re.match(r"^(?:it|them|its|它|他|她|它们)\b", (m.groupdict().get("rest") or m.group("t") or ""), _I):
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        return False
    m = _COLOUR_NO_VALUE.match(body)
    if m:  # "change the colour", "换个颜色": to which?
        said = m.group("t") or m.group("t_zh") or m.group("t_other") or m.group("t_zh2")
        targets = resolve(work, said) if said else [work.focus()]
        if targets and targets[0] is not None:
            name = reply.thing_name(targets[0], work.language)
            return work.ask(reply.say("ask_colour", work.language, name=name))
    m = _ATTR_EN.match(body)
    if m and _AND_TARGET.search(m.group("rest")):  # "make the sword gold and the shield blue"
        edits = [_find_edit(work, _en_splits(work, piece)) for piece in _AND_TARGET.split(m.group("rest"))]
        if all(edits):
            for edit in edits:
                _apply_edit(work, edit)
            return True
    splits = _attribute_splits(work, body)
    edit = _find_edit(work, splits)
    if edit is not None:
        _apply_edit(work, edit)
        return True
    wish = _WANT_BE.match(body)
    if wish and re.match(r"^(?:a|an|some|one|two|three|another)\s", wish.group("t"), _I):
        wish = None  # "i want a dog to be next to it": a new thing, another rule's
    if (_ATTR_EN.match(body) or _ATTR_EN_SHOULD.match(body) or wish
            or (_ATTR_ZH.match(body) and vocab.has_cjk(body))):
        return _ask_about(work, splits)  # a request to change something, not a description
    return False


def _explicit(target: str) -> bool:
    """A target said by name ("the cat"), not by a pronoun ("it")."""
    said = clean_rest(target).lower()
    return bool(said) and said not in PRONOUNS_ONE | PRONOUNS_ALL and said not in ("它", "他", "她")


_LIKE_ANOTHER = re.compile(r"^(?:look\s+|looks\s+)?(?:like|as|match(?:ing)?)\s+(?:the|that|this|those|it|him|her|"
                           r"them|my|his|its|before|last|earlier)\b|^(?:look\s+)?(?:the\s+)?same(?:\s+as)?\b"
                           r"|^(?:和|跟|像)(?:那个|这个|它|他|她|另一个|之前|上次|刚才)|^(?:一样|同样)", _I)


_DANGLING = re.compile(r"\b(?:like|the|a|an|to|of|with|and|in|on|at|as|into|look|looks|more|less|so|very|same|"
                       r"than|for|from|by|is|be)$", _I)


def has_value(value: str, named: bool) -> bool:
    if _LIKE_ANOTHER.match(value.strip()) and not parse_phrase(value).style:
        return False  # "make it like the other one": which of its looks? asked, not guessed
    ph, rename, rest = read_value(value, named=named)
    if rest and _VAGUE.fullmatch(rest):
        rest = ""
    return bool(ph.has_subject_values() or has_global(ph) or rename or rest)


def _find_edit(work: MessageEdit, splits: list[tuple[str, str]]) -> tuple | None:
    """The first reading whose target is found and whose value says something: ("subjects", subjects, value,
    named), ("parts", part references, value) or ("picture", value)."""
    fallback: tuple | None = None
    for target, value in splits:
        if _DANGLING.search(target):
            continue  # "make it like | the other one": a target ends with its noun, not with "like"
        if _PICTURE.match(clean_rest(target)):
            ph, _, _ = read_value(value)
            if has_global(ph):
                return ("picture", value)
            continue
        named = _explicit(target)
        if not has_value(value, named):
            continue
        targets = resolve(work, target)
        if targets and len(targets) == 1 and targets[0].parts and person_kind(targets[0]) is not None and \
                clean_rest(target).lower() in ("it", "它"):
            # "give her an umbrella" then "make it red": a person is not "it"; the thing last given to her is
            return ("parts", [PartRef(targets[0], list(targets[0].parts)[-1], True)], value)
        if targets:
            return ("subjects", targets, value, named)
        parts = resolve_parts(work, target)
        if parts and (any(r.exists for r in parts) or _names_a_part(parts[0].name)):
            return ("parts", parts, value)
        fallback = fallback or (("parts", parts, value) if parts else None)
    return fallback


def _names_a_part(name: str) -> bool:
    """A new part's name is one word or a known thing ("hair"), not "hair long" or "eyes glow": those read better
    as a part and a value ("her hair" | "long and black")."""
    words = name.lower().split()
    known = {w.lower() for w in (*vocab.WORN, *vocab.HAD)}
    return len(words) == 1 or name.lower() in known or vocab.lookup(vocab.NOUNS, name) is not None


def _apply_edit(work: MessageEdit, edit: tuple) -> None:
    if edit[0] == "picture":
        ph, _, _ = read_value(edit[1])
        apply_global(work, ph)
    elif edit[0] == "subjects":
        apply_value(work, edit[1], edit[2], named=edit[3])
    else:
        _apply_to_parts(work, edit[1], edit[2])


def _apply_to_parts(work: MessageEdit, refs: list[PartRef], value: str) -> None:
    ph, rename, rest = read_value(value, named=True)
    apply_global(work, ph)
    set_part_values(work, refs, ph, rename=rename or (ph.shape or None), detail=rest)
    if ph.position:  # "put the umbrella on the left": the one holding it goes there
        for owner in dict.fromkeys(r.subject.id for r in refs):
            move_subject(work, work.scene.subject(owner), ph.position, said=value)


def _ask_about(work: MessageEdit, splits: list[tuple[str, str]]) -> bool:
    """Why an edit was not read, when it can be told: a thing the picture does not have ("make the dragon
    blue"), or a wish without a value ("make it better"). False when neither: another rule may read it."""
    for target, value in splits:
        said = clean_rest(target)
        if not said or _PICTURE.match(said):
            continue
        targets = resolve(work, target)
        rest = read_value(value)[2]
        vague = _VAGUE.fullmatch(rest) if rest else None
        if targets and vague:
            return work.ask(reply.say("ask_vague", work.language, name=reply.thing_name(targets[0], work.language),
                                      word=vague.group("word")))
        if not targets and is_description(target) and has_value(value, True):
            return work.ask(reply.say("ask_which", work.language,
                                      names=reply.names_list(work.scene.subjects, work.language, choice=True)))
        ph = parse_phrase(target, global_parts=False)
        definite = ph.definite or re.match(r"^(?:the|his|her|its|their|把|将)\b|^(?:把|将)", target.strip(), _I)
        if not targets and definite and has_value(value, True) and clean_rest(ph.rest) and not resolve_parts(
                work, target):
            thing = clean_rest(re.sub(r"^(?:把|将)", "", ph.rest))
            return work.ask(reply.say("ask_missing", work.language, thing=thing,
                                      names=reply.names_list(work.scene.subjects, work.language)))
    return False


def _en_splits(work: MessageEdit, rest: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    words = rest.split()
    for k in range(min(len(words) - 1, _MAX_TARGET_WORDS), 0, -1):
        out.append((" ".join(words[:k]), " ".join(words[k:])))
    return out


def _attribute_splits(work: MessageEdit, body: str) -> list[tuple[str, str]]:
    """Candidate (target, value) readings of an edit, most likely first."""
    out: list[tuple[str, str]] = []
    m = _WANT_BE.match(body)
    if m:
        out.append((m.group("t"), m.group("v")))
    m = _ATTR_ZH.match(body)
    if m and vocab.has_cjk(body):
        value = m.group("v")
        becomes = body[: m.start("v")].endswith(("变成", "换成", "改成", "变为", "换为", "改为"))
        if becomes and _ZH_NOUN.fullmatch(value):
            value = "一个" + value  # "把马变成斑马": what it becomes is a thing, not a detail of the horse
        out.append((m.group("t") or "它", value))
    m = _SHOULD_ZH.match(body)
    if m:  # "女孩的裙子要蓝色的": no verb of change, but a thing and what it should be
        out.append((m.group("t"), m.group("v")))
    m = _ATTR_EN_SHOULD.match(body)
    if m:
        out.append((m.group("t"), m.group("v")))
    m = _PART_IS.match(body)
    if m:  # "its hat is red", "她的帽子是黄色的": a part said with its owner, and what it is
        out.append((m.group("t") or m.group("t_zh") or m.group("t_zh2"), m.group("v") or m.group("v_zh")
                    or m.group("v_zh2")))
    if re.match(r"^(?:and\s+|also\s+)?(?:the|his|her|its|their|this|that)\s", body, _I):
        out.extend(_en_splits(work, re.sub(r"^(?:and|also)\s+", "", body, flags=_I)))  # "the shield blue"
    m = _ATTR_EN.match(body)
    if m:
        rest = m.group("rest")
        for sep in _ATTR_SEPARATOR.finditer(rest):
            if len(rest[: sep.start()].split()) <= _MAX_TARGET_WORDS:
                out.append((rest[: sep.start()], rest[sep.end():]))
        words = rest.split()
        for k in range(min(len(words) - 1, _MAX_TARGET_WORDS), 0, -1):
            out.append((" ".join(words[:k]), " ".join(words[k:])))
        if re.match(r"^(?:it|them|a|an|one|two|another|some|the|everything|all|both|each|every)\b", rest,
                    _I) is None and work.focus():
            out.append(("it", rest))  # "make bigger", "turn blue"; "make a dog" is a new drawing
    return out
