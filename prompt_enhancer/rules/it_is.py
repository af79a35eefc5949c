"""What the thing just named is like, said as a sentence of its own: "add his dog next to him, its a lil white pup",
"add a dog. it's a small white puppy", "draw my dog, he's brown and fluffy". Its values go to that thing; before,
the sentence was a note (or a thing called "he's") and the dog stayed plain. A sentence that names another kind
("it's a fox") is not this: that is a change of kind, read elsewhere.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules.doing_said import POSE_ING
from prompt_enhancer.rules.drawn_alone import is_new_subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.pose_verbs import posed_at
from prompt_enhancer.rules.subject_changes import add_parts, apply_value

_IT_IS = re.compile(r"^(?:and\s+|oh\s+)?(?:it'?s|its|it\s+is|he'?s|hes|he\s+is|she'?s|shes|she\s+is|"
                    r"is(?=\s+an?\s))\s+"
                    r"(?P<a>(?:a|an)\s+)?"
                    r"(?P<d>.+)$", re.IGNORECASE)
# 我家麻薯，她是一只黑猫: the same said in Chinese
_IT_IS_ZH = re.compile(r"^[她他它]就?是(?P<a>一?[只个条])?(?P<d>[\u4e00-\u9fff]{1,8}?)[呀哦啊呢哈]?$")
# "he's brown and sleeping on a rug" (doing_said.py reads "and sleeps" so): what it does, after what it is like
_DOING = re.compile(r"\s+and\s+(?:is\s+)?(?P<pose>" + "|".join(POSE_ING.values()) + r")(?:\s+down)?"
                    r"(?P<where>\s+(?:in|on|at|under|by|next\s+to|beside|over|above)\s+.+?)?\s*$", re.IGNORECASE)


def _known(word: str) -> bool:
    return vocab.lookup(vocab.NOUNS, word) is not None or is_new_subject(word)


def _doing(work: MessageEdit, focus: Subject, doing: re.Match[str] | None) -> bool:
    if doing is None:
        return True
    pose = doing.group("pose").lower()
    where = doing.group("where")
    return posed_at(work, [focus], pose, where) if where else apply_value(work, [focus], pose)


def it_is_clause(work: MessageEdit, body: str) -> bool:
    m = _IT_IS.match(body.strip()) or _IT_IS_ZH.match(body.strip())
    focus = work.focus() if m else None
    if focus is None:
        return False
    said = m.group("d")
    doing = _DOING.search(said) if not m.group("a") else None
    said = said[: doing.start()] if doing else said
    ph = parse_phrase(said)
    noun = clean_rest(ph.rest)
    kind = noun.split()[-1] if noun else ""  # "a big fat orange cat": a cat
    if not m.group("a"):  # "draw my dog, he's brown and fluffy": of a thing this message drew, by its values
        if not (ph.colour or ph.size or ph.material) or not work.added or (kind and vocab.lookup(vocab.NOUNS, kind)):
            return False
        values, _, had = said.partition(" with ")  # "she's white with black spots": the spots are hers
        return (apply_value(work, [focus], values) and (not had.strip() or add_parts(work, [focus], [("with", had)]))
                and _doing(work, focus, doing))
    person = focus.id in work.added and re.match(r"he|she|她|他", body.strip(), re.IGNORECASE)
    head = re.split(r"\s+(?:in|on|at|of|from|for|with)\s", noun)[0].split()[-1] if noun else ""
    if kind and person and not name_matches(focus.name, kind) and vocab.lookup(vocab.NOUNS, focus.name) is None:
        if _known(head) and not _known(focus.name.split()[-1]):
            # "mochi, she's a black cat": the one just drawn by its name is that kind of thing
            return apply_value(work, [focus], "a " + said) and _doing(work, focus, doing)
        if m.group("a") and not (ph.colour or ph.size or ph.material):
            return True  # "an old sea captain, he's an npc in the port town": who he is, not a thing to draw
    plain = not (ph.colour or ph.size or ph.material or ph.position)
    if plain and " " not in said.strip() and name_matches(focus.name, said.strip()):
        return True  # "(actually) is a triangle, but I prefer a circle": what it is now, said before the change
    if not (ph.colour or ph.size or ph.material) or (kind and not name_matches(focus.name, kind)):
        return False
    return apply_value(work, [focus], re.sub(rf"\b{re.escape(kind)}\b", " ", said) if kind else said)
