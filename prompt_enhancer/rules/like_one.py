"""How the thing just drawn should be, said as "one" with a word no value table knows ("a fluffy one", "the fluffy
kind", "a shaggy old one", "a dragon, a mean one"): made so, as "make it fluffy" is. Before, it was a note (or a
thing called "mean") and the thing stayed as it was; "a small one" and "a ginger one" were read already, by their
values."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.subject_handlers import attribute_clause

# ("the big one" is which one: "the" only with kind, type or version)
_LIKE_ONE = re.compile(r"(?:an?\s+(?P<v>[a-z]+(?:(?:\s+and|,)?\s+[a-z]+)?)\s+(?:one|kind|type|version)"
                       r"|the\s+(?P<v2>[a-z]+(?:(?:\s+and|,)?\s+[a-z]+)?)\s+(?:kind|type|version)"
                       # "an old sea captain, a proper weathered old chap": the one drawn, said again of a person
                       r"|an?\s+(?P<v3>[a-z]+(?:\s+[a-z]+){0,2})\s+(?:chap|fellow|fella|bloke|gent|sort|soul))"
                       r"(?:\s+(?:please|pls|plz|instead|this\s+time))?", re.IGNORECASE)
# which one, or another one, not how it is
_NOT_HOW = {"another", "other", "same", "different", "new", "second", "third", "last", "next", "first", "better",
            "best", "worse", "good", "nice", "nicer", "cool", "proper", "real", "right", "wrong", "single", "only",
            "whole", "old", "previous", "original", "earlier", "this", "that", "each", "every", "extra"}


def like_one(work: MessageEdit, body: str) -> bool:
    """"a fluffy one" of the one thing just drawn or in focus: made so; False for which one, or another."""
    m = _LIKE_ONE.fullmatch(body.strip())
    if not m or not work.scene.subjects or len(work.added) > 1 or work.focus() is None:
        return False
    said = m.group("v") or m.group("v2") or " ".join(w for w in m.group("v3").split() if w.lower() not in _NOT_HOW)
    words = re.findall(r"[a-z]+", said.lower())
    if not words:
        return bool(m.group("v3"))  # "a proper old chap": nothing more than what was drawn
    if any(w in _NOT_HOW or vocab.lookup(vocab.NOUNS, w) for w in words if w != "and"):
        return False
    if not clean_rest(parse_phrase(said).rest):
        return False  # "a small one", "a ginger one": values the rules read already
    return attribute_clause(work, f"make it {said}")
