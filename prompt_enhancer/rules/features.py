"""Features a thing has by nature (a beard, a tail, wings, a roof), as the rules read them: one set of their
names, and a feature said alone with how it looks ("白胡子", "long white hair"), which is a part, not a thing."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

HAD = frozenset(w.lower() for w in vocab.HAD)


def feature_alone(text: str) -> str | None:
    """The feature's name when `text` is only how a feature looks (a colour, a size or length), with no count
    and no place ("a red tail" is a thing added on its own); else None."""
    if not any(text.strip().lower().endswith(w) for w in HAD):  # cheap first: most clauses end with no feature
        return None
    if re.match(r"^\s*(?:a|an|one|some|the)\b|^\s*[一两二三几]", text, re.IGNORECASE):
        return None
    ph = parse_phrase(text, global_parts=False)
    name = clean_rest(ph.rest).lower()
    if ph.position or ph.count > 1:
        return None
    # 胡萝卜鼻子, 红色长发: a feature of two characters or more, named with what it is like, is one too
    like = next((w for w in _ZH_FEATURES if name.endswith(w) and 0 < len(name) - len(w) <= 3
                 and not re.search(r"[着有的了要留长戴穿拿带是]", name)), None)  # not 留白胡子: a verb, read elsewhere
    return name if ((ph.colour or ph.size) and name in HAD) or like else None


_ZH_FEATURES = tuple(w for w in HAD if vocab.has_cjk(w) and len(w) >= 2)
