"""The picture's setting named by its own word in a change: "change the beach to a park", "把海滩换成公园",
"swap the forest for a desert". The beach is where the picture is, not a thing in it (it asked which thing was
meant); the change is the background's, read by setting_handlers.background_clause.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.setting_handlers import background_clause
from prompt_enhancer.rules.setting_phrase import parse_place

_CHANGE_EN = re.compile(r"^(?:change|turn|make|switch|swap|replace)\s+(?:the\s+)?(?P<old>[a-z]+(?:\s+[a-z]+)?)\s+"
                        r"(?:to|into|with|for)\s+(?P<new>\S.*)$", re.IGNORECASE)
_CHANGE_ZH = re.compile(r"^(?:把|将)?(?P<old>[\u4e00-\u9fff]{1,4}?)(?:换成|改成|变成|换为|改为)(?P<new>\S.*)$")


def setting_named_clause(work: MessageEdit, body: str) -> bool:
    """A change of the thing whose word is the Scene's setting, when no thing drawn has that name."""
    m = _CHANGE_EN.match(body.strip()) or _CHANGE_ZH.match(body.strip())
    if not m or not work.scene.background:
        return False
    old = m.group("old")
    if parse_place(old, bare=True)[0] != work.scene.background or resolve(work, old if not old.isascii()
                                                                            else f"the {old}"):
        return False
    english = old.isascii()
    return background_clause(work, f"change the background to {m.group('new')}" if english
                             else f"背景换成{m.group('new')}")
