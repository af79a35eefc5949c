"""One message that asks for a thing two opposite ways ("bigger but also smaller at the same time", "at the top
and also at the bottom", "red but keep it blue"): nothing is changed and the person is asked which.

The handlers note each value they set on a subject; a message that took something back ("red, no, blue") is a
correction and never asks.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import RESIZE_RE, Phrase, parse_phrase
from prompt_enhancer.rules.references import resolve

_I = re.IGNORECASE
# What joins a size and its opposite said of one thing at once: "bigger but also smaller at the same time".
_JOINED = re.compile(r"\b(?:and|but|also|yet|too|as\s+well|at\s+the\s+same\s+time|both)\b|[,，\s]|又|同时|还|也|而且",
                     _I)
# A message that changes its mind ("red... never mind. blue", "红色 不对 蓝色"): its last word holds, not asked about.
_CHANGED_MIND = re.compile(r"\b(?:never\s*mind|nvm|scratch\s+that|i\s+mean|actually|instead|wait|rather|on\s+second"
                           r"\s+thought|or)\b|算了|不对|还是|或者", _I)
# "completely red and completely blue at the same time", "red but fully blue, with no red at all": two colours for
# the whole of one thing at once (not "red and blue", a thing of two colours)
_UNDECIDED = re.compile(r"\b(?:i\s+(?:dont|don'?t|do\s+not)\s+know|idk|dunno|i\s+can'?t\s+decide)\b"
                        r"|不知道|拿不定|说不好", _I)
_AT_ONCE = re.compile(r"\b(?:(?:at\s+)?the\s+same\s+time|same\s+time|simultaneously|at\s+once)\b|同时|同一时间", _I)
# "make it huge but also tiny": two sizes at once ("a big hat but also a small scarf" are two things)
_BUT_ALSO = re.compile(r"\bbut\s+also\s+(?!(?:an?|the|some|one|two|her|his|its)\b)", _I)
_WHOLLY = re.compile(r"\b(?:completely|complete|fully|entirely|totally|all|only)\b|完全|全部|全身", _I)
# "make it red but also not red??", "红色但是又不要红色": a colour and its refusal at once
_AND_NOT = re.compile(r"(?P<c>[a-z]+|[\u4e00-\u9fff]{1,2}色)[\s,，]*(?:(?:but|and|yet|also|但是?|又|而且|同时)\s*)+"
                      r"(?:at\s+the\s+same\s+time\s+)?(?:not|no|不要|不是|不能是)\s*(?P=c)\b", _I)
_NONE_OF = re.compile(r"\bno\s+(?P<c>\w+)(?:\s+at\s+all)?|(?:一点|完全)?(?:没有|不要)(?P<c_zh>\w{1,2})色", _I)
_COLOUR_SPLIT = re.compile(r"\b(?:and|but|also|yet|with)\b|[,，]|又|而且|同时|但是?", _I)
# "把它变得又大又小", "既大又小": both sizes said with 又
_BOTH_SIZES_ZH = re.compile(r"[又既](?:变|变得)?(?P<a>[大小])[一点些]*[又也](?:变|变得)?(?P<b>[大小])")
_VERB = re.compile(r"^.*?\b(?:make|get|turn|have)\s+|^.*?(?:把|将|让)", _I)


def note_value(work: MessageEdit, subject_id: str, kind: str, value: str) -> None:
    """Remember that this message set `kind` of a subject to `value` ("size" "big", "colour" "red", "row" "0")."""
    work.values_set.append((subject_id, kind, value))


def note_place(work: MessageEdit, subject_id: str, named: str, before: str | None, after: str) -> None:
    """Remember the way a move went on each axis it named or changed: "to the top" is the top row, wherever the
    thing already was; "up, and over to the left" is the top row, then the left column, not two places."""
    cell, was = vocab.GRID_CELLS.get(after), vocab.GRID_CELLS.get(before or "")
    if cell is None:
        return
    one_side = named in ("left", "right", "top", "bottom")
    for axis, index, sides in (("col", 0, ("left", "right")), ("row", 1, ("top", "bottom"))):
        if named in sides or (not one_side and (was is None or was[index] != cell[index])):
            note_value(work, subject_id, axis, str(cell[index]))


_NOT = "not "  # a colour noted as refused: "not red"
_SIDES = {("col", "0"): "left", ("col", "2"): "right", ("row", "0"): "top", ("row", "2"): "bottom"}


def _opposite(kind: str, first: str, second: str) -> bool:
    if kind == "size":
        return first != second
    if kind == "colour":  # "red" then "dark red": the same colour said closer, not another one
        return second == _NOT + first or (first not in second and second not in first)
    return abs(int(first) - int(second)) == 2  # the top and the bottom; the middle is only a step


def both_ways(work: MessageEdit, said: str) -> str | None:
    """The question to ask when one subject was set two opposite ways in message `said`; None when it was not."""
    refused = any(value.startswith(_NOT) for _, kind, value in work.values_set if kind == "colour")
    undecided = _UNDECIDED.search(said)  # "bigger... no smaller... i dont know": changed twice, then no answer
    if (work.corrected and not undecided) or (_CHANGED_MIND.search(said) and not refused and not undecided):
        return None  # "a red that's actually blue" asks still
    first: dict[tuple[str, str], str] = {}
    for subject_id, kind, value in work.values_set:
        earlier = first.setdefault((subject_id, kind), value)
        subject = work.scene.subject(subject_id)  # one added now is described, not changed twice
        if subject is None or subject_id in work.added or not _opposite(kind, earlier, value):
            continue
        words = [reply.where(_SIDES[kind, v], work.language) if kind in ("row", "col")
                 else _value_words(kind, v, work.language) for v in (earlier, value)]
        return reply.say("ask_both_ways", work.language, name=reply.thing_name(subject, work.language),
                         first=words[0], second=words[1])
    # "put it in the top left and the bottom right at the same time": read as two clauses, one a move
    mover = next((work.scene.subject(i) for i, kind, _ in work.values_set if kind in ("row", "col")
                  and i not in work.added), None)
    if mover is None or not _AT_ONCE.search(said):
        return None
    places = _places([ph for _, ph in _pieces(said)])
    others = {s.name.lower() for s in work.scene.subjects if s.id != mover.id}
    if len(places) == 2 and not others & set(re.findall(r"[a-z]+", said.lower())):
        return reply.say("ask_both_ways", work.language, name=reply.thing_name(mover, work.language),
                         first=reply.where(places[0], work.language), second=reply.where(places[1], work.language))
    return None


def _value_words(kind: str, value: str, language: str) -> str:
    """A value as the question says it; "not red" (a colour refused in the same breath) too."""
    if value.startswith(_NOT):
        return ("不是" if language == "zh" else "not ") + reply.value_words([(kind, value[len(_NOT):])], language)
    return reply.value_words([(kind, value)], language)


def _pieces(said: str) -> list[tuple[str, Phrase]]:
    """The pieces of a message said "at the same time", each with its reading."""
    pieces = [piece for piece in _COLOUR_SPLIT.split(_AT_ONCE.sub(" ", said)) if piece and piece.strip()]
    return [(piece, parse_phrase(piece)) for piece in pieces]


def _places(phrases: list[Phrase]) -> list[str]:
    return list(dict.fromkeys(ph.position for ph in phrases if ph.position in vocab.GRID_CELLS))


def _targets(work: MessageEdit, before: str) -> list[Subject]:
    """The things named before the values ("make the square …", "把它变得…"); the one in focus when only "it"."""
    said = re.sub(r"\s+(?:both|all)$|(?:变得|变成|弄得|弄成|变|得|的)$", "", _VERB.sub("", before).strip(),
                  flags=_I).strip()
    if said.lower() in ("it", "him", "her", "them", "它", "他", "她"):
        said = ""
    targets = resolve(work, said) if said else None
    return targets or ([work.focus()] if work.focus() is not None and not said else [])


def both_colours_clause(work: MessageEdit, body: str) -> bool:
    """"make the square completely red and completely blue at the same time", "red but also fully blue, with no red
    at all": two colours, each for the whole thing, noted to be asked about."""
    refused = _AND_NOT.search(body)
    if refused and parse_phrase(refused.group("c")).colour and work.focus() is not None:
        colour = parse_phrase(refused.group("c")).colour
        targets = _targets(work, body[: refused.start()])
        for subject in targets:
            note_value(work, subject.id, "colour", colour)
            note_value(work, subject.id, "colour", _NOT + colour)
        return bool(targets)
    none_of = _NONE_OF.search(body)
    if not (_AT_ONCE.search(body) or len(_WHOLLY.findall(body)) >= 2 or none_of):
        return False
    pieces = [piece for piece in _COLOUR_SPLIT.split(body) if piece and piece.strip()]
    phrases = [parse_phrase(piece) for piece in pieces]
    colours = [ph.colour for ph in phrases if ph.colour]
    if not colours:
        return False
    piece, colour = next((p, ph.colour) for p, ph in zip(pieces, phrases, strict=True) if ph.colour)
    at = piece.lower().find(colour.split()[-1])
    before = piece[:at] if at > 0 else ""
    if none_of:
        refused = parse_phrase(none_of.group("c") or none_of.group("c_zh") + "色").colour
        if refused not in colours:
            return False
    colours = list(dict.fromkeys(colours))
    if len(colours) != 2 or (" and " in colours[0] or " and " in colours[1]):
        return False
    targets = _targets(work, _WHOLLY.sub("", before))
    for subject in targets:
        for colour in colours:
            note_value(work, subject.id, "colour", colour)
    return bool(targets)


def both_sizes_clause(work: MessageEdit, body: str) -> bool:
    """"make it bigger but also smaller at the same time", "把它变大又变小": both sizes noted, to be asked about."""
    zh = _BOTH_SIZES_ZH.search(body)
    if zh and zh.group("a") != zh.group("b"):
        targets = _targets(work, body[: zh.start()])
        for subject in targets:
            for size in (zh.group("a"), zh.group("b")):
                note_value(work, subject.id, "size", "big" if size == "大" else "small")
        return bool(targets)
    if (_AT_ONCE.search(body) or _BUT_ALSO.search(body)) and _both_said(work, _BUT_ALSO.sub("and ", body)):
        return True  # "make it big and small at the same time", "top left and bottom right at the same time"
    found = list(RESIZE_RE.finditer(body))
    ups = [m for m in found if m.group("up") or m.group("up_zh")]
    downs = [m for m in found if m.group("down") or m.group("down_zh")]
    if not ups or not downs:
        return False
    first, second = sorted((ups[0], downs[0]), key=lambda m: m.start())
    if _JOINED.sub("", body[first.end():second.start()]).strip():
        return False  # "make him taller and her shorter": two things; "bigger, no, smaller": a change of mind
    targets = _targets(work, body[: first.start()])
    for subject in targets:
        for m in (first, second):
            note_value(work, subject.id, "size", "big" if m.group("up") or m.group("up_zh") else "small")
    return bool(targets)


def _both_said(work: MessageEdit, body: str) -> bool:
    """Two sizes or two places said for one thing "at the same time": both noted, so the person is asked."""
    read = _pieces(body)
    pieces, phrases = [piece for piece, _ in read], [ph for _, ph in read]
    sizes = list(dict.fromkeys(ph.size for ph in phrases if ph.size))
    places = _places(phrases)
    if len(sizes) != 2 and len(places) != 2:
        return False
    first = next(i for i, ph in enumerate(phrases) if ph.size or ph.position)
    said = pieces[first]
    value = phrases[first].size or phrases[first].position or ""
    at = said.lower().find(value.split()[0]) if value else -1
    targets = _targets(work, re.sub(r"\s+(?:in|at|on|to)(?:\s+the)?\s*$", "", said[:at] if at > 0 else "", flags=_I))
    for subject in targets:
        for size in sizes if len(sizes) == 2 else ():
            note_value(work, subject.id, "size", size)
        for place in places if len(places) == 2 else ():
            cell = vocab.GRID_CELLS[place]
            note_value(work, subject.id, "col", str(cell[0]))
            note_value(work, subject.id, "row", str(cell[1]))
    return bool(targets)
