"""A verb with a particle said around a thing already drawn ("put the cat down", "turn the dog around", "pick
up the cat", 把狗放下, 把猫转过来): the particle is a word of the verb, never of the thing's name, and the picture
has no reading of the whole, so the rules ask. Parts held or worn ("put the ball down") are read before, by
put_away_clause."""

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


# Chinese says the same with 把 and a verb's complement: 把狗放下, 把猫转过来, 把兔子抱起来 (让狗坐下 is a pose).
_PHRASAL_ZH = re.compile(r"^(?:把|将)(?P<t>.+?)(?:放下来?|放倒|推倒|扶起来|抱起来|拿起来|举起来|捡起来|提起来|"
                         r"转过来|转过去|翻过来|翻过去|翻个身|转个身|掉个头|调个头|带回来|叫回来)(?:吧|呗|啊|呀|了|一下)*$")


def particle_clause(work: MessageEdit, body: str) -> bool:
    """"put the cat down", "turn the dog around", 把猫转过来: the thing there, handled in a way no Scene field
    holds; ask."""
    m = _PHRASAL.match(body) or _PHRASAL_ZH.match(body)
    if not m or not work.scene.subjects:
        return False
    said = m.group("t") or m.groupdict().get("t_after")
    if parse_phrase(said).has_subject_values():
        return False  # "turn the cat red over there": a value, read by the rules that change things
    targets = resolve(work, said)
    if not targets:
        return False
    work.scene.focus = targets[-1].id
    return work.ask(reply.say("ask_handled", work.language, name=reply.reply_name(targets[-1], work.language)))
