"""A thing moved to one not in the picture, named as new: "he is sitting under a cherry tree", "put the cat on a
sofa". The new one is drawn too, as when both are said in one description ("an old man under a cherry tree"); before,
the man was "under a cherry tree" in the prompt and no tree was in the Scene, so the next turn could not name it.
An anchor said by a pronoun in Chinese ("让它站在她左边") is named too: "她左边" would lose who she is in the prompt.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.scene import Subject
from prompt_enhancer.rules.drawn_alone import is_new_subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.references import resolve

_NEW_ANCHOR = re.compile(r"^(?P<p>(?:on|in|under|beside|behind|near|next\s+to|in\s+front\s+of|on\s+top\s+of|inside|"
                         r"against|by))\s+(?:a|an)\s+(?P<x>[a-z]+(?:\s+[a-z]+)?)$", re.IGNORECASE)

_ZH_PRONOUN_ANCHOR = re.compile(r"^(?P<who>他们|她们|他|她)"
                                r"(?=的?(?:旁边|左边|右边|上面|下面|后面|前面|附近|边上|左侧|右侧))")


def anchor_added(work: MessageEdit, position: str) -> str:
    """The position with its new anchor drawn and named as there ("under the cherry tree"), or as it was."""
    said = _ZH_PRONOUN_ANCHOR.match(position.strip())
    if said:  # "她左边": the girl's left
        found = resolve(work, said.group("who"))
        if found and len(found) == 1:
            return found[0].name + position.strip()[said.end("who"):]
    m = _NEW_ANCHOR.match(position.strip())
    if m is None or not (vocab.lookup(vocab.NOUNS, m.group("x")) or vocab.lookup(vocab.NOUNS, m.group("x").split()[-1])
                         or is_new_subject(m.group("x"))):  # "a christmas tree": a tree of a kind
        return position
    name = m.group("x")
    if not any(name_matches(s.name, name) for s in work.scene.subjects):
        anchor = Subject(id=work.scene.next_subject_id(), name=name)
        work.scene.subjects.append(anchor)
        work.touch(anchor, EditKind.ADD)
    return f"{m.group('p')} the {name}"
