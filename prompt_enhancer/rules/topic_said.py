"""Things talked about before the request that names them by a pronoun: "I find that the clouds make the sky rather
crowded. Would you please remove them": "them" is the clouds. Before, the first sentence asked "the cloud already
in the picture or one more?" and "them" took out everything. "the cubs way too close to her. put it on the far
right": the cub is in focus, so "it" is the cub.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve

_SAID_OF = re.compile(r"^(?:i\s+(?:find|think|feel)\s+(?:that\s+)?)?"
                      r"(?P<t>(?:the|those|these)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                      r"(?:make|makes|made|look|looks|looked|feel|feels|seem|seems|is|are)\s+"
                      r"(?:(?:the|it|everything|things)\s+(?:[a-z]+\s+)?)?(?:(?:rather|a\s+bit|too|kind\s+of|kinda|quite|"
                      r"very|so|a\s+little|way)\s+)*(?:crowded|busy|cluttered|messy|distracting|much|loud|heavy|cramped|"
                      r"full|weird|odd|off|out\s+of\s+place)$", re.IGNORECASE)
# "the cubs way too close to her": what is wrong with one thing; a later "it" is that thing
_TOO_CLOSE = re.compile(r"^(?P<t>(?:the|that|this)\s+[a-z]+?)(?:'s|s)?\s+(?:is\s+|are\s+)?"
                        r"(?:way\s+|much\s+|a\s+bit\s+|kinda\s+|far\s+)?too\s+(?:close|near)\s+to\b.*$", re.IGNORECASE)
_THEY = re.compile(r"(?<!as\s)\b(?:them|they|those)\b", re.IGNORECASE)


def topic_clause(work: MessageEdit, body: str) -> bool:
    """A complaint about things in the picture: they are what a later "them" in this message means."""
    m = _SAID_OF.match(body.strip()) or _TOO_CLOSE.match(body.strip())
    found = resolve(work, m.group("t")) if m else None
    if not found:
        return False
    work.topic = m.group("t")
    work.scene.focus = found[-1].id
    return True


def them_as_said(work: MessageEdit, body: str) -> str:
    """The clause with "them" as the things talked about before, when there were some: once, for the next clause
    that says it ("leaving the house as they are" after it keeps its "they")."""
    if not work.topic or not _THEY.search(body):
        return body
    said, work.topic = _THEY.sub(lambda _: work.topic, body, count=1), ""
    return said
