"""Building blocks of the rules' patterns over the shared vocabulary: word edges, alternations of a table's forms
(longest first), a form -> key index, and taking matches out of a text. No tables of their own.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

WORD_L = r"(?<![A-Za-z])"
WORD_R = r"(?![A-Za-z])"


def alternation(forms: list[str]) -> str:
    """Longest first, so "天蓝色" wins over "蓝色" and "top left" over "top"; English forms match whole words."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        escaped = re.escape(form).replace("\\ ", " ").replace(" ", r"[\s-]+").replace("\\-", r"[\s-]*")
        parts.append(f"{WORD_L}{escaped}{WORD_R}" if form.isascii() else escaped)
    return "(?:" + "|".join(parts) + ")"


def index(table: dict[str, vocab.Term]) -> dict[str, str]:
    """Lower-cased form (spaces and hyphens squeezed out) -> canonical key."""
    return {squeeze(f): t.key for t in table.values() for f in (*t.forms, t.key)}


def squeeze(text: str) -> str:
    return re.sub(r"[\s-]+", "", text.lower())


def take(pattern: re.Pattern[str], text: str, first_only: bool = True) -> tuple[list[re.Match[str]], str]:
    """Matches of `pattern` and the text with them blanked out (spaces keep the neighbours apart)."""
    matches = []
    for m in pattern.finditer(text):
        matches.append(m)
        if first_only:
            break
    for m in reversed(matches):
        text = text[: m.start()] + " " + text[m.end():]
    return matches, text
