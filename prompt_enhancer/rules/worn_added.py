"""A worn thing added where one thing in the picture would wear it: "a girl" then "add a scarf" drew a scarf of
its own beside her, "画个雪人" then "加一条红围巾" too. The one there (or the one person among several) wears it. Two
that could ("a cat and a dog", "add a hat") leave it a thing of its own, as before; so does a shape.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import person_kind

WORN_WORDS = {w.lower() for w in vocab.WORN}


_WORN_OF = {"pearl", "silk", "leather", "straw", "woolly", "woollen", "woolen", "denim", "lace", "diamond", "beaded",
            "flower", "floral", "velvet", "satin", "fur", "furry", "crystal", "bead", "sun", "baseball", "bucket",
            "top", "bow", "wedding", "winter", "rain", "sequin", "sequined", "feather", "feathered", "golden", "jade"}


def the_wearer(work: MessageEdit, name: str) -> Subject | None:
    """Who wears the worn thing named, when the picture says it plainly."""
    words = name.split()  # "a pearl necklace", "a silk scarf": worn too (not "a boxing ring")
    last = words[-1] if len(words) == 2 and (words[0] in _WORN_OF or vocab.lookup(vocab.MATERIALS, words[0])
                                             or vocab.lookup(vocab.COLOURS, words[0])) else name
    if not any(n in WORN_WORDS or re.sub(r"s$", "", n) in WORN_WORDS for n in {name, last}):
        return None
    there = [s for s in work.scene.subjects if s.id not in work.added and not vocab.lookup(vocab.SHAPES, s.name)]
    people = [s for s in there if person_kind(s) is not None]
    if len(there) == 1:
        return there[0]
    return people[0] if len(people) == 1 else None
