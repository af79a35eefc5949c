"""A count of things, then each of them after a comma: "two cats in a living room please, a ginger one on the
left and a black one on the right", "three balloon, red balloon and yellow balloon and blue balloon". The list
is the things the count was about, so each is drawn once (before, the count was drawn and then the list too:
six balloons). Read only where the list has as many items as the count and each names the kind or says "one";
with a colon the opener rules already read it so. In Chinese, "画三个 teacup 排成一排，左边的 white…" says the row
right after the things: it is a clause of its own, so the row is not part of their name. The same said in
Chinese: "画两个苹果，一个大的红苹果，一个小的绿苹果".
"""

from __future__ import annotations

import re

from dialog.plurals import singular

_I = re.IGNORECASE
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_COUNTED = re.compile(r"^(?P<lead>.*?\b(?:draw|paint|sketch|make|create|render|show|want|need|like)\s+(?:me\s+)?)?"
                      r"(?P<n>two|three|four|five|[2-5])\s+(?P<kind>[a-z]+)"
                      r"(?P<where>(?:\s+[a-z]{3,}ing)?\s+(?:in|on|at|under|by|inside)\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?"
                      r"|\s+(?:side\s+by\s+side|next\s+to\s+each\s+other|in\s+a\s+row))?"
                      r"(?:\s+(?:please|pls|plz))?\s*(?:,|\.{1,3}(?=\s))\s*(?P<list>[^.!?\n]+?)(?P<end>\s*[.!?\n].*)?$",
                      _I | re.DOTALL)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", _I)


_ROW_GLUED_ZH = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff])\s*"
                           r"(?=(?:[排放摆挂站]成一[排行]|一字排开|[摆排放挂站]一排)(?:[，,。：:\s]|$))")


def row_said_apart(text: str) -> str:
    """`text` with a row said right after the things ("三个 teacup 排成一排") set off as a clause of its own."""
    return _ROW_GLUED_ZH.sub("，", text)


# 画两个苹果，一个大的红苹果，一个小的绿苹果: the count, then each of them
_COUNTED_ZH = re.compile(r"(?P<n>[两二三四234])(?P<m>[个只条棵朵辆张块颗头匹])(?P<x>[\u4e00-\u9fffA-Za-z ]{1,8}?)"
                         r"[，,:：]\s*(?P<list>一(?P=m)[^。；;!！?？\n]+)$")
_ZH_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "2": 2, "3": 3, "4": 4}


def _zh_listed(text: str) -> str:
    m = _COUNTED_ZH.search(text.strip())
    if m is None:
        return text
    items = [i.strip() for i in re.split(r"[，,、]", m.group("list")) if i.strip()]
    kind = m.group("x").strip()
    if len(items) != _ZH_NUMBERS[m.group("n")] or not all(
            i.startswith("一" + m.group("m")) and (kind[-1] in i or i.endswith("的")) for i in items):
        return text
    return text.strip()[: m.start()] + "，".join(i + kind if i.endswith("的") else i for i in items)


def as_count_listed(text: str) -> str:
    """`text` with a count followed by its items said as the items alone; as typed otherwise."""
    m = _COUNTED.match(text.strip())
    if m is None:
        return _zh_listed(text)
    kind = singular(m.group("kind").lower())
    items = [i.strip() for i in _ITEM_SPLIT.split(m.group("list")) if i.strip()]
    if len(items) != _NUMBERS[m.group("n").lower()] or not all(_names(item, kind) for item in items):
        return text
    if re.match(r"\s+[a-z]+ing\s", m.group("where") or "") and any(re.match(r"the\s", i, _I) for i in items):
        return text  # "two figures standing in the snow, the figure on the left …": each one's own rules
    said = [re.sub(r"\bone\b", kind, item, count=1, flags=_I) for item in items]
    said = [s if re.match(r"(?:a|an|the|one)\s", s, _I) else f"a {s}" for s in said]
    where = f",{m.group('where')}" if m.group("where") else ""
    return f"{m.group('lead') or 'draw '}{', '.join(said[:-1])} and {said[-1]}{where}{m.group('end') or ''}"


def _names(item: str, kind: str) -> bool:
    """Whether a list item is one of the kind counted, with something said of it ("a ginger one", "red balloon")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", item)]
    if "one" in words:
        return len([w for w in words if w not in ("a", "an", "the", "one")]) >= 1
    return kind in (singular(w) for w in words) and len(words) >= 2
