"""The picture's look said as people put it, rewritten to the words the look rules read: "can we go black & white
on this one" (make it black and white), "can the camera be way down low looking up at it" (low angle), "a bit
moodier" (more moody); a shape or colour said to look better ("其实 triangle 更好看": 改成 triangle). Only words:
what counts as a look is the look rules' own table (parse_looks)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.setting_phrase import parse_looks

_I = re.IGNORECASE

# "can we go black & white", "let's go sepia": the look, asked for
_GO_LOOK = re.compile(r"\b(?:(?:can|could|shall)\s+(?:we|you|u)\s+|let'?s\s+|lets\s+)go\s+(?P<look>[^,.!?;]+?)"
                      r"(?:\s+(?:on|for|with)\s+(?:this|that|the)\s+(?:one|picture|pic|image))?(?=\s*(?:[,.!?;]|$))",
                      _I)
# The camera put low, or looking up: the low angle. Said with "can", "and", "maybe" before it, or alone.
_CAMERA_LOW = re.compile(r"(?:\b(?:and|also|now|maybe|ok|okay)\s+)*(?:\b(?:can|could)\s+)?\bthe\s+camera\s+"
                         r"(?:be\s+|go\s+|get\s+|sit\s+|come\s+)?(?:(?:way|really|super|all\s+the\s+way)\s+)?"
                         r"(?:(?:down\s+)?low(?:er)?(?:\s+down)?(?:\s*,?\s*(?:looking|pointing|shooting)\s+up"
                         r"(?:\s+at\s+(?:it|him|her|them|the\s+\w+))?)?"
                         r"|(?:looking|pointing|shooting)\s+up(?:\s+at\s+(?:it|him|her|them|the\s+\w+))?)"
                         r"(?=\s*(?:[,.!?;]|pls|please|$))", _I)
# "moodier", "dreamier": more of a look said with -ier
_MORE_IER = re.compile(r"\b(?P<stem>[a-z]{3,})ier\b", _I)


# "emm 其实 triangle 更好看", "a square would look better", "还是红色好看": a shape or a colour preferred, asked for
_BETTER = re.compile(r"^(?:(?:e+m+|m{2,}|hmm+|嗯+|um+|actually|maybe|i\s+think|nah|no)[\s,，]*)*"
                     r"(?:其实|还是|感觉|我觉得)?\s*"
                     r"(?:(?:a|an|the)\s+)?(?P<x>[a-z]+(?:\s+(?!(?:would|might|looks?|is)\b)[a-z]+)?|[\u4e00-\u9fff]{1,4}?)\s*"
                     r"(?:更好看|比较好看|好看点|好看一点|好看|更好|会更好|好些|更合适|"
                     r"(?:would|might)\s+(?:look|be)\s+(?:better|nicer|cooler)|looks?\s+better|is\s+better)"
                     r"(?:吧|啊|呢|些|一些|点)?[\s.!。！]*$", _I)


# "hmm actually dark blue would look nicer than black for the bg": a background colour preferred, asked for
_BETTER_BG = re.compile(r"^(?:(?:hmm+|um+|actually|maybe|i\s+think|nah|no|ok(?:ay)?)[\s,]*)*"
                        r"(?P<c>[a-z]+(?:\s+[a-z]+)?)\s+(?:would|might)\s+(?:look|be)\s+(?:(?:a\s+lot|much|way)\s+)?"
                        r"(?:better|nicer|cooler|prettier)(?:\s+than\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:for|as)\s+"
                        r"(?:the\s+)?(?:bg|background|backdrop)[\s.!]*$", _I)


def _background_preferred(m: re.Match[str]) -> str:
    said = m.group("c").strip()
    shade, _, colour = said.rpartition(" ")
    known = vocab.lookup(vocab.COLOURS, colour) and shade.lower() in ("", "light", "dark", "pale", "deep", "bright")
    return f"make the background {said}" if known else m.group(0)


def _preferred(m: re.Match[str]) -> str:
    said = re.sub(r"^(?:a|an|the)\s+", "", m.group("x").strip(), flags=_I)
    for table in (vocab.SHAPES, vocab.COLOURS):
        if vocab.lookup(table, said):
            return f"改成{said}" if vocab.has_cjk(m.group(0)) else f"make it {said}"
    return m.group(0)


# "in the middle of a clear blue sky", "across a pink sky": in the sky, and the sky's colour a look of the picture
_IN_A_SKY = re.compile(r"\b(?:in|into|across|through|up\s+in)\s+(?P<mid>the\s+middle\s+of\s+)?(?:a|the)\s+"
                       r"(?P<adj>(?:(?:clear|bright|cloudless|open|vast|wide|big|beautiful|pretty|endless)\s+)*)"
                       r"(?P<c>(?:(?:light|dark|pale|deep)\s+)?(?:blue|gr[ae]y|pink|orange|purple|red|golden|starry|"
                       r"cloudy|stormy)\s+)?sky\b(?P<rest>[^,.;!?]*)", _I)


def _in_the_sky(m: re.Match[str]) -> str:
    said = ("in the middle " if m.group("mid") else "") + "in the sky" + m.group("rest")
    clear = re.search(r"clear|bright|cloudless", m.group("adj"), _I)
    return said + "".join(f", {w} sky" for w in (clear and clear.group(0), m.group("c") and m.group("c").strip()) if w)


def looks_said_plainly(text: str) -> str:
    """The message with a look said casually said as the look rules read it."""
    text = _GO_LOOK.sub(lambda m: f"make it {m.group('look')}" if parse_looks(m.group("look"))[0] else m.group(0),
                        text)
    text = _BETTER_BG.sub(_background_preferred, text)
    text = _IN_A_SKY.sub(_in_the_sky, _BETTER.sub(_preferred, _CAMERA_LOW.sub("low angle", text)))
    return _MORE_IER.sub(lambda m: f"more {m.group('stem')}y" if parse_looks(m.group("stem") + "y")[0]
                         else m.group(0), text)
