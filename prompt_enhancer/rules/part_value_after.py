"""A value said right after a part was given, alone: "给它加个围巾 红的", "give him a hat, a white one", "给他加个
hat, 要 white 的". It is the part's, not its owner's (the owner was not named in the clause at all).
"""

from __future__ import annotations

import re

from dialog.decision import EditKind
from dialog.prompt import part_words
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

_GIVING = ("give_clause", "wear_clause", "dress_clause", "part_value_after_clause")
_FRAME = re.compile(r"^(?:要|是|用|就|颜色)?\s*|\s*(?:的|色的)?\s*(?:吧|哦|哈|呀)?$|^(?:and\s+)?(?:a|an)\s+|\s+ones?$"
                    r"|^(?:make\s+it|in)\s+", re.IGNORECASE)


def part_value_after_clause(work: MessageEdit, body: str) -> bool:
    """The colour, material or size of the part the clause before gave, said on its own."""
    gave_last = bool(work.replies) and work.replies[-1][0] == "gave"  # "and a woolly hat, blue": given bare too
    if not (work.last in _GIVING or (work.last == "bare_clause" and gave_last)) or not work.given:
        return False
    ph = parse_phrase(_FRAME.sub("", body.strip()), global_parts=False)
    if not (ph.colour or ph.material or ph.size) or ph.shape or ph.position or clean_rest(ph.rest):
        return False
    for _ in work.given:  # "gave the boy a hat" is said again, with the hat's colour
        if work.replies and work.replies[-1][0] == "gave":
            work.replies.pop()
    for owner_id, key in work.given:
        owner = work.scene.subject(owner_id)
        if owner is None or key not in owner.parts:
            continue
        owner.parts[key] = {**owner.parts[key], **({"colour": ph.colour} if ph.colour else {}),
                            **({"material": ph.material} if ph.material else {}),
                            **({"size": ph.size} if ph.size else {})}  # "give him a beard, big and white"
        work.touch(owner, EditKind.ATTRIBUTE)
        work.say("gave", name=reply.thing_name(owner, work.language),
                 what=part_words(key, owner.parts[key], work.language))
    return True
