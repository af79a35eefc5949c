"""The enriched prompt: what the person left open, chosen by the dialog manager and recorded as chosen.

A model draws *something* for every detail a prompt leaves out, and a different something for each seed: "draw
a green square" may come back as a circle, or as nothing. The dialog manager chooses instead, from the loaded
model's words (`prompt_enhancer.profile`), deterministically from the scene's seed, and marks each choice in the
Scene (`Subject.chosen`, `Scene.chosen`): the choice is kept across turns like anything said, shown as chosen,
and dropped the moment the person says something else for it. Works on any enhancer's Scene, so the rule
enhancer and the LLM both get it; the LLM may choose details itself and mark them. Pure data: no torch.
"""

from __future__ import annotations

import random
import re

from dialog import vocabulary as vocab
from dialog.scene import Scene, Subject
from dialog.texts import say
from prompt_enhancer.profile import ModelProfile

# Names that say "a thing" without saying which ("something blue", "a blue one", 一个蓝色的东西).
GENERIC_NAMES = frozenset({"", "shape", "thing", "something", "object", "one", "figure", "item",
                           "图形", "东西", "形状", "物体", "个"})
SUBJECT_FIELDS = ("name", "size", "position")  # besides attribute kinds ("colour")
SCENE_FIELDS = ("background", "style", "time")
LIVING_MEASURE_WORDS = ("只", "条", "匹", "头")  # the measure words of animals (vocabulary.MEASURE_WORDS)


def subject_value(subject: Subject, slot: str) -> str | None:
    if slot in SUBJECT_FIELDS:
        return getattr(subject, slot) or None
    return subject.attributes.get(slot) or None


def scene_value(scene: Scene, slot: str) -> str | None:
    if slot.startswith("look:"):
        return slot[5:] if slot[5:] in scene.look else None
    return getattr(scene, slot, None) if slot in SCENE_FIELDS else None


def carry_chosen(before: Scene, after: Scene) -> Scene:
    """`after` with its chosen marks made true: a mark survives only while its value is the one chosen.

    The enhancer copies the old Scene (marks included) and changes what the person said; whatever it changed
    is the person's now ("make it bigger" of a chosen small one). A mark new this turn (an LLM that chose a
    detail) stands only for a value this turn set.
    """
    scene = after.copy()
    old = {s.id: s for s in before.subjects}
    for subject in scene.subjects:
        previous = old.get(subject.id) or Subject(id=subject.id, name="")
        subject.chosen = _true_marks(previous.chosen, subject.chosen,
                                     lambda c, s=subject: subject_value(s, c),
                                     lambda c, p=previous: subject_value(p, c))
    scene.chosen = _true_marks(before.chosen, after.chosen, lambda c: scene_value(scene, c),
                               lambda c: scene_value(before, c))
    return scene


def _true_marks(old_marks: list[str], new_marks: list[str], now, then) -> list[str]:
    keep = []
    for mark in dict.fromkeys(old_marks + new_marks):
        value = now(mark)
        if value and ((value == then(mark)) if mark in old_marks else (value != then(mark))):
            keep.append(mark)
    return keep


def enrich(scene: Scene, profile: ModelProfile, seed: int, before: Scene | None = None) -> Scene:
    """`scene` with what the model needs and the person left open filled in and marked chosen (a copy).

    `before` is the Scene of the picture being edited (None for a new picture): its subjects and its
    scene-wide fields are already drawn, so only what this turn adds is filled; the picture does not change
    where the person asked nothing.
    """
    scene = scene.copy()
    old_ids = {s.id for s in before.subjects} if before is not None else set()
    new_subjects = [s for s in scene.subjects if s.id not in old_ids]
    if profile.closed:
        reopened = _yield_to_what_was_said(scene, profile, seed)
        for subject in scene.subjects:
            if subject in new_subjects or subject.id in reopened:
                _fill_closed_subject(scene, subject, profile, seed)
        if before is None and "background" in profile.fill and not scene.background and scene.subjects:
            taken = {s.attributes.get("colour") for s in scene.subjects}
            options = [b for b in profile.backgrounds if b not in taken] or list(profile.backgrounds)
            if options:
                scene.background = _pick(options, seed, "scene", "background")
                scene.chosen.append("background")
    elif before is None and (scene.subjects or scene.background):
        _fill_open_scene(scene, profile, seed)
    return scene


def canonical_name(name: str) -> str | None:
    """The vocabulary key a subject's name says ("圆形" -> "circle"), None for a word the tables lack."""
    for table in (vocab.SHAPES, vocab.NOUNS):
        term = vocab.lookup(table, name)
        if term is not None:
            return term.key
    return None


def is_generic(name: str) -> bool:
    return name.strip().lower() in GENERIC_NAMES


def _pick(options: list[str] | tuple[str, ...], seed: int, owner: str, slot: str) -> str:
    """One option, the same for the same seed, subject and field whatever else the scene holds."""
    return random.Random(f"{seed}:{owner}:{slot}").choice(list(options))


def _fill_closed_subject(scene: Scene, subject: Subject, profile: ModelProfile, seed: int) -> None:
    fill = profile.fill
    key = canonical_name(subject.name)
    if key in profile.subjects:
        subject.name = key  # the model's own word, whichever language or synonym was said
    elif "name" in fill and is_generic(subject.name) and profile.subjects:
        subject.name = _pick(profile.subjects, seed, subject.id, "name")
        subject.chosen.append("name")
    others = [s for s in scene.subjects if s.id != subject.id]
    if "colour" in fill and not subject.attributes.get("colour") and profile.colours:
        options = [c for c in profile.colours if c != scene.background] or list(profile.colours)
        subject.attributes["colour"] = _pick(options, seed, subject.id, "colour")
        subject.chosen.append("colour")
    if "position" in fill and not subject.position and profile.positions:
        taken = {s.position for s in others if s.position}
        free = [p for p in profile.positions if p not in taken] or list(profile.positions)
        apart = [p for p in free if not any(_neighbours(p, t) for t in taken)] or free
        subject.position = _pick(apart, seed, subject.id, "position")
        subject.chosen.append("position")
    if "size" in fill and not subject.size and profile.sizes:
        # Two big things side by side would run into each other: next to a big one, the smallest size.
        crowded = any(s.size == profile.sizes[-1] and s.position and subject.position
                      and _neighbours(s.position, subject.position) for s in others)
        preferred = profile.prefer.get("size")
        subject.size = profile.sizes[0] if crowded else (
            preferred if preferred in profile.sizes else _pick(profile.sizes, seed, subject.id, "size"))
        subject.chosen.append("size")


# "next to it", "beside the circle", "在圆形旁边": a place relative to another subject, which a model that knows
# only the grid's places draws in a free cell touching that subject's.
NEAR = re.compile(r"\b(?:next to|beside|near|by|close to|alongside)\b|旁边|边上|附近|旁", re.IGNORECASE)


def _yield_to_what_was_said(scene: Scene, profile: ModelProfile, seed: int) -> set[str]:
    """Chosen places and sizes give way to said ones: a choice must not put two things in one cell, nor two big
    things side by side. Runs on every turn, so a choice made earlier moves when the person later puts something
    where it was; a relative place ("next to the circle") becomes a free cell beside what it names. Returns the
    ids of subjects whose place is open again."""
    said = {s.position for s in scene.subjects if s.position and "position" not in s.chosen}
    reopened = set()
    for subject in scene.subjects:
        if "position" in subject.chosen and subject.position in said:
            subject.position = None
            subject.chosen.remove("position")
            reopened.add(subject.id)
        if subject.position and subject.position not in profile.positions and NEAR.search(subject.position):
            anchors = [o for o in scene.subjects if o.id != subject.id and o.position in vocab.GRID_CELLS
                       and _names_in(o, subject.position)] or [o for o in scene.subjects if o.id != subject.id
                                                               and o.position in vocab.GRID_CELLS]
            taken = {o.position for o in scene.subjects if o.id != subject.id}
            near = [p for p in profile.positions if p not in taken and anchors
                    and any(_neighbours(p, a.position) for a in anchors)]
            if near:
                subject.position = _pick(near, seed, subject.id, "near")
                subject.chosen.append("position")
    big = profile.sizes[-1] if profile.sizes else None
    for subject in scene.subjects:
        if "size" in subject.chosen and subject.size == big and any(
                o.id != subject.id and o.size == big and o.position and subject.position
                and _neighbours(o.position, subject.position) for o in scene.subjects):
            subject.size = profile.sizes[0]
    return reopened


def _names_in(subject: Subject, text: str) -> bool:
    """Whether `text` names `subject`, in either language ("next to the circle", "圆形旁边")."""
    text = text.lower()
    key = canonical_name(subject.name) or subject.name
    table = vocab.SHAPES if vocab.lookup(vocab.SHAPES, key) else vocab.NOUNS
    term = vocab.lookup(table, key)
    forms = term.forms if term else (subject.name,)
    return any(form.lower() in text for form in forms if form)


def _neighbours(a: str, b: str) -> bool:
    """Whether two places of the 3 x 3 composition grid touch (share an edge or a corner)."""
    if a not in vocab.GRID_CELLS or b not in vocab.GRID_CELLS:
        return False
    (ax, ay), (bx, by) = vocab.GRID_CELLS[a], vocab.GRID_CELLS[b]
    return max(abs(ax - bx), abs(ay - by)) <= 1


def _fill_open_scene(scene: Scene, profile: ModelProfile, seed: int) -> None:
    """A real model's prompt details: a fitting style, then one look per kind the person left open."""
    if "style" in profile.fill and not scene.style and profile.styles:
        options = profile.styles.get("living" if any(map(_is_living, scene.subjects)) else "other")
        if options:
            scene.style = _pick(options, seed, "scene", "style")
            scene.chosen.append("style")
    if "look" in profile.fill:
        said_kinds = {vocab.look_kind(look) for look in scene.look}
        for kind, options in profile.looks.items():
            if options and vocab.look_kind(options[0]) not in said_kinds:
                look = _pick(options, seed, "scene", f"look:{kind}")
                scene.look.append(look)
                scene.chosen.append(f"look:{look}")


def _is_living(subject: Subject) -> bool:
    key = canonical_name(subject.name) or subject.name.strip().lower()
    words = key.split()
    if any(w in vocab.PERSON_WORDS + vocab.MALE_WORDS + vocab.FEMALE_WORDS for w in words):
        return True
    return vocab.MEASURE_WORDS.get(key) in LIVING_MEASURE_WORDS


def drop_one_chosen_detail(scene: Scene) -> Scene | None:
    """The Scene with its last chosen look (or else its chosen style) taken out, None when there is none: a
    prompt over the text encoders' token budget sheds chosen details before anything the person said."""
    looks = [c for c in scene.chosen if c.startswith("look:")]
    if not looks and "style" not in scene.chosen:
        return None
    scene = scene.copy()
    if looks:
        scene.look = [look for look in scene.look if look != looks[-1][5:]]
        scene.chosen.remove(looks[-1])
    else:
        scene.style = None
        scene.chosen.remove("style")
    return scene


def chosen_words(before: Scene, after: Scene, lang: str) -> str:
    """What the dialog manager chose this turn, for the reply: "size small, place bottom, background gray"."""
    old = {s.id: set(s.chosen) for s in before.subjects}
    words = []
    for subject in after.subjects:
        for field in subject.chosen:
            if field not in old.get(subject.id, set()):
                value = subject.attributes.get(field) if field not in ("name", "size", "position") else getattr(
                    subject, field)
                words.append(_chosen_value(field, value or "", lang))
    for field in after.chosen:
        if field not in before.chosen:
            kind, _, look = field.partition(":")
            words.append(_chosen_value(kind, look or getattr(after, kind, None) or "", lang))
    return ("，" if lang == "zh" else ", ").join(words)


def _chosen_value(field: str, value: str, lang: str) -> str:
    table = {"name": vocab.SHAPES, "size": vocab.SIZES, "position": vocab.POSITIONS, "style": vocab.STYLES,
             "look": vocab.LOOKS}.get(field)
    shown = vocab.translate(table, value, lang) if table else vocab.colour_word(value, lang)
    label = say(f"enrich.field.{field}", lang) if field in ENRICH_FIELDS else field
    return f"{label}{'：' if lang == 'zh' else ' '}{shown}"


ENRICH_FIELDS = ("name", "colour", "size", "position", "background", "style", "look")
