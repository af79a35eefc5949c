"""How many of a part, said as if it were a new name: "make it 6 candles" of a cake with candles changes how many
candles it has, not what the cake is (it was turned into candles)."""

from __future__ import annotations

from dialog.decision import EditKind
from dialog.plurals import singular
from dialog.prompt import part_words
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import Phrase


def counted_part(work: MessageEdit, subject: Subject, ph: Phrase, name: str | None) -> bool:
    """Whether the new name counts a part of `subject` (then its count is set and said)."""
    if not name or ph.count < 2:
        return False
    part = next((k for k in subject.parts if singular(k.lower()) == singular(name.lower())), None)
    if part is None:
        return False
    subject.parts[part]["count"] = str(ph.count)
    work.touch(subject, EditKind.ATTRIBUTE)
    work.say("gave", name=reply.thing_name(subject, work.language),
             what=part_words(part, subject.parts[part], work.language))
    return True
