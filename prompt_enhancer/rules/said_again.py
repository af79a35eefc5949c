"""A thing described, then named again in the same message with nothing to say it is another: "三朵红玫瑰插在白花瓶里
花瓶放在桌上", "a cat and a dog, the dog on the left". The second mention says more about the first (where it is,
what it holds), it draws no second vase."""

from __future__ import annotations

import re

from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.phrase import Phrase

_COUNTED_ZH = re.compile(r"^\s*(?:再|又|还|另)?[一两二三四五六七八九十几\d]\s*"
                         r"[个只条棵朵辆艘匹座张块颗位盏面把本支根片串幅头]")


def said_again(work: MessageEdit, text: str, ph: Phrase, name: str) -> Subject | None:
    """The subject this message already drew that `text` names again, or None (a new thing is meant)."""
    if not name or ph.indefinite or ph.count > 1 or ph.colour or ph.size or ph.material or work.also:
        return None
    if _COUNTED_ZH.match(text) or (re.search(r"[A-Za-z]", text) and not re.match(r"^\s*the\s", text, re.I)):
        return None  # "一个花瓶", "a vase", "vase": one more; "the vase", 花瓶 alone: the one said
    drawn = [s for s in (work.scene.subject(i) for i in work.added) if s is not None and name_matches(s.name, name)]
    return drawn[0] if len(drawn) == 1 else None
