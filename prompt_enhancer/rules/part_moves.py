"""A part a subject wears or holds, put somewhere else: "put the hat on the table" (the man takes it off, and the
hat lies on a table), "hang his coat on the chair", "give the hat to the dog", "把帽子放在桌子上". The part leaves its
subject and is drawn where it was put, keeping its colour; put on another subject there, it becomes that one's.
Never a second hat beside the worn one.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase, parse_position
from prompt_enhancer.rules.references import PartRef, resolve, resolve_parts
from prompt_enhancer.rules.setting_phrase import parse_place
from prompt_enhancer.rules.subject_changes import add_parts, add_subjects, remove_parts

_I = re.IGNORECASE

_PUT_EN = re.compile(r"^(?:put|place|move|set|lay|leave|hang|drop|toss|throw|stick)\s+"
                     r"(?P<part>(?:the|his|her|its|their)\s+"
                     r"[\w\s'-]+?)\s+(?P<prep>on top of|onto|on|in|inside|under|next to|beside|by|near|to|over)\s+"
                     r"(?P<where>.+)$"
                     r"|^(?:give|hand|pass)\s+(?P<part2>(?:the|his|her|its|their)\s+[\w\s'-]+?)\s+to\s+(?P<where2>.+)$",
                     _I)
_PUT_ZH = re.compile(r"^(?:把|将)(?P<part>[^放挂摆搁丢扔]+?)(?:放|挂|摆|搁|丢|扔)(?:在|到)(?P<where>.+?)"
                     r"(?P<loc>上面|上|里面|里|下面|下|旁边|边上)?(?:去|吧|了)?$")


def _the_part(work: MessageEdit, said: str) -> PartRef | None:
    """The one part the words name that some subject already has ("the hat" the man wears)."""
    refs = resolve_parts(work, said)
    if not refs or len(refs) != 1 or not refs[0].exists:
        return None
    if resolve(work, said):  # "put the cat on the sofa": a subject of its own, moved by the move rules
        return None
    return refs[0]


def move_part_clause(work: MessageEdit, body: str) -> bool:
    """"put the hat on the table", "give his hat to the dog", "把帽子放在桌子上": a part worn or held put elsewhere."""
    if not work.scene.subjects:
        return False
    m = _PUT_EN.match(body)
    zh = None if m else _PUT_ZH.match(body)
    if not (m or zh):
        return False
    part_said = (m.group("part") or m.group("part2")) if m else zh.group("part")
    where = (m.group("where") or m.group("where2")) if m else zh.group("where")
    prep = (m.group("prep") or "to").lower() if m else (zh.group("loc") or "上")
    if parse_position(where)[0] and not clean_rest(parse_position(where)[1]):
        return False  # "put the hat on the left": where on the picture, not on a thing
    ref = _the_part(work, part_said)
    if ref is None:
        return False
    values = {k: v for k, v in ref.subject.parts[ref.name].items() if k not in ("relation",)}
    owners = resolve(work, where)
    if owners and len(owners) == 1 and owners[0] is not ref.subject:  # "give the hat to the dog": the dog's now
        remove_parts(work, [ref])
        words = " ".join([*(v for k, v in values.items() if k == "colour"), ref.name])
        return add_parts(work, owners, [(None, words)]) or True
    if owners:
        return False
    place, rest = parse_place(where, bare=True)
    thing = clean_rest(parse_phrase(where, global_parts=False).rest)
    if not thing and not place:
        return False
    remove_parts(work, [ref])
    colour = values.get("colour")
    if m:
        said_where = re.sub(r"^(?:the|a|an)\s+", "", where.strip(), flags=_I)
        article = "the" if re.match(r"^(?:floor|ground|grass|sand|snow|wall)$", said_where, _I) else "a"
        text = f"a {colour + ' ' if colour else ''}{ref.name} {prep} {article} {said_where}"
    else:
        text = f"一个{colour or ''}{ref.name}在{where}{zh.group('loc') or '上'}"
    return add_subjects(work, text, announce="added")


# "replace the umbrella with a balloon", "swap the umbrella for a flower", "把伞换成一束花", "she should hold a
# balloon instead" (of the umbrella she holds): a part taken off and another given in its place, the same way (held,
# worn); the old part's colour is not the new one's.
_REPLACE_EN = re.compile(r"^(?:replace|swap|switch|exchange|trade|change)\s+(?P<old>(?:the|his|her|its|their)\s+"
                         r"[\w\s'-]+?)\s+(?:with|for|to|into)\s+(?P<new>(?:a|an|some|one|two|\d+)\s+.+)$", _I)
_REPLACE_ZH = re.compile(r"^(?:把|将)(?P<old>[^换改变]+?)(?:换成|改成|变成)"
                         r"(?P<new>[一两二三四五几\d]\s*[个只条把束朵顶副件双根支].+)$")


def replace_part_clause(work: MessageEdit, body: str) -> bool:
    """A part a subject has, replaced by a new thing: the new one goes with the subject as the old one did."""
    if not work.scene.subjects:
        return False
    m = _REPLACE_EN.match(body) or _REPLACE_ZH.match(body)
    if not m:
        return False
    ref = _the_part(work, m.group("old"))
    if ref is None:
        return False
    new = parse_phrase(m.group("new"), global_parts=False)
    if not (new.shape or clean_rest(new.rest)):
        return False  # "change the umbrella to red": a value, read by the attribute rules
    relation = ref.subject.parts[ref.name].get("relation")
    remove_parts(work, [ref])
    return add_parts(work, [ref.subject], [(relation, m.group("new"))]) or True
