"""A move along one way to a place on that way: "move it left to the middle" from the top right ends at the top,
"drop it straight down to the bottom" keeps its column, "往左移到角落里" from the top ends at the top left,
"再横着移到中间" keeps the row. The way said (left, down, 横着, vertically) is the axis that changes; the other one
stays where the thing was. "to the middle" alone is the centre, read by move_handlers.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.subject_changes import move_subject

_I = re.IGNORECASE
_AXIS = {"left": "x", "right": "x", "across": "x", "sideways": "x", "horizontally": "x", "over": "x",
         "up": "y", "down": "y", "vertically": "y",
         "左": "x", "右": "x", "横着": "x", "横向": "x", "水平": "x", "上": "y", "下": "y", "竖着": "y", "竖直": "y",
         "纵向": "y", "垂直": "y"}
_SIGN = {"left": -1, "左": -1, "up": -1, "上": -1, "right": 1, "右": 1, "down": 1, "下": 1}
_MOVE_EN = re.compile(
    r"^(?:(?:now|then|and|ok|okay|pls|please|so)\s+)*(?:can\s+(?:you|u)\s+)?(?:move|shift|slide|push|drag|bring|take|"
    r"scoot|drop|lower|raise|lift|send|nudge|put)\s+(?P<t>.+?)\s+(?:(?:straight|directly|right|all\s+the\s+way)\s+)?"
    r"(?P<d>left|right|up|down|over|across|sideways|horizontally|vertically)\s+(?:(?:to|into|towards?|in)\s+)?"
    r"(?:the\s+)?(?P<p>middle|center|centre|corner|top|bottom|left|right)(?:\s+(?:side|edge|corner|one))?"
    r"(?:\s+(?:please|pls|plz|now|too))*$", _I)
# "and down to the bottom", "now over to the right": the way and the place said of the thing in focus, no verb
_WAY_TO_PLACE = re.compile(
    r"^(?:(?:now|then|and|ok|okay|so)\s+)*(?P<t>)(?:(?:straight|right|all\s+the\s+way)\s+)?"
    r"(?P<d>left|right|up|down|over|across)\s+(?:to|into|towards?)\s+the\s+"  # "left to right" is an order
    r"(?P<p>middle|center|centre|corner|top|bottom|left|right)(?:\s+(?:side|edge|corner))?(?:\s+(?:please|pls|plz|now))*$",
    _I)
_MOVE_ZH = re.compile(
    r"^(?:再|然后|那就|就|那)?(?:把|将|让)?(?P<t>[^往向朝横竖水垂纵]*?)(?:(?:往|向|朝)(?P<d>上|下|左|右)(?:边|面|方)?|"
    r"(?P<axis>横着|横向|水平|竖着|竖直|纵向|垂直)地?)(?:移动|移|挪|拖|推|放|走|滑)?(?:到|去|至)"
    r"(?P<p>正?中间|中央|正中|中心|角落里?|角上|顶部?|顶上|顶端|最上面|最上边|底部?|底端|最下面|最下边|最左边|最右边|"
    r"左边|右边|上面|下面)(?:去|来)?(?:吧|呗|啊|了)?$")
# The place at the end of the way, by axis: its column (x) or row (y); "corner": the end of the way said.
_PLACE = {"middle": 1, "center": 1, "centre": 1, "中间": 1, "正中间": 1, "中央": 1, "正中": 1, "中心": 1,
          "left": 0, "最左边": 0, "左边": 0, "right": 2, "最右边": 2, "右边": 2,
          "top": 0, "顶": 0, "顶部": 0, "顶上": 0, "顶端": 0, "最上面": 0, "最上边": 0, "上面": 0,
          "bottom": 2, "底": 2, "底部": 2, "底端": 2, "最下面": 2, "最下边": 2, "下面": 2}
_ON_X = {"left", "right", "最左边", "左边", "最右边", "右边"}


def axis_move_clause(work: MessageEdit, body: str) -> bool:
    """The thing moved along the way said to the place named on it; the other axis kept."""
    m = _MOVE_EN.match(body.strip()) or _MOVE_ZH.match(body.strip()) or _WAY_TO_PLACE.match(body.strip())
    if not m:
        return False
    way = (m.group("d") or m.groupdict().get("axis") or "").lower()
    place = m.group("p").lower()
    axis = _AXIS[way]
    corner = place.startswith(("corner", "角"))
    if corner and way not in _SIGN:
        return False  # "across to the corner": which corner is not said
    if not corner and _PLACE.get(place) != 1 and (place in _ON_X) != (axis == "x"):
        return False  # "move it up to the left": two ways, read elsewhere
    said = m.group("t").strip()
    targets = resolve(work, said) if said else [work.focus()]
    if not targets or any(t is None or (t.position and t.position not in vocab.GRID_CELLS) for t in targets):
        return False  # nothing found, or a place off the grid ("by the road"): the other rules read it
    moves = []
    for subject in targets:  # every place first: none is moved unless all can be
        col, row = vocab.GRID_CELLS.get(subject.position or "center", (1, 1))
        end = (0 if _SIGN[way] < 0 else 2) if corner else _PLACE[place]
        if corner and (row if axis == "x" else col) == 1:
            return False  # the middle row has no corner that way
        moves.append((subject, vocab.grid_position(*((end, row) if axis == "x" else (col, end)))))
    for subject, position in moves:
        move_subject(work, subject, position)
    return True


# "all the way down", "now all the way to the left", "一直往下": the way alone, said of the thing in focus
_WAY_ALONE = re.compile(r"^(?:(?:now|then|and|ok|okay|so)\s+)*(?P<w>all\s+the\s+way\s+(?:to\s+the\s+)?"
                        r"(?:up|down|left|right|top|bottom)(?:\s+(?:please|pls))?)$", _I)
# 一直往下, 太阳往右移到头, 把树一直往左挪: to the end of the way (the thing said, else "it")
_WAY_ALONE_ZH = re.compile(r"^(?:再|然后|那就)?(?:把|让)?(?P<t>(?![一往向再])[\u4e00-\u9fff]{1,4}?)?"
                           r"(?:一直(?:往|向)(?P<w>上|下|左|右)边?(?:移|挪|走|推|拖)?(?:到底|到头|到尽头)?|"
                           r"(?:往|向)(?P<w2>上|下|左|右)边?(?:移|挪|走|推|拖)?(?:到底|到头|到尽头|到最边上?))(?:吧|呗)?$")
_ENDS_ZH = {"上": "最上面", "下": "最下面", "左": "最左边", "右": "最右边"}


def as_move(body: str) -> str:
    """The clause as a move of "it" when it says only a way to go to the end of."""
    m = _WAY_ALONE.match(body.strip())
    if m:
        return f"move it {m.group('w')}"
    m = _WAY_ALONE_ZH.match(body.strip())
    if not m:
        return body
    way = m.group("w") or m.group("w2")
    return f"把{m.group('t') or '它'}往{way}移到{_ENDS_ZH[way]}"
