"""The rule-based enhancer: deterministic English / Chinese (and mixed) patterns that edit the Scene.

It is the offline default and the LLM's safety net, so it must never raise on any text and never drop what a
person said: a clause no rule understands becomes a note on the Scene, and the reply says so. One message may
hold several clauses ("make it blue, then add a square on the left"); each is read in order against the Scene
as the previous clauses left it. No torch, no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialog import vocabulary as vocab
from dialog.decision import Action, Decision, EditKind, Exchange
from dialog.message import detect_language, session_command
from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from prompt_enhancer import rules_reply as reply
from prompt_enhancer.rules_phrase import (
    GENERIC_THINGS,
    PRONOUNS_ALL,
    PRONOUNS_ONE,
    Phrase,
    background_value,
    RESIZE_RE,
    clean_rest,
    parse_background,
    parse_phrase,
    parse_place,
    parse_position,
    parse_setting,
    parse_style,
    parse_times,
    split_things,
)

from toyworld.spec import POSITIONS as GRID

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_SUBJECTS = 16  # per scene: keeps the prompt and the Scene card bounded whatever is typed
MAX_PER_PHRASE = 4  # "draw 1000 cats" draws four

# When one message makes several kinds of change, the decision reports the one that needs the freest
# re-render, so the consistency layer never holds the picture too close for what was asked.
_KIND_PRIORITY = (EditKind.NEW, EditKind.LAYOUT, EditKind.ADD, EditKind.REMOVE, EditKind.STYLE,
                  EditKind.BACKGROUND, EditKind.ATTRIBUTE)

# Sentences a "Drew ..." reply does not already say.
_KEPT_WHEN_DRAWING = {"note", "too_many", "avoid", "not_there", "removed_note"}

_I = re.IGNORECASE
_CLAUSE_SPLIT = re.compile(
    r"[.;!?\n。；！？]+(?:\s+|$)|[;\n。；！？]+|,\s*(?:and\s+)?then\s+|\s+and\s+then\s+|\s+then\s+|"
    r"(?:，|,)\s*|(?:然后|接着|之后|并且|同时|而且)",
    _I,
)
_VERB_AFTER_AND = re.compile(
    r"\s+and\s+(?=(?:make|turn|paint|colou?r|change|set|add|put|place|insert|remove|delete|erase|move|shift|"
    r"draw|give|use|switch|get rid of|take)\b)",
    _I,
)
_POLITE = re.compile(
    r"^(?:(?:please|pls|can you|could you|would you|will you|i want you to|i'd like you to|i would like you to|"
    r"let's|lets|let us|"
    r"now|ok|okay|then|and|so|just|also|oh|hmm|well|请你|请|帮我|麻烦你|麻烦|能不能|能否|可以|你能|你可以|然后|接着|"
    r"现在|好的|嗯)(?:[\s,，]+|(?<=[\u4e00-\u9fff])))+",
    _I,
)
_ALSO = re.compile(r"\b(?:also|too|as well|another|one more|a second|additionally)\b|^(?:再|也|还|另)", _I)


@dataclass
class _Work:
    """One message's edit in progress."""

    scene: Scene
    language: str
    started_empty: bool
    new_scene: bool = False
    kinds: list[EditKind] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    replies: list[tuple[str, str]] = field(default_factory=list)  # (template key, sentence)
    chat_replies: list[str] = field(default_factory=list)
    last: str = ""  # the last clause's handler, for "remove the ball, and the circle"
    also: bool = False  # the clause says "also" / "too" / 再: a draw verb adds instead of starting over

    def touch(self, subject: Subject, kind: EditKind) -> None:
        if subject.id not in self.changed:
            self.changed.append(subject.id)
        self.kinds.append(kind)
        if self.scene.subject(subject.id) is not None:
            self.scene.focus = subject.id

    def say(self, key: str, **values: str) -> None:
        self.replies.append((key, reply.say(key, self.language, **values)))

    def focus(self) -> Subject | None:
        s = self.scene.subject(self.scene.focus) if self.scene.focus else None
        return s or (self.scene.subjects[-1] if self.scene.subjects else None)


class RuleEnhancer:
    """Deterministic bilingual rules; see the module docstring."""

    name = "rules"

    def decide(
        self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Image | None = None
    ) -> Decision:
        """Read one message against the Scene. Never raises on any text; never edits the Scene passed in."""
        text = message if isinstance(message, str) else ""
        language = detect_language(text, default=scene.language if scene.language in ("en", "zh") else "en")
        work = _Work(scene=scene.copy(), language=language, started_empty=not scene.subjects)
        for clause in _clauses(text):
            _read_clause(work, clause)
        if image is not None:
            work.chat_replies.append(reply.say("no_image", language))
        return _decision(scene, work)


def _clauses(text: str) -> list[str]:
    text = _VERB_AFTER_AND.sub(" ; ", text)
    return [c.strip() for c in _CLAUSE_SPLIT.split(text) if c and c.strip()]


def _read_clause(work: _Work, clause: str) -> None:
    body = _POLITE.sub("", clause).strip().rstrip("?？!！.。")
    if not body:
        return
    work.also = bool(_ALSO.search(clause))
    for handler in _HANDLERS:
        if handler(work, body):
            work.last = handler.__name__
            return
    _note(work, clause)
    work.last = "_note"


def _decision(before: Scene, work: _Work) -> Decision:
    after = work.scene
    changed = _content(before) != _content(after)
    if changed:
        after.language = work.language
    if changed and (work.new_scene or before.is_empty()):
        # A new picture is announced once, as the prompt states it; only what that sentence cannot say stays.
        said = [text for key, text in work.replies if key in _KEPT_WHEN_DRAWING]
        replies = [reply.say("drew", work.language, what=reply.picture_words(render_prompt(after, work.language),
                                                                               work.language))] + said
    else:
        replies = [text for _, text in work.replies]
    replies += work.chat_replies
    if not changed:
        if not replies:
            replies = [reply.say("question", work.language)]
        return Decision(Action.CHAT, reply.join(replies, work.language), before.copy(), EditKind.NEW, (), "rules")
    if work.new_scene or before.is_empty():
        return Decision(Action.DRAW, reply.join(replies, work.language), after, EditKind.NEW,
                        tuple(s.id for s in after.subjects), "rules")
    kind = next(k for k in _KIND_PRIORITY if k in work.kinds) if work.kinds else EditKind.STYLE
    return Decision(Action.EDIT, reply.join(replies, work.language), after, kind, tuple(work.changed), "rules")


def _content(scene: Scene) -> dict:
    """What is drawn: the Scene without dialog state (focus) or the prompt language."""
    data = scene.to_dict()
    data.pop("focus", None)
    data.pop("language", None)
    return data


# ---------------------------------------------------------------------------------------------- references


def _resolve(work: _Work, text: str) -> list[Subject] | None:
    """The existing subjects a phrase refers to ("it", "the red circle", "猫", "them"), or None if it names none.

    An indefinite phrase ("a circle", "一个圆形") names a new thing, never an existing one.
    """
    subjects = work.scene.subjects
    raw = re.sub(r"(?:the\s+)?(?:colou?r|size|material|shape|position)\s+of\s+|'s\s+colou?r|的?(?:颜色|大小|材质|位置)",
                 " ", text, flags=_I)
    raw = re.sub(r"\b(?:its)\s+(?:colou?r|size|material)\b", "it", raw, flags=_I)
    key = clean_rest(raw).lower()
    key = re.sub(r"^(?:把|将|让|使)", "", key)
    if not subjects:
        return None
    if key in PRONOUNS_ALL or re.fullmatch(r"(?:all|both|every|each)(?:\s+\w+)*|(?:所有|全部|两个)的?\S*|\S*都", key):
        return list(subjects)
    if key in PRONOUNS_ONE or not key and not raw.strip():
        focus = work.focus()
        return [focus] if focus else None
    ph = parse_phrase(raw, global_parts=False)
    if ph.indefinite and not ph.definite:
        return None
    name = ph.rest.lower()
    if name in PRONOUNS_ONE:
        name = ""
    generic = name in GENERIC_THINGS or name in ("one", "ones", "things", "shapes", "objects", "个", "那个", "这个")
    if generic:
        name = ""
    if not (ph.shape or name or ph.colour or ph.size or ph.position or ph.material):
        focus = work.focus() if generic else None  # "the shape", "that thing"
        return [focus] if focus else None
    found = [s for s in subjects if _matches(s, ph, name)]
    if not found:
        return None
    plural = ph.count > 1 or (bool(re.search(r"(?:[a-z]s|们)$", name))
                              and not any(s.name.lower() == name for s in found))
    if plural:
        return found
    focus = work.focus()
    return [focus] if focus in found else [found[-1]]


def _matches(subject: Subject, ph: Phrase, name: str) -> bool:
    if ph.shape and vocab.lookup(vocab.SHAPES, subject.name) is not vocab.SHAPES[ph.shape]:
        return False
    if name and not _name_matches(subject.name, name):
        return False
    if ph.colour and subject.attributes.get("colour") != ph.colour:
        return False
    if ph.size and subject.size != ph.size:
        return False
    if ph.position and subject.position != ph.position:
        return False
    return not (ph.material and subject.attributes.get("material") != ph.material)


def _name_matches(name: str, said: str) -> bool:
    """'the cat' finds "fluffy cat", "猫" finds "cat", "balls" finds "ball"."""
    name, said = name.lower().strip(), said.lower().strip()
    if not name or not said:
        return False
    if name == said or said in name.split() or (vocab.has_cjk(said) and said in name):
        return True
    singular = re.sub(r"(?<=[a-z])(?:es|s)$", "", said)
    if singular and (singular == name or singular in name.split()):
        return True
    for table in (vocab.SHAPES, vocab.NOUNS):
        a, b = vocab.lookup(table, name), vocab.lookup(table, said) or vocab.lookup(table, singular)
        if a is not None and a is b:
            return True
    return False


# ---------------------------------------------------------------------------------------------- changes


def _set_values(work: _Work, subject: Subject, ph: Phrase, *, rename: str | None = None) -> list[tuple[str, str]]:
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


def _resize(work: _Work, subject: Subject, step: int) -> None:
    target = "big" if step > 0 else "small"
    name = reply.thing_name(subject, work.language)
    if subject.size == target:
        work.say("already", name=name, what=reply.value_words([("size", target)], work.language))
        work.scene.focus = subject.id
        return
    subject.size = target
    work.touch(subject, EditKind.LAYOUT)
    work.say("bigger" if step > 0 else "smaller", name=name)


def _move(work: _Work, subject: Subject, position: str) -> None:
    subject.position = _resolve_relative(work, position)
    work.touch(subject, EditKind.LAYOUT)
    where = reply.where(subject.position, work.language)
    if work.language == "en" and subject.position in vocab.POSITIONS:
        where = "to the " + subject.position
    work.say("moved", name=reply.thing_name(subject, work.language), where=where)


def _resolve_relative(work: _Work, position: str) -> str:
    """"next to it" -> "next to the cat": a pronoun inside a position would lose its meaning in the prompt."""
    focus = work.focus()
    if focus is None:
        return position
    name = reply.thing_name(focus, "zh" if vocab.has_cjk(position) else "en")
    # Replacements are functions: a name is user text and may hold backslashes.
    position = re.sub(r"\b(?:it|him|her)$", lambda _: f"the {name}", position, flags=_I)
    return re.sub(r"^它", lambda _: name, position)


def _describe_change(work: _Work, subject_before: str, changes: list[tuple[str, str]]) -> None:
    plain = [(k, v) for k, v in changes if k != "name"]
    renamed = [v for k, v in changes if k == "name"]
    if renamed:
        fake = Subject(id="", name=renamed[0], attributes={k: v for k, v in plain if k != "size"},
                       size=next((v for k, v in plain if k == "size"), None))
        work.say("turned", name=subject_before, what=reply.subject_phrase(fake, work.language))
    elif plain:
        work.say("changed", name=subject_before, what=reply.value_words(plain, work.language))


def _add_subjects(work: _Work, text: str, *, announce: str) -> bool:
    """Create the things a phrase describes; global parts (background, style) apply to the scene."""
    ph_all = parse_phrase(text)
    if ph_all.background:
        _set_background(work, ph_all.background)
    if ph_all.style:
        _set_style(work, ph_all.style)
    _set_settings(work, ph_all.place, ph_all.times)
    body = text
    if ph_all.background or ph_all.style or ph_all.place or ph_all.times:
        body = _strip_global(text)
    added: list[Subject] = []
    for part in split_things(body):
        ph = parse_phrase(part, global_parts=False)
        generic = ph.rest.lower() in GENERIC_THINGS
        name = ph.shape or ("" if generic else ph.rest)
        if not (name or generic or ph.has_subject_values()):
            continue
        if ph.rest.lower() in PRONOUNS_ONE | PRONOUNS_ALL and not ph.shape:
            targets = _resolve(work, ph.rest)
            for subject in targets or []:
                before = reply.thing_name(subject, work.language)
                _describe_change(work, before, _set_values(work, subject, ph))
                if ph.position:
                    _move(work, subject, ph.position)
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


def _strip_global(text: str) -> str:
    """The text without its background, style, place and time phrases (already applied to the scene)."""
    _, text = parse_background(text)
    _, text = parse_style(text)
    _, text = parse_place(text)
    _, text = parse_times(text)
    return text


def _set_settings(work: _Work, place: str | None, times: Sequence[str]) -> None:
    if place:
        _set_place(work, place)
    for key in times:
        _set_time(work, key)


def _set_place(work: _Work, place: str | None) -> None:
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


def _set_time(work: _Work, key: str) -> None:
    """A time of day, weather or season: replaces the one of its kind ("day" after "night"), keeps the others."""
    value = vocab.with_time(work.scene.time, key)
    if value == work.scene.time:
        return
    work.scene.time = value
    work.kinds.append(EditKind.BACKGROUND)
    work.say("time", what=reply.time_words(key, work.language))


def _unset_time(work: _Work, key: str) -> None:
    keys = [k for k in vocab.time_keys(work.scene.time) if k != key]
    work.scene.time = ", ".join(keys) or None
    work.kinds.append(EditKind.BACKGROUND)
    work.say("no_time", what=reply.time_words(key, work.language))


def _set_background(work: _Work, value: str | None) -> None:
    if value == work.scene.background:
        return
    work.scene.background = value
    work.kinds.append(EditKind.BACKGROUND)
    if value is None:
        work.say("no_background")
    else:
        work.say("background", what=reply.background_words(value, work.language))


def _set_style(work: _Work, value: str | None) -> None:
    if value == work.scene.style:
        return
    work.scene.style = value
    work.kinds.append(EditKind.STYLE)
    if value is None:
        work.say("no_style")
    else:
        work.say("style", what=reply.style_words(value, work.language))


def _remove(work: _Work, subjects: list[Subject]) -> None:
    for subject in subjects:
        work.scene.subjects = [s for s in work.scene.subjects if s.id != subject.id]
        if subject.id not in work.changed:
            work.changed.append(subject.id)
        work.kinds.append(EditKind.REMOVE)
        work.say("removed", name=reply.thing_name(subject, work.language))
    if work.scene.focus not in {s.id for s in work.scene.subjects}:
        work.scene.focus = work.scene.subjects[-1].id if work.scene.subjects else None


def _avoid(work: _Work, thing: str) -> None:
    thing = clean_rest(thing)
    if not thing:
        return
    if thing not in work.scene.avoid:
        work.scene.avoid.append(thing)
        work.kinds.append(EditKind.STYLE)
    work.say("avoid", thing=thing)


def _note(work: _Work, clause: str) -> None:
    text = clause.strip()
    if not text:
        return
    if text not in work.scene.notes:
        work.scene.notes.append(text)
        work.kinds.append(EditKind.STYLE)
    work.say("note", text=text)


def _start_new_scene(work: _Work) -> None:
    """A draw verb starts a new picture; a background or style set before the first subject stays."""
    if work.new_scene:
        return
    if work.scene.subjects:
        work.scene = Scene(language=work.language)
    work.new_scene = True


# ---------------------------------------------------------------------------------------------- handlers
# Each takes the clause (politeness stripped) and returns True when it handled it. Order matters: the more
# specific patterns come first ("make the background blue" before "make it blue").


def _session_words(work: _Work, body: str) -> bool:
    command = session_command(body)
    if command is None:
        return False
    work.chat_replies.append(reply.say(f"{command}_hint", work.language))
    return True


_CLEAR = re.compile(
    r"^(?:clear(?: the (?:picture|canvas|scene))?|clear (?:it|everything|all)|erase everything|remove everything|"
    r"delete everything|remove all|delete all|blank canvas|empty the (?:picture|canvas)|清空|清空画面|清除所有|全部删掉|"
    r"全部去掉|都删掉|都去掉|全删了)$",
    _I,
)


def _clear(work: _Work, body: str) -> bool:
    if not _CLEAR.match(body):
        return False
    if work.scene.is_empty() and not work.scene.avoid:
        work.chat_replies.append(reply.say("empty", work.language))
        return True
    for subject in work.scene.subjects:
        work.changed.append(subject.id)
    work.scene = Scene(language=work.language)
    work.kinds.append(EditKind.REMOVE)
    work.say("removed_all")
    return True


_REMOVE_EN = re.compile(r"^(?:remove|delete|erase|get rid of|take away|take out|drop|eliminate|ditch|lose|rid of)"
                        r"\s+(?P<t>.+)$", _I)
_REMOVE_EN_AFTER = re.compile(r"^(?P<t>.+?)\s+(?:has to go|must go|should go|can go|needs to go|goes)$", _I)
_REMOVE_ZH_BEFORE = re.compile(r"^(?:把|将)?(?P<t>.+?)(?:去掉|删掉|删除|移除|拿掉|去除|擦掉|删了|去了|拿走|不要了|删去)(?:吧|了)?$")
_REMOVE_ZH_AFTER = re.compile(r"^(?:去掉|删掉|删除|移除|拿掉|去除|擦掉|删去)(?P<t>.+)$")
_AVOID_EN = re.compile(r"^(?:no more|no|without|avoid|exclude|don'?t (?:draw|add|include|show|put|want)|do not "
                       r"(?:draw|add|include|show|put|want)|never (?:draw|show)|i don'?t want)\s+(?P<t>.+)$", _I)
_AVOID_ZH = re.compile(r"^(?:不要再|不要|别|不用|不需要|不想要|没有)(?:画|加|出现|有)?(?P<t>.+)$")
_THING_SPLIT = re.compile(r"\s+and\s+|\s*,\s*|和|与|跟|、", _I)
_BACKGROUND_WORDS = re.compile(r"^(?:the\s+)?(?:background|backdrop|bg)$|^背景(?:颜色|色)?$", _I)
_STYLE_WORDS = re.compile(r"^(?:the\s+)?(?:style|filter|effect)$|^(?:风格|画风)$", _I)


def _remove_targets(work: _Work, target: str, *, avoid_unknown: bool) -> bool:
    target = target.strip()
    if _BACKGROUND_WORDS.match(clean_rest(target) or target):
        _set_background(work, None)
        return True
    if _STYLE_WORDS.match(clean_rest(target) or target):
        _set_style(work, None)
        return True
    if _remove_setting(work, target):
        return True
    said = clean_rest(target).lower()
    for note in list(work.scene.notes):
        if said and (said == clean_rest(note).lower() or _name_matches(note, said)):
            work.scene.notes.remove(note)
            work.kinds.append(EditKind.STYLE)
            work.say("removed_note", text=note)
            return True
    whole = _resolve(work, target)
    if whole is not None:
        _remove(work, whole)
        return True
    parts = [p for p in _THING_SPLIT.split(target) if p.strip()]
    resolved = [_resolve(work, p) for p in parts]
    if len(parts) > 1 and all(r is not None for r in resolved):
        for r in resolved:
            _remove(work, [s for s in r if work.scene.subject(s.id)])
        return True
    if not avoid_unknown:
        return False
    thing = clean_rest(target)
    if not thing:
        return False
    if thing not in work.scene.avoid:
        work.scene.avoid.append(thing)
        work.kinds.append(EditKind.STYLE)
    work.say("not_there", thing=thing)
    return True


def _remove_setting(work: _Work, target: str) -> bool:
    """"remove the rain", "no snow", "去掉夜晚": a place or time the scene has, and nothing else, is taken out."""
    place, times, rest = parse_setting(target)
    present = [k for k in times if k in vocab.time_keys(work.scene.time)]
    said = clean_rest(rest)
    if not (place or times) and vocab.has_cjk(said):  # "去掉雨": a word inside the Chinese name of a time
        present = [k for k in vocab.time_keys(work.scene.time) if k in vocab.TIMES
                   and any(said in form for form in vocab.TIMES[k].zh)]
        said = ""
    if clean_rest(re.sub(r"\b(?:setting|weather|time|scene)\b|场景|天气", " ", said, flags=_I)):
        return False
    if place and place == work.scene.background:
        _set_place(work, None)
    elif not present:
        return False
    for key in present:
        _unset_time(work, key)
    return True


def _remove_clause(work: _Work, body: str) -> bool:
    m = (_REMOVE_EN.match(body) or _REMOVE_EN_AFTER.match(body) or _REMOVE_ZH_AFTER.match(body)
         or _REMOVE_ZH_BEFORE.match(body))
    if m:
        if not work.scene.subjects and not (work.scene.background or work.scene.style or work.scene.notes):
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        return _remove_targets(work, m.group("t"), avoid_unknown=True)
    if work.last == "_remove_clause":  # "remove the ball, and the circle"
        rest = re.sub(r"^(?:and|also|plus|还有|和|以及)\s*", "", body, flags=_I)
        targets = _resolve(work, rest)
        if targets is not None and not parse_phrase(rest).has_subject_values() or (
                targets is not None and parse_phrase(rest).definite):
            _remove(work, targets)
            return True
    return False


def _avoid_clause(work: _Work, body: str) -> bool:
    m = _AVOID_EN.match(body) or _AVOID_ZH.match(body)
    if not m:
        return False
    target = m.group("t")
    if re.match(r"^(?:thanks|thank you|problem|worries|way)\b|^(?:客气|谢|问题|关系)", target, _I):
        return False  # "no thanks", "不客气": chatter, not a negative prompt
    if _remove_targets(work, target, avoid_unknown=False):
        return True
    for part in _THING_SPLIT.split(target):
        _avoid(work, part)
    return True


_BACKGROUND_EN = [
    re.compile(r"^(?:change|set|make|turn|switch|paint|colou?r|replace|use)\s+(?:the\s+|a\s+)?"
               r"(?:background|backdrop|bg)(?:\s+colou?r)?\s*(?:to be|to|into|as|with|for|:)?\s+(?P<v>.+)$", _I),
    re.compile(r"^(?:the\s+)?(?:background|backdrop|bg)(?:\s+colou?r)?\s*(?::|=|is|should be|must be|to|as|in|of)?"
               r"\s*(?P<v>.+)$", _I),
]
_BACKGROUND_ZH_BARE = re.compile(r"^背景(?:颜色|色)?(?P<v>.+?)(?:的)?$")


def _is_known_background(text: str) -> bool:
    value = background_value(text)
    return bool(value) and (vocab.lookup(vocab.COLOURS, value) is not None or vocab.lookup(vocab.NOUNS, value) is not None)


_BACKGROUND_ZH = [
    re.compile(r"^(?:把|将)?背景(?:颜色|色)?(?:换成|改成|变成|改为|换为|变为|设为|设成|涂成|弄成|调成|用|是|要|换|改|变)"
               r"(?:了)?(?P<v>.+)$"),
    re.compile(r"^(?:换|改|用|加|来)(?:个|一个|成|上)?(?P<v>.+?)(?:的)?背景$"),
]


def _background_clause(work: _Work, body: str) -> bool:
    m = _BACKGROUND_ZH_BARE.match(body)
    if m and _is_known_background(m.group("v")):  # "背景黑色": no verb, so only a known word counts
        _set_background(work, background_value(m.group("v")))
        return True
    for pattern in _BACKGROUND_EN + _BACKGROUND_ZH:
        m = pattern.match(body)
        if m:
            value = background_value(m.group("v"))
            if value is None:
                return False
            if re.fullmatch(r"none|nothing|no background|empty|plain|没有|无|空白", value, _I):
                value = None
            _set_background(work, value)
            return True
    return False


_STYLE_EN = [
    re.compile(r"^(?:change|set|switch|make|turn)\s+(?:the\s+)?style\s*(?:to be|to|into|as|:)?\s+(?P<v>.+)$", _I),
    re.compile(r"^(?:the\s+)?style\s*(?::|=|is|should be|must be)\s*(?P<v>.+)$", _I),
    re.compile(r"^(?:use|apply|switch to|go with|try)\s+(?P<v>.+?\s+style)$", _I),
]
_STYLE_ZH = [
    re.compile(r"^(?:把)?(?:风格|画风)(?:换成|改成|变成|改为|设为|设成|用|是|要|换|改)(?:了)?(?P<v>.+)$"),
    re.compile(r"^(?:画成|改成|换成|变成|用|弄成|做成|来个|来点|换个|改用)(?P<v>.+?(?:风格|画风|风))$"),
]


def _style_clause(work: _Work, body: str) -> bool:
    for pattern in _STYLE_EN + _STYLE_ZH:
        m = pattern.match(body)
        if m:
            value, rest = parse_style(m.group("v"))
            if value is None or clean_rest(rest):
                value = clean_rest(re.sub(r"(?:\s+style|风格|画风|风)$", "", m.group("v").strip(), flags=_I))
            if not value:
                return False
            if re.fullmatch(r"none|nothing|no style|default|normal|plain|无|没有|默认|普通", value, _I):
                value = None
            _set_style(work, value)
            return True
    return False


_SCENE_WORDS = (r"(?:everything|things|the\s+(?:whole\s+)?(?:scene|picture|image|setting|place|location|weather|season|"
                r"sky|time(?:\s+of\s+(?:the\s+)?day)?))")
_SETTING_EN = re.compile(
    rf"^(?:(?:make|turn|change|switch|set|get)\s+(?:(?:it|them|{_SCENE_WORDS})\s+)?(?:to\s+be\s+|to\s+|into\s+|as\s+|"
    r"in\s+|at\s+)?|(?:it'?s|it\s+is|now\s+it'?s|let\s+it\s+be|it\s+should\s+be|it\s+becomes)\s+)(?P<v>.+)$", _I)
_SETTING_MOVE_EN = re.compile(r"^(?:move|put|place|take|bring|send|set|transport|relocate|teleport|shift)\s+(?P<t>.*?)"
                              r"\s*(?P<v>\b(?:to|into|in|on|onto|at|inside|under|underwater)\b.*)$", _I)
_SETTING_ZH = re.compile(r"^(?:把|将|让)?(?P<t>它们?|他们?|她们?|画面|场景|背景|时间|天气|季节|整个画面|整个场景|一切|所有东西|全部)?"
                         r"(?:都)?(?:变成|改成|换成|变为|改为|换为|设为|设成|调成|弄成|切换到|切换成|换到|搬到|移到|挪到|放到|放在|"
                         r"转到|改到|来到|变到|到了|是|在|去|到|变|换|改)(?:了)?(?P<v>.+?)(?:了|吧|啊|呀)?$")
_SETTING_MOVE_ZH = re.compile(r"^(?:把|将)(?P<t>.+?)(?:放到|放在|搬到|移到|挪到|带到|送到|换到)(?P<v>.+)$")
_AGAIN = re.compile(r"\b(?:again|now|instead|please|time|for a change)\b|(?:又|再|吧|了|啊|呀|时间|天气|季节)", _I)


def _setting_clause(work: _Work, body: str) -> bool:
    """"make it night", "it's night now", "move it to the beach", "变成晚上", "换到海滩上", bare "night": a time,
    weather, season or place for the whole scene; the subjects stay as they are."""
    for pattern, moving in ((_SETTING_MOVE_EN, True), (_SETTING_MOVE_ZH, True), (_SETTING_EN, False),
                            (_SETTING_ZH, False)):
        m = pattern.match(body)
        if not m:
            continue
        value = m.group("v")
        place, times, rest = parse_setting(value)
        if not (place or times) or clean_rest(_AGAIN.sub(" ", rest)):
            continue
        if place and not times and re.match(r"^\s*(?:into\s+)?(?:a|an)\s", value, _I) and vocab.lookup(
                vocab.NOUNS, clean_rest(value)) and not moving:
            continue  # "turn it into a mountain": a new name for the thing, read by the attribute rule
        target = (m.groupdict().get("t") or "").strip()
        if moving and clean_rest(target) and not re.fullmatch(_SCENE_WORDS + r"|us|them|it|everything|all|场景|画面|一切",
                                                              clean_rest(target), _I):
            if _resolve(work, target) is None:
                continue
        if work.scene.is_empty():
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        before = (work.scene.background, work.scene.time)
        _set_settings(work, place, times)
        if (work.scene.background, work.scene.time) == before:
            said = ([reply.place_words(place, work.language)] if place else []) + [
                reply.time_words(k, work.language) for k in times]
            work.say("already_setting", what=(" " if work.language == "en" else "、").join(said))
        return True
    if work.scene.subjects:
        times, rest = parse_times(body, bare=True)
        if times and not clean_rest(_AGAIN.sub(" ", rest)):  # "night", "晚上"
            _set_settings(work, None, times)
            return True
    return False


_MOVE_EN = re.compile(r"^(?:move|put|place|shift|drag|slide|relocate|position|push|bring|set)\s+(?P<rest>.+)$", _I)
_MOVE_ZH = re.compile(r"^(?:把|将)?(?P<t>.*?)(?:移到|移动到|挪到|放到|放在|搬到|移至|拖到|移去|放去|挪去|移往)(?P<p>.+)$")
_DIRECTION_EN = re.compile(r"^(?:move|shift|slide|push|nudge|drag)\s+(?P<t>.+?)\s+(?P<d>up|down|upwards?|downwards?|"
                           r"higher|lower|left|right|leftwards?|rightwards?)(?:\s+(?:a bit|a little|slightly|one "
                           r"(?:cell|step|notch)))?$", _I)
_DIRECTION_ZH = re.compile(r"^(?:把|将)?(?P<t>.*?)(?:往|向|朝)(?P<d>上|下|左|右)(?:边|面)?(?:移|挪|移动|放|拖)(?:一点|一些|一下|点)?$")
_STEPS = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0), "上": (0, -1), "下": (0, 1),
          "左": (-1, 0), "右": (1, 0)}


def _move_clause(work: _Work, body: str) -> bool:
    m = _DIRECTION_EN.match(body) or _DIRECTION_ZH.match(body)
    if m:
        targets = _resolve(work, m.group("t"))
        if targets:
            direction = m.group("d").lower()
            direction = {"higher": "up", "lower": "down"}.get(direction, re.sub(r"wards?$", "", direction))
            if direction in ("up", "down", "upward", "downward"):
                direction = direction.replace("ward", "")
            dx, dy = _STEPS[direction]
            for subject in targets:
                col, row = _grid_cell(subject.position)
                _move(work, subject, _cell_name(min(2, max(0, col + dx)), min(2, max(0, row + dy))))
            return True
    m = _MOVE_ZH.match(body)
    if m:
        position, rest = parse_position(m.group("p"))
        targets = _resolve(work, m.group("t"))
        if position and targets and not clean_rest(rest):
            for subject in targets:
                _move(work, subject, position)
            return True
        return False
    m = _MOVE_EN.match(body)
    if not m:
        return False
    position, rest = parse_position(m.group("rest"))
    if not position:
        return False
    rest = re.sub(r"\s+(?:over\s+)?(?:to|towards|into|onto|over)\s*$", "", rest.strip(), flags=_I)
    targets = _resolve(work, rest)
    if not targets:
        return False
    for subject in targets:
        _move(work, subject, position)
    return True


def _grid_cell(position: str | None) -> tuple[int, int]:
    """Grid cell (column, row) of a position; a free or missing position counts as the centre."""
    return GRID.get(position or "center", (1, 1))


def _cell_name(col: int, row: int) -> str:
    return next(name for name, cell in GRID.items() if cell == (col, row))


_RESIZE_VERBS = re.compile(r"\b(?:make|turn|get|scale|resize|it\s+should\s+be|should\s+be|be|a\s+bit|a\s+little|much|"
                           r"even|slightly|a\s+lot|way|bit|little)\b|^(?:把|将|让|使)|(?:变得|弄得|弄|变|再|更|稍微|一点)",
                           _I)


def _resize_clause(work: _Work, body: str) -> bool:
    m = RESIZE_RE.search(body)
    if not m:
        return False
    step = 1 if (m.group("up") or m.group("up_zh")) else -1
    rest = (body[: m.start()] + " " + body[m.end():]).strip()
    rest = _RESIZE_VERBS.sub(" ", rest).strip()
    targets = _resolve(work, rest) if clean_rest(rest) else ([work.focus()] if work.focus() else None)
    if not targets:
        if not work.scene.subjects and not clean_rest(rest):
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        return False
    for subject in targets:
        _resize(work, subject, step)
    return True


_ADD_EN = re.compile(r"^(?P<pre>.{0,40}?)\b(?:add|insert|include|put|place|throw in|stick|append|also draw|also add|"
                     r"also put|draw another|paint another|and also|also|plus)\b\s*(?P<np>.+)$", _I)
_ADD_EN_THERE = re.compile(r"^(?:there\s+(?:is|are|should be|must be)|i (?:also )?(?:want|need) (?:another|one more|"
                           r"a second)|give (?:it|me) (?:another|one more))\s+(?P<np>.+)$", _I)
_DRAW_TOO = re.compile(r"^(?:draw|paint|sketch|make|create)\s+(?P<np>.+?)\s+(?:too|as well|also)$", _I)
_ADD_ZH = re.compile(r"^(?P<pre>.*?)(?:再加上|再添加|再加入|再放上|再放|再加|加上|添加|增加|加入|添上|放上|补上|再画上|再画|也画|还要画|"
                     r"放个|放一个|加个|加一个|加|添)(?P<np>.+)$")
# "左上角有一个…" / "还有一只猫" add; a bare 有 needs a count after it ("有一只猫"), since 有 is in many words.
_THERE_ZH = re.compile(r"^(?P<pre>.*?)(?:还有|也有|另外有|有(?=[一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位]))(?P<np>.+)$")


def _add_clause(work: _Work, body: str) -> bool:
    m = _ADD_EN_THERE.match(body) or _DRAW_TOO.match(body)
    pre = ""
    if not m:
        m = _ADD_EN.match(body) or _ADD_ZH.match(body) or _THERE_ZH.match(body)
        if not m:
            return False
        pre = m.group("pre")
        if pre.strip():  # "在左边加…", "在雪地里加…": only a position or a setting may come before the verb
            position, rest = parse_position(pre)
            leftover = _strip_global(rest)
            if not (position or leftover != rest) or clean_rest(re.sub(r"在", "", leftover)):
                return False
    np = f"{pre} {m.group('np')}".strip()
    if re.match(r"^(?:没有|没)", m.group("np")):  # "有没有": a question, not an addition
        return False
    if work.started_empty and not work.scene.subjects and not work.new_scene:
        work.new_scene = True  # adding to an empty picture draws a new one
    return _add_subjects(work, np, announce="added")


_DRAW_EN = re.compile(
    r"^(?:draw|paint|sketch|create|generate|make|render|show|produce|illustrate|design|imagine|depict|give|"
    r"i want|i'd like|i would like|can i have|can i get|let me see|let's see|how about|what about|let's have)"
    r"\s+(?:me\s+|us\s+)?(?P<np>.+)$",
    _I,
)
_DRAW_ZH = re.compile(r"^(?P<pre>.*?)(?:画出|绘制|生成|创作|画(?![成面风布])|来(?=[一两三个只张幅]))(?:一下|出来|出)?(?P<np>.+)$")


def _draw_clause(work: _Work, body: str) -> bool:
    m = _DRAW_EN.match(body)
    np = m.group("np") if m else None
    if m is None:
        m = _DRAW_ZH.match(body)
        if m is None:
            return False
        pre = m.group("pre")
        if pre.strip():
            position, rest = parse_position(pre)
            style, rest2 = parse_style(pre)
            leftover = _strip_global(rest if position else (rest2 if style else pre))  # "在雪地里画…"
            if clean_rest(re.sub(r"^(?:我想|我要|想|要|给我|帮我|请)", "", leftover.replace("在", ""))):
                return False
        np = f"{pre} {m.group('np')}".strip()
    probe = parse_phrase(np)
    if clean_rest(probe.rest).lower() in PRONOUNS_ONE | PRONOUNS_ALL and not probe.shape:
        return False  # "make it ..." / "draw it ...": an edit, read by the attribute rule
    if work.also and work.scene.subjects:
        return _add_subjects(work, np, announce="added")
    _start_new_scene(work)
    return _add_subjects(work, np, announce="drew")


_ATTR_EN = re.compile(r"^(?:make|turn|paint|colou?r|change|set|recolou?r|dye|switch|render|get|redraw)"
                      r"\s+(?P<rest>.+)$", _I)
_ATTR_EN_SHOULD = re.compile(r"^(?P<t>.+?)\s+(?:should be|must be|needs to be|has to be|ought to be|should look|"
                             r"becomes|should become|will be)\s+(?P<v>.+)$", _I)
# A reference is short ("the big red circle at the top left"); longer candidates are not tried, which keeps a
# 2,000-character message from costing a quadratic number of parses.
_MAX_TARGET_WORDS = 10
_ATTR_SEPARATOR = re.compile(r"\s+(?:to be|into|to|as|so (?:that )?it(?:'s| is)|in)\s+", _I)
_ATTR_ZH = re.compile(r"^(?:把|将|让|使)?(?P<t>.*?)(?:变成|改成|换成|涂成|染成|改为|变为|换为|弄成|调成|设为|设成|画成|做成|"
                      r"变得|应该是|要是|得是|变|改|换|涂|染)(?:了|为|成)?(?P<v>.+)$")


def _attribute_clause(work: _Work, body: str) -> bool:
    if not work.scene.subjects:
        m = _ATTR_EN.match(body) or _ATTR_ZH.match(body)
        if m and re.match(r"^(?:it|them|its|它|他|她|它们)\b", (m.groupdict().get("rest") or m.group("t") or ""), _I):
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        return False
    for target, value in _attribute_splits(work, body):
        targets = _resolve(work, target)
        if not targets:
            continue
        if _apply_value(work, targets, value):
            return True
    return False


def _attribute_splits(work: _Work, body: str) -> list[tuple[str, str]]:
    """Candidate (target, value) readings of an edit, most likely first."""
    out: list[tuple[str, str]] = []
    m = _ATTR_ZH.match(body)
    if m and vocab.has_cjk(body):
        out.append((m.group("t") or "它", m.group("v")))
    m = _ATTR_EN_SHOULD.match(body)
    if m:
        out.append((m.group("t"), m.group("v")))
    m = _ATTR_EN.match(body)
    if m:
        rest = m.group("rest")
        for sep in _ATTR_SEPARATOR.finditer(rest):
            if len(rest[: sep.start()].split()) <= _MAX_TARGET_WORDS:
                out.append((rest[: sep.start()], rest[sep.end():]))
        words = rest.split()
        for k in range(min(len(words) - 1, _MAX_TARGET_WORDS), 0, -1):
            out.append((" ".join(words[:k]), " ".join(words[k:])))
        if re.match(r"^(?:it|them|a|an|one|two|another|some|the)\b", rest, _I) is None and work.focus():
            out.append(("it", rest))  # "make bigger", "turn blue"; "make a dog" is a new drawing
    return out


def _apply_value(work: _Work, targets: list[Subject], value: str) -> bool:
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
        _set_style(work, ph.style)
    if ph.background:
        _set_background(work, ph.background)
    _set_settings(work, ph.place, ph.times)
    for subject in targets:
        before = reply.thing_name(subject, work.language)
        changes = _set_values(work, subject, ph, rename=rename)
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
            _resize(work, subject, ph.resize)
        if ph.position:
            _move(work, subject, ph.position)
        work.scene.focus = subject.id
    return True


_GREETING = re.compile(r"^(?:hi|hello|hey|yo|hiya|good (?:morning|afternoon|evening)|你好|您好|嗨|哈喽|早上好|晚上好)"
                       r"(?:\s+there)?$", _I)
_THANKS = re.compile(r"^(?:thanks|thank you|thx|ty|great|nice|cool|awesome|perfect|good|wow|lol|ok|okay|yes|no|"
                     r"yep|nope|fine|beautiful|love it|no thanks|谢谢|多谢|好的|很好|不错|太棒了|棒|好|可以|行|嗯|哈哈|"
                     r"漂亮|真好看|好看|不客气)(?:\s*[!.。！~]*)$", _I)
_HELP = re.compile(r"^(?:help|what can you do|how does this work|how do i use this|帮助|你能做什么|怎么用|你会什么)$", _I)
_DESCRIBE = re.compile(r"^(?:what(?:'s| is) in (?:the|this) (?:picture|image|scene)|describe (?:it|the picture|the "
                       r"scene)|what do you see|show (?:me )?the scene|画面里有什么|画里有什么|描述一下|现在画的是什么)$", _I)
_QUESTION = re.compile(r"^(?:what|why|how|who|where|when|which|is|are|do|does|did)\b|(?:吗|什么|为什么|怎么|哪|是否)$"
                       r"|^(?:为什么|怎么|什么)", _I)


def _chat_clause(work: _Work, body: str) -> bool:
    if _GREETING.match(body):
        work.chat_replies.append(reply.say("hello", work.language))
    elif _THANKS.match(body):
        work.chat_replies.append(reply.say("thanks", work.language))
    elif _HELP.match(body):
        work.chat_replies.append(reply.say("help", work.language))
    elif _DESCRIBE.match(body):
        prompt = render_prompt(work.scene, work.language)
        work.chat_replies.append(reply.say("describe", work.language, what=prompt) if prompt
                                 else reply.say("empty", work.language))
    elif _QUESTION.search(body):
        work.chat_replies.append(reply.say("question", work.language))
    else:
        return False
    return True


def _bare_clause(work: _Work, body: str) -> bool:
    """A clause with no command word: a description ("a red circle"), a value ("blue", "bigger", "on the left")
    or a scene setting ("gray background")."""
    ph = parse_phrase(body)
    rest = ph.rest
    pronoun = rest.lower() in PRONOUNS_ONE | PRONOUNS_ALL
    thing = ph.shape or (rest if rest and not pronoun else "")
    if not thing:
        if not (ph.has_subject_values() or ph.background or ph.style or ph.place or ph.times):
            return False
        if ph.background:
            _set_background(work, ph.background)
        if ph.style:
            _set_style(work, ph.style)
        _set_settings(work, ph.place, ph.times)
        if ph.has_subject_values():
            targets = _resolve(work, rest if pronoun else "it")
            if targets:
                _apply_value(work, targets, _strip_global(body))
            else:
                _start_new_scene(work)
                _add_subjects(work, body, announce="drew")
        return True
    if not ph.indefinite and work.scene.subjects:
        # "the square red": an existing thing named with new values.
        targets = _resolve(work, ("the " if not vocab.has_cjk(thing) else "") + thing)
        if targets and (ph.colour or ph.size or ph.resize or ph.material or ph.pose or ph.position):
            return _apply_value(work, targets, _strip_global(body).replace(thing, " ", 1))
    if work.started_empty or work.new_scene:
        _start_new_scene(work)
        return _add_subjects(work, body, announce="drew")
    known = ph.shape or vocab.lookup(vocab.NOUNS, rest) or vocab.lookup(vocab.NOUNS, re.sub(r"s$", "", rest))
    if known:
        return _add_subjects(work, body, announce="added")
    return False


_HANDLERS: tuple[Callable[[_Work, str], bool], ...] = (
    _session_words,
    _clear,
    _remove_clause,
    _avoid_clause,
    _background_clause,
    _style_clause,
    _setting_clause,
    _move_clause,
    _resize_clause,
    _add_clause,
    _attribute_clause,
    _draw_clause,
    _chat_clause,
    _bare_clause,
)
