"""What frames a request written as a letter or a reply, and is not part of it: a greeting ("Hi,", "Dear bot,"),
a sign-off with a name ("Thanks in advance,\\nMaria", "Kind regards"), a "P.S." label, and lines quoted from
the app's own reply ("> Here is your picture"). A message that is only such words keeps them (then "thanks" is
thanks)."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_GREETING = re.compile(r"^\s*(?:(?:hi|hello|hey|hiya|yo)(?:\s+(?:again|there|bot|all|everyone))?|dear\s+[\w ]{1,20}?"
                       r"|good\s+(?:morning|afternoon|evening))\s*[,!.:\n]\s*", _I)
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:thanks(?:\s+(?:in\s+advance|a\s+lot|so\s+much))?|thank\s+you"
                       r"(?:\s+(?:in\s+advance|so\s+much))?|many\s+thanks|(?:best|kind|warm)(?:\s+regards)?|regards|"
                       r"cheers|sincerely|yours(?:\s+truly)?|best\s+wishes)\s*[,!.]*"
                       r"(?:\s*\n\s*(?:-\s*)?[A-Z][\w.]{0,20}(?:\s+[A-Z][\w.]{0,20})?\s*[.!]?)?\s*$", _I)
_PS = re.compile(r"(?:^|(?<=[\s.!?]))p\.?\s?s\.?\s*[:,-]?\s+", _I)
_QUOTED_LINE = re.compile(r"^[ \t]{0,3}>[^\n]*(?:\n|$)", re.MULTILINE)


def without_letter_frame(text: str) -> str:
    """The message without its greeting, sign-off, P.S. label and quoted lines, unless nothing would be left."""
    body = _QUOTED_LINE.sub("", text) if re.search(r"^[ \t]{0,3}>", text, re.MULTILINE) else text
    body = _SIGN_OFF.sub("", _GREETING.sub("", body, count=1))
    body = _PS.sub("", body)
    return body.strip() if re.search(r"\w", body) else text
