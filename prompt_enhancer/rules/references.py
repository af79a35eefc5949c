"""Which existing subjects a phrase points at ("it", "the red circle", "猫", "them").

Reads the Scene, never edits it.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import GENERIC_THINGS, PRONOUNS_ALL, PRONOUNS_ONE, Phrase, clean_rest, parse_phrase

_I = re.IGNORECASE


def resolve(work: MessageEdit, text: str) -> list[Subject] | None:
    """The existing subjects a phrase refers to ("it", "the red circle", "猫", "them"), or None if it names none.

    An indefinite phrase ("a circle", "一个圆形") names a new thing, never an existing one.
    """
    subjects = work.scene.subjects
    raw = re.sub(r"(?:the\s+)?(?:colou?r|size|material|shape|position)\s+of\s+|'s\s+colou?r|的?(?:颜色|大小|材质|位置)",
                 " ", text, flags=_I)
    raw = re.sub(r"\b(?:its)\s+(?:colou?r|size|material)\b", "it", raw, flags=_I)
    key = clean_rest(raw).lower()
    key = re.sub(r"^(?:把|将|让|使)", "", key)
    if not subjects:
        return None
    if key in PRONOUNS_ALL or re.fullmatch(r"(?:all|both|every|each)(?:\s+\w+)*|(?:所有|全部|两个)的?\S*|\S*都", key):
        return list(subjects)
    if key in PRONOUNS_ONE or not key and not raw.strip():
        focus = work.focus()
        return [focus] if focus else None
    ph = parse_phrase(raw, global_parts=False)
    if ph.indefinite and not ph.definite:
        return None
    name = ph.rest.lower()
    if name in PRONOUNS_ONE:
        name = ""
    generic = name in GENERIC_THINGS or name in ("one", "ones", "things", "shapes", "objects", "个", "那个", "这个")
    if generic:
        name = ""
    if not (ph.shape or name or ph.colour or ph.size or ph.position or ph.material):
        focus = work.focus() if generic else None  # "the shape", "that thing"
        return [focus] if focus else None
    found = [s for s in subjects if _matches(s, ph, name)]
    if not found:
        return None
    plural = ph.count > 1 or (bool(re.search(r"(?:[a-z]s|们)$", name))
                              and not any(s.name.lower() == name for s in found))
    if plural:
        return found
    focus = work.focus()
    return [focus] if focus in found else [found[-1]]


def _matches(subject: Subject, ph: Phrase, name: str) -> bool:
    if ph.shape and vocab.lookup(vocab.SHAPES, subject.name) is not vocab.SHAPES[ph.shape]:
        return False
    if name and not name_matches(subject.name, name):
        return False
    if ph.colour and subject.attributes.get("colour") != ph.colour:
        return False
    if ph.size and subject.size != ph.size:
        return False
    if ph.position and subject.position != ph.position:
        return False
    return not (ph.material and subject.attributes.get("material") != ph.material)


def name_matches(name: str, said: str) -> bool:
    """'the cat' finds "fluffy cat", "猫" finds "cat", "balls" finds "ball"."""
    name, said = name.lower().strip(), said.lower().strip()
    if not name or not said:
        return False
    if name == said or said in name.split() or (vocab.has_cjk(said) and said in name):
        return True
    singular = re.sub(r"(?<=[a-z])(?:es|s)$", "", said)
    if singular and (singular == name or singular in name.split()):
        return True
    for table in (vocab.SHAPES, vocab.NOUNS):
        a, b = vocab.lookup(table, name), vocab.lookup(table, said) or vocab.lookup(table, singular)
        if a is not None and a is b:
            return True
    return False
