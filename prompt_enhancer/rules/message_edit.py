"""One message's edit in progress: the Scene as the clauses read so far left it, and what to tell the person.

Plain state shared by the engine and the handlers; it knows no patterns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dialog.decision import EditKind
from dialog.scene import Scene, Subject
from prompt_enhancer.rules import reply

# When one message makes several kinds of change, the decision reports the one that needs the freest
# re-render, so the consistency layer never holds the picture too close for what was asked.
KIND_PRIORITY = (EditKind.NEW, EditKind.LAYOUT, EditKind.ADD, EditKind.REMOVE, EditKind.STYLE,
                 EditKind.BACKGROUND, EditKind.ATTRIBUTE)


@dataclass
class MessageEdit:
    """One message's edit in progress."""

    scene: Scene
    language: str
    started_empty: bool
    new_scene: bool = False
    kinds: list[EditKind] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    replies: list[tuple[str, str]] = field(default_factory=list)  # (template key, sentence)
    said_as: dict[str, dict[str, str]] = field(default_factory=dict)  # sentence -> the values it was said with
    chat_replies: list[str] = field(default_factory=list)
    last: str = ""  # the last clause's handler, for "remove the ball, and the circle"
    also: bool = False  # the clause says "also" / "too" / 再: a draw verb adds instead of starting over
    # Clauses read so far, and the ones the rules could not read, each with the question to ask about it: a
    # message with any of these changes nothing and asks back instead of guessing.
    understood: list[str] = field(default_factory=list)
    unread: list[tuple[str, str]] = field(default_factory=list)  # (clause, the question to ask)
    clause: str = ""  # the clause being read, as said
    added: list[str] = field(default_factory=list)  # ids of the subjects this message added, in order
    removed: list[Subject] = field(default_factory=list)  # the subjects this message took out, as they were
    assigned: int = 0  # how many of them "one ..., one ..." has described so far
    given: list[tuple[str, str]] = field(default_factory=list)  # (owner id, part) the last clause gave
    settings_said: bool = False  # the message named generation settings (steps, seed...): the panel has them
    markup: bool = False  # links, images or tags were dropped from the message
    # "hmm no, a triangle", "actually 我要一只 fox": the clause takes back what was said; a thing named alone is
    # then what the one in focus should be, not one more
    second_thought: bool = False
    question_mark: bool = False  # the message asks ("is it a circle?"): a yes/no question, not a description
    topic: str = ""  # "the clouds make it rather crowded. Would you remove them": what "them" then means
    values_set: list[tuple[str, str, str]] = field(default_factory=list)  # (subject id, kind, value), in order
    corrected: bool = False  # a clause took back what was said before ("red, no, blue"): later values win
    names_before: list[str] = field(default_factory=list)  # the things' names before this message changed any

    def __post_init__(self) -> None:
        self.names_before = [s.name for s in self.scene.subjects]

    def ask(self, question: str) -> bool:
        """Give up on the clause being read: the message will change nothing and ask `question` back."""
        self.unread.append((self.clause, question))
        return True

    def touch(self, subject: Subject, kind: EditKind) -> None:
        """Record a change to a subject; if it is still in the Scene it becomes what "it" means next."""
        if subject.id not in self.changed:
            self.changed.append(subject.id)
        if kind is EditKind.ADD and subject.id not in self.added:
            self.added.append(subject.id)
        self.kinds.append(kind)
        if self.scene.subject(subject.id) is not None:
            self.scene.focus = subject.id

    def say(self, key: str, **values: str) -> None:
        """Queue a reply sentence with its template key (a "Drew …" reply keeps only some keys)."""
        said = reply.say(key, self.language, **values)
        self.replies.append((key, said))
        self.said_as[said] = values

    def focus(self) -> Subject | None:
        """What "it" refers to: the focused subject, else the last one."""
        s = self.scene.subject(self.scene.focus) if self.scene.focus else None
        return s or (self.scene.subjects[-1] if self.scene.subjects else None)
