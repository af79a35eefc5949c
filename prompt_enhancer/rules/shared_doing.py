"""What two or more things said together do, said once after the last: "a cat and a dog sitting on a couch", "a
boy and a girl walking on the beach". Each does it, where each can (a house said beside a dog sits nowhere); what
the last holds or wears stays its own."""

from __future__ import annotations

from prompt_enhancer.rules.doing import cannot_act
from prompt_enhancer.rules.thing import Thing


def shared_doing(thing: Thing, pieces: list[str]) -> Thing | None:
    """The doing and the place the earlier pieces share with the last; None when they share nothing."""
    if not thing.pose or len(pieces) < 2 or any(cannot_act(p) for p in pieces[:-1]):
        return None
    return Thing("", pose=thing.pose, placed=thing.placed)
