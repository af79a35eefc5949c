"""A message's reading as the Decision the app acts on: what changed, the reply that says so, or the question when
something was not understood (then the Scene stays as it was)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dialog.decision import Action, Decision, EditKind
from dialog.prompt import render_prompt
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import KIND_PRIORITY, MessageEdit

# Sentences a "Drew ..." reply does not already say.
_KEPT_WHEN_DRAWING = {"note", "too_many", "avoid", "not_there", "removed_note"}


def joined(decisions: Sequence[Decision], text: str) -> Decision:
    """Several readings of one turn as one Decision: the last one's Scene, the kind that ranks first, every
    subject any of them changed."""
    kind = min((d.edit_kind for d in decisions), key=KIND_PRIORITY.index)
    changed = tuple(dict.fromkeys(c for d in decisions for c in d.changed))
    return replace(decisions[-1], reply=text, edit_kind=kind, changed=changed)


def decision_of(before: Scene, work: MessageEdit) -> Decision:
    if work.unread:
        return Decision(Action.CHAT, _ask_reply(work), before.copy(), EditKind.NEW, (), "rules")
    after = work.scene
    changed = SceneDiff(before, after).content_changed
    if changed and not (work.new_scene or before.is_empty() or work.replies or work.chat_replies):
        # "氛围感拉满" kept as a note and nothing said of it (a new picture is announced below): say so
        for note in (n for n in after.notes if n not in before.notes):
            work.say("note", text=note)
    if changed:
        after.language = work.language
    if changed and (work.new_scene or before.is_empty()):
        # A new picture is announced once, as the prompt states it; only what that sentence cannot say stays.
        said = [text for key, text in work.replies if key in _KEPT_WHEN_DRAWING]
        replies = [reply.say("drew", work.language, what=reply.picture_words(render_prompt(after, work.language),
                                                                               work.language))] + said
    else:
        replies = reply.alike_counted(work.replies, work.said_as, work.language)
    # each chat sentence once ("可以了 谢谢" thanks twice); a greeting beside a request done needs no hint of what to
    # ask ("hello, draw a house": drawn, not "Hello! Tell me what to draw")
    hint = reply.say("hello", work.language) if changed else None
    replies += [text for i, text in enumerate(work.chat_replies) if text not in work.chat_replies[:i] and text != hint]
    if not changed:
        if not replies:
            replies = [reply.say("question", work.language)]
        kept = before.copy()
        # "make the left one green" of one already green: it is in focus now; "it" that already meant the last
        # one (no focus yet) leaves the Scene as it was, as a chat must
        unfocused = before.focus is None or before.subject(before.focus) is None
        fallback = unfocused and before.subjects and work.scene.focus == before.subjects[-1].id
        if work.scene.focus is not None and kept.subject(work.scene.focus) is not None and not fallback:
            kept.focus = work.scene.focus
        return Decision(Action.CHAT, reply.join(replies, work.language), kept, EditKind.NEW, (), "rules")
    if work.new_scene or before.is_empty():
        return Decision(Action.DRAW, reply.join(replies, work.language), after, EditKind.NEW,
                        tuple(s.id for s in after.subjects), "rules")
    kind = next(k for k in KIND_PRIORITY if k in work.kinds) if work.kinds else EditKind.STYLE
    known = {s.id for s in before.subjects} | {s.id for s in after.subjects}  # not one added and taken out again
    changed = tuple(i for i in work.changed if i in known)
    return Decision(Action.EDIT, reply.join(replies, work.language), after, kind, changed, "rules")


def _ask_reply(work: MessageEdit) -> str:
    """What was understood, what was not, and the question: the picture stays as it was."""
    clause, question = work.unread[0]
    done = [c for c in work.understood if c != clause]
    if not clause or (not done and question == reply.say("ask_subject", work.language)):
        return reply.join([question, *work.chat_replies], work.language)  # "draw something", two ways at once
    if done:
        opening = reply.say("ask_partly", work.language, done=("; " if work.language == "en" else "；").join(done),
                            text=clause)
    else:
        opening = reply.say("ask_unread", work.language, text=clause)
    return reply.join([opening, question, *work.chat_replies], work.language)
