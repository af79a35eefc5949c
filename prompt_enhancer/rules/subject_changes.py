"""The changes a rule makes to the Scene's subjects (set a value, move, resize, add, give or change parts), each
recorded on the MessageEdit with the sentence that tells the person; the picture-wide ones are in picture_changes.
No patterns over commands."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.natural_parts import NATURAL_COLOURS
from dialog.prompt import part_words
from dialog.scene import Subject
from prompt_enhancer.rules.both_ways import note_place, note_value
from prompt_enhancer.rules.copies import more_of_the_kind
from prompt_enhancer.rules.ones_named import A_ROCK, ones_named
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.anchor_there import without_things_there
from prompt_enhancer.rules.lengths import is_long_thing, length_said, set_length, split_length
from prompt_enhancer.rules.grid_beside import on_the_grid
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.shade_said import DOING_AS_SAID, set_detail
from prompt_enhancer.rules.name_tail import split_tail
from prompt_enhancer.rules.said_again import said_again
from prompt_enhancer.rules.anchor_added import anchor_added
from prompt_enhancer.rules.thing_split import split_things
from prompt_enhancer.rules.drawn_alone import WORN_WORDS
from prompt_enhancer.rules.held_container import container_named
from prompt_enhancer.rules.parts import Thing, split_description
from prompt_enhancer.rules.part_counts import counted_part
from prompt_enhancer.rules.picture_changes import apply_global, has_global, strip_global
from dialog.plurals import singular
from prompt_enhancer.rules.phrase import GENERIC_THINGS, PRONOUNS_ALL, PRONOUNS_ONE, Phrase, clean_rest, parse_phrase
from prompt_enhancer.rules.places_renamed import rename_places
from prompt_enhancer.rules.shared_doing import shared_doing
from prompt_enhancer.rules.references import PartRef, name_matches, part_name, resolve

MAX_SUBJECTS = 16  # per scene: keeps the prompt and the Scene card bounded whatever is typed
MAX_PER_PHRASE = 4  # "draw 1000 cats" draws four: a count past MAX_EXACT is "many", and four stand for them
MAX_EXACT = 8  # "五个圆圈", "five stars", "8 dots": a count a person could check is drawn as said

_I = re.IGNORECASE
# Flat figures drawn as shapes are: one made a circle becomes the circle
_FIGURES = {"star", "heart", "diamond", "hexagon", "pentagon", "oval", "rectangle", "crescent", "arrow", "cross",
            "星星", "五角星", "星", "爱心", "心形", "菱形", "六边形", "五边形", "椭圆", "长方形", "箭头"}


def set_values(work: MessageEdit, subject: Subject, ph: Phrase, *, rename: str | None = None) -> list[tuple[str, str]]:
    """Apply a value phrase to one subject; the (kind, value) pairs it changed, for the reply."""
    changes: list[tuple[str, str]] = []
    for kind, value in ph.modifiers.items():
        if kind == "colour":
            note_value(work, subject.id, kind, value)
        if subject.attributes.get(kind) != value:
            subject.attributes[kind] = value
            changes.append((kind, value))
    if changes:
        work.touch(subject, EditKind.ATTRIBUTE)
    if ph.size and (note_value(work, subject.id, "size", ph.size) or subject.size != ph.size):
        subject.size = ph.size
        changes.append(("size", ph.size))
        work.touch(subject, EditKind.LAYOUT)
    shaped = bool(ph.shape) and not rename and bool(subject.name) and vocab.lookup(vocab.SHAPES, subject.name) is None \
        and subject.name.lower() not in _FIGURES  # a star made a circle is a circle, a plate made one a round plate
    if shaped and subject.attributes.get("shape") != ph.shape:  # "make the plate a square": a square plate
        subject.attributes["shape"] = ph.shape
        changes.append(("shape", ph.shape))
    rename = None if counted_part(work, subject, ph, rename) else rename  # "make it 6 candles": how many it has
    new_name = None if shaped else ph.shape or rename
    if new_name and new_name != subject.name:
        subject.name, old = new_name, subject.name
        rename_places(work.scene, subject, old)  # "a dog under the oak tree", the tree made a phone booth
        changes.append(("name", new_name))
        work.touch(subject, EditKind.ATTRIBUTE)
        if not ph.colour and _has_natural_colours(new_name):
            subject.attributes.pop("colour", None)  # a brown horse made a zebra: a zebra's own colours
    return changes


def _has_natural_colours(name: str) -> bool:
    said = re.sub(r"^(?:an?|one|the)\s+|^一[只头匹条个]", "", name.strip().lower())
    return said in NATURAL_COLOURS or singular(said) in NATURAL_COLOURS


def resize_subject(work: MessageEdit, subject: Subject, step: int) -> None:
    """One size step up or down; a subject already that size is only named ("already big")."""
    target = "big" if step > 0 else "small"
    note_value(work, subject.id, "size", target)
    name = reply.thing_name(subject, work.language)
    if subject.size == target:
        if subject.id not in work.changed:  # not when this message made it so ("too big, make it tiny")
            work.say("already", name=name, what=reply.value_words([("size", target)], work.language))
        work.scene.focus = subject.id
        return
    subject.size = target
    work.touch(subject, EditKind.LAYOUT)
    work.say("bigger" if step > 0 else "smaller", name=name)


def move_subject(work: MessageEdit, subject: Subject, position: str, said: str | None = None) -> None:
    """Move a subject; a relative position names its anchor, the reply says where in the person's language.

    A side said alone ("to the right", "右边") moves along that axis only and keeps the other: "shift it over to
    the right" from the top left ends at the top right; a place the dialog manager chose is not kept ("to the
    left" of a chosen bottom is the left, as with no place). `said`: the text the position was read from."""
    target = named = _resolve_relative(work, anchor_added(work, position))  # "under a cherry tree": a tree too
    current = None if "position" in subject.chosen else subject.position
    beside = position not in vocab.GRID_CELLS and target in vocab.GRID_CELLS  # "above the square": that cell
    if said is not None and not beside and target in ("left", "right", "top", "bottom") and not _CENTRE_WORDS.search(
            said):
        col, row = vocab.GRID_CELLS.get(current or "center", (1, 1))
        if current is not None and current not in vocab.GRID_CELLS:
            col, row = 1, 1  # "next to the cat": no cell to keep
        to_col, to_row = vocab.GRID_CELLS[target]
        cell = (to_col, row) if target in ("left", "right") else (col, to_row)
        target = vocab.grid_position(*cell)
    note_place(work, subject.id, named, subject.position, target)
    subject.position = target
    work.touch(subject, EditKind.LAYOUT)
    where = reply.where(named, work.language)
    if work.language == "en" and named in vocab.POSITIONS:
        where = "to the " + named
    work.say("moved", name=reply.thing_name(subject, work.language), where=where)


_CENTRE_WORDS = re.compile(r"\b(?:middle|center|centre|central)\b|中间|正中|中央|中心|中部", _I)


def _resolve_relative(work: MessageEdit, position: str) -> str:
    """"next to it" -> "next to the cat": a pronoun inside a position would lose its meaning in the prompt; a side
    of a thing in a cell of the picture is the next cell ("above the house" of a house in the middle: "top")."""
    focus = work.focus()
    if focus is not None:
        name = reply.thing_name(focus, "zh" if vocab.has_cjk(position) else "en")
        position = re.sub(r"\b(?:it|him|her)$", lambda _: f"the {name}", position, flags=_I)  # names may hold \\
        position = re.sub(r"^它|^(?=(?:旁边|边上|附近|后面|前面|对面)$)", lambda _: name, position)  # 在旁边: its
    return on_the_grid(work.scene, position)  # "above the house" of a house in the middle: the top


def _describe_change(work: MessageEdit, subject_before: str, changes: list[tuple[str, str]]) -> None:
    """The reply for set_values' changes: "Turned the circle into …" for a new name, else "Made …"."""
    plain = [(k, v) for k, v in changes if k != "name"]
    renamed = [v for k, v in changes if k == "name"]
    if renamed:
        fake = Subject(id="", name=renamed[0], attributes={k: v for k, v in plain if k != "size"},
                       size=next((v for k, v in plain if k == "size"), None))
        work.say("turned", name=subject_before, what=reply.subject_phrase(fake, work.language))
    elif plain:
        work.say("changed", name=subject_before, what=reply.made_words(plain, work.language))


def add_subjects(work: MessageEdit, text: str, *, announce: str) -> bool:
    """Create the things a phrase describes, with their parts ("a girl holding a red umbrella") and the things they
    are placed at ("a cat on a sofa"); global parts (background, style, look, place, time) go to the scene."""
    text = _ONE_COLOUR_EACH.sub(_one_colour_each, text)  # 一红一蓝两个三角形: a red one and a blue one
    text, one_each = _BIG_AND_SMALL.sub("", text), bool(_BIG_AND_SMALL.search(text))  # 一大一小两个圆: big, small
    ph_all = parse_phrase(text)
    body = ("" if _MEASURE_ONLY.fullmatch(strip_global(text)) else strip_global(text)) if has_global(ph_all) else text
    things = without_things_there(work, split_description(body)) if announce == "added" else split_description(body)
    in_sky = None  # which of the things said is in the sky, counted over all of them
    beside = bool(work.scene.subjects) and not work.new_scene  # "a hawk in the sky" added to the cacti: the hawk's
    if ph_all.place == "in the sky" and (beside or sum(len(split_things(t.text)) for t in things) > 1):
        # "a house and a sun in the sky": the sky is where the sun is, not the whole picture's place; "a bird in
        # the sky and a house": the bird's
        ph_all.place = None
        said = split_things(text)
        in_sky = next((i for i, piece in enumerate(said) if _SKY_SAID.search(piece)), len(said) - 1)
        if in_sky >= sum(len(split_things(t.text)) for t in things):
            in_sky = None
            things[-1].placed = things[-1].placed or "in the sky"
    elif ph_all.place and beside and announce == "added" and things and _a_place(work.scene.background) and \
            ph_all.place != work.scene.background:
        # "put an old man waving at the bus stop" on a street: where he stands, the street stays the setting
        place, ph_all.place = ph_all.place, None
        things[-1].placed = things[-1].placed or (place if place.split()[0] in ("in", "on", "at", "by", "under")
                                                  else f"at the {place}")
    apply_global(work, ph_all)
    added: list[Subject] = []
    count = 0
    for thing in things:
        pieces = ones_named(split_things(thing.text))
        shared = shared_doing(thing, pieces)  # "a cat and a dog sitting on a couch": both sit there
        for index, piece in enumerate(pieces):
            new = _add_thing(work, piece, thing if index == len(pieces) - 1 else shared, like=announce == "added")
            if count == in_sky:
                for subject in new:
                    subject.position = subject.position or "in the sky"
            count += 1
            added += new
    if not added:
        return has_global(ph_all) or any(key == "too_many" for key, _ in work.replies)
    if one_each and len(added) == 2:
        added[0].size, added[1].size = "big", "small"
    # "a cat on a sofa": "it" is then the cat, not the sofa it was placed on
    placed = [s for s in added if not any(_placed_at(other, s) for other in added)]
    if placed and work.scene.subject(placed[-1].id) is not None:
        work.scene.focus = placed[-1].id
    if announce == "added":
        for subject in added:
            if subject.position:
                work.say("added_at", what=reply.subject_phrase(subject, work.language),
                         where=reply.where(subject.position, work.language))
            else:
                work.say("added", what=reply.subject_phrase(subject, work.language))
    return True


_MEASURE_ONLY = re.compile(r"\s*(?:再|一)?\s*[个只张幅块]?\s*")  # left of "再加个海底的背景": no 个 added
_ONE_COLOUR_EACH = re.compile(r"一(?P<a>[红橙黄绿青蓝紫粉黑白灰棕金银])色?一(?P<b>[红橙黄绿青蓝紫粉黑白灰棕金银])色?的?"
                              r"(?:[两二]\s*(?P<m>[个只条棵朵辆艘匹座张块颗位把]))?")


def _one_colour_each(m: re.Match[str]) -> str:
    """一红一蓝两个X said as 一个红色的和一个蓝色的X: each colour is one of the things."""
    measure = m.group("m") or "个"
    return f"一{measure}{m.group('a')}色的和一{measure}{m.group('b')}色的"


_BIG_AND_SMALL = re.compile(r"一大一小(?:的)?|(?<![\w'-])one\s+big\s+(?:and\s+)?one\s+small(?![\w'-])", _I)
_SKY_SAID = re.compile(r"(?<![\w'-])(?:in|into|across|through|up\s+in)\s+the\s+sky(?![\w'-])|天上|天空|空中", _I)
def _a_place(background: str | None) -> bool:
    """Whether the picture's background is a place (a street, 雪地), not a colour or none."""
    return bool(background) and vocab.lookup(vocab.COLOURS, background) is None


def _placed_at(subject: Subject, anchor: Subject) -> bool:
    """Whether `subject` was placed at `anchor` ("on the sofa"), not at a place of the picture."""
    where, name = (subject.position or "").lower(), anchor.name.lower().strip()
    return subject is not anchor and bool(name) and where not in vocab.POSITIONS and name in where


def _add_thing(work: MessageEdit, text: str, thing: Thing | None, *, like: bool = False) -> list[Subject]:
    """The subjects one thing of a description adds (several for "two red circles"); a pronoun phrase ("it on
    the left") edits what it names instead. With `like`, a thing said without a name ("add another one",
    "再加一个蓝色的") is another of the subject in focus."""
    ph = parse_phrase(text, global_parts=False)
    generic, ones = ph.rest.lower() in GENERIC_THINGS, like and ph.rest.lower() == "ones"  # "two more blue ones"
    name = ph.shape or ("" if generic or ones else ph.rest)
    if not name and not generic and ph.material and (ph.indefinite or vocab.has_cjk(text)) and (
            not ph.colour or A_ROCK.search(text)):  # "一块灰色的大石头": a grey rock, not a grey stone shape
        said = re.findall(r"[A-Za-z]+", clean_rest(text)) or [  # "a rock", "a big rock", 石头: the thing made of it
            f for f in vocab.MATERIALS[ph.material].zh if len(f) > 1 and f in text]
        if said:
            name, ph.material = said[-1], None
    if ph.count > 1 and name and not ph.shape:
        name = singular(name)  # "two cats": two subjects, each a cat
    copied: Subject | None = None
    if like and not name and not generic and (ph.indefinite or work.also or ones) and work.focus() is not None:
        copied = work.focus()
        name = copied.name
    elif like and name and not ph.modifiers:
        copied = more_of_the_kind(work.scene, name, text)
        name = copied.name if copied else name
    if not (name or generic or ph.has_subject_values()):
        return []
    if ph.rest.lower() in PRONOUNS_ONE | PRONOUNS_ALL and not ph.shape:
        for subject in resolve(work, ph.rest) or []:
            before = reply.thing_name(subject, work.language)
            _describe_change(work, before, set_values(work, subject, ph))
            if ph.position:
                move_subject(work, subject, ph.position, said=text)
        return []
    name, detail, placed = _mixed_name(name)
    if not detail:
        name, detail = _zh_described(name)
    if not detail and not ph.shape:  # "scooter parked outside a bakery": a scooter, and where it is
        name, tail, where = split_tail(name)
        placed, detail = (placed or tail, "") if where and not ph.position else (placed, tail)
    if not ph.shape:  # "a boy and his dog", "她的猫": a new thing is named without whose it is
        name = re.sub(r"^(?:(?:his|her|its|their|my|our|your)\s+|(?:他的|她的|它的|他们的|她们的|我的))(?=\S)", "",
                      name, flags=re.IGNORECASE) or name
    parts: dict[str, dict[str, str]] = {}
    position = ph.position or placed
    for relation, said in (thing.parts if thing else []):
        part, values, where = read_part(said, relation)
        if part:
            parts[part] = values
            position = position or where  # "a girl with an umbrella on the left": the girl is on the left
    if position is None and thing is not None and thing.placed:
        position = thing.placed
    again = said_again(work, text, ph, name)
    if again is not None:  # "…白花瓶里 花瓶放在桌上": the vase said, now where it stands
        again.position = _resolve_relative(work, position) if position else again.position
        again.parts.update({k: dict(v) for k, v in parts.items() if k not in again.parts})
        return [again]
    added, where = [], _resolve_relative(work, position) if position else None  # "three tulips beside it": the same it
    for _ in range(max(ph.count, 1) if ph.count <= MAX_EXACT else MAX_PER_PHRASE):
        if len(work.scene.subjects) >= MAX_SUBJECTS:
            if not any(key == "too_many" for key, _ in work.replies):
                work.say("too_many", limit=str(MAX_SUBJECTS))
            break
        attributes = ph.modifiers
        if copied is not None:  # "another one": the same thing, unless other values are said
            attributes = {**copied.attributes, **attributes} if not ph.modifiers else attributes
            parts = parts or {k: dict(v) for k, v in copied.parts.items()}
        if thing is not None and thing.pose and "pose" not in attributes:
            attributes["pose"] = thing.pose
        if (ph.shape and ph.rest) or detail:
            attributes["detail"] = ph.rest if ph.shape and ph.rest else detail
        if thing is not None and thing.shows:  # "a clock showing 3:30"
            attributes["detail"] = ", ".join(filter(None, (attributes.get("detail"), thing.shows)))
        size = ph.size or {1: "big", -1: "small"}.get(ph.resize)  # "画一个大一点的方块": a big one
        subject = Subject(id=work.scene.next_subject_id(), name=name, attributes=attributes, position=where, size=size,
                          parts={k: dict(v) for k, v in parts.items()})
        work.scene.subjects.append(subject)
        work.touch(subject, EditKind.ADD)
        added.append(subject)
    return added


_SCRIPT_RUN = re.compile(r"[\u3400-\u9fff]+|[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)*")
_EN_PREPOSITION = re.compile(r"^(?:on|in|at|by|near|under|beside|behind|next\s+to|in\s+front\s+of|inside|above|"
                             r"below|against|over)\s", re.IGNORECASE)


def _is_noun_run(run: str) -> bool:
    if vocab.lookup(vocab.NOUNS, run) or vocab.lookup(vocab.NOUNS, singular(run)) or vocab.lookup(vocab.SHAPES, run):
        return True
    return vocab.has_cjk(run) and any(run.endswith(f) for t in vocab.NOUNS.values() for f in t.zh)


def _mixed_name(name: str) -> tuple[str, str, str | None]:
    """A name said half in Chinese, half in English ("猫 on the sofa", "可爱的 kitten", "fluffy 白猫"): the one known
    noun is the name; a phrase after a preposition is where it is, the other words a detail. Any other name is
    kept as said (name, "", None)."""
    if not (vocab.has_cjk(name) and re.search(r"[A-Za-z]", name)):
        return name, "", None
    runs = [r.strip() for r in _SCRIPT_RUN.findall(name) if r.strip()]
    heads = [r for r in runs if not _EN_PREPOSITION.match(r + " ") and not r.endswith("的") and _is_noun_run(r)]
    if len(heads) != 1:
        return name, "", None
    placed = next((r for r in runs if _EN_PREPOSITION.match(r + " ") and " " in r), None)
    detail = " ".join(re.sub(r"的$", "", r) for r in runs if r not in (heads[0], placed))
    return heads[0], detail.strip(), placed


def _zh_described(name: str) -> tuple[str, str]:
    """胖胖的猫, 可爱的小女孩: words said with 的 before a known noun (any, after 热腾腾) are its detail."""
    if not vocab.has_cjk(name) or "的" not in name:
        return name, ""
    head, _, noun = name.rpartition("的")
    noun = noun.strip()
    if not (0 < len(noun) <= 4 and head.strip() and (_is_noun_run(noun) or re.search(r"(.)(?!\1)(.)\2$", head))):
        return name, ""
    return noun, "、".join(w.strip() for w in head.split("的") if w.strip()) + "的"


def read_part(text: str, relation: str | None = None) -> tuple[str, dict[str, str], str | None]:
    """One part as said ("a red umbrella", "一顶黄色的帽子"): its name, its attributes with the relation, and a
    position said with it (which is its subject's)."""
    ph = parse_phrase(text, global_parts=False)
    values = dict(ph.modifiers)
    name, length = split_length(container_named(text, ph.shape or part_name(ph.rest), values))  # "long hair": long
    values.update({k: v for k, v in (("length", length), ("size", ph.size),
                                     ("count", str(ph.count) if ph.count > 1 else "")) if v})
    values["relation"] = relation or default_relation(name)
    if ph.position == "top" and re.search(r"(?<![\w'-])on\s+top\s*$", text, _I):
        return name, {**values, "relation": "with"} if values["relation"] == "holding" else values, None  # an egg
    return name, values, ph.position


def default_relation(name: str) -> str:
    """How a part goes with its subject when nobody said: a hat is worn, a beard had, an umbrella held."""
    term = vocab.lookup(vocab.NOUNS, name) or vocab.lookup(vocab.NOUNS, singular(name))
    core = re.sub(r"\s+with\s.*$", "", name.lower())  # "a t-shirt with a cat on it": a t-shirt, worn
    head = core.split()[-1] if core.split() else ""  # "round glasses" are glasses, worn
    words = {name.lower(), singular(name.lower()), head, singular(head)} | ({term.key, *term.forms} if term else set())
    if words & WORN_WORDS:
        return "wearing"
    if words & {w.lower() for w in vocab.HAD}:
        return "with"
    return "holding" if not vocab.has_cjk(name) or term else "with"


def add_parts(work: MessageEdit, owners: list[Subject], items: list[tuple[str | None, str]]) -> bool:
    """Give subjects parts ("give him a beard", "给她戴一顶帽子"); what each already has of that name is updated."""
    given = []
    for owner in owners:
        for relation, said in items:
            name, values, _ = read_part(said, relation)
            if not name:
                continue
            if len(owners) > 1:
                name = singular(name)  # "give them hats": a hat each
            key = next((k for k in owner.parts if name_matches(k, name)), name)
            if owner.parts.get(key) == values:
                continue
            same = [k for k, v in owner.parts.items() if k != key and v.get("relation") == values.get("relation")]
            if len(same) == 1 and values.get("relation") and re.search(r"\binstead\b(?!\s+of\b)", work.clause, re.I):
                del owner.parts[same[0]]  # "he should hold a book instead": the book in place of the cup held
            owner.parts[key] = {**owner.parts.get(key, {}), **values}
            work.touch(owner, EditKind.ATTRIBUTE)
            given.append((owner, key))
    work.given = [(owner.id, key) for owner, key in given]
    for owner, key in given:
        work.say("gave", name=reply.thing_name(owner, work.language),
                 what=part_words(key, owner.parts[key], work.language))
    return bool(given)


def set_part_values(work: MessageEdit, refs: list[PartRef], ph: Phrase, rename: str | None = None,
                    detail: str = "") -> None:
    """A value phrase applied to parts ("make the umbrella red"): their colour, material, size or name."""
    length_refs = [r for r in refs if is_long_thing(split_length(r.name)[0])]
    length = length_said(ph.resize, detail) if length_refs else None
    if length and not (ph.modifiers or ph.size or rename):  # "make her hair shorter": its length, not its size
        set_length(work, length_refs, length)
        refs = [r for r in refs if r not in length_refs]
    shaped, rename = (rename, None) if rename and vocab.lookup(vocab.SHAPES, rename) else (None, rename)  # round
    for ref in refs:
        owner = ref.subject
        key = ref.name
        part = dict(owner.parts.get(key) or {"relation": default_relation(key)})
        said = {**ph.modifiers, **({"shape": shaped} if shaped else {})}  # "make the hat round": a round hat
        changes = [(kind, value) for kind, value in said.items() if part.get(kind) != value]
        for kind, value in changes:
            part[kind] = value
        size = ph.size or ({1: "big", -1: "small"}.get(ph.resize) if ph.resize else None)
        if size and part.get("size") != size:
            part["size"] = size
            changes.append(("size", size))
        if detail and part.get("detail") != (detail := DOING_AS_SAID.get(detail.lower(), detail)):  # "…glow"
            part["detail"] = detail
            changes.append(("detail", detail))
        new_key = rename if rename and not name_matches(key, rename) else key
        if not changes and new_key == key and not ref.exists:
            continue  # "make her dress" with nothing to make it: no empty part
        if not changes and new_key == key and ref.exists:
            said = [(k, v) for k, v in (*ph.modifiers.items(), ("size", size)) if v]
            if said:
                work.say("already", name=reply.thing_name(Subject("", key), work.language),
                         what=reply.value_words(said, work.language))
            work.scene.focus = owner.id
            continue
        owner.parts = {(new_key if k == key else k): v for k, v in owner.parts.items()}
        owner.parts[new_key] = part
        work.touch(owner, EditKind.ATTRIBUTE)
        shown = reply.thing_name(Subject("", key), work.language)
        if new_key != key:
            work.say("turned", name=shown, what=reply.subject_phrase(Subject("", new_key, {
                k: v for k, v in part.items() if k not in ("relation", "size")}), work.language))
        elif changes:
            work.say("changed", name=shown, what=reply.made_words(changes, work.language))


def remove_parts(work: MessageEdit, refs: list[PartRef]) -> None:
    """Take parts off their subjects ("remove the umbrella"); the subjects stay."""
    for ref in refs:
        if ref.name in ref.subject.parts:
            del ref.subject.parts[ref.name]
            work.touch(ref.subject, EditKind.ATTRIBUTE)
            work.say("removed", name=reply.thing_name(Subject("", ref.name), work.language))


def read_value(value: str, *, named: bool = False) -> tuple[Phrase, str | None, str]:
    """A value phrase as (what it says, a new name, leftover free text). Said of a named subject ("make the cat
    black and white") black and white is the thing's colours; said of "it", the picture's."""
    ph = parse_phrase(value)
    if named and "black and white" in ph.looks and not ph.colour:
        ph.looks = [k for k in ph.looks if k != "black and white"]
        ph.colour = "black and white"
    rename, rest = None, ph.rest
    if rest and (ph.indefinite or vocab.lookup(vocab.NOUNS, rest)) and not ph.shape and not (
            re.search(r"\bone\s*[.!]*$", value, re.IGNORECASE) and not vocab.lookup(vocab.NOUNS, rest)):
        rename, rest = rest, ""  # not "a small shiny silver one": what the one there is to look like
    if rename and rename.endswith("形") and value.rstrip().endswith("的"):
        rename, rest = None, rename  # 改成心形的: heart-shaped, not made a heart
    if rest.lower() in PRONOUNS_ONE or rest.lower() in ("one", "ones"):  # "blue ones" of the balls just added
        rest = ""
    return ph, rename, rest


def apply_value(work: MessageEdit, targets: list[Subject], value: str, *, named: bool = False) -> bool:
    """A value phrase ("blue", "a triangle", "bigger", "on the left") applied to the targets; False when
    it holds no value, so the caller can try another reading."""
    ph, rename, rest = read_value(value, named=named)
    if not (ph.has_subject_values() or has_global(ph) or rename or rest):
        return False
    apply_global(work, ph)
    for subject in targets:
        before = reply.thing_name(subject, work.language)
        shaped = vocab.lookup(vocab.SHAPES, subject.name) or subject.name in _FIGURES  # a circle 改成心形的: a heart
        figure = rest if shaped and rest.endswith("形") else ""
        changes = set_values(work, subject, ph, rename=rename or figure or None)
        if rest and not figure:  # "make it darker": dark blue; "make it fluffy": a detail
            set_detail(work, subject, rest, changes)
        _describe_change(work, before, changes)
        if not changes and not (ph.resize or ph.position or has_global(ph)):
            said = [(k, v) for k, v in (*ph.modifiers.items(), ("size", ph.size)) if v]
            if said and subject.id not in work.changed:  # "too big, make it tiny": this message made it so
                work.say("already", name=before, what=reply.value_words(said, work.language))
        if ph.resize:
            resize_subject(work, subject, ph.resize)
        if ph.position:
            move_subject(work, subject, ph.position, said=value)
        work.scene.focus = subject.id
    return True
