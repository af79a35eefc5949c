"""The answer to "which one: the one there or one more?" that keeps the one there."""

from __future__ import annotations

import re

from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve

# The answer to "the cat already in the picture or one more cat?": "the cat already there", "the one already in the
# picture", "画面里的那只", "原来那只就行": nothing to add, the picture stays.
_ALREADY_THERE = re.compile(r"^(?:no[,\s]+)?(?:just\s+)?(?:the\s+)?(?P<t>.+?)\s+(?:that'?s\s+|which\s+is\s+)?already\s+"
                            r"(?:there|here|in\s+(?:the\s+)?(?:picture|image|drawing))$"
                            r"|^(?:就|只要)?(?:已经有的|画面里的?|现在的|已经画的|的(?=那))那?[只个条棵匹辆头](?P<t_zh>[^颜色样]*?)"
                            r"(?:就行了?|就好了?|就可以了?|吧)?$", re.IGNORECASE)


def already_there_clause(work: MessageEdit, body: str) -> bool:
    """"the cat already there", "画面里的那只就行": the thing there is meant, and nothing changes."""
    m = _ALREADY_THERE.match(body)
    if not m or not work.scene.subjects:
        return False
    said = (m.group("t") or m.group("t_zh") or "").strip()
    targets = resolve(work, said if said and said.lower() not in ("one", "ones") else "it")
    if not targets:
        return False
    work.scene.focus = targets[0].id
    work.say("already", name=reply.thing_name(targets[0], work.language),
             what="in the picture" if work.language == "en" else "画面里的")
    return True
