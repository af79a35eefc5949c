"""What voice typing leaves in a message: punctuation said as a word ("a red apple comma a green pear", "i dont
want the pear anymore period") and a word heard for another ("make the balloon read": red; "lose the banana to":
too). Read as typed, "comma" joined the apple and the pear into one thing and "read" became a detail. In Chinese,
the "嗯" a speaker pauses on goes."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_SAID_MARKS = ((re.compile(r"\s+comma\b\s*", _I), ", "),
               (re.compile(r"\s+(?:period|full\s+stop)\b(?=\s*$|\s+[a-z])\s*", _I), ". "),
               (re.compile(r"\s+question\s+mark\b\s*", _I), "? "),
               (re.compile(r"\s+exclamation\s+(?:mark|point)\b\s*", _I), "! "))
# "make the balloon read", "paint it read": the colour; "…the banana to" at the end: too
_HEARD = ((re.compile(r"\b(?P<v>make|paint|turn|colou?r)\s+(?P<t>(?:it|him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?))"
                      r"\s+read\b", _I), r"\g<v> \g<t> red"),
          (re.compile(r"(?<=[a-z])\s+to(?=\s*[.!]*\s*$)", _I), " too"),
          # "a read fox in the snow", "the read one": a thing's colour (nobody draws a thing that was read)
          (re.compile(r"\b(?P<a>a|the|one|two|three|some)\s+read\s+(?!(?:it|this|that|the|a|my|me|out|about|aloud|more|"
                      r"book|books|story|stories|poem|letter|sign|note)\b)(?=[a-z])", _I), r"\g<a> red "))


# "嗯再给它戴一顶红色的小帽子", "帮我画个老奶奶 嗯 慈祥一点的": a voice typist's "um", before more words
_UM_ZH = re.compile(r"(?:^|(?<=[\s，,。]))(?:嗯+|呃+|额+)(?:[\s，,]+|(?=[\u4e00-\u9fff]))(?=\S)")


# "scarf should be blue and uhh give him a little hat too": the sound a speaker pauses on
_UM_EN = re.compile(r"(?<=[\s,])(?:u+h+m*|u+m+|e+r+m+|h+m{2,})(?=[\s,.!?]|$)[\s,]*", _I)


def as_typed(text: str) -> str:
    """`text` with dictated punctuation as marks and a misheard word as meant; other text as it was."""
    if not text.isascii():
        return _UM_ZH.sub("", text)
    for pattern, said in (*_SAID_MARKS, *_HEARD, (_UM_EN, "")):
        text = pattern.sub(said, text)
    return text.strip()
