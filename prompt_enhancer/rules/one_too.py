""""one" said for a thing another has: "a girl holding a red balloon next to a boy" then "give him one too, but
blue" (a blue balloon), "give him a blue one", "he gets one too". The rules read "one" as a name ("a blue but", the
boy turned into "a blue him"); said again with the part's name, the part rules give it."""

from __future__ import annotations

import re

from dialog.scene import Scene

_I = re.IGNORECASE
_ONE = re.compile(r"^(?P<lead>(?:(?:ok|okay|and|now|also|then|pls|please|lol)[\s,]+)*)"
                  r"(?:(?:give|get)\s+(?P<who>him|her|them|it|the\s+[a-z]+)|(?P<who2>he|she|they|it|the\s+[a-z]+)\s+"
                  r"(?:gets?|needs?|should\s+(?:get|have)|can\s+(?:get|have))|(?:give|get)\s+(?P<who3>him|her|them|it|"
                  r"the\s+[a-z]+))\s+(?:(?:a|an)\s+(?P<adj>[a-z]+(?:\s+[a-z]+)?)\s+one|one)"
                  r"(?:\s+(?:too|as\s+well|also))?(?:\s*,?\s*but\s+(?:in\s+|make\s+it\s+)?(?P<but>[a-z]+(?:\s+[a-z]+)?))?"
                  r"(?:\s+(?:too|as\s+well|please|pls))?\s*[.!]*$", _I)
_OBJECT = {"he": "him", "she": "her", "they": "them", "it": "it"}


def one_said(text: str, scene: Scene) -> str:
    """The message with "one" said as the part another thing in the picture has, when there is one such part."""
    m = _ONE.match(text.strip())
    if not m:
        return text
    who = (m.group("who") or m.group("who2") or m.group("who3")).lower()
    said = [name for s in scene.subjects for name in s.parts]
    kinds = list(dict.fromkeys(said))
    if len(kinds) != 1:
        return text  # none, or several to choose from: the rules ask as before
    values = " ".join(v for v in (m.group("adj"), m.group("but")) if v)
    return f"{m.group('lead')}give {_OBJECT.get(who, who)} a {values + ' ' if values else ''}{kinds[0]}"
