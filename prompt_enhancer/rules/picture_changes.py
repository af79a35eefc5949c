"""The changes a rule makes to the picture as a whole (background, style, looks, place, time, what to avoid,
notes, a new picture), each recorded on the MessageEdit with the sentence that tells the person. Nothing here
touches a subject; no patterns over commands.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.scene import Scene
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import Phrase, clean_rest, parse_background, parse_style
from prompt_enhancer.rules.setting_phrase import parse_looks, parse_place, parse_times


def has_global(ph: Phrase) -> bool:
    """Whether a phrase says something about the whole picture (background, style, look, place, time)."""
    return bool(ph.background or ph.style or ph.looks or ph.place or ph.times)


def apply_global(work: MessageEdit, ph: Phrase) -> None:
    """The whole picture's part of a phrase: its background, style, looks, place and times."""
    if ph.background:
        set_background(work, ph.background)
    if ph.style:
        set_style(work, ph.style)
    set_looks(work, ph.looks)
    # "a boat at sea" then "add a bird in the sky", "天上有个太阳": the sky of that scene, which stays
    sky_of_scene = ph.place == "in the sky" and work.scene.background not in (None, "in the sky")
    set_settings(work, None if sky_of_scene else ph.place, ph.times)


def set_looks(work: MessageEdit, keys: Sequence[str]) -> None:
    """Picture-wide looks ("dramatic lighting", "black and white"): each replaces the look of its own kind (of two of
    one kind said at once, "a warm sepia tone", the last is kept, and only what is kept is said; moods said together
    are all kept)."""
    start, changed = list(work.scene.look), []
    for key in keys:
        looks = vocab.with_look(work.scene.look, key)
        if vocab.look_kind(key) == "mood" and any(vocab.look_kind(k) == "mood" for k in changed):
            looks = [k for k in work.scene.look if k != key] + [key]  # "moody and dreamy": moods said together
        if looks != work.scene.look:
            work.scene.look = looks
            changed.append(key)
    for key in changed:
        if key in work.scene.look and key not in start:
            work.kinds.append(EditKind.STYLE)
            work.say("look", what=reply.look_words(key, work.language))


def unset_look(work: MessageEdit, key: str) -> None:
    work.scene.look = [k for k in work.scene.look if k != key]
    work.kinds.append(EditKind.STYLE)
    work.say("no_look", what=reply.look_words(key, work.language))


def strip_global(text: str) -> str:
    """The text without its background, style, look, place and time phrases (already applied to the scene)."""
    _, text = parse_looks(text)
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


def avoid(work: MessageEdit, thing: str) -> None:
    """Add a thing to the negative prompt (once); the reply confirms it either way."""
    thing = clean_rest(thing)
    if not thing:
        return
    if thing not in work.scene.avoid:
        work.scene.avoid.append(thing)
        work.kinds.append(EditKind.STYLE)
    work.say("avoid", thing=thing)


def add_note(work: MessageEdit, clause: str, *, unread: bool = True) -> None:
    """Keep a clause on the Scene as said, so nothing a person said is dropped. `unread`: no rule understood it,
    and the reply says so; else words a rule read as the picture's (where a light shines), kept without that."""
    text = clause.strip()
    if not text:
        return
    if text not in work.scene.notes:
        work.scene.notes.append(text)
        work.kinds.append(EditKind.STYLE)
    if unread:
        work.say("note", text=text)


def start_new_scene(work: MessageEdit) -> None:
    """A draw verb starts a new picture; a background or style set before the first subject stays."""
    if work.new_scene:
        return
    if work.scene.subjects:
        work.scene = Scene(language=work.language)
    work.new_scene = True
