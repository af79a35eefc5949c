"""Each of the things a message just drew, described in turn by where it is or what it has: "two knights, the one
on the left holding a sword, the one on the right holding a shield", "two figures, the figure on the left in a red
cloak", "两个男人，一个戴着眼镜，一个留着胡子", "画两只狗 一只大一只小". The next of them takes the place and
the rest, in the order said (`MessageEdit.assigned`, shared with drawing_handlers.each_clause).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.drawing_handlers import counted_group, each_clause
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.subject_changes import add_parts, apply_value
from prompt_enhancer.rules.worn_each import WORN_EACH, worn_relation

_I = re.IGNORECASE
_PLACE = (r"(?:on|to|at)\s+the\s+(?:far\s+)?(?:left|right|top|bottom)(?:\s+side)?|in\s+the\s+(?:middle|center|centre|"
          r"front|back)|at\s+the\s+(?:front|back)")
_THE_ONE_AT = re.compile(rf"^(?:and\s+)?(?:the\s+)?(?:one|(?P<name>[a-z]+))\s+(?P<place>{_PLACE})(?:\s*,)?\s*"
                         r"(?P<rest>.*)$", _I)
# 一只大一只小, 一个留着胡子: "one" said in Chinese, then what that one is or has
_ZH_EACH = re.compile(r"(?P<n>[一两二三四])[个只条棵朵辆匹座张块颗位把](?P<said>[^一两二三四，,]+?)"
                      r"(?=\s*[，,]?\s*[一两二三四][个只条棵朵辆匹座张块颗位把]|\s*$)")
_COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
_ZH_SIZE = {"大": "大的", "小": "小的", "大点": "大的", "小点": "小的", "大一点": "大的", "小一点": "小的"}


def _describe(work: MessageEdit, subject_id: str, said: str) -> None:
    subject = work.scene.subject(subject_id)
    if subject is None or not said.strip():
        return
    both = re.match(r"^(?P<value>.+?的)\s*(?P<worn>(?:穿|戴|拿|举|背|抱)着.+)$", said.strip())
    if both:  # "small white 的戴着 red hat": what it is, then what it wears
        apply_value(work, [subject], both.group("value"))
        said = both.group("worn")
    worn = WORN_EACH.match(said.strip())
    if worn:
        add_parts(work, [subject], [(worn_relation(worn), worn.group("part"))])
    else:
        apply_value(work, [subject], said)


# "(画两只猫，)左边一只黑猫，右边一只橘猫": the place first, then one of them named again with what it is
_ZH_PLACE_FIRST = re.compile(r"^(?P<place>(?:最|靠)?(?:左|右|上|下)(?:边|面|侧)|中间|正中间|[左右][上下]角)"
                             r"(?:是|有|放|画|再)?(?P<one>一[个只条棵朵辆匹座张块颗位把])(?P<said>[^，,]*)$")


def each_described_clause(work: MessageEdit, body: str) -> bool:
    """"the one on the left holding a sword", "一个留着胡子": the next thing just drawn, placed and described."""
    group = counted_group(work)
    if len(group) < 2 or work.assigned >= len(group):
        return False
    first = work.scene.subject(group[0])
    placed = _ZH_PLACE_FIRST.match(body.strip())
    names = (first.name, *(vocab.SHAPES[first.name].zh if first.name in vocab.SHAPES else ())) if first else ()
    named = next((n for n in names if placed and placed.group("said").endswith(n)), None)
    if placed and named:
        said = placed.group("said")[: -len(named)].rstrip("的")  # 黑猫: 黑的
        return each_clause(work, f"{placed.group('one')}在{placed.group('place')}" + (f"是{said}的" if said else ""))
    m = _THE_ONE_AT.match(body.strip())
    if m and re.search(r"\b(?:one|the\s+other)\b", m.group("rest"), _I):
        m = None  # "one on the left and one on the right": a list, drawing_handlers.each_clause reads it
    if m and (not m.group("name") or first is None or _same_noun(m.group("name"), first.name)):
        subject_id = group[work.assigned]
        work.assigned += 1
        apply_value(work, [work.scene.subject(subject_id)], m.group("place"))
        _describe(work, subject_id, m.group("rest"))
        return True
    found = list(_ZH_EACH.finditer(body.strip()))
    pieces = [p.group("said").strip() for p in found]
    counted = any(p.group("n") != "一" for p in found)  # 一只黄的 两只白的: the next two white
    if not pieces or len(pieces) < 2 and not (WORN_EACH.match(pieces[0]) or work.assigned) \
            or _ZH_EACH.sub("", body.strip()).strip(" ，,"):
        return False  # every piece one of them, nothing else said
    if counted:
        pieces = [p.group("said").strip() for p in found for _ in range(_COUNT[p.group("n")])]
    elif not all(_ZH_SIZE.get(p) or WORN_EACH.match(p) for p in pieces) and not (len(pieces) == 1 and work.assigned):
        return False  # colours, places: drawing_handlers.each_clause reads them
    for said in pieces:
        if work.assigned >= len(group):
            break
        subject_id = group[work.assigned]
        work.assigned += 1
        _describe(work, subject_id, _ZH_SIZE.get(said, said))
    return True


def _same_noun(said: str, name: str) -> bool:
    said, name = said.lower().rstrip("s"), name.lower()
    return name == said or name.endswith(" " + said) or name.rstrip("s") == said
