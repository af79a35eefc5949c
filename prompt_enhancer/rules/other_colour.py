"""Another colour asked for: "帽子换个颜色吧, 白色", "change the hat colour, white", "帽子也换个颜色". With the
colour said after it, the two are one recolour (the colour alone was given to the thing in focus, and 颜色 was
taken for a thing to put in the hat's place); without one, the rules ask which colour, as they do for "换个颜色".
The same for the colour a thing has said to be unwanted: "帽子不要黄色", "the hat shouldn't be yellow".
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.clauses import COLOUR_WORD
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.patterns import alternation
from prompt_enhancer.rules.references import resolve, resolve_parts

_I = re.IGNORECASE
_COLOURS_ZH = alternation([f for t in vocab.COLOURS.values() for f in t.zh])
_COLOURS_EN = COLOUR_WORD
_OTHER_ZH = (r"(?:也|再|还)?(?:换|改|变)(?:个|一个|一种|种|下|一下)?(?:别的|其他的?|另一种|另外一种|另一个)?"
             r"(?:颜色|\s*colou?r(?![A-Za-z]))"  # "the dog 换个 colour"
             r"(?:吧|呀|啊|呢)?")


def _then_zh(said: str, verb: str) -> re.Pattern[str]:
    """The thing, what is said of its colour (`said`), then the new colour (after a verb, `verb` "?" if optional)."""
    return re.compile(rf"(?:把|给)?(?P<x>[^\s，,。；;！!？?]+?){said}[，,、\s]*(?:换成|改成|变成|就|用|要){verb}\s*"
                      rf"(?P<c>{_COLOURS_ZH}|{_COLOURS_EN})(?![A-Za-z])(?:色)?(?:的)?")


_THEN_ZH = _then_zh(_OTHER_ZH, "?")
_THEN_EN = re.compile(rf"\b(?:change|switch)\s+(?P<x>the\s+[a-z]+(?:\s+[a-z]+)?|its|his|her|their)\s+colou?rs?"
                      rf"(?:\s*,\s*|\s+to\s+|\s+)(?:(?:make\s+it|to)\s+)?(?P<c>{_COLOURS_EN})\b", _I)
_ALONE = re.compile(rf"^(?:把|给)?(?P<x>.+?){_OTHER_ZH}$"
                    r"|^(?:(?:can\s+you|could\s+you|please|pls)\s+)?(?:(?:change|switch)\s+(?P<en>the\s+[a-z]+(?:\s+[a-z]+)?|"
                    r"its|his|her|their)(?:'s)?\s+colou?rs?"
                    # "change the colour of the dog", "give the dog a different colour"
                    r"|(?:change|switch)\s+the\s+colou?rs?\s+of\s+(?P<en2>the\s+[a-z]+(?:\s+[a-z]+)?|it|him|her|them)"
                    r"|(?:give|make)\s+(?P<en3>the\s+[a-z]+(?:\s+[a-z]+)?|it|him|her|them)\s+(?:a\s+)?(?:different|"
                    r"another|new|other)\s+colou?r)(?:\s+please|\s+pls)?$", _I)
# "帽子不要黄色", "the hat shouldn't be yellow": the colour it has is not wanted (then: which one instead)
_NOT_ZH = rf"(?:不要|别要|别用|不想要)(?:是)?(?P<v>{_COLOURS_ZH})(?:色)?(?:的)?了?(?:吧|啊)?"
_NOT_EN = (r"\s+(?:should\s*n'?o?t|should\s+not|must\s*n'?o?t|must\s+not|can'?t|cannot)\s+be\s+"
           rf"(?P<v2>{_COLOURS_EN})(?:\s+any\s*more)?")
_NOT_THEN = _then_zh(_NOT_ZH, "")
_NOT_THEN_EN = re.compile(rf"\b(?P<x>the\s+[a-z]+(?:\s+[a-z]+)?){_NOT_EN}\s*[,;.]?\s*(?:(?:make\s+it|just|but|rather|"
                          rf"instead)\s+)*(?P<c>{_COLOURS_EN})\b", _I)
_NOT_ALONE = re.compile(rf"^(?P<x>[^，,]+?){_NOT_ZH}$|^(?P<en>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?){_NOT_EN}$", _I)
_OWNER = {"its": "it", "his": "him", "her": "her", "their": "them"}


def colour_said_after(text: str) -> str:
    """The message with "X 换个颜色, white" said as one recolour ("把X换成white", "make the X white")."""
    text = _THEN_ZH.sub(lambda m: f"把{m.group('x')}换成{m.group('c')}", text)
    text = _NOT_THEN.sub(lambda m: f"把{m.group('x')}换成{m.group('c')}", text)
    text = _NOT_THEN_EN.sub(lambda m: f"make {m.group('x')} {m.group('c')}", text)
    return _THEN_EN.sub(lambda m: f"make {_OWNER.get(m.group('x').lower(), m.group('x'))} {m.group('c')}", text)


def other_colour_clause(work: MessageEdit, body: str) -> bool:
    """Said alone, another colour for a thing asks which: the thing is not replaced by one called "colour"."""
    m = _ALONE.match(body.strip()) or _NOT_ALONE.match(body.strip())
    if not m:
        return False
    en = m.groupdict().get("en") or m.groupdict().get("en2") or m.groupdict().get("en3") or ""
    said = m.group("x") or _OWNER.get(en.lower(), en)
    unwanted = m.groupdict().get("v") or m.groupdict().get("v2")
    if "v" in m.groupdict() and not (unwanted and _has_colour(work, said, unwanted)):
        return False  # "猫不要黄色" of a black cat: not its colour; other rules read it
    parts = resolve_parts(work, said)
    name = parts[0].name if parts and parts[0].exists else None
    if name is None:
        subjects = resolve(work, said)
        if not subjects:
            return False
        name = reply.thing_name(subjects[0], work.language)
    return work.ask(reply.say("ask_colour", work.language, name=name))


def _has_colour(work: MessageEdit, said: str, colour: str) -> bool:
    """Whether the thing or part `said` names has `colour` now."""
    term = vocab.lookup(vocab.COLOURS, colour)
    parts = resolve_parts(work, said) or []
    values = [p.subject.parts.get(p.name, {}).get("colour", "") for p in parts if p.exists]
    values += [s.attributes.get("colour", "") for s in (resolve(work, said) or []) if not parts]
    return term is not None and any(vocab.lookup(vocab.COLOURS, v) is term for v in values if v)
