"""What one of several things wears, holds or has, said of it alone: "in a red dress", "holding a sword",
"穿红裙子", "留着胡子". Shared by the readers of "one …, one …" (drawing_handlers) and of things described in turn
(each_described)."""

from __future__ import annotations

import re

WORN_EACH = re.compile(r"^(?:(?P<en>in|wearing|with|holding|carrying)\s+|(?P<zh>穿着?|戴着?|拿着?|举着?|背着?|抱着?|"
                       r"留着?|长着?)\s*)(?P<part>\S.*)$", re.IGNORECASE)
_RELATION = {"in": "wearing", "wearing": "wearing", "with": "with", "holding": "holding", "carrying": "holding",
             "穿": "wearing", "戴": "wearing", "拿": "holding", "举": "holding", "抱": "holding", "背": "with",
             "留": "with", "长": "with"}


def worn_relation(m: re.Match[str]) -> str:
    """The relation of a WORN_EACH match: worn, held or had."""
    verb = (m.group("en") or m.group("zh")).lower()
    return _RELATION.get(verb, _RELATION.get(verb[:1], "with"))
