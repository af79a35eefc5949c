"""The changes a rule makes to the Scene (set a value, move, resize, add, remove, background, style, place,
time, notes), each recorded on the MessageEdit with the sentence that tells the person. No patterns over commands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.scene import Scene, Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import (
    GENERIC_THINGS,
    PRONOUNS_ALL,
    PRONOUNS_ONE,
    Phrase,
    clean_rest,
    parse_background,
    parse_phrase,
    parse_place,
    parse_style,
    parse_times,
    split_things,
)
from prompt_enhancer.rules.references import resolve

MAX_SUBJECTS = 16  # per scene: keeps the prompt and the Scene card bounded whatever is typed
MAX_PER_PHRASE = 4  # "draw 1000 cats" draws four

_I = re.IGNORECASE


def set_values(work: MessageEdit, subject: Subject, ph: Phrase, *, rename: str | None = None) -> list[tuple[str, str]]:
    """Apply a value phrase to one subject; the (kind, value) pairs it changed, for the reply."""
    changes: list[tuple[str, str]] = []
    for kind, value in ph.modifiers.items():
        if subject.attributes.get(kind) != value:
            subject.attributes[kind] = value
            changes.append((kind, value))
    if changes:
        work.touch(subject, EditKind.ATTRIBUTE)
    if ph.size and subject.size != ph.size:
        subject.size = ph.size
        changes.append(("size", ph.size))
        work.touch(subject, EditKind.LAYOUT)
    new_name = ph.shape or rename
    if new_name and new_name != subject.name:
        subject.name = new_name
        changes.append(("name", new_name))
        work.touch(subject, EditKind.ATTRIBUTE)
    return changes


def resize_subject(work: MessageEdit, subject: Subject, step: int) -> None:
    """One size step up or down; a subject already that size is only named ("already big")."""
    target = "big" if step > 0 else "small"
    name = reply.thing_name(subject, work.language)
    if subject.size == target:
        work.say("already", name=name, what=reply.value_words([("size", target)], work.language))
        work.scene.focus = subject.id
        return
    subject.size = target
    work.touch(subject, EditKind.LAYOUT)
    work.say("bigger" if step > 0 else "smaller", name=name)


def move_subject(work: MessageEdit, subject: Subject, position: str) -> None:
    """Move a subject; a relative position names its anchor, the reply says where in the person's language."""
    subject.position = _resolve_relative(work, position)
    work.touch(subject, EditKind.LAYOUT)
    where = reply.where(subject.position, work.language)
    if work.language == "en" and subject.position in vocab.POSITIONS:
        where = "to the " + subject.position
    work.say("moved", name=reply.thing_name(subject, work.language), where=where)


def _resolve_relative(work: MessageEdit, position: str) -> str:
    """"next to it" -> "next to the cat": a pronoun inside a position would lose its meaning in the prompt."""
    focus = work.focus()
    if focus is None:
        return position
    name = reply.thing_name(focus, "zh" if vocab.has_cjk(position) else "en")
    # Replacements are functions: a name is user text and may hold backslashes.
    position = re.sub(r"\b(?:it|him|her)$", lambda _: f"the {name}", position, flags=_I)
    return re.sub(r"^它", lambda _: name, position)


def _describe_change(work: MessageEdit, subject_before: str, changes: list[tuple[str, str]]) -> None:
    """The reply for set_values' changes: "Turned the circle into …" for a new name, else "Made …"."""
    plain = [(k, v) for k, v in changes if k != "name"]
    renamed = [v for k, v in changes if k == "name"]
    if renamed:
        fake = Subject(id="", name=renamed[0], attributes={k: v for k, v in plain if k != "size"},
                       size=next((v for k, v in plain if k == "size"), None))
        work.say("turned", name=subject_before, what=reply.subject_phrase(fake, work.language))
    elif plain:
        work.say("changed", name=subject_before, what=reply.value_words(plain, work.language))


def add_subjects(work: MessageEdit, text: str, *, announce: str) -> bool:
    """Create the things a phrase describes; global parts (background, style) apply to the scene."""
    ph_all = parse_phrase(text)
    if ph_all.background:
        set_background(work, ph_all.background)
    if ph_all.style:
        set_style(work, ph_all.style)
    set_settings(work, ph_all.place, ph_all.times)
    body = text
    if ph_all.background or ph_all.style or ph_all.place or ph_all.times:
        body = strip_global(text)
    added: list[Subject] = []
    for part in split_things(body):
        ph = parse_phrase(part, global_parts=False)
        generic = ph.rest.lower() in GENERIC_THINGS
        name = ph.shape or ("" if generic else ph.rest)
        if not (name or generic or ph.has_subject_values()):
            continue
        if ph.rest.lower() in PRONOUNS_ONE | PRONOUNS_ALL and not ph.shape:
            targets = resolve(work, ph.rest)
            for subject in targets or []:
                before = reply.thing_name(subject, work.language)
                _describe_change(work, before, set_values(work, subject, ph))
                if ph.position:
                    move_subject(work, subject, ph.position)
            continue
        for _ in range(min(max(ph.count, 1), MAX_PER_PHRASE)):
            if len(work.scene.subjects) >= MAX_SUBJECTS:
                work.say("too_many", limit=str(MAX_SUBJECTS))
                break
            attributes = ph.modifiers
            if ph.shape and ph.rest:
                attributes["detail"] = ph.rest
            subject = Subject(id=work.scene.next_subject_id(), name=name, attributes=attributes,
                              position=_resolve_relative(work, ph.position) if ph.position else None, size=ph.size)
            work.scene.subjects.append(subject)
            work.touch(subject, EditKind.ADD)
            added.append(subject)
    if not added:
        return bool(ph_all.background or ph_all.style or ph_all.place or ph_all.times)
    if announce == "added":
        for subject in added:
            if subject.position:
                work.say("added_at", what=reply.subject_phrase(subject, work.language),
                         where=reply.where(subject.position, work.language))
            else:
                work.say("added", what=reply.subject_phrase(subject, work.language))
    return True


def strip_global(text: str) -> str:
    """The text without its background, style, place and time phrases (already applied to the scene)."""
    _, text = parse_background(text)
    _, text = parse_style(text)
    _, text = parse_place(text)
    _, text = parse_times(text)
    return text


def set_settings(work: MessageEdit, place: str | None, times: Sequence[str]) -> None:
    """Apply the place and times read from one phrase, each as its own change."""
    if place:
        set_place(work, place)
    for key in times:
        _set_time(work, key)


def set_place(work: MessageEdit, place: str | None) -> None:
    """A place lives in Scene.background under its PLACES key, so it replaces a colour background (and back)."""
    if place == work.scene.background:
        return
    before = work.scene.background
    work.scene.background = place
    work.kinds.append(EditKind.BACKGROUND)
    if place is None:
        work.say("no_place", what=reply.place_words(before or "", work.language))
    else:
        work.say("place", what=reply.place_words(place, work.language))


def _set_time(work: MessageEdit, key: str) -> None:
    """A time of day, weather or season: replaces the one of its kind ("day" after "night"), keeps the others."""
    value = vocab.with_time(work.scene.time, key)
    if value == work.scene.time:
        return
    work.scene.time = value
    work.kinds.append(EditKind.BACKGROUND)
    work.say("time", what=reply.time_words(key, work.language))


def unset_time(work: MessageEdit, key: str) -> None:
    """Take one time, weather or season out of the Scene; the others stay."""
    keys = [k for k in vocab.time_keys(work.scene.time) if k != key]
    work.scene.time = ", ".join(keys) or None
    work.kinds.append(EditKind.BACKGROUND)
    work.say("no_time", what=reply.time_words(key, work.language))


def set_background(work: MessageEdit, value: str | None) -> None:
    """Set (or, with None, clear) the background; setting what is there already says nothing."""
    if value == work.scene.background:
        return
    work.scene.background = value
    work.kinds.append(EditKind.BACKGROUND)
    if value is None:
        work.say("no_background")
    else:
        work.say("background", what=reply.background_words(value, work.language))


def set_style(work: MessageEdit, value: str | None) -> None:
    """Set (or, with None, clear) the style; setting what is there already says nothing."""
    if value == work.scene.style:
        return
    work.scene.style = value
    work.kinds.append(EditKind.STYLE)
    if value is None:
        work.say("no_style")
    else:
        work.say("style", what=reply.style_words(value, work.language))


def remove_subjects(work: MessageEdit, subjects: list[Subject]) -> None:
    """Take subjects out; the focus moves to the last one left, so "it" still means something."""
    for subject in subjects:
        work.scene.subjects = [s for s in work.scene.subjects if s.id != subject.id]
        if subject.id not in work.changed:
            work.changed.append(subject.id)
        work.kinds.append(EditKind.REMOVE)
        work.say("removed", name=reply.thing_name(subject, work.language))
    if work.scene.focus not in {s.id for s in work.scene.subjects}:
        work.scene.focus = work.scene.subjects[-1].id if work.scene.subjects else None


def avoid(work: MessageEdit, thing: str) -> None:
    """Add a thing to the negative prompt (once); the reply confirms it either way."""
    thing = clean_rest(thing)
    if not thing:
        return
    if thing not in work.scene.avoid:
        work.scene.avoid.append(thing)
        work.kinds.append(EditKind.STYLE)
    work.say("avoid", thing=thing)


def add_note(work: MessageEdit, clause: str) -> None:
    """Keep a clause no rule understood on the Scene, so nothing a person said is dropped."""
    text = clause.strip()
    if not text:
        return
    if text not in work.scene.notes:
        work.scene.notes.append(text)
        work.kinds.append(EditKind.STYLE)
    work.say("note", text=text)


def start_new_scene(work: MessageEdit) -> None:
    """A draw verb starts a new picture; a background or style set before the first subject stays."""
    if work.new_scene:
        return
    if work.scene.subjects:
        work.scene = Scene(language=work.language)
    work.new_scene = True


def apply_value(work: MessageEdit, targets: list[Subject], value: str) -> bool:
    """A value phrase ("blue", "a triangle", "bigger", "on the left") applied to the targets; False when
    it holds no value, so the caller can try another reading."""
    ph = parse_phrase(value)
    rename = None
    rest = ph.rest
    if rest and (ph.indefinite or vocab.lookup(vocab.NOUNS, rest)) and not ph.shape:
        rename, rest = rest, ""
    if rest.lower() in PRONOUNS_ONE:
        rest = ""
    if not (ph.has_subject_values() or ph.style or ph.background or ph.place or ph.times or rename or rest):
        return False
    if ph.style:
        set_style(work, ph.style)
    if ph.background:
        set_background(work, ph.background)
    set_settings(work, ph.place, ph.times)
    for subject in targets:
        before = reply.thing_name(subject, work.language)
        changes = set_values(work, subject, ph, rename=rename)
        if rest:
            detail = subject.attributes.get("detail")
            if detail != rest:
                subject.attributes["detail"] = rest
                changes.append(("detail", rest))
                work.touch(subject, EditKind.ATTRIBUTE)
        _describe_change(work, before, changes)
        if not changes and not (ph.resize or ph.position or ph.style or ph.background or ph.place or ph.times):
            said = [(k, v) for k, v in (*ph.modifiers.items(), ("size", ph.size)) if v]
            if said:
                work.say("already", name=before, what=reply.value_words(said, work.language))
        if ph.resize:
            resize_subject(work, subject, ph.resize)
        if ph.position:
            move_subject(work, subject, ph.position)
        work.scene.focus = subject.id
    return True
