"""A thing of the background changed into another: "change the cherry blossoms to maple leaves" of "a cat, cherry
blossom background", 樱花改成枫叶 of 窗外是樱花 (樱花背景). The cherry blossoms are no subject, only words of the
background, so the background changes and nothing is asked (it asked which thing was meant, or drew nothing)."""

from __future__ import annotations

import re

from dialog.plurals import singular
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.picture_changes import set_background
from prompt_enhancer.rules.references import resolve

_I = re.IGNORECASE
_SWAP_EN = re.compile(r"^(?:change|turn|make|swap|replace|switch)\s+(?:the\s+)?(?P<x>[a-z][a-z -]{1,30}?)\s+"
                      r"(?:to|into|for|with)\s+(?:some\s+|a\s+|an\s+)?(?P<y>[a-z][a-z -]{1,30}?)"
                      r"(?:\s+(?:instead|please|pls))*\s*[.!]*$", _I)
_SWAP_ZH = re.compile(r"^(?:把|将)?(?P<x>[\u4e00-\u9fff]{1,6}?)(?:改成|换成|变成|改为|换为)(?P<y>[\u4e00-\u9fff]{1,6}?)"
                      r"(?:吧|了|呀|啊)?[。！!]*$")


def background_thing_clause(work: MessageEdit, body: str) -> bool:
    """The background's thing said, and what it becomes: the background with that word changed."""
    m = _SWAP_EN.match(body.strip()) or _SWAP_ZH.match(body.strip())
    background = work.scene.background or ""
    if not m or not background:
        return False
    said, new = m.group("x").strip(), m.group("y").strip()
    word = next((w for w in (said, singular(said)) if w and w.lower() in background.lower()), None)
    if word is None or resolve(work, said if not said.isascii() else f"the {said}"):
        return False  # a thing there of that name is the one changed, by the rules for things
    at = background.lower().index(word.lower())
    set_background(work, background[:at] + new + background[at + len(word):])
    return True
