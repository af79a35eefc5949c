"""A colour said to be no longer wanted: "不要黄色了 换成绿色", "i dont want it yellow anymore, make it green",
"no more yellow", "yellow is boring". The colour is one a thing has, so the thing stays (it was read as "remove
the yellow one"): beside another clause that says the new colour the clause is only the reason; alone, it asks
which colour instead.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit

_I = re.IGNORECASE
_PRONOUN = r"(?:it|him|her|them|this|that|the\s+[a-z]+(?:\s+[a-z]+)?)"
_UNWANTED_EN = re.compile(
    # "i dont want it yellow anymore", "i don't like the car yellow"
    rf"^(?:i\s+)?(?:don'?t|dont|do\s+not)\s+(?:want|like|need)\s+{_PRONOUN}\s+(?:to\s+be\s+)?(?P<v>[a-z]+)"
    r"(?:\s+any\s*more)?$"
    # "no more yellow", "not yellow anymore", "enough yellow"
    r"|^(?:no\s+more|enough(?:\s+of)?(?:\s+the)?|not)\s+(?P<v2>[a-z]+)(?:\s+any\s*more)?$"
    # "yellow is boring", "the yellow is ugly", "yellow's not it"
    r"|^(?:the\s+)?(?P<v3>[a-z]+)(?:\s+is|'s)\s+(?:so\s+|too\s+|kinda\s+|a\s+bit\s+)?(?:boring|ugly|meh|bad|dull|"
    r"not\s+it|not\s+great|not\s+good|wrong)$", _I)
# "不要黄色了", "黄色不好看", "别用黄色": without 的 ("不要黄色的了" can be the yellow one)
_UNWANTED_ZH = re.compile(r"^(?:我)?(?:不要|别要|别用|不用|不想要)(?P<v>[\u4e00-\u9fff]{1,3}?色)了?(?:吧|啊)?$"
                          r"|^(?P<v2>[\u4e00-\u9fff]{1,3}?色)(?:不好看|太丑了?|好丑|不要了|不行)(?:吧|啊)?$")


def _owner(work: MessageEdit, body: str) -> tuple[str, Subject | None] | None:
    """(the colour a clause says is no longer wanted, the thing in focus or else the first that has it), or None."""
    m = _UNWANTED_EN.match(body.strip()) or _UNWANTED_ZH.match(body.strip())
    term = vocab.lookup(vocab.COLOURS, next(v for v in m.groups() if v)) if m else None
    if term is None:
        return None
    owner = next((s for s in [work.focus(), *work.scene.subjects] if s is not None
                  and vocab.lookup(vocab.COLOURS, s.attributes.get("colour", "")) is term), None)
    return term.key, owner


def unwanted_colour(work: MessageEdit, body: str, *, after_change: bool = False) -> str | None:
    """The colour a clause says is no longer wanted, when a thing in the picture has it (or, `after_change`, had
    it before this message changed it: "换成绿色吧 黄色不好看"); else None."""
    said = _owner(work, body)
    return said[0] if said and (said[1] is not None or after_change) else None


def unwanted_value_clause(work: MessageEdit, body: str) -> bool:
    """Said alone, a colour not wanted asks which one instead: the thing is not removed, nor guessed at."""
    said = _owner(work, body)
    if said is None or said[1] is None:
        return False
    return work.ask(reply.say("ask_colour", work.language, name=reply.thing_name(said[1], work.language)))
