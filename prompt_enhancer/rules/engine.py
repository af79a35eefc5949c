"""Reading one message: split it into clauses, hand each to the first rule that understands it, and say what
was done as one Decision. The rules themselves live in the *_handlers modules; this module only orders them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dialog.decision import Action, Decision, EditKind, Exchange
from dialog.message import detect_language
from dialog.prompt import render_prompt
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.changes import add_note
from prompt_enhancer.rules.chat_handlers import chat_clause, session_words
from prompt_enhancer.rules.drawing_handlers import add_clause, bare_clause, draw_clause
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.removal_handlers import avoid_clause, clear_clause, remove_clause
from prompt_enhancer.rules.setting_handlers import background_clause, setting_clause, style_clause
from prompt_enhancer.rules.subject_handlers import attribute_clause, move_clause, resize_clause

if TYPE_CHECKING:
    from PIL.Image import Image

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


# Each takes the clause (politeness stripped) and returns True when it handled it. Order matters: the more
# specific patterns come first ("make the background blue" before "make it blue").
_HANDLERS: tuple[Callable[[MessageEdit, str], bool], ...] = (
    session_words,
    clear_clause,
    remove_clause,
    avoid_clause,
    background_clause,
    style_clause,
    setting_clause,
    move_clause,
    resize_clause,
    add_clause,
    attribute_clause,
    draw_clause,
    chat_clause,
    bare_clause,
)


class RuleEnhancer:
    """Deterministic bilingual rules; see the package docstring (prompt_enhancer.rules)."""

    name = "rules"

    def decide(
        self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Image | None = None
    ) -> Decision:
        """Read one message against the Scene. Never raises on any text; never edits the Scene passed in."""
        text = message if isinstance(message, str) else ""
        language = detect_language(text, default=scene.language if scene.language in ("en", "zh") else "en")
        work = MessageEdit(scene=scene.copy(), language=language, started_empty=not scene.subjects)
        for clause in _clauses(text):
            _read_clause(work, clause)
        if image is not None:
            work.chat_replies.append(reply.say("no_image", language))
        return _decision(scene, work)


def _clauses(text: str) -> list[str]:
    text = _VERB_AFTER_AND.sub(" ; ", text)
    return [c.strip() for c in _CLAUSE_SPLIT.split(text) if c and c.strip()]


def _read_clause(work: MessageEdit, clause: str) -> None:
    body = _POLITE.sub("", clause).strip().rstrip("?？!！.。")
    if not body:
        return
    work.also = bool(_ALSO.search(clause))
    for handler in _HANDLERS:
        if handler(work, body):
            work.last = handler.__name__
            return
    add_note(work, clause)
    work.last = "add_note"


def _decision(before: Scene, work: MessageEdit) -> Decision:
    after = work.scene
    changed = SceneDiff(before, after).content_changed
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
