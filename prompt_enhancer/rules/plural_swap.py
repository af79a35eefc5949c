"""Things changed into others named in the plural: "change the trees to palm trees", "turn the flowers into maple
leaves". A plural whose one is a known thing ("palm tree", "leaf") is the new name (it was read as a detail: "trees,
palm trees"); names the vocabulary knows whole are renamed by the usual rules."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.plurals import singular
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve

_CHANGE_TO = re.compile(r"^(?:change|turn|swap|switch)\s+(?P<x>(?:the|those|these|all\s+the)\s+[a-z][a-z -]{1,30}?)\s+"
                        r"(?:to|into|for)\s+(?:(?:a|an|some)\s+)?(?P<y>[a-z][a-z -]{1,30}?)"
                        r"(?:\s+(?:instead|please|pls))*\s*[.!]*$",
                        re.IGNORECASE)


def plural_swap_clause(work: MessageEdit, body: str) -> bool:
    """The things named become the plural said."""
    m = _CHANGE_TO.match(body.strip())
    if not m:
        return False
    new = m.group("y").strip()
    word = new.split()[-1].lower()
    if singular(word) == word or vocab.lookup(vocab.NOUNS, singular(word)) is None or vocab.lookup(vocab.NOUNS, new):
        return False
    targets = resolve(work, m.group("x"))
    if not targets:
        return False
    for subject in targets:
        old = reply.thing_name(subject, work.language)
        subject.name = new
        subject.attributes.pop("colour", None)  # trees made palm trees: the palm trees' own colours
        work.touch(subject, EditKind.ATTRIBUTE)
        work.say("turned", name=old, what=new)
    return True
