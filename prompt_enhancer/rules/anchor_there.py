"""A thing something is put at, already in the picture: "加个球在狗旁边" of a dog drawn puts the ball beside that
dog; Chinese has no "the" to say so, and the description rules drew a second dog.
"""

from __future__ import annotations

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.parts import Thing
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase


def without_things_there(work: MessageEdit, things: list[Thing]) -> list[Thing]:
    """The things to add, less a bare name another one is placed at or acts on that names one thing already
    drawn."""
    return [t for t in things if not _already_there(work, t, things)]


def _already_there(work: MessageEdit, thing: Thing, things: list[Thing]) -> bool:
    ph = parse_phrase(thing.text, global_parts=False)
    name = clean_rest(ph.rest) or (clean_rest(thing.text) if ph.shape else "")  # 在三角形下面: the triangle there
    if thing.parts or ph.indefinite or ph.colour or ph.size or not name:
        return False
    if not (thing.done_to or any(other is not thing and other.placed and name in other.placed for other in things)):
        return False  # "add a kraken attacking the ship": the ship drawn, not one more
    return sum(name_matches(s.name, name) for s in work.scene.subjects) == 1
