"""A remark after a drawing is asked for, not a thing to draw: "draw a dog and a cat. groundbreaking, i know",
"a star in the top right. my creativity knows no bounds", "a swallow, chest piece", "…, for my lookbook". Read only
after something was drawn in the same message, and only when no colour, size or place is in it and no known name
(a likeness, "soft as the first snow", may name one: it says how the thing looks, and is not drawn)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.openers import PRAISE
from prompt_enhancer.rules.phrase import Phrase

_I = re.IGNORECASE

_REMARK = re.compile(
    # why, for what, or how it is to go: "for my lookbook", "for a back piece", "if you can manage", "try not to
    # mess it up", "like my paycheck"
    r"^(?:for|if|like|try|not\s+to|since|because|cause|cuz|so|unless|hopefully|hope)\b"
    # the person or the reader in it: "i know", "my creativity knows no bounds", "you know the one"
    r"|\b(?:i|i'?m|im|my|me|you|your|you'?re|we|our|us)\b"
    # where the work goes, in a tattoo artist's or a maker's words: "wrist piece", "flash sheet"
    r"|^[a-z]+\s+(?:piece|sheet|page)$"
    # "…, nothing else": only what was asked; "plain composition": how it is laid out, said of the whole
    r"|^(?:and\s+)?(?:nothing|none)\s+else$"
    r"|^(?:plain|simple|clean|minimal|balanced|cent(?:er|re)d)\s+(?:composition|layout|framing|arrangement)$", _I)
# a likeness said after it: "soft as the first snow", "curled like a comma"
_LIKENESS = re.compile(r"^[a-z]+(?:\s+[a-z]+)?\s+(?:as|like)\s+(?:(?:a|an|the)\s+)?[a-z]+(?:\s+[a-z]+){0,2}$", _I)
# a sentence said of something, not a thing named: "consistency is key"
_SAID_OF = re.compile(r"^(?P<w>[a-z]+)\s+(?:is|are|was|were|knows|has)\s+(?:[a-z]+\s*){1,3}$", _I)
# "the pinnacle of art", "the bare minimum": "the", then no name of a thing that is drawn or known
_THE = re.compile(r"^the\s+(?P<rest>[a-z][a-z\s]*)$", _I)


def is_remark(body: str, ph: Phrase, names: list[str]) -> bool:
    """True for a clause that names nothing to draw and says something of the person or the request, so it is
    not drawn as a thing called "i know". `names` are the names of the things now in the picture."""
    if ph.colour or ph.size or ph.position or ph.material or ph.count > 1 or re.match(
            r"(?:a|an|one|another|some|two|three)\s", body.strip(), _I):
        return False  # "a hedgehog": one more thing
    if _LIKENESS.match(body.strip()) and not re.match(r"(?:such|the\s+same|as)\b", body.strip(), _I):
        return True  # "…, soft as the first snow": how it looks, said the poet's way
    said_of = _SAID_OF.match(body.strip())
    if said_of and not vocab.lookup(vocab.NOUNS, said_of.group("w")) and not any(
            said_of.group("w").lower() in n.lower().split() for n in names):
        return True  # "consistency is key" ("the cat is orange" is read before this)
    words = re.findall(r"[a-z]+", body.lower())
    if any(vocab.lookup(vocab.NOUNS, w) or vocab.lookup(vocab.NOUNS, w.rstrip("s")) for w in words):
        return False
    if _REMARK.search(body.strip()) or PRAISE.fullmatch(body.strip()):  # "groundbreaking", "riveting stuff"
        return True
    m = _THE.match(body.strip())
    return bool(m) and not any(w in n.lower().split() for n in names for w in words)
