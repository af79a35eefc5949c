"""What frames a request written as a letter or a reply, and is not part of it: a greeting ("Hi,", "Dear bot,"),
a sign-off with a name ("Thanks in advance,\\nMaria", "Kind regards"), a "P.S." label, and lines quoted from
the app's own reply ("> Here is your picture"), unless only thanks follow a quoted request (then the quote is the
request). A message that is only such words keeps them (then "thanks" is thanks)."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_GREETING = re.compile(r"^\s*(?:(?:hi+|hello+|hey+|hiya|yo|howdy|greetings|g'?day|ahoy|och|oi|hallo|hola|bonjour|"
                       r"hei|hej|moin|ol[aá]|salaam|salam|marhaba|kumusta|mabuhay|sawasdee|xin\s+chao|"
                       r"salut|ciao|aloha|namaste|konnichiwa|annyeong(?:haseyo)?|ni\s*hao)"
                       r"(?:\s+(?:again|there|bot|all|everyone|matey?|mate|mon\s+ami|(?:my\s+)?(?:friends?|buddy|dude|"
                       r"man|bro|pal|guys|folks|cat|robot|ai|artist|team|boss)))?(?:\s+po)?"
                       # "morning!" and "excuse me," say hello as well as "good morning" does
                       r"|(?:mornin[g']?|afternoon|evening)(?=\s*!)|excuse\s+me"
                       r"|dear\s+[\w ]{1,20}?|good\s+(?:morning|afternoon|evening|day|night))\s*[,!.:\n]\s*", _I)
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:thanks(?:\s+(?:in\s+advance|a\s+lot|so\s+much))?|thank\s+you"
                       r"(?:\s+(?:in\s+advance|so\s+much))?|many\s+thanks|(?:best|kind|warm)(?:\s+regards)?|regards|"
                       r"cheers|sincerely|yours(?:\s+truly)?|best\s+wishes)\s*[,!.]*"
                       r"(?:\s*\n\s*(?:-\s*)?[A-Z][\w.]{0,20}(?:\s+[A-Z][\w.]{0,20})?\s*[.!]?)?\s*$", _I)
# "… but a pink one this time x": a kiss to end with (not "along the x")
_KISS = re.compile(r"(?<=[a-z.!])(?<!\bthe)(?<!\ban)(?<!\ba)\s+x{1,3}\s*[.!]*\s*$")
_PS = re.compile(r"(?:^|(?<=[\s.!?]))p\.?\s?s\.?\s*[:,-]?\s+", _I)
# What is left after a quoted line when the quote is the request: only thanks or please.
_THANKS_ONLY = re.compile(r"^\s*(?:thanks?(?:\s+you)?|thank\s+you|thx|ty|pls|please|谢谢|谢啦|多谢|麻烦了|拜托了?)"
                          r"[\s!.！。~]*$", _I)
# A quoted request, not the app's reply ("> Drew a red triangle."): it starts as one is asked for.
_ASKS = re.compile(r"^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:make|turn|change|move|put|add|remove|delete|"
                   r"draw|paint|give|swap|replace|shift|set)\b"
                   r"|^\s*(?:请|麻烦)?(?:把|将|给|再|加|画(?!好)|去掉|删|换|改|让|移|挪)", _I)
_QUOTED_LINE = re.compile(r"^[ \t]{0,3}>[^\n]*(?:\n|$)", re.MULTILINE)


def without_letter_frame(text: str) -> str:
    """The message without its greeting, sign-off, P.S. label and quoted lines, unless nothing would be left."""
    body = _QUOTED_LINE.sub("", text) if re.search(r"^[ \t]{0,3}>", text, re.MULTILINE) else text
    if body != text and _THANKS_ONLY.match(body):  # "> 把它变成 blue\n谢谢!": the request quoted, then thanks
        quoted = re.sub(r"^[ \t]{0,3}>[ \t]?", "", text, flags=re.MULTILINE)
        if not _ASKS.match(quoted):
            return body.strip()  # "> Drew a red triangle.\nthanks!": thanks for the reply quoted
        body = quoted
    body = _SIGN_OFF.sub("", _GREETING.sub("", body, count=1))
    body = _PS.sub("", _KISS.sub("", body))
    return body.strip() if re.search(r"\w", body) else text
