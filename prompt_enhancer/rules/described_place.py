"""Where one of several things goes, named by how it looks: "two cars, one red one blue, red one on the left blue one
on the right", "红的在左边". Said in the message that drew them, the red one is found among them and placed; it
moved whatever was in focus before.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.subject_changes import move_subject

_I = re.IGNORECASE
_EN = re.compile(r"^(?:and\s+)?(?:the\s+)?(?P<d>[a-z]+(?:\s+[a-z]+)?)\s+one\s+(?:is\s+|goes\s+|should\s+be\s+)?"
                 r"(?P<p>(?:on|at|in|to)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+(?:side|corner))?)$", _I)
_ZH = re.compile(r"^(?P<d>[\u4e00-\u9fff]{1,3})的(?:那[个辆只条棵朵])?(?:在|放在|放到|去)(?P<p>[\u4e00-\u9fff]{1,5})$")


def described_place_clause(work: MessageEdit, body: str) -> bool:
    """"red one on the left": the one of that colour or size, at that place."""
    m = _EN.match(body.strip()) or _ZH.match(body.strip())
    if not m or len(work.scene.subjects) < 2:
        return False
    said = parse_phrase(m.group("d"), global_parts=False)
    if not (said.colour or said.size) or clean_rest(said.rest):
        return False
    place = parse_phrase(m.group("p"))
    if not place.position or clean_rest(place.rest):
        return False
    found = resolve(work, f"the {m.group('d')} one" if m.group("d").isascii() else f"{m.group('d')}的那个")
    if not found or len(found) != 1:
        return False
    move_subject(work, found[0], place.position)
    return True
