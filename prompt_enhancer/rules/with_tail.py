"""How a "with" phrase ends: on the thing it is with ("a tree with a lantern hanging from it"), or with what the
owner does ("an old man with round glasses reading the newspaper"). Read by `parts` (and, said again the other way
round, by `clauses`)."""

from __future__ import annotations

import re

from prompt_enhancer.rules.drawn_alone import is_new_subject

_I = re.IGNORECASE

# What the owner does, said after the last of its parts: "round glasses reading the newspaper".
DOING_AFTER = re.compile(r"^(?P<item>.+?\S)\s+(?P<doing>(?!(?:holding|carrying|wearing|having|riding|hanging|"
                         r"dangling|sitting|perched|resting|lying|standing|growing|glowing)\b)[a-z]{2,}ing\s+"
                         r"(?:the|a|an|his|her|its|their|some)\s+.+)$", _I)


# "a man with glasses reading a book", "a woman with long hair playing a guitar": what one does, said after what one
# has; said the other way round ("a man reading a book, with glasses"), so the book is not a "reading book" he has
HAS_THEN_DOES = re.compile(r"(?P<head>\b(?:a|an|the|one)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?P<rel>with|wearing)\s+"
                            r"(?P<part>(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?P<doing>(?!(?:holding|carrying|wearing|having|"
                            r"riding|hanging|sitting|standing|lying)\b)[a-z]{3,}ing\s+(?:a|an|the|his|her|some)\s+"
                            r"[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[,.;!?]|$))", _I)


# "a tree with lights on it", "a sofa with a cat on it", "a tree with a lantern hanging from it": what is on the
# thing said with "it" after it is the thing's (a thing drawn on its own, a cat, is placed on it instead).
WITH_ON_IT = re.compile(r"^(?P<head>.+?)\s+with\s+(?P<item>.+?)\s+(?:(?P<verb>hanging|hung|dangling|sitting|perched|"
                        r"resting|lying|standing|growing|glowing|tied|attached)\s+)?(?P<prep>on top of|on|in|inside|"
                        r"around|from|off(?:\s+of)?|under|over)\s+(?:it|them|(?:one\s+of\s+)?(?:its|the|a)\s+"
                        r"(?:branch|branches|bough|boughs|limbs?))$", _I)

# "a pink cake with candles on it and a big yellow balloon": the cake with its candles, then another thing
ON_IT_AND = re.compile(r"^(?P<first>.+?\swith\s.+?\s(?:on|in|around|on\s+top\s+of)\s+(?:it|them))\s+and\s+"
                       r"(?P<rest>(?:a|an|one|two|three|four|some|the)\s.+)$", _I)


# "a girl with an umbrella in the foreground", "a vase with flowers on a table", "a knight holding a sword under a
# tree": where the owner is, said after its parts, is the owner's place and no word of the last part's name
WHERE_LAST = re.compile(r"^(?P<body>.+?\s(?:with|holding|carrying|wearing)\s+.+?)\s+"
                        r"(?P<where>(?:in|on|at|under|beneath|behind|beside|near|by|next\s+to)\s+(?:a|an|the)\s+"
                        r"(?!(?:left|right|top|bottom|middle|center|centre|front|back|side)\b)"
                        r"[a-z](?:(?!\s+and\s)[a-z\s-])*)$", _I)


# How a part is on its thing, said after it: "(a tree with a lantern) hanging on it", "(a swing) hanging from its
# branches", "(a robot with a big antenna) on its head" (no verb). The words are no part of its name.
HANGING_ON_IT = re.compile(r"\s+(?:that\s+is\s+|which\s+is\s+)?(?:hanging|hung|dangling|swinging|sitting|perched|"
                           r"resting|glowing|tied|attached)\s+(?:on|from|off|in|to|at|under|over)\s+"
                           r"(?:it|him|her|them|(?:its|his|her|their|the)\s+[\w-]+)$"
                           r"|\s+(?:on|in|around|round|over|across|under)\s+(?:its|his|her|their)\s+[\w-]+$", _I)


# "a woman in a red dress dancing": what the owner does, said last, bare; read as "a woman dancing in a red dress"
ING_LAST = re.compile(r"^\s*(?P<who>(?:a|an|one)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                      r"(?P<parts>(?:in|with|wearing|holding)\s+.+?)\s+"
                      r"(?P<doing>dancing|smiling|laughing|waving|singing|running|walking|sitting|standing|sleeping|"
                      r"jumping|flying|swimming|playing|crying|posing|skating|skiing|surfing|"
                      # "an old lady in a rocking chair knitting a scarf": what she does, to what
                      r"(?:knitting|reading|eating|drinking|painting|writing|drawing|watching|feeding|hugging|petting|"
                      r"sewing|cooking)\s+(?:a|an|the|some|her|his|their)\s+[a-z]+(?:\s+[a-z]+)?)$", _I)


# "a viking standing on a cliff looking at the sea", "a cat on a windowsill looking outside": where one looks, said
# after where one is, is how one is turned (a detail), not the place's ("a cliff looking")
GAZING = re.compile(r"^(?P<head>.+?\b(?:on|in|at|by|under|near|beside|inside|atop)\s+(?:a|an|the|his|her|its|their|"
                    r"some)\s+[a-z]+(?:\s+[a-z]+)?)\s*,?\s+(?P<verb>looking|staring|gazing|peering|peeking|glancing)"
                    # ("looking" alone where what is looked at was read away before: "looking out at the rain")
                    r"(?P<shown>(?:\s+(?:up|down|out|outside|away|back|over|across|into|at|towards?|through|of)\b)*"
                    r"(?:\s+(?:the|a|an|his|her|its|their|some)\s+[a-z]+(?:\s+[a-z]+)?)?)\s*$", re.IGNORECASE)


def doing_first(text: str) -> str:
    """"a girl with an umbrella walking" said as "a girl walking with an umbrella"; not where the last thing listed
    is someone of their own ("a house with a red door and a cat sitting": the cat sits)."""
    m = ING_LAST.match(text)
    listed = re.split(r"\s+and\s+", m.group("parts")) if m else []
    if not m or len(listed) > 1 and is_new_subject(re.sub(r"^(?:a|an|the|one|some)\s+", "", listed[-1], flags=_I)):
        return text
    if " " in m.group("doing") and not m.group("parts").lower().startswith("in "):
        return text  # "with a hat reading the newspaper": what is read is not what the hat is with
    return f"{m.group('who')} {m.group('doing')} {m.group('parts')}"
