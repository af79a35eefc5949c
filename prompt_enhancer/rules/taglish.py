"""Filipino English with Tagalog words in it (Taglish), said as the rules read it: the courtesy and softening words
("po", "naman", "na lang", "lang", "eh") are no part of a thing's name, "sa top left" is "at the top left",
"pwede po a yellow star" asks for one, "pa-draw naman of a dog" is "draw a dog", and "parang ang kalat" (it looks
messy) or "para astig" (so it looks cool) say why. Before, "po" and "sa" were drawn into names ("star sa po", "cat
po") and "can you move it up po" was not read."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bpa-?(?=draw|paint|edit|change|make|add|remove)", _I), ""),  # "pa-draw naman of a dog"
    (re.compile(r"\b(?P<v>draw|paint|make)\s+(?:naman\s+|po\s+)*of\s+(?=(?:a|an|the|some)\s)", _I), r"\g<v> "),
    (re.compile(r"^(?:(?:hi|hello)\s+)?(?:po\s+)?pwede\s+(?:po\s+)?(?:ba\s+)?(?=(?:a|an|one|some|two|three)\s)", _I),
     "can I have "),
    (re.compile(r"\bpwede\s+(?:po\s+)?(?:ba\s+)?(?:mo\s+)?(?=(?:draw|make|move|add|remove|change)\b)", _I), "can you "),
    (re.compile(r",?\s*\bparang\s+ang\s+(?:kalat|gulo)\b", _I), ", it looks messy"),
    (re.compile(r",?\s*\bpara\s+(?:astig|maganda|cute|ganda|sosyal)\b", _I), ""),
    (re.compile(r",?\s*\byung\s+[a-z]+(?:\s+lang)?(?=\s*[,.!?]*\s*$)", _I), ""),  # "…, yung cute lang"
    (re.compile(r"\bsa\s+(?=(?:the\s+)?(?:top|bottom|upper|lower|left|right|middle|cent(?:er|re)|corner)\b)", _I),
     "at the "),
    (re.compile(r"\s+(?:na\s+lang|lang|naman|po|nga|eh|talaga|muna|pala|din|rin)(?=[\s,.!?😅🙏]|$)", _I), ""),
    (re.compile(r"^(?:hi|hello)\s+po\b", _I), "hi"),
)
# a word only Tagalog has: the rules above change nothing in text without one ("eh" and "para" are said elsewhere too)
_TAGALOG = re.compile(r"\b(?:po|naman|lang|pwede|yung|parang|pa-(?:draw|paint|edit|change|make|add|remove))\b"
                      r"|\bsa\s+(?:the\s+)?(?:top|bottom|left|right|middle|cent(?:er|re))\b", _I)


def taglish_said(text: str) -> str:
    """`text` with its Tagalog courtesy and joining words said in English; text without any as it was."""
    if re.search(r"[\u4e00-\u9fff]", text) or not _TAGALOG.search(text):
        return text
    for pattern, said in _RULES:
        text = pattern.sub(said, text)
    return re.sub(r"\s{2,}", " ", text).strip()
