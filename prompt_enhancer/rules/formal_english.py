"""English as a retired teacher writes it, said as the rules read it: "The building ought to be red" (should be),
"I should like a few seagulls" (I'd like), "Might you add a bird" (could you), "the bottom right-hand corner",
"…, if it is no trouble" and "May I ask, before we go any further, whether there is a way to print this?" (the
courtesy is no word of the request). Each was read as a thing ("I should like few seagulls") or not read at all.
("a good deal smaller" is spelling.py's, with the other ways of saying "a lot".)
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.learner_english import Rules, rewritten

_I = re.IGNORECASE
_RULES: Rules = (
    (re.compile(r"\bought\s+to\b", _I), "should"),
    (re.compile(r"\b(?:i|we)\s+(?:should|would)\s+(?:very\s+much\s+)?like\b", _I), "I'd like"),
    (re.compile(r"\bmight\s+(?=(?:you|i|he|she|it|they|we)\s)", _I), "could "),
    # "could she also be wearing a hat": also, of one more thing, before what she is to do
    (re.compile(r"\b(?P<v>could|can|would|should|might)\s+(?P<w>he|she|it|they)\s+also\s+", _I), r"\g<v> \g<w> "),
    (re.compile(r"(?:(?<=\bleft)|(?<=\bright))(?:-|\s+)hand\b(?=[\s-]+(?:side|corner|edge)\b)"
                r"|(?:(?<=\bleft)|(?<=\bright))-hand\b", _I), ""),
    (re.compile(r"[,\s]*\bif\s+(?:it\s+is|it'?s)\s+(?:not\s+too\s+much\s+trouble|no\s+trouble|not\s+a\s+bother)\b"
                r"|[,\s]*\bif\s+you\s+(?:would\s+be\s+so\s+kind|please|don'?t\s+mind)\b(?=\s*[.!?]*$|\s*,)"
                # "…, if that is possible", "if possible"
                r"|[,\s]*\bif\s+(?:(?:that|it|this)\s+(?:is|'s|would\s+be)\s+)?(?:at\s+all\s+)?possible\b"
                r"(?=\s*[.!?]*$|\s*,)", _I), ""),
    # "I would prefer it in dark green", "I'd prefer them smaller": how it should be, said as a preference
    # ("in the corner" is where: it stays)
    (re.compile(r"\b(?:i|we)(?:'d|\s+would|\s+should)\s+(?:much\s+)?prefer\s+(?P<who>it|them|him|her)\s+"
                r"(?:in\s+(?!the\b|a\b|an\b))?", _I), r"make \g<who> "),
    # "I'd like it moved up to the top", "we would like him placed on the left": the move, said as a wish
    (re.compile(r"\b(?:i|we)(?:'d|\s+would|\s+should)\s+(?:very\s+much\s+)?like\s+(?P<who>it|them|him|her)\s+"
                r"(?:moved|placed|put|shifted|positioned|brought)\b", _I), r"move \g<who>"),
    # "I would be grateful for a picture of a horse": a wish, as the rules read one
    (re.compile(r"\b(?:i|we)(?:'d|\s+would|\s+should)\s+be\s+(?:very\s+|most\s+|so\s+)?grateful\s+for\b", _I),
     "I'd like"),
    (re.compile(r"^(?:may|might|could)\s+i\s+ask(?:\s+you)?[,\s]+(?:(?:before\s+we\s+go\s+(?:any\s+)?further|first)"
                r"[,\s]+)?(?:whether|if)\s+", _I), "is it so that "),
    (re.compile(r"^is\s+it\s+so\s+that\s+there\s+is\s+a\s+way\b", _I), "is there a way"),
    # "Now, if you could, move the dog…", "Paint me, if you would, a heron": the courtesy between commas
    (re.compile(r"\s*,\s*if\s+you\s+(?:could|can|would|might|may)\s*,\s*", _I), " "),
    (re.compile(r"\s*,\s*(?:please|pls|kindly|i\s+pray(?:\s+you)?|i\s+beg\s+(?:of\s+)?you|pray)\s*,\s*"
                r"(?=(?:of|a|an|the|some|one|two|three)\s)", _I),
     " "),  # "a picture, please, of a cat", "paint me, i pray, a little boat" ("…, please, nothing fancy": a clause)
    # "a cat, white as milk", "as big as a house": the colour or the size, said with a likeness
    (re.compile(r"\b(?:as\s+)?(?P<v>[a-z]+)\s+as\s+(?:(?:a|an|the)\s+)?[a-z]+(?:\s+[a-z]+)?(?=\s*(?:[,.;!?]|$))", _I),
     lambda m: m.group("v") if vocab.lookup(vocab.COLOURS, m.group("v")) or vocab.lookup(vocab.SIZES, m.group("v"))
     else m.group(0)),
    # "a close-up, bathed in soft light": the light of the picture, said of the one in it
    (re.compile(r"(?:^|[,\s]+)(?:bathed|drenched|washed)\s+in\s+(?=(?:soft|warm|cold|cool|golden|dim|bright|moon|candle|"
                r"morning|evening)\s*(?:light|lighting|glow)\b)", _I), ", "),
    # "a boat upon the sea", "Dream me a small white rabbit": a poet's words for on and for draw
    (re.compile(r"\bupon\b", _I), "on"),
    # "Crown him with a crown of gold", "on the blue one's head, set a tiny golden crown": given to wear
    (re.compile(r"\bcrown\s+(?=(?:him|her|it|them|the\s+[a-z]+)\s+with\s)", _I), "give "),
    (re.compile(r"^(?:and\s+)?on\s+(?P<o>(?:the|his|her|its)\s+[a-z]+(?:\s+[a-z]+)?)'s\s+head\s*,?\s*"
                r"(?:set|place|put|lay|rest)\s+(?=(?:a|an|one)\s)", _I), r"give \g<o> "),
    (re.compile(r"^(?:(?:please|kindly)\s+)?(?:dream|conjure)(?:\s+up)?\s+(?:me|us)\s+(?=(?:a|an|one|some|two|three)\s)",
                _I), "draw "),
    # "I wonder whether you might remove the triangle", "I was wondering if maybe you could perhaps add a hat"
    (re.compile(r"^(?:i\s+)?(?:wonder|was\s+wondering|am\s+wondering|were\s+wondering)\s+(?:whether|if)\s+"
                r"(?:(?:maybe|perhaps)\s+)?you\s+(?:might|could|would|can)\s+(?:(?:maybe|perhaps|possibly)\s+)?", _I),
     "could you "),
    (re.compile(r"[,\s]+as\s+(?:they|people)\s+(?:say|call\s+it)\b", _I), ""),  # "a wide shot as they say"
    # "I wonder if it might be possible to draw me a bird bath", "could i trouble you for a small green triangle"
    (re.compile(r"^(?:i\s+)?(?:wonder|was\s+wondering)\s+(?:whether|if)\s+it\s+(?:might|would|could)\s+be\s+possible"
                r"\s+(?:for\s+you\s+)?to\s+", _I), "could you "),
    (re.compile(r"\b(?:could|might|may|can)\s+i\s+(?:trouble|bother)\s+you\s+for\b", _I), "I'd like"),
    # courtesy said about the request, no word of it: "if you'd be so good", "if you follow me", "there's a good
    # chap", "…, do you think?"
    (re.compile(r"[,\s]*\bif\s+it\s+isn'?t\s+too\s+much\s+trouble\b[,]?"
                r"|[,\s]*\bif\s+you'?d\s+be\s+so\s+(?:good|kind)\b"
                r"|[,\s]*\bif\s+you\s+follow\s+me\b"
                r"|[,\s]*\b(?:would|will)\s+you\s*,\s*there'?s\s+a\s+good\s+[a-z]+\b"
                r"|[,\s]*\bthere'?s\s+a\s+good\s+(?:chap|lad|girl|boy|fellow|dear)\b"
                r"|[,\s]*\bdo\s+you\s+think\s*(?=\?)", _I),
     ""),
    # "could the red one perhaps be purple", "a touch further to the right", "rather dramatic lighting", "fast
    # asleep": how softly it is asked, no word of what
    (re.compile(r"\b(?:perhaps|possibly)\s+(?=be\b)", _I), ""),
    (re.compile(r"^i\s+wonder\s+(?=(?:could|would|can|might)\s+you\b)", _I), ""),  # "i wonder could you make …"
    # "a moody, sepia sort of feel": the feel, how softly said no word of it
    (re.compile(r"\b(?:sort|kind)\s+of\s+(?=(?:feel|feeling|look|vibe|mood|atmosphere)\b)", _I), ""),
    # "can it be bigger but also smaller": a size asked of it, as "make it" asks
    (re.compile(r"^(?:can|could)\s+it\s+be\s+(?=(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?(?:bigger|smaller|larger|"
                r"taller|shorter)\b)", _I), "make it "),
    (re.compile(r"\ba\s+touch\b(?=\s+(?:further|more|higher|lower|bigger|smaller|darker|lighter|to|up|down|left|right)\b)",
                _I), "a bit"),
    (re.compile(r"(?<!\bd\s)(?<!would\s)(?<!\bi\s)\brather\s+(?!than\b)(?=[a-z])", _I), ""),
    (re.compile(r"\b(?:fast|sound)\s+(?=asleep\b)", _I), ""),
    (re.compile(r"[,\s]+the\s+way\s+(?:they|it|he|she|cats|dogs)\s+(?:do|does|always\s+do)\b", _I), ""),
    (re.compile(r"[,\s]+as\s+if\s+(?:one|you|i|we)\s+(?:were|was)\s+(?:a\s+bird|flying)\b", _I), ""),
    # "a lighthouse in place of the windmill", "could we do without it": instead of it, and without it
    (re.compile(r"\bin\s+place\s+of\b", _I), "instead of"),
    # "turn it into a puppy for him": who it is turned for ("glasses for her" are given to her)
    (re.compile(r"(?<=\binto\s)(?P<x>(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+for\s+(?:him|her|them)\b", _I), r"\g<x>"),
    (re.compile(r"\b(?:could|can|might)\s+(?:we|you)\s+(?:do|go|manage)\s+without\s+(?=it\b|them\b|him\b|her\b|the\s)",
                _I), "could you remove "),
    (re.compile(r"\bshall\s+be\b", _I), "should be"),  # "The basket shall be brown"
    # "I no longer require the boat", "Could the swan be placed at the bottom right"
    (re.compile(r"\b(?:i|we)\s+(?:do\s+)?no\s+longer\s+(?:require|need|want)\b", _I), "I do not need"),
    (re.compile(r"\bbe\s+(?:placed|positioned|situated|located|moved)\s+(?=(?:at|in|on|to|towards)\s)", _I), "be "),
)


def as_formally_said(text: str) -> str:
    """The text with a formal writer's phrasings said as the rules read them; other text as it was."""
    return rewritten(text, _RULES)
