"""A thing something is put at, already in the picture: "加个球在狗旁边" of a dog drawn puts the ball beside that
dog; Chinese has no "the" to say so, and the description rules drew a second dog.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.parts import Thing
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase


def without_things_there(work: MessageEdit, things: list[Thing]) -> list[Thing]:
    """The things to add, less a bare name another one is placed at or acts on that names one thing already
    drawn."""
    for thing in things:
        _doing_to_one_there(work, thing)
    return [t for t in things if not _already_there(work, t, things)]


def _doing_to_one_there(work: MessageEdit, thing: Thing) -> None:
    """"add a boy building the sandcastle" of a sandcastle drawn: he builds that one (a doing naming it), not a
    second sandcastle of his own."""
    for relation, text in list(thing.parts):
        ph = parse_phrase(text, global_parts=False)
        name = clean_rest(ph.rest)
        if thing.pose or not re.fullmatch(r"[a-z]{2,}ing(?: with)?", relation or "") or ph.colour or ph.size \
                or not name or sum(name_matches(s.name, name) for s in work.scene.subjects) != 1:
            continue
        if re.search(rf"\b(?:the|his|her|its|their)\s+{re.escape(name)}\b", work.clause, _I) or \
                _it_done_to(work.clause):  # "the sandcastle", "it": the one there; "a sandcastle" may be another
            thing.parts.remove((relation, text))
            thing.pose = f"{relation} the {name}"


_I = re.IGNORECASE
_MORE_SAID = re.compile(r"\b(?:with|and|behind|on|in|at|near|under|by|beside|next|of|from)\b|,", _I)
_DOING_IT = re.compile(r"(?<=\s)(?P<verb>[a-z]{3,}ing(?:\s+(?:with|at|on|under|beside|behind|near|around|inside))?)"
                       r"\s+(?:it|him|her)\s*$", _I)


def _it_done_to(text: str) -> re.Match[str] | None:
    """"… building it" at the end, the doer alone before it ("a pine tree behind him with lanterns hanging on it":
    it is the tree)."""
    m = _DOING_IT.search(text)
    return None if m is None or _MORE_SAID.search(text[: m.start()]) else m


def done_to_it(work: MessageEdit, text: str) -> str:
    """"add two kids building it" of a snowman: "it" named, so they build the snowman (not two kids called "kids
    building it")."""
    m, focus = _it_done_to(text), work.focus()
    if not m or focus is None or not focus.name.strip() or not focus.name.isascii():
        return text
    return f"{text[: m.end('verb')]} the {focus.name}"


def _already_there(work: MessageEdit, thing: Thing, things: list[Thing]) -> bool:
    ph = parse_phrase(thing.text, global_parts=False)
    name = clean_rest(ph.rest) or (clean_rest(thing.text) if ph.shape else "")  # 在三角形下面: the triangle there
    if thing.parts or ph.indefinite or ph.colour or ph.size or not name:
        return False
    if not (thing.done_to or any(other is not thing and other.placed and name in other.placed for other in things)):
        return False  # "add a kraken attacking the ship": the ship drawn, not one more
    return sum(name_matches(s.name, name) for s in work.scene.subjects) == 1 or _part_of_one_there(work, name)


# 车筐, 车座 of a 自行车, 桌面 of a 桌子, 树枝 of a 树, 房顶 of a 房子: the owner's last character (before 子) and a
# part; where a thing is put on it, the part is the owner's, not one more thing (猫窝, 鱼缸, 花瓶 are things)
_ZH_PART_END = re.compile(r"^[\u4e00-\u9fff](?:筐|篮|座|座椅|顶|窗|把|把手|头|尾|面|角|腿|背|枝|枝头|干|梢|冠|檐|台|舱|"
                          r"斗|后座|架)$")


def _part_of_one_there(work: MessageEdit, name: str) -> bool:
    heads = {re.sub("子$", "", s.name)[-1:] for s in work.scene.subjects if vocab.has_cjk(s.name)}
    return bool(_ZH_PART_END.match(name)) and name[0] in heads and not any(s.name == name for s in work.scene.subjects)
