"""Filipino English with Tagalog words in it (Taglish), said as the rules read it: the courtesy and softening words
("po", "naman", "na lang", "lang", "eh") are no part of a thing's name, "sa top left" is "at the top left",
"pwede po a yellow star" asks for one, "pa-draw naman of a dog" is "draw a dog", and "parang ang kalat" (it looks
messy) or "para astig" (so it looks cool) say why. Before, "po" and "sa" were drawn into names ("star sa po", "cat
po") and "can you move it up po" was not read. Also "make yung basket brown" (the basket), "…, puppy lang" (only the
puppy: it is kept), "ganda sana" (pretty, hopefully), "sige, …" (ok), "ate pls draw …" (said to an elder sister), and
the particles beside Chinese ("draw po 一个苹果", "改成大的绿色的 na lang")."""

from __future__ import annotations

import re
from collections.abc import Callable

from dialog import vocabulary as vocab

_I = re.IGNORECASE
_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\bpa-?(?=draw|paint|edit|change|make|add|remove)", _I), ""),  # "pa-draw naman of a dog"
    (re.compile(r"\b(?P<v>draw|paint|make)\s+(?:naman\s+|po\s+)*of\s+(?=(?:a|an|the|some)\s)", _I), r"\g<v> "),
    (re.compile(r"^(?:(?:hi|hello)\s+)?(?:po\s+)?pwede\s+(?:po\s+)?(?:ba\s+)?(?=(?:a|an|one|some|two|three)\s)", _I),
     "can I have "),
    (re.compile(r"\bpwede\s+(?:po\s+)?(?:ba\s+)?(?:mo\s+)?"
                r"(?=(?:draw|make|move|add|remove|change|take|put|get|delete)\b)", _I), "can you "),
    # "ate pls draw …": who it is asked of (ate, an elder sister), no word of it
    (re.compile(r"^(?:ate|kuya|sir|ma'?am)\s+(?=(?:pls|please|can|could|draw|pwede|pa-?)\b)", _I), ""),
    (re.compile(r",?\s*\bparang\s+ang\s+(?:kalat|gulo)\b", _I), ", it looks messy"),
    (re.compile(r",?\s*\bpara\s+(?:astig|maganda|cute|ganda|sosyal)\b", _I), ""),
    (re.compile(r",?\s*\byung\s+[a-z]+(?:\s+lang)?(?=\s*[,.!?]*\s*$)", _I), ""),  # "…, yung cute lang"
    (re.compile(r"\byung\s+(?=[a-z])", _I), "the "),  # "make yung basket brown": the basket
    # "…, puppy lang": only the puppy ("…, simple lang": just simple, no thing kept)
    (re.compile(r"(?<=,)\s*(?P<x>[a-z]+)\s+lang\s*$", _I),
     lambda m: f" keep the {m.group('x')}" if vocab.lookup(vocab.NOUNS, m.group("x")) else ""),
    # "draw a white cat, ganda sana", "…the sun sana cute hehe", "pls sir": a wish and who it is said to
    (re.compile(r"[\s,]+(?:(?:ang\s+)?(?:ganda|maganda)\s+)?sana(?:\s+(?:cute|ganda|maganda))?(?:\s+he(?:he)+)?"
                r"(?=\s*[,.!?]*\s*$)", _I), ""),
    (re.compile(r"(?<=\bpls)\s+(?:sir|ma'?am|kuya|ate)\b|(?<=\bplease)\s+(?:sir|ma'?am|kuya|ate)\b", _I), ""),
    (re.compile(r"\bsa\s+(?=(?:the\s+)?(?:top|bottom|upper|lower|left|right|middle|cent(?:er|re)|corner)\b)", _I),
     "at the "),
    (re.compile(r"\s+(?:na\s+lang|lang|naman|po|nga|eh|talaga|muna|pala|din|rin)(?=[\s,.!?😅🙏]|$)", _I), ""),
    (re.compile(r"^(?:hi|hello)\s+po\b", _I), "hi"),
)
# Safe beside Chinese too ("sige, 改成大的绿色的 na lang", "draw po 一个小的红色苹果"): how it is asked, no word of it
_ANY_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"^(?:ay\s+)?(?:sige(?:\s+po)?|(?:ang\s+)?(?:ganda|maganda))\b[\s,!]*(?=\S)|^ay\s+(?=wait\b)", _I), ""),
    (re.compile(r"\b(?P<v>draw|add|make|put|remove|change)\s+po\b", _I), r"\g<v>"),
    (re.compile(r"\s+(?:na\s+lang|naman|po)(?=[\s,.!?]|$)", _I), ""),
)
# a word only Tagalog has: the rules above change nothing in text without one ("eh" and "para" are said elsewhere too)
_TAGALOG = re.compile(r"\b(?:po|naman|lang|pwede|yung|parang|sige|ganda|maganda|sana|"
                      r"pa-(?:draw|paint|edit|change|make|add|remove))\b"
                      r"|\bsa\s+(?:the\s+)?(?:top|bottom|left|right|middle|cent(?:er|re))\b", _I)


def taglish_said(text: str) -> str:
    """`text` with its Tagalog courtesy and joining words said in English; text without any as it was."""
    if not _TAGALOG.search(text):
        return text
    for pattern, said in _ANY_RULES:
        text = pattern.sub(said, text)
    if re.search(r"[\u4e00-\u9fff]", text):
        return re.sub(r"\s{2,}", " ", text).strip()
    for pattern, said in _RULES:
        text = pattern.sub(said, text)
    return re.sub(r"\s{2,}", " ", text).strip()
