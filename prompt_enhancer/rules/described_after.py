"""Describing words said as a clause of their own after a thing is drawn: "draw a cat, fluffy", "one croissant on
a white plate, very flaky", "a ballerina in a pink tutu, arms up". They say how the first thing this message drew
looks or holds itself (a colour or a size is set as one; the rest is kept as its detail); before, a thing called
"fluffy" or "arms up" was drawn. Read only when this message drew something, and only when every word describes:
a value, a describing word's ending (-y, -ful, -ous, …) or a short describing word everyone uses, or a body part
with how it is held.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.comma_adjectives import describing
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.subject_changes import set_values

_I = re.IGNORECASE
_DEGREE = re.compile(r"^(?:(?:very|so|really|super|quite|extra|kinda|pretty|a\s+(?:bit|little))\s+)+", _I)
_SHORT = set("cute old young tall short fat thin round soft sad calm wild shy proud brave wet dry plump chubby "
             "slim skinny fierce gentle warm cold bright dark pale shiny fluffy tiny huge sleek smooth rough "
             "matte glossy polished brushed satin".split())
_BODY = re.compile(r"^(?:(?:with\s+)?(?:his|her|its|their)\s+)?(?:arms?|hands?|legs?|head|eyes|wings?|tail|ears?|"
                   r"paws?)\s+(?:up|down|out|raised|crossed|folded|open|closed|spread|outstretched|tilted|lowered|"
                   r"behind\s+(?:his|her|its|their)\s+back|on\s+(?:his|her|its|their)\s+hips)\b[\w\s]*$", _I)
_TAIL = re.compile(r"\s+(?:please|pls|plz|too|as\s+well)$", _I)
# 慈祥一点的, 很可爱的样子, 特别威风的那种: a describing word with a degree or "a bit" around it
# (倍儿精神的那种, 要很可爱的那种, 胖胖的那种, 毛茸茸的: the kind, or a word said twice, is a describing word too)
# (很 cute 的那种, 要 minimal 一点: an English describing word said the same way)
_LOOKS_ZH = re.compile(r"(?:就是|就)?(?:要)?(?P<d>很|非常|特别|超级?|挺|有点|比较|倍儿|贼|巨|十分|蛮|"
                       r"老(?=好看|漂亮|可爱|帅|美|精神))?"
                       r"\s*"
                       r"(?P<a>[\u4e00-\u9fff]{2,3}?|[A-Za-z]{3,12})\s*"
                       r"(?P<more>一点|一些|点儿)?了?(?P<de>的)?(?P<kind>样子|那种|感觉)?")


def _named_zh(said: str) -> bool:
    """A thing, a place, a pose or a verb of a request: not a describing word."""
    ph = parse_phrase(said)
    return bool(ph.shape or ph.pose or ph.position or ph.style or ph.looks or ph.times or ph.place or ph.background
                or vocab.lookup(vocab.NOUNS, said) or re.search(r"[画加放把给在有是要改换移去删]", said))


def described_after_clause(work: MessageEdit, body: str) -> bool:
    """"…, fluffy", "…, very flaky", "…, arms up": how the first thing this message drew looks, not a new thing."""
    subjects = [work.scene.subject(i) for i in work.added if work.scene.subject(i) is not None]
    if not subjects:
        return False
    text = _TAIL.sub("", body.strip().rstrip(".!")).strip()
    subject = subjects[0]
    looks = _LOOKS_ZH.fullmatch(text)
    doubled = looks is not None and not looks.group("a").isascii() and (
        looks.group("a")[0] == looks.group("a")[1] or looks.group("a")[-1] == looks.group("a")[-2])  # 胖胖的, 毛茸茸的
    if looks and looks.group("a").isascii() and not (looks.group("d") or looks.group("more")):
        looks = None  # an English word alone is read by the English rules below
    if looks and (looks.group("d") or looks.group("more") or (looks.group("de") and looks.group("kind")) or doubled) \
            and not _named_zh(looks.group("a")):
        said = parse_phrase(looks.group("a"))  # "画个老奶奶 慈祥一点的": how she looks, not a thing
        set_values(work, subject, said)
        if clean_rest(said.rest) and clean_rest(said.rest) not in looks.group("a")[:1]:  # 大大的: big, no more
            _add_detail(subject.attributes, clean_rest(said.rest))
        return True
    if not text or re.search(r"[^\x00-\x7f]", text):
        return False
    if _BODY.match(text):
        _add_detail(subject.attributes, text)
        return True
    words = [w for w in re.split(r"\s*,\s*|\s+and\s+|\s+", _DEGREE.sub("", text)) if w]
    if not words or not all(w.lower() in _SHORT or describing(w) for w in words):
        return False
    said = parse_phrase(text)
    if said.shape or said.pose or said.position or said.style or said.looks or said.times or said.place \
            or said.background:
        return False  # "realistic", "moody": the picture's, read by the rules after
    rest = clean_rest(said.rest)
    set_values(work, subject, said)
    if rest:
        _add_detail(subject.attributes, _DEGREE.sub("", rest))
    return True


def _add_detail(attributes: dict[str, str], detail: str) -> None:
    attributes["detail"] = ", ".join(filter(None, (attributes.get("detail"), detail)))
