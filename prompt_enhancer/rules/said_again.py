"""A thing described, then named again in the same message with nothing to say it is another: "三朵红玫瑰插在白花瓶里
花瓶放在桌上", "a cat and a dog, the dog on the left". The second mention says more about the first (where it is,
what it holds), it draws no second vase. And a thing said alone when one is there: that one, or one more?"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.phrase import Phrase
from prompt_enhancer.rules.picture_changes import has_global

_COUNTED_ZH = re.compile(r"^\s*(?:再|又|还|另)?[一两二三四五六七八九十几\d]\s*"
                         r"[个只条棵朵辆艘匹座张块颗位盏面把本支根片串幅头]")


def said_again(work: MessageEdit, text: str, ph: Phrase, name: str) -> Subject | None:
    """The subject this message already drew that `text` names again, or None (a new thing is meant)."""
    if not name or ph.indefinite or ph.count > 1 or ph.colour or ph.size or ph.material or work.also:
        return None
    if _COUNTED_ZH.match(text) or (re.search(r"[A-Za-z]", text) and not re.match(r"^\s*the\s", text, re.I)):
        return None  # "一个花瓶", "a vase", "vase": one more; "the vase", 花瓶 alone: the one said
    drawn = [s for s in (work.scene.subject(i) for i in work.added) if s is not None and name_matches(s.name, name)]
    return drawn[0] if len(drawn) == 1 else None


def asked_again(work: MessageEdit, ph: Phrase, thing: str) -> bool:
    """"cat" or "a cat" alone, nothing else said, when the picture already has a cat: the person may mean that
    cat or one more, so the rules ask instead of silently drawing a second ("another cat" adds one)."""
    said = ph.colour or ph.size or ph.resize or ph.material or ph.pose or ph.position  # the shape is the thing
    if ph.count != 1 or work.also or work.second_thought or said or has_global(ph):
        return False
    there = [s for s in work.scene.subjects if name_matches(s.name, thing) or name_matches(thing, s.name)]
    if not there:
        return False
    name = reply.thing_name(there[0], work.language)
    if ph.definite:  # "the cat" alone: the one there is meant, and nothing is asked of it
        work.scene.focus = there[-1].id
        work.say("already", name=name, what="in the picture" if work.language == "en" else "画面里的")
        return True
    if work.language == "zh":
        measure = vocab.measure_word(name)
        names = f"画面里的那{measure}{name}还是再加一{measure}{name}"
    else:
        names = f"the {name} already in the picture or one more {name}"
    work.chat_replies.append(reply.say("ask_which", work.language, names=names))
    return True
