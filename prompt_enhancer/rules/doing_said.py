"""What a thing does, said with the verb as people say it ("a cat that sleeps on a pillow", "my dog, he's brown and
sleeps on a rug"), said as the pose rules read it ("a cat sleeping on a pillow", "and sleeping"); "it should glow"
is "it should be glowing", "now it should wave" "it should be waving". Before, "that sleeps" was written on the cat
as a detail, "he's brown and sleeps on a rug" drew a second thing, "he's", and the staff that "should glow" got the
detail "should glow"."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A pose's verb -> the pose (a vocab.POSES key); pose_verbs.py reads "make the dog sit" by it too
POSE_ING = {"sit": "sitting", "stand": "standing", "sleep": "sleeping", "lie": "lying", "run": "running",
            "jump": "jumping", "fly": "flying", "smile": "smiling", "walk": "walking", "swim": "swimming",
            "play": "playing", "float": "floating"}
# "sleeps", "flies": said of one thing
_VERBS = {(verb[:-1] + "ies" if verb.endswith("y") and verb[-2] not in "aeiou" else verb + "s"): ing
          for verb, ing in POSE_ING.items()}
_VERB = "|".join(_VERBS)
_OFTEN = r"(?:(?:always|usually|often|just|likes\s+to|loves\s+to)\s+)?"
_THAT = re.compile(rf"\b(?:that|who|which)\s+{_OFTEN}(?P<v>{_VERB})\b", _I)
# "and sleeps on a rug", "and swims": only before a place or at the end, where nothing else can follow the verb
_AND = re.compile(rf"\band\s+{_OFTEN}(?P<v>{_VERB})(?=\s+(?:in|on|at|under|by|next\s+to|beside|over|above|near)\s"
                  r"|\s*[,.!]|\s*$)", _I)


# "his staff should glow", "it should sparkle": how it should be ("should be glowing"), read as a value
_SHOULD_ING = {"glow": "glowing", "shine": "shining", "sparkle": "sparkling", "twinkle": "twinkling", "wave": "waving",
               "dance": "dancing", "smile": "smiling", "sit": "sitting", "stand": "standing", "sleep": "sleeping",
               "jump": "jumping", "fly": "flying", "swim": "swimming", "run": "running", "lie": "lying"}
_SHOULD_GLOW = re.compile(r"\b(?P<m>should|must|needs?\s+to|has\s+to)\s+(?P<v>" + "|".join(_SHOULD_ING)
                          + r")\b(?:\s+down\b)?(?!\s+(?:to|into|onto|away|over|across|through)\b)", _I)


# "wake it up", "wake the cat up": awake (no longer sleeping); "light the candle": lit
_WAKE = re.compile(r"^wake\s+(?P<t>it|him|her|them|the\s+[a-z]+)\s+up$|^wake\s+up\s+(?P<t2>the\s+[a-z]+)$", _I)
_LIGHT = re.compile(r"^light\s+(?P<t>it|the\s+[a-z]+)(?:\s+up)?$", _I)


# "a skeleton, kinda hunched over", "bent over": the pose, with no "over" left to read as a place
_OVER = re.compile(r"\b(?P<p>hunched|stooped|bent|leaning)\s+over(?=\s*(?:[,.!?;]|$))", _I)


def as_doing_said(text: str) -> str:
    """`text` with "that sleeps" said as "sleeping" and "and sleeps on …" as "and sleeping on …"."""
    if not text.isascii():
        return text
    text = _WAKE.sub(lambda m: f"make {m.group('t') or m.group('t2')} awake", text)
    text = _LIGHT.sub(lambda m: f"make {m.group('t')} lit", text)
    text = _THAT.sub(lambda m: _VERBS[m.group("v").lower()], text)
    text = _SHOULD_GLOW.sub(lambda m: f"{m.group('m')} be {_SHOULD_ING[m.group('v').lower()]}", text)
    text = _OVER.sub(lambda m: m.group("p"), text)
    return _AND.sub(lambda m: f"and {_VERBS[m.group('v').lower()]}", text)
