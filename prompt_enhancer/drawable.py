"""Honesty about the model's vocabulary: what a turn asks for that the loaded model cannot draw.

A closed-vocabulary model (the embedded one knows three shapes, eight colours, five backgrounds) handed "a
purple dog" draws nothing recognisable, and a reply saying "Drew a purple dog." would be a lie. The engine asks
here first and, when something is out of reach, answers with what it cannot draw and what it can, and changes
nothing. An open model (`ModelProfile.closed` False) can be asked anything. Pure data: no torch.
"""

from __future__ import annotations

from dialog import vocabulary as vocab
from dialog.scene import Scene, Subject
from dialog.texts import say
from prompt_enhancer.enrich import NEAR, canonical_name, is_generic
from prompt_enhancer.profile import ModelProfile


def undrawable(before: Scene | None, after: Scene, profile: ModelProfile) -> list[str]:
    """What `after` asks of the model that it cannot draw, as the person said it; [] when all of it can be.

    Only what this turn changes is judged (`before` is the Scene being edited, None for a new picture), so a
    request is refused once, not again on every later turn.
    """
    if not profile.closed:
        return []
    before = before or Scene()
    old = {s.id: s for s in before.subjects}
    out: list[str] = []
    for subject in after.subjects:
        out.extend(_subject_problems(subject, old.get(subject.id), profile))
    if after.background and after.background != before.background \
            and _key(vocab.COLOURS, after.background) not in profile.backgrounds:
        out.append(after.background)
    for field in ("style", "time"):
        value = getattr(after, field)
        if value and value != getattr(before, field) \
                and not (field == "style" and _key(vocab.STYLES, value) in profile.drawn_styles):
            out.append(value)
    out.extend(look for look in after.look if look not in before.look and f"look:{look}" not in after.chosen)
    out.extend(note for note in after.notes if note not in before.notes)
    if profile.max_subjects is not None and len(after.subjects) > max(profile.max_subjects, len(before.subjects)):
        out.append(str(len(after.subjects)))
    return list(dict.fromkeys(out))


_KNOWN_TABLES = (vocab.COLOURS, vocab.SHAPES, vocab.NOUNS, vocab.MATERIALS, vocab.STYLES, vocab.POSES, vocab.LOOKS,
                 vocab.PLACES, vocab.TIMES, vocab.POSITIONS, vocab.SIZES)


def is_known(value: str) -> bool:
    """Whether `value` is a word the dialog knows (any table, either language): a thing, colour, place, style…"""
    times = vocab.time_keys(value)  # "rain, night": each a known time
    return (any(vocab.lookup(table, value) for table in _KNOWN_TABLES) or vocab.colour_word(value, "en") != value
            or (bool(times) and all(vocab.lookup(vocab.TIMES, key) for key in times)))


def leave_out_unknown(before: Scene | None, after: Scene, profile: ModelProfile) -> tuple[Scene, list[str]]:
    """`after` without the words this turn added that no table knows, and those words, for a closed model.

    A closed model draws only its own words; what the reader could not place ("make it kinda big": "kinda", a
    note, "it in the corner") is neither drawable nor a request for something else, so it is left out, and the
    reply says so, rather than the whole turn refused as "cannot draw kinda". Known words the model lacks ("dog",
    "teal", "watercolour") stay, for `undrawable` to refuse. A place beside another subject stays too: the
    enricher turns it into a cell.
    """
    if not profile.closed:
        return after, []
    before = before or Scene()
    scene, dropped = after.copy(), []
    old = {s.id: s for s in before.subjects}
    for subject in scene.subjects:
        previous = old.get(subject.id)
        for kind, value in list(subject.attributes.items()):
            if (previous is None or previous.attributes.get(kind) != value) and not is_known(value):
                del subject.attributes[kind]
                dropped.append(value)
        for field in ("size", "position"):
            value = getattr(subject, field)
            if value and (previous is None or getattr(previous, field) != value) and not is_known(value) \
                    and not (field == "position" and NEAR.search(value)):
                setattr(subject, field, previous and getattr(previous, field))
                dropped.append(value)
    for field in ("style", "time"):
        value = getattr(scene, field)
        if value and value != getattr(before, field) and not is_known(value):
            setattr(scene, field, getattr(before, field))
            dropped.append(value)
    for look in [look for look in scene.look if look not in before.look and not is_known(look)]:
        scene.look.remove(look)
        dropped.append(look)
    for note in [note for note in scene.notes if note not in before.notes]:
        scene.notes.remove(note)
        dropped.append(note)
    return scene, list(dict.fromkeys(dropped))


def _key(table: dict[str, vocab.Term], value: str) -> str | None:
    term = vocab.lookup(table, value)
    return term.key if term else None


def _subject_problems(subject: Subject, previous: Subject | None, profile: ModelProfile) -> list[str]:
    def changed(value_now: object, value_then: object) -> bool:
        return previous is None or value_now != value_then

    out = []
    if changed(subject.name, previous and previous.name) and not is_generic(subject.name) \
            and canonical_name(subject.name) not in profile.subjects:
        out.append(subject.name)
    for kind, value in subject.attributes.items():
        if not changed(value, previous and previous.attributes.get(kind)):
            continue
        if kind != "colour" or _key(vocab.COLOURS, value) not in profile.colours:
            out.append(value)
    if subject.size and changed(subject.size, previous and previous.size) and subject.size not in profile.sizes:
        out.append(subject.size)
    if subject.position and changed(subject.position, previous and previous.position) \
            and subject.position not in profile.positions:
        out.append(subject.position)
    out.extend(part for part in subject.parts if previous is None or part not in previous.parts)
    return out


def refusal(what: list[str], profile: ModelProfile, language: str) -> str:
    """The reply to a request out of reach: what cannot be drawn, then everything that can."""
    count = next((w for w in what if w.isdigit()), None)
    things = [w for w in what if not w.isdigit()]
    parts = []
    if things:
        quoted = ("、" if language == "zh" else ", ").join(f"“{w}”" for w in things)
        parts.append(say("drawable.cannot", language, model=_model_name(profile, language), what=quoted))
    if count is not None and profile.max_subjects is not None:
        parts.append(say("drawable.too_many", language, model=_model_name(profile, language),
                         most=profile.max_subjects))
    parts.append(can_draw(profile, language))
    text = ("" if language == "zh" else " ").join(parts)
    return text[:1].upper() + text[1:]


def can_draw(profile: ModelProfile, language: str) -> str:
    """Every word a closed model draws, in the person's language."""
    def listed(words: list[str]) -> str:
        if language == "zh":
            return "、".join(words)
        return words[0] if len(words) < 2 else ", ".join(words[:-1]) + " or " + words[-1]

    def words(table: dict[str, vocab.Term], keys: tuple[str, ...]) -> list[str]:
        return [vocab.translate(table, key, language) for key in keys]

    return say("drawable.can", language, model=_model_name(profile, language),
               shapes=listed(words(vocab.SHAPES, profile.subjects)),
               colours=listed([vocab.colour_word(c, language) for c in profile.colours]),
               sizes=listed(words(vocab.SIZES, profile.sizes)),
               positions=listed(words(vocab.POSITIONS, profile.positions)),
               backgrounds=listed([vocab.colour_word(b, language) for b in profile.backgrounds]),
               most=profile.max_subjects or "")


def _model_name(profile: ModelProfile, language: str) -> str:
    return profile.name_zh if language == "zh" and profile.name_zh else profile.name
