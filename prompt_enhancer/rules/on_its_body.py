"""A thing added on a subject's body or side ("a gold buckle on the front", "2 buttons on his belly", "a screen on
its chest", "antenna on head"): the subject's part, not a thing standing on its own. The owner is the one
subject, else the one in focus ("his", "its": the one just spoken of)."""

from __future__ import annotations

import re

from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit

_ON_BODY = re.compile(r"\s+on\s+(?:(?P<whose>his|her|its|their|the)\s+)?"
                      r"(?P<where>(?:(?:left|right)\s+)?(?:arms?|wrists?|hands?|legs?|shoulders?|cheeks?|ears?|paws?)|"
                      r"head|chest|belly|tummy|back|front|side|face|nose|neck|tail|lid|body|forehead|feet|collar)"
                      r"(?:\s+(?:black|white|red|blue|green|yellow|gold|silver)\s+ones?)?$", re.IGNORECASE)


# A creature put on someone ("a bird on his head", "a crow perched on its head") stands there on its own
_CREATURE = re.compile(r"\b(?:birds?|crows?|ravens?|owls?|parrots?|butterfl(?:y|ies)|bees?|ladybugs?|frogs?|cats?|"
                       r"kittens?|dogs?|pupp(?:y|ies)|mouse|mice|rats?|squirrels?|monkeys?|snails?|spiders?|flies|fly|"
                       r"dragonfl(?:y|ies)|bugs?|lizards?|snakes?|fish|chicks?|ducks?|pigeons?|sparrows?|robins?|"
                       r"hamsters?|rabbits?|bunn(?:y|ies)|fair(?:y|ies)|bab(?:y|ies)|child|kids?|girls?|boys?|man|men|"
                       r"woman|women|person|people)\b", re.IGNORECASE)


def body_owner(work: MessageEdit, np: str) -> Subject | None:
    """The subject whose body or side `np` puts a thing on; None when it names no such place or no one owner."""
    m = _ON_BODY.search(np)
    if not m or not work.scene.subjects or _CREATURE.search(np[: m.start()]):
        return None
    return work.scene.subjects[0] if len(work.scene.subjects) == 1 else work.focus()


# "a black veil over his face", "a scarf around her neck": where a worn thing goes, said with it
_OVER_BODY = re.compile(r"\s+(?:over|across|around|round|covering)\s+(?:his|her|its|their|the)\s+"
                        r"(?:face|head|eyes|neck|shoulders|nose|mouth|ears)$", re.IGNORECASE)


def without_body_place(text: str) -> tuple[str, bool]:
    """The thing given without where on the body it goes, and whether that says it is worn."""
    said = _OVER_BODY.sub("", text.strip())
    return said, said != text.strip()
