""""a slice of pizza", "a little bunch of lavender", "a stack of books": how much of a thing is said before it, and
the thing is what follows "of" (pizza, lavender, books), as 一片披萨 is 披萨 in Chinese. A container ("a vase of
flowers", "a cup of tea") is no amount: parts.py reads it as the flowers, in a vase."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.patterns import alternation

_PLURAL = {"bunches": "bunch", "loaves": "loaf", "heaps": "heap", **{f"{k}s": k for k in vocab.AMOUNTS}}
_AMOUNT = re.compile(rf"(?<![A-Za-z])(?P<a>(?:a|an|one|two|three|four|five|\d{{1,2}})\s+)?"
                     rf"(?:(?P<size>little|small|big|large|huge|tiny)\s+)?"
                     rf"(?P<unit>{alternation([*_PLURAL, *vocab.AMOUNTS])})\s+of\s+(?P<x>[a-z][a-z-]*)", re.IGNORECASE)

_FLOCK_ZH = re.compile(r"(?<![\u4e00-\u9fff])一群(?=[\u4e00-\u9fffA-Za-z])")


def take_amount(text: str) -> tuple[str | None, str | None, str, str]:
    """(amount key, size said of it, the text without "a … of", the first word of the thing): a key of
    vocab.AMOUNTS, or (None, None, text, "") where no amount is said."""
    m = _AMOUNT.search(text)
    if not m:
        zh = _FLOCK_ZH.search(text)  # 一群海鸥: seagulls, a flock of them
        return ("flock", None, text[: zh.start()] + text[zh.end():], "") if zh else (None, None, text, "")
    size = {"little": "small", "tiny": "small", "large": "big", "huge": "big"}.get((m.group("size") or "").lower(),
                                                                                    m.group("size"))
    kept = m.group("a") or ""
    unit = m.group("unit").lower()
    return _PLURAL.get(unit, unit), size, text[: m.start()] + kept + text[m.start("x"):], m.group("x")
