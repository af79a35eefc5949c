"""A verb with a particle said around a thing already drawn ("put the cat down", "turn the dog around", "pick
up the cat"): the particle is a word of the verb, never of the thing's name, and the picture has no reading of
the whole, so the rules ask. Parts held or worn ("put the ball down") are read before, by put_away_clause."""

from __future__ import annotations

import re

from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import parse_phrase
from prompt_enhancer.rules.references import resolve

_I = re.IGNORECASE
# Verbs whose particle says how a thing is handled, not where it goes ("move it down" is a move, read elsewhere).
_VERB = r"(?:put|set|pick|turn|bring|lay|lift|flip|spin|knock|tip|roll|sit|stand|hold|stood|sat)"
_PARTICLE = r"(?:down|up|around|round|over|back|away|aside|upright)"
_TAIL = r"(?:\s+(?:now|please|pls|plz|too|again|for\s+me))*"
_PHRASAL = re.compile(rf"^{_VERB}\s+(?P<t>.+?)\s+{_PARTICLE}{_TAIL}$"
                      rf"|^{_VERB}\s+{_PARTICLE}\s+(?P<t_after>.+?){_TAIL}$", _I)


def particle_clause(work: MessageEdit, body: str) -> bool:
    """"put the cat down", "turn the dog around": the thing there, handled in a way no Scene field holds; ask."""
    m = _PHRASAL.match(body)
    if not m or not work.scene.subjects:
        return False
    said = m.group("t") or m.group("t_after")
    if parse_phrase(said).has_subject_values():
        return False  # "turn the cat red over there": a value, read by the rules that change things
    targets = resolve(work, said)
    if not targets:
        return False
    work.scene.focus = targets[-1].id
    return work.ask(reply.say("ask_handled", work.language, name=reply.reply_name(targets[-1], work.language)))
