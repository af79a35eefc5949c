"""Things talked about before the request that names them by a pronoun: "I find that the clouds make the sky rather
crowded. Would you please remove them": "them" is the clouds. Before, the first sentence asked "the cloud already
in the picture or one more?" and "them" took out everything. "the cubs way too close to her. put it on the far
right": the cub is in focus, so "it" is the cub. A thing named alone or remarked on before a change said of it ("And
star, change to heart", "the black one looks a bit chunky, make him smaller") is what the change is about, and two
named after "swap them" ("the donkey and the basket i mean") are the two swapped.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.references import resolve, resolve_parts
from prompt_enhancer.rules.said_loosely import OBJECT_OF

_SAID_OF = re.compile(r"^(?:i\s+(?:find|think|feel)\s+(?:that\s+)?)?"
                      r"(?P<t>(?:the|those|these)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                      r"(?:make|makes|made|look|looks|looked|feel|feels|seem|seems|is|are)\s+"
                      r"(?:(?:the|it|everything|things)\s+(?:[a-z]+\s+)?)?(?:(?:rather|a\s+bit|too|kind\s+of|kinda|quite|"
                      r"very|so|a\s+little|way)\s+)*(?:crowded|busy|cluttered|messy|distracting|much|loud|heavy|cramped|"
                      r"full|weird|odd|off|out\s+of\s+place)$", re.IGNORECASE)
# "the cubs way too close to her": what is wrong with one thing; a later "it" is that thing
_TOO_CLOSE = re.compile(r"^(?P<t>(?:the|that|this)\s+[a-z]+?)(?:'s|s)?\s+(?:is\s+|are\s+)?"
                        r"(?:way\s+|much\s+|a\s+bit\s+|kinda\s+|far\s+)?too\s+(?:close|near)\s+to\b.*$", re.IGNORECASE)
# "熊猫 looks hungry，给它…", "猫 too small，把它变大": a thing named, an English word about it; "it" is that thing
_NAMED_THEN_REMARK = re.compile(r"^(?P<t>[\u4e00-\u9fff]{1,6})\s*(?:looks?|is|seems?|too|so|kinda)\s+"
                                r"[a-z]+(?:\s+[a-z]+)?$", re.IGNORECASE)
_THEY = re.compile(r"(?<!as\s)\b(?:them|they|those)\b", re.IGNORECASE)


def topic_clause(work: MessageEdit, body: str) -> bool:
    """A complaint about things in the picture: they are what a later "them" in this message means."""
    said = body.strip()
    m = _SAID_OF.match(said) or _TOO_CLOSE.match(said) or _NAMED_THEN_REMARK.match(said)
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


# "And star, change to heart please": a thing named alone, then a change said of "it" or of nothing named
# ("i want more frog, add 2 more please": the frogs, and how many more)
_THEN_OF_IT = re.compile(r"^(?:(?:please|pls|now|and|then)\s+)*(?:(?:change|turn|make|paint|colou?r|move|put|switch|"
                         r"give|shift|resize)\s+(?:(?:it|him|her)\b|(?:to|into)\s)"
                         r"|(?:remove|delete|erase|ditch|lose|drop|get\s+rid\s+of|take\s+(?:out|away))\s+(?:it|him|her)\b"
                         r"|take\s+(?:it|them)\s+(?:off|out|away)\b"
                         r"|(?:add|draw|put)\s+(?:\d+|one|two|three|four|five|another)(?:\s+more)?(?:\s+(?:please|"
                         r"pls))?$"
                         r"|(?:再|又|还)?(?:往|向|朝)[左右上下]"
                         r"|(?:can|could)\s+(?:it|he|she)\s+(?:be|wear|have|get|hold)\b|(?:it|he|she)\s+should\s+be\b)",
                         re.IGNORECASE)
_NAMED_ALONE = re.compile(r"^(?:(?:and|now|then|also|ok|okay)\s+)*(?:(?:i|we)\s+(?:want|need)\s+(?=more\s))?"
                          r"(?:the\s+|more\s+)?(?P<t>[a-z]+(?:\s+(?!as\s+well$)[a-z]+)?)(?:\s+as\s+well)?$",
                          re.IGNORECASE)

# "the black one looks a bit chunky, make him smaller", "the tutu reads a bit bubblegum, can it be a paler pink"
# ("ugh the umbrella looks bad, delete it", "sofa look ugly , take it out": said with no "the" too)
_REMARK = re.compile(r"^(?:(?:and|hmm+|ok|okay|now|ugh)[\s,]+)*(?:(?:the|that|this)\s+|(?=[a-z]+\s+looks?\s))"
                     # "the one on the right is too much, can you make it small": the one there
                     r"(?P<t>(?!(?:it|he|she|they)\b)[a-z]+(?:\s+[a-z]+)?"
                     r"(?:\s+(?:on|at|in)\s+the\s+(?:left|right|top|bottom|middle|cent(?:er|re)))?)\s+"
                     r"(?:looks?|reads?|seems?|is|feels?)\s+(?:a\s+bit\s+|a\s+little\s+|kinda\s+|too\s+|so\s+|"
                     r"really\s+|"
                     r"way\s+too\s+)?[a-z]+(?:\s+[a-z]+)?$", re.IGNORECASE)


_CAN_WEAR = re.compile(r"^\s*(?:can|could)\s+(?P<who>it|he|she)\s+(?:wear|have|get|hold)\s+(?=[a-z])", re.IGNORECASE)


def named_before(work: MessageEdit, body: str, after: str, said: str) -> str | None:
    """A thing there named alone before a change said of it ("And star, change to heart"): it is what the change
    is about, not a question whether one more is meant. The clause to read next (`said`, the one after, with "it"
    as the part named when a part was: "the tutu reads a bit bubblegum, can it be a paler pink"), or None."""
    m = _NAMED_ALONE.match(body.strip()) or _REMARK.match(body.strip())
    if not m or not _THEN_OF_IT.match(after.strip()):
        return None
    found = resolve(work, "the " + m.group("t")) or []
    one = re.search(r"\bone(?:\s+\S+\s+the\s+\S+)?$", m.group("t"))  # "the red one", "the one on the right"
    if len(found) == 1 and (name_matches(found[0].name, m.group("t")) or one):
        work.scene.focus = found[0].id
        return _CAN_WEAR.sub(lambda w: f"give {OBJECT_OF[w.group('who').lower()]} ", said)  # "…, can it wear a hat"
    parts = [] if found else resolve_parts(work, "the " + m.group("t")) or []
    if len(parts) == 1 and parts[0].exists and re.search(r"\bit\b", said):
        return re.sub(r"\bit\b", f"the {parts[0].name}", said, count=1)
    if not found and not parts and m.re is _REMARK and re.search(r"\bit\b", said):
        return re.sub(r"\bit\b", f"the {m.group('t')}", said, count=1)  # no umbrella there: "it" is asked about
    return None


_SWAP_THEM = re.compile(r"^(?:swap|switch|exchange)\s+(?:them|those|these|the\s+two)(?:\s+around)?$", re.IGNORECASE)
_TWO_NAMED = re.compile(r"^(?:i\s+mean\s+)?(?P<a>the\s+[a-z]+(?:\s+[a-z]+)?)\s+and\s+(?P<b>the\s+[a-z]+(?:\s+[a-z]+)?)"
                        r"(?:\s+i\s+mean)?$", re.IGNORECASE)


def them_named_after(body: str, after: str) -> str | None:
    """"can you swap them, the donkey and the basket i mean": the two said after "them" are the two swapped."""
    m = _TWO_NAMED.match(after.strip()) if _SWAP_THEM.match(body.strip()) else None
    return f"swap {m.group('a')} and {m.group('b')}" if m else None


def names_what_follows(body: str) -> bool:
    """Whether a clause may name what the next one is about (read before the next clause is read for it)."""
    said = body.strip()
    return bool(_NAMED_ALONE.match(said) or _REMARK.match(said) or _SWAP_THEM.match(said))
