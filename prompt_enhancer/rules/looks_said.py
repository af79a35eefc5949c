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
_BETTER = re.compile(r"^(?:(?:e+m+|m{2,}|hmm+|嗯+|um+|actually|maybe|i\s+(?:think|believe|reckon)|reckon|mate|nah|no|"
                     r"wait|"
                     r"on\s+(?:second\s+thoughts?|reflection))[\s,，]*)*"
                     r"(?:其实|还是|感觉|我觉得)?\s*"
                     r"(?:(?:a|an|the)\s+)?(?P<x>[a-z]+(?:\s+(?!(?:would|might|looks?|is)\b)[a-z]+)?|[\u4e00-\u9fff]{1,4}?)\s*"
                     r"(?:更好看|比较好看|好看点|好看一点|好看|更好|会更好|好些|更合适|"
                     r"(?:would|might)\s+(?:look|be)\s+(?:(?:a\s+lot|much|way|heaps|so\s+much)\s+)?(?:better|nicer|cooler)"
                     r"|looks?\s+better|is\s+(?:better|cuter|nicer|prettier|cooler))"
                     r"(?:吧|啊|呢|些|一些|点)?(?:\s+(?:there|here|instead))?(?:\s+(?:tbh|imo|honestly|i\s+think|lol))?"
                     # a sentence of its own, alone or first ("…, swap it": the swap it asks for)
                     r"(?=[\s.!。！]*$|[.!。！]\s|,\s*(?:swap|change|switch|do|use|turn|make)\s+(?:it|that|them)\b)",
                     _I)


# "hmm actually dark blue would look nicer than black for the bg": a background colour preferred, asked for
_BETTER_BG = re.compile(r"^(?:(?:hmm+|um+|actually|maybe|i\s+(?:think|believe|reckon)|nah|no|ok(?:ay)?)[\s,]*)*"
                        r"(?P<c>[a-z]+(?:\s+[a-z]+)?)\s+(?:would|might)\s+(?:look|be)\s+(?:(?:a\s+lot|much|way)\s+)?"
                        r"(?:better|nicer|cooler|prettier)(?:\s+than\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:for|as)\s+"
                        r"(?:the\s+)?(?:bg|background|backdrop)[\s.!]*$", _I)


def _background_preferred(m: re.Match[str]) -> str:
    said = m.group("c").strip()
    shade, _, colour = said.rpartition(" ")
    known = vocab.lookup(vocab.COLOURS, colour) and shade.lower() in ("", "light", "dark", "pale", "deep", "bright")
    return f"make the background {said}" if known else m.group(0)


# "…would look nicer. Could you change it, please?": the next sentence asks for it without saying what it is
_ONLY_DO_IT = re.compile(r"[.!。！]\s+(?:(?:could|can|would|will)\s+you\s+|please\s+|pls\s+)?"
                         r"(?:change|do|swap|switch|fix)\s+(?:it|that|this)(?:[\s,]+(?:please|pls|for\s+me))*"
                         r"[\s.!?]*$", _I)


def _preferred(m: re.Match[str]) -> str:
    if re.match(r"[.!。！]\s+(?:(?:could|can|would|will)\s+you|please|pls|make|change|turn|swap|replace)\b",
                m.string[m.end():], _I) and not _ONLY_DO_IT.match(m.string[m.end():]):
        return ""  # "I think a circle would look nicer there. Could you change the triangle into a circle?": why
    said = re.sub(r"^(?:a|an|the)\s+", "", m.group("x").strip(), flags=_I)
    for table in (vocab.SHAPES, vocab.COLOURS):
        if vocab.lookup(table, said):  # "a circle is better": it becomes a circle (not a star shaped like one)
            article = "a " if table is vocab.SHAPES and said.isascii() else ""
            return f"改成{said}" if vocab.has_cjk(m.group(0)) else f"make it {article}{said}"
    return m.group(0)


# "in the middle of a clear blue sky", "across a pink sky": in the sky, and the sky's colour a look of the picture
_IN_A_SKY = re.compile(r"\b(?:in|into|across|through|up\s+in)\s+(?P<mid>the\s+middle\s+of\s+)?(?:a|the)\s+"
                       r"(?P<adj>(?:(?:clear|bright|cloudless|open|vast|wide|big|beautiful|pretty|endless)\s+)*)"
                       r"(?P<c>(?:(?:light|dark|pale|deep)\s+)?(?:blue|gr[ae]y|pink|orange|purple|red|golden|starry|"
                       r"cloudy|stormy)\s+)?sky\b(?P<rest>[^,.;!?]*)", _I)

# "under a starry night sky": the time, and the sky a look of the picture, not a thing the telescope stands under
_UNDER_A_SKY = re.compile(r"\b(?:under(?:neath)?|beneath)\s+(?:a|the)\s+(?P<adj>(?:starry|starlit)\s+)?"
                          r"(?P<t>night|evening|morning|twilight|dawn)?\s*sky\b", _I)


def _under_the_sky(m: re.Match[str]) -> str:
    if not (m.group("adj") or m.group("t")):
        return m.group(0)
    said = [f"at {m.group('t').lower()}"] if m.group("t") else []
    return ", ".join(said + (["starry sky"] if m.group("adj") else []))


def _in_the_sky(m: re.Match[str]) -> str:
    said = ("in the middle " if m.group("mid") else "") + "in the sky" + m.group("rest")
    clear = re.search(r"clear|bright|cloudless", m.group("adj"), _I)
    return said + "".join(f", {w} sky" for w in (clear and clear.group(0), m.group("c") and m.group("c").strip()) if w)


# "way more dramatic lighting", "much more cinematic": how much more is no word of the look
_MUCH_MORE = re.compile(r"\b(?:way|much|even|far|a\s+lot|lots)\s+more\b(?!\s+(?:to|up|down|left|right|over|in|out|"
                        r"of|than)\b)", _I)
# "go more cinematic", "go darker": a look asked for at the start of a clause
_GO_BARE = re.compile(r"(?:^|(?<=[,;.!]\s))(?:(?:and|now|ok|so)\s+)?go\s+(?=more\s|[a-z]+er\b)", _I)
# "shoot it from below", "look at it from directly above", "seen from above": where the camera is ("a wide shot from
# above" says both, and is read as said)
_FROM_BELOW = re.compile(r"\b(?:shoot|(?<!wide\s)(?<!long\s)(?<!close\s)(?<!medium\s)shot|"
                         r"film|see|view|show|photograph|look\s+at|seen|viewed|shown|draw|paint|render|drawn)\s+"
                         r"(?:it|him|her|them|this|the\s+\w+\s+)?\s*from\s+(?:directly\s+|straight\s+|right\s+|way\s+)?"
                         r"(?P<w>below|underneath|beneath|above|overhead)\b", _I)
# "convert to black and white", "convert it into sepia": the look, made
_CONVERT = re.compile(r"\bconvert\s+(?:it\s+|this\s+|the\s+(?:picture|image|photo)\s+)?(?:in)?to\s+", _I)
# "bump the contrast way up", "crank up the contrast", "push the saturation": more of it
_BUMP = re.compile(r"\b(?:bump|crank|turn|push|dial|pump|boost)\s+(?:up\s+)?(?:the\s+)?(?P<x>contrast|saturation)"
                   r"(?:\s+(?:way|all\s+the\s+way|a\s+bit|a\s+lot))?(?:\s+up)?\b", _I)
# "push the palette warmer", "take the colours cooler": the picture warmer
_PALETTE = re.compile(r"\b(?:push|nudge|shift|take|bring|make|turn)\s+(?:the\s+(?:palette|colou?rs|tones?|colou?r\s+"
                      r"palette|whole\s+thing)|everything)\s+(?P<w>warmer|cooler|colder|brighter|darker|softer)\b", _I)


# "it looks too cold right now", "everything is way too warm": the other way
_TOO_COLD = re.compile(r"\b(?:it|that|this|everything|the\s+(?:picture|image|palette|colou?rs))\s+"
                       r"(?:looks?|is|'s|feels?|seems?)\s+(?:way\s+|a\s+bit\s+|kinda\s+|so\s+|much\s+)?too\s+(?P<w>cold|cool|blue|icy|warm|hot|"
                       r"orange)\b(?:\s+(?:right\s+)?now)?", _I)


def looks_said_plainly(text: str) -> str:
    """The message with a look said casually said as the look rules read it."""
    text = re.sub(r"(?<=[a-z])(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthey)(?<!\bthat)(?<!\bwe)(?<!\bi)['’]d\s+"
                  r"(?=(?:look|be)\b)", " would ", text, flags=_I)  # "a circle'd look better" ("he'd be lovely" stays)
    # "reckon it'd look better as a circle", "it would look nicer as a red one": what it should be, asked for
    text = re.sub(r"\b(?:(?:i\s+)?(?:reckon|think)\s+)?(?:it|that|this)(?:\s+would|\s+might|['’]d)\s+(?:look|be)\s+"
                  r"(?:(?:a\s+lot|much|way|heaps)\s+)?(?:better|nicer|cooler|cuter)\s+as\s+(?=(?:a|an)\s)", "make it ",
                  text, flags=_I)
    # "make it look like a painting by monet", "make it a painting by monet", "paint it like monet would": his style
    text = re.sub(r"\b(?:make|turn|paint|draw|do)\s+it\s+(?:look\s+)?(?:like\s+|into\s+|as\s+)?(?:(?:a|an)\s+)?"
                  r"(?:(?:painting|picture|drawing|piece)\s+by\s+(?!(?:a|an|the|my|our)\s)"
                  r"(?P<a>[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2}?)"
                  r"|like\s+(?!(?:a|an|the|my|our)\s)(?P<b>[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2}?)\s+would"
                  r"(?:\s+(?:paint|draw)(?:\s+it)?)?)"
                  r"(?=\s*(?:[,.!?]|$|please|pls))",
                  lambda m: f"make it {m.group('a') or m.group('b')} style", text, flags=_I)
    # "make it in the style of van gogh", "make it look like van gogh painted it": that painter's style, as
    # "make it van gogh style" says
    text = re.sub(r"\bmake\s+it\s+(?:look\s+)?(?:like\s+)?(?:in\s+the\s+style\s+of\s+"
                  r"(?P<a>[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2}?)"
                  r"|(?P<b>[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2}?)\s+(?:painted|drew|made)\s+it)"
                  r"(?=\s*(?:[,.!?]|$|please|pls))",
                  lambda m: f"make it {m.group('a') or m.group('b')} style", text, flags=_I)
    # "show her whole body", "i want to see his full body": all of the one there in the frame, not a body drawn
    text = re.sub(r"\b(?:(?:i\s+want\s+to|can\s+(?:we|you|u)|let\s+me|we\s+need\s+to)\s+)?(?:show|see)\s+"
                  r"(?:her|his|its|their|the\s+[a-z]+'?s?)\s+(?:whole|full|entire)\s+body\b", "make it full body", text,
                  flags=_I)
    # "make the crown bigger than the cat": bigger, whatever it is measured against
    text = re.sub(r"\b(?P<c>bigger|smaller|larger|taller|shorter|wider)\s+than\s+(?:the\s+|a\s+|his\s+|her\s+)?"
                  r"[a-z]+(?:\s+(?:is|are))?(?=\s*(?:[,.!?]|$|please|pls))", r"\g<c>", text, flags=_I)
    # "would ye do a close up on her face so": the picture made a close-up of the one there (not a face drawn)
    text = re.sub(r"\b(?:do|give\s+(?:me|us))\s+(?:a\s+)?close[\s-]?up\s+(?:on|of)\s+(?:her|his|its|their|the\s+[a-z]+"
                  r"(?:['’]s)?)(?:\s+(?:face|head|eyes))?\b", "make it a close-up", text, flags=_I)
    text = _GO_LOOK.sub(lambda m: f"make it {m.group('look')}" if parse_looks(m.group("look"))[0] else m.group(0),
                        text)
    text = _BETTER_BG.sub(_background_preferred, text)
    text = _FROM_BELOW.sub(lambda m: "low angle" if m.group("w").lower() in ("below", "underneath", "beneath")
                           else "top-down view", _GO_BARE.sub("make it ", _MUCH_MORE.sub("more", text)))
    text = _PALETTE.sub(lambda m: f"make it {m.group('w')}", _CONVERT.sub("make it ", text))
    text = re.sub(r"\b(?P<w>it|that|this)\s+reads\s+(?=(?:too|way\s+too|a\s+bit|kinda|so)\s)", r"\g<w> looks ", text,
                  flags=_I)  # "it reads too cold": it looks too cold
    text = _TOO_COLD.sub(lambda m: "make it warmer" if m.group("w").lower() in ("cold", "cool", "blue", "icy")
                         else "make it cooler", text)
    text = _BUMP.sub(lambda m: "more contrast" if m.group("x").lower() == "contrast" else "more saturated", text)
    text = _UNDER_A_SKY.sub(_under_the_sky, _BETTER.sub(_preferred, _CAMERA_LOW.sub("low angle", text)))
    text = _IN_A_SKY.sub(_in_the_sky, text)
    return _MORE_IER.sub(lambda m: f"more {m.group('stem')}y" if parse_looks(m.group("stem") + "y")[0]
                         else m.group(0), text)
