"""What the page shows for a session, derived from the session alone: chat entries, the Scene card, the status.

Every text a person or an LLM wrote is shown as inert Markdown, so nothing in it can become HTML, a link, an
image or a code span. Everything the page says itself comes from `dialog.texts`, in the page's language.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chat.state import ChatState
from chat.upload import upload_path
from dialog import vocabulary as vocab
from dialog.prompt import part_words, time_words
from dialog.scene import Scene, Subject
from dialog.session import Session, Turn
from dialog.texts import say
from generator.control import CONTROL_KINDS

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~$&])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
SHOWN_FOLDER = "shown"  # a session's pictures under their download names (links to the recorded files)


def inert_markdown(text: object, one_line: bool = False) -> str:
    """Text from a person, a file or a model as Markdown that renders as itself: no HTML, link, image or code
    span can come of it. The one escaping function: nothing untrusted reaches the page any other way.

    The page renders chat messages and the Scene card as Markdown, so `![x](http://…)` typed by a person (or
    carried in an imported session) would make the browser fetch a remote URL; escaped, it is just text.
    `one_line` folds line breaks into spaces, for text that sits inside a line of the page's own.
    """
    text = str(text)
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


@dataclass(frozen=True)
class ChatEntry:
    """One chat message. A picture drawn again (Retry, Variation) is an entry of its own beside the others drawn
    for the same message; `turn_id` is set on each such alternative the chat does not continue from, so the page
    can offer to continue from it instead."""

    role: str  # "user" | "assistant"
    text: str
    image_path: Path | None = None
    caption: str = ""
    turn_id: str | None = None
    choice: int = 0  # its number among the pictures drawn for one message (0: drawn once)


@dataclass(frozen=True)
class Snapshot:
    """What the page shows for a session, derived from the session alone."""

    entries: list[ChatEntry]
    image_path: Path | None
    scene: dict[str, Any]
    scene_card: str
    can_undo: bool
    can_redo: bool
    status: str = ""  # the current picture's tries and time ("2 tries · 3.4 s"), and a doubt about it


def snapshot(state: ChatState, lang: str = "en") -> Snapshot:
    entries: list[ChatEntry] = []
    image_path = None
    for turn in state.session.path():
        entries.append(ChatEntry("user", inert_markdown(turn.message), upload_path(state, turn)))
        drawn = alternatives(state.session, turn)
        for number, other in enumerate(drawn, start=1):
            entries.append(_assistant_entry(state, other, lang, number if len(drawn) > 1 else 0, other is turn))
            if (followed := control_entry(state, other, lang)) is not None:
                entries.append(followed)
        if turn.render:
            image_path = shown_picture(state, turn) or image_path
    scene = state.session.current_scene
    current = state.session.current
    return Snapshot(
        entries=entries,
        image_path=image_path,
        scene=scene.to_dict(),
        scene_card=scene_card(scene, lang),
        can_undo=state.session.can_undo,
        can_redo=state.session.can_redo,
        status=status_line(current.render if current is not None else None, lang),
    )


def alternatives(session: Session, turn: Turn) -> list[Turn]:
    """The pictures drawn for `turn`'s message in its place (itself, its retries and variations), oldest first;
    just `turn` when it drew nothing or was drawn once."""
    if not turn.render:
        return [turn]
    drawn = [t for t in session.turns.values()
             if t.parent_id == turn.parent_id and t.message == turn.message and t.render]
    return sorted(drawn, key=lambda t: int(t.id[1:]) if t.id[1:].isdigit() else 0)


def _assistant_entry(state: ChatState, turn: Turn, lang: str, number: int, current: bool) -> ChatEntry:
    render = turn.render or {}
    reason = str((render.get("plan") or {}).get("reason", ""))
    if reason.startswith("retry"):  # the Decision is the first picture's: its reply would describe that one
        text = say("view.retry", lang)
    elif reason.startswith("variation"):
        text = say("view.variation", lang)
    else:
        text = inert_markdown(turn.decision.reply)
    caption = ""
    if render:
        caption = say("card.caption", lang, prompt=inert_markdown(render.get("prompt", ""), one_line=True),
                      seed=inert_markdown(render.get("seed"), one_line=True))
        if (doubt := verification_note(render, lang)):
            caption = f"{doubt}\n\n{caption}"
        if number:
            caption = f"{say('view.number', lang, number=number)} · {caption}"
            if current:
                caption += f"\n\n{say('view.continuing', lang)}"
    picture = shown_picture(state, turn) if render else None
    return ChatEntry("assistant", text, picture, caption, turn_id=turn.id if number and not current else None,
                     choice=number)


def control_entry(state: ChatState, turn: Turn, lang: str) -> ChatEntry | None:
    """The control map a ControlNet followed for `turn`, as a message beside its picture; None without one."""
    render = turn.render or {}
    name = render.get("control_map")
    if not isinstance(name, str) or not name or Path(name).name != name:  # a bare file name of the session only
        return None
    path = state.folder / name
    if not path.is_file():
        return None
    scale = (render.get("settings") or {}).get("control_scale", 1.0)
    scale = f"{scale:g}" if isinstance(scale, (int, float)) and not isinstance(scale, bool) else "1"
    kind = (render.get("settings") or {}).get("control_kind")
    kind = say(f"view.control_kind.{kind if kind in CONTROL_KINDS else 'edges'}", lang)  # (an imported record's)
    return ChatEntry("assistant", say("view.control_map", lang, scale=scale, kind=kind), path)


def adapters_note(render: dict[str, Any], lang: str) -> str:
    """The adapters a picture was drawn with ("LoRA toy-negative-lora:1 · layout followed"); "" with none."""
    settings = render.get("settings") or {}
    parts = []
    if isinstance(settings.get("lora"), str) and settings["lora"].strip():
        parts.append(say("view.lora", lang, loras=inert_markdown(settings["lora"], one_line=True)))
    if settings.get("controlnet"):
        parts.append(say("view.controlnet", lang))
    return " · ".join(parts)


def verification_note(render: dict[str, Any], lang: str) -> str:
    """A warning when the verifier judged the picture not to match; "" when it matched or none ran."""
    if render.get("verified") is not False:
        return ""
    problems = [inert_markdown(p, one_line=True) for p in render.get("problems") or [] if str(p).strip()]
    if problems:
        return say("view.may_not_match", lang, problems=say("list.separator", lang).join(problems))
    return say("view.may_not_match_plain", lang)


def status_line(render: dict[str, Any] | None, lang: str) -> str:
    """The current picture's tries and time: "2 tries · 3.4 s" / "画了 2 次 · 3.4 秒"; "" before any picture."""
    if not render:
        return ""
    parts = []
    tries = render.get("tries")
    if isinstance(tries, int) and not isinstance(tries, bool) and tries > 0:
        parts.append(say("view.tries_one", lang) if tries == 1 else say("view.tries", lang, count=tries))
    seconds = render.get("seconds")
    if isinstance(seconds, (int, float)) and not isinstance(seconds, bool) and seconds > 0:
        parts.append(say("view.seconds", lang, seconds=f"{seconds:.1f}"))
    if (adapters := adapters_note(render, lang)):
        parts.append(adapters)
    if (doubt := verification_note(render, lang)):
        parts.append(doubt)
    return " · ".join(parts)


def download_name(turn: Turn) -> str:
    """`drawing-chat-<turn>-<seed>.png`: what a downloaded picture is called (nothing a person typed)."""
    number = turn.id[1:] if turn.id[1:].isdigit() else "0"
    seed = (turn.render or {}).get("seed")
    return f"drawing-chat-{number}-{int(seed) if isinstance(seed, int) else 0}.png"


def shown_picture(state: ChatState, turn: Turn) -> Path | None:
    """The turn's picture under its download name: a link to the recorded file in the session's folder (the
    recorded name stays random). Turn ids restart after a new chat, so a link to another file is replaced."""
    source = state.image_path(turn)
    if source is None:
        return None
    target = state.files() / SHOWN_FOLDER / download_name(turn)
    try:
        if target.exists() and os.path.samefile(target, source):
            return target
        target.parent.mkdir(exist_ok=True)
        target.unlink(missing_ok=True)
        try:
            os.link(source, target)
        except OSError:  # a file system without hard links
            shutil.copyfile(source, target)
    except OSError:
        return source
    return target


# ------------------------------------------------------------------------------------------ the Scene card
def scene_card(scene: Scene, lang: str = "en") -> str:
    """A short Markdown card of what the app believes the picture contains, in the page's language: known words
    translated, what the app chose (the person left it open) marked as chosen."""
    if scene.is_empty():
        return say("card.empty", lang)
    chosen = set(getattr(scene, "chosen", None) or [])
    mark = f" *{say('view.chosen', lang)}*"
    separator = say("list.separator", lang)
    lines = [say("card.title", lang)]
    for subject in scene.subjects:
        lines.append(_subject_line(subject, lang, mark, separator))
    if scene.background:
        lines.append(say("card.background", lang, value=_md(_background_word(scene.background, lang))
                         + (mark if "background" in chosen else "")))
    if scene.time:
        lines.append(say("card.time", lang, value=_md(separator.join(time_words(scene.time, lang)))
                         + (mark if "time" in chosen else "")))
    if scene.style:
        lines.append(say("card.style", lang, value=_md(vocab.translate(vocab.STYLES, scene.style, lang))
                         + (mark if "style" in chosen else "")))
    looks = [_md(vocab.translate(vocab.LOOKS, look, lang)) + (mark if f"look:{look}" in chosen else "")
             for look in getattr(scene, "look", None) or [] if look.strip()]
    if looks:
        lines.append(say("card.look", lang, value=separator.join(looks)))
    if scene.avoid:
        lines.append(say("card.avoid", lang, value=separator.join(_md(_thing_word(a, lang)) for a in scene.avoid)))
    for note in scene.notes:
        lines.append(say("card.note", lang, value=_md(note)))
    return "\n".join(lines)


def _md(text: object) -> str:  # every value on the card came from a person, a file or an LLM
    return inert_markdown(text, one_line=True)


def _subject_line(subject: Subject, lang: str, mark: str, separator: str) -> str:
    chosen = set(getattr(subject, "chosen", None) or [])
    details = []
    for kind, value in subject.attributes.items():
        details.append(_md(_attribute_word(kind, value, lang)) + (mark if kind in chosen else ""))
    if subject.size:
        details.append(_md(vocab.translate(vocab.SIZES, subject.size, lang)) + (mark if "size" in chosen else ""))
    if subject.position:
        details.append(_md(vocab.translate(vocab.POSITIONS, subject.position, lang))
                       + (mark if "position" in chosen else ""))
    for name, attributes in (getattr(subject, "parts", None) or {}).items():
        relation = attributes.get("relation") or "with"
        term = vocab.RELATIONS.get(relation)
        words = (term.en[0] if lang == "en" else term.zh[0]) if term else relation
        details.append(_md(f"{words} {part_words(name, attributes, lang)}" if lang == "en"
                           else f"{words}{part_words(name, attributes, lang)}"))
    name = _md(_thing_word(subject.name, lang)) + (mark if "name" in chosen else "")
    return f"- {name}" + (f" — {separator.join(details)}" if details else "")


def _thing_word(value: str, lang: str) -> str:
    for table in (vocab.SHAPES, vocab.NOUNS, vocab.MATERIALS, vocab.STYLES):
        if vocab.lookup(table, value):
            return vocab.translate(table, value, lang)
    return vocab.colour_word(value, lang)


def _attribute_word(kind: str, value: str, lang: str) -> str:
    if kind == "colour":
        return vocab.colour_word(value, lang)
    table = {"material": vocab.MATERIALS, "pose": vocab.POSES}.get(kind)
    return vocab.translate(table, value, lang) if table else value


def _background_word(value: str, lang: str) -> str:
    place = vocab.PLACES.get(value)
    if place:
        return place.en[0] if lang == "en" else place.zh[0]
    return _thing_word(value, lang)
