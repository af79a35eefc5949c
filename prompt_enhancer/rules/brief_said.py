"""A brief written as notes, said as the rules read a request: "cat on sofa / living room / cartoon" (items
parted by a spaced slash), "antenna -> yellow" (a thing, then the value it takes), "bg black", "bg -> navy",
"time = sunset", "style -> watercolor", "+ small white circle top right" (one more thing), "bg stays", "cat
unchanged" (what is kept), "mascot draft: …", "quick test -> …" (a label before the brief). Only words: the
Scene is not read here, and a message with none of these marks comes back as it was.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.phrase import parse_phrase
from prompt_enhancer.rules.setting_phrase import parse_setting, parse_times

_I = re.IGNORECASE
_MARKS = re.compile(r"\s/\s|->|=>|→|\bbg\b|=|^\s*\+|\b(?:stays?|unchanged)\b|\bdraft\s*:"
                    r"|\btest(?:\s+case)?(?:\s*#?\d+)?\s*(?:->|:)", _I)
_NOTE_MARKS = re.compile(r"->|=>|→|=|^\s*\+|\b(?:stays?|unchanged)$", _I)
_LABEL = re.compile(r"^(?:(?:ok(?:ay)?|so)[.,!\s]+)?(?:[a-z]+\s+)?"
                    r"(?:draft|test(?:\s+case)?|idea|concept|mockup|wip|v\d+)(?:\s*#?\d+)?"
                    r"\s*(?:[:：]|->|=>|→)\s*", _I)
_ARROW = re.compile(r"^(?P<a>[^>→=]{1,30}?)\s*(?:->|=>|→|=)\s*(?P<b>[^>→=]{1,40})$")
_KEPT = re.compile(r"^(?P<a>(?:the\s+|my\s+)?(?!only\b)[a-z]+(?:\s+(?!stays?\b)[a-z]+)?)\s+"
                   r"(?:stays?(?:\s+the\s+same|\s+as\s+is)?|unchanged|as\s+is)$",
                   _I)
_BACKGROUND = re.compile(r"^(?:bg|background|backdrop)$", _I)


def _item(item: str) -> str:
    """One note of the brief as the request it stands for."""
    text = re.sub(r"\bbg\b", "background", item.strip().rstrip(".!;"), flags=_I)  # "bg white.": its full stop
    if text.startswith("+"):  # "+ small white circle top right": one more
        rest = text.lstrip("+ ").strip()
        return "add " + (rest if re.match(r"(?:a|an|one|two|three|some|\d+)\s", rest, _I) else "a " + rest)
    kept = _KEPT.match(text)
    if kept:  # "bg stays", "cat unchanged"
        return "keep the " + re.sub(r"^(?:the|my)\s+", "", kept.group("a"), flags=_I)  # "my cat stays": the cat
    m = _ARROW.match(text)
    if not m:
        return re.sub(r"^background\s+(?=\S)(?!.*\bbackground\b)(?P<v>.+)$", r"\g<v> background", text, flags=_I)
    what = m.group("a").strip()
    value = re.sub(r"\s+(?:please|pls|plz|thx|thanks|ty)$", "", m.group("b").strip(), flags=_I)  # "bg -> sky blue pls"
    if _BACKGROUND.match(what):  # "bg -> navy"
        return f"{value} background"
    if re.fullmatch(r"style|look", what, _I):  # "style -> watercolor"
        return f"{value} style"
    if re.fullmatch(r"time|time\s+of\s+day|light(?:ing)?|weather", what, _I):  # "time = sunset"
        return value
    said = parse_phrase(value)
    if said.has_subject_values() and not said.rest:  # "antenna -> yellow", "star -> gold"
        if vocab.has_cjk(what + value):  # "帽子 → 红色"
            return f"把{what}改成{value}"
        the = "" if re.match(r"(?:the|his|her|its)\s", what, _I) else "the "
        return f"make {the}{what} {value}"
    if parse_setting(value)[0] or parse_times(value)[0]:
        return value
    return item  # "cat -> fox": what a thing becomes, for the rules that read an arrow so


def as_brief_said(text: str) -> str:
    """`text` with a brief's notes said as requests; text without such notes comes back as it was."""
    if not _MARKS.search(text) or "\n" in text.strip():
        return text
    body = _LABEL.sub("", text.strip())
    items = [piece for piece in re.split(r"\s+/\s+|\s*,\s*|(?<=[a-z])\.\s+", body) if piece.strip()]
    if len(items) < 2 and body == text.strip() and not _NOTE_MARKS.search(body):
        return text  # "bg pink pls" alone: the background rules read it
    return ", ".join(_item(item) for item in items)
