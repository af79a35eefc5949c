"""Singapore's and Malaysia's English, said as the rules read it: "can take it out or not", "ok can make it night
time?", "draw that can?" (a request, asked), "rock no need la", "no need the bucket", "the red one dont want
already" (take it out), "delete away the tree", "what guidance u using" (a question), "1 big circle n 1 small
circle" (and). Only words; Latin letters only."""

from __future__ import annotations

import re
from collections.abc import Callable

_I = re.IGNORECASE
_VERB = (r"(?:make|take|draw|add|put|change|remove|move|give|turn|help|do|try|get|paint|delete|shift|colou?r|set|"
         r"show|use|swap|switch)")
_WHO = {"u", "i", "you", "ye", "we", "they", "he", "she", "it", "one", "yall", "y'all", "yous"}
_CANS = {"watering", "trash", "garbage", "soda", "beer", "paint", "spray", "oil", "tin", "milk", "jerry"}
_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "can take it out or not", "ok can make it night time?": asked, the request itself
    (re.compile(rf"(?:^|(?<=[,.!?;]))(?P<lead>\s*(?:(?:ok(?:ay)?|so|then|and|also|eh|hi|pls|please)[\s,]+)*)"
                rf"can\s+(?P<v>{_VERB})\b(?P<rest>[^,.!?;]*?)(?:\s+(?:or\s+not|anot|onot|cannot))?(?=\s*[,.!?;]|\s*$)",
                _I), r"\g<lead>\g<v>\g<rest>"),
    # "…, draw that can?", "can change?": a request already said, asked after it
    (re.compile(r"(?<![a-z'])(?P<pre>[a-z']+)(?:\s*,\s*can\s*(?:or\s+not|anot)?\s*\?*|\s+can\s*(?:or\s+not|anot)?\s*\?+)"
                r"\s*$", _I),  # not "if ye can", nor "holding a watering can"
     lambda m: m.group(0) if m.group("pre").lower() in _WHO | _CANS else m.group("pre")),
    # "rock no need la", "no need the bucket lah", "the red one dont want already": take it out
    (re.compile(r"^(?!\s*(?:i|we|you|u|nah|no|nope|hmm+|ok|okay|so|but|and|it|that'?s)\b)"  # what is not needed
                r"(?P<x>(?:the|that|this)?\s*[a-z][a-z ]{0,30}?)\s+(?:no\s+need|(?:i\s+)?(?:dont|don'?t|dun)\s+"
                r"want(?:\s+(?:already|liao|le))?)(?:\s+(?:la|lah|leh|liao|already))*(?=\s*[,.!?]|\s*$)", _I),
     r"remove \g<x>"),
    # "pink not nice leh, try yellow": what is not liked, before what to try
    (re.compile(r"(?<=[a-z])(?<!\bis)(?<!'s)\s+not\s+nice(?:\s+(?:leh|lah|la|one|sia))*(?=\s*[,.!?]|\s*$)", _I),
     " looks bad"),
    # "no need the bucket", "no need hat krub", "actualy no need for the boat, take it out"
    (re.compile(r"\bno\s+need\s+(?:for\s+)?(?=(?:the|that|this|those|these)\s|(?!to\b|for\b)[a-z]+(?:\s+(?:krub|ka|la|lah|na|pls|please))*\s*(?:[,.!?]|$))",
                _I), "remove "),
    # "delete away the tree", "throw away the hat", "take away" (it): gone
    (re.compile(r"\b(?P<v>delete|remove|throw|clear)\s+away\b", _I), r"\g<v>"),
    (re.compile(r"\btake\s+away\s+(?=(?:the|that|this|those|these|it|them)\b)", _I), "remove "),
    (re.compile(r"^\s*take\s+(?:it\s+)?away\s*[.!?]*$", _I), "remove it"),
    # "rock no need la, take away", "…, he dun need": the removal said again, or why
    (re.compile(r"(?<=[,.!?])\s*(?:take\s+(?:it\s+)?away|(?:he|she|it|they|i|we)\s+(?:dun|dont|don'?t|doesn'?t|no)\s+"
                r"need(?:\s+(?:it|one|la|lah))*)\s*(?=[,.!?]|$)", _I), ""),
    # "what guidance scale r u using": are you
    (re.compile(r"(?<![\w'])r\s+(?=(?:u|you)\b)", _I), "are "),
    # "what guidance u using ah": a question, its "are" left out
    (re.compile(r"\bwhat\s+(?P<x>(?!are\b|do\b|did\b)[a-z]+)\s+(?:u|you)\s+(?=using|use)", _I), r"what \g<x> are you "),
    # "got a lantern on the left n a teapot on the right": there is, i.e. draw
    (re.compile(r"^\s*(?:(?:ok(?:ay)?|so|eh|hi)[\s,]+)*got\s+(?=(?:a|an|one|two|three|some|\d+)\s)", _I), "draw "),
    # "1 big circle n 1 small circle": and
    (re.compile(r"(?<=[a-z0-9])\s+n\s+(?=[a-z0-9])", _I), " and "),
)


def as_singlish_said(text: str) -> str:
    """The text with Singlish phrasings said as the rules read them; other text as it was."""
    if not re.search(r"[A-Za-z]", text):
        return text
    for pattern, said in _RULES:
        text = pattern.sub(said, text)
    return text
