"""What the page shows for a session, derived from the session alone: chat entries, the Scene card.

Every text a person or an LLM wrote is shown as inert Markdown, so nothing in it can become HTML, a link, an
image or a code span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chat.state import ChatState
from dialog.scene import Scene
from dialog.texts import say

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~$&])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


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
    role: str  # "user" | "assistant"
    text: str
    image_path: Path | None = None
    caption: str = ""


@dataclass(frozen=True)
class Snapshot:
    """What the page shows for a session, derived from the session alone."""

    entries: list[ChatEntry]
    image_path: Path | None
    scene: dict[str, Any]
    scene_card: str
    can_undo: bool
    can_redo: bool


def snapshot(state: ChatState, lang: str = "en") -> Snapshot:
    entries: list[ChatEntry] = []
    image_path = None
    for turn in state.session.path():
        entries.append(ChatEntry("user", inert_markdown(turn.message)))
        path = state.image_path(turn)
        caption = ""
        if turn.render:
            caption = say("card.caption", lang, prompt=inert_markdown(turn.render.get("prompt", ""), one_line=True),
                          seed=inert_markdown(turn.render.get("seed"), one_line=True))
            image_path = path or image_path
        entries.append(ChatEntry("assistant", inert_markdown(turn.decision.reply), path, caption))
    scene = state.session.current_scene
    return Snapshot(
        entries=entries,
        image_path=image_path,
        scene=scene.to_dict(),
        scene_card=scene_card(scene, lang),
        can_undo=state.session.can_undo,
        can_redo=state.session.can_redo,
    )


def scene_card(scene: Scene, lang: str = "en") -> str:
    """A short Markdown card of what the app believes the picture contains."""
    if scene.is_empty():
        return say("card.empty", lang)
    lines = [say("card.title", lang)]
    def md(text: object) -> str:  # every value below came from a person, a file or an LLM
        return inert_markdown(text, one_line=True)

    for subject in scene.subjects:
        details = [md(v) for v in subject.attributes.values()] + [md(v) for v in (subject.size, subject.position) if v]
        lines.append(f"- {md(subject.id)} · {md(subject.name)}" + (f" — {', '.join(details)}" if details else ""))
    if scene.background:
        lines.append(say("card.background", lang, value=md(scene.background)))
    if scene.time:
        lines.append(say("card.time", lang, value=md(scene.time)))
    if scene.style:
        lines.append(say("card.style", lang, value=md(scene.style)))
    if scene.avoid:
        lines.append(say("card.avoid", lang, value=say("list.separator", lang).join(md(a) for a in scene.avoid)))
    for note in scene.notes:
        lines.append(say("card.note", lang, value=md(note)))
    return "\n".join(lines)
