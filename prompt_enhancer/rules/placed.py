"""What is placed at a thing ("a cat on the sofa", "在沙发上"): the thing is a place for them. Taken out, they are no
longer placed anywhere; and "them" are the things, not the place they are at."""

from __future__ import annotations

from dialog import vocabulary as vocab
from dialog.scene import Subject


def placed_at(subject: Subject, subjects: list[Subject]) -> list[Subject]:
    """The other subjects whose position names this one ("on the branch"); grid positions name no subject."""
    name = subject.name.lower().strip()
    return [o for o in subjects if name and o is not subject and o.position and o.position not in vocab.POSITIONS
            and name in o.position.lower()]
