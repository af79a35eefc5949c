"""Moves said as a wish, a hedge or for someone else, rewritten as the rules read a move (issue 20, from the blind
splits tuning-71 ... 76): "he wants it to go all the way to the left" (a parent relaying a child), "I think it might
look better more to the left, maybe?", "and maybe up a bit too?", "pop it up to the top", "drop it down to the
bottom, same side", "move它到上面", "把它往left挪 到边上", "can you move it 往左边一点". Each was a note, a thing
kept out, or not read.

Only the words of a move are touched; what follows a way ("all the way", "a bit") is read by the move rules.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.run_on import WAY_EN, WAY_ZH

_I = re.IGNORECASE
_THING = r"(?P<t>it|him|her|them|(?:the|that|this)\s+[a-z]+(?:\s+[a-z]+)?)"
_WAY = (r"(?=(?:(?:all\s+the\s+way|a\s+(?:bit|little|tad)|more|further|over|back)\s+)*"
        r"(?:to|towards?|up|down|left|right|higher|lower|into)\b)")
_LEAD = r"^(?:(?:ok(?:ay)?|so|and|now|hmm+|oh|also)[\s,]+)*"
# "he wants it to go all the way to the left", "she'd like the cat to move up", "i want it to go left"
_WANTS_IT_TO_GO = re.compile(rf"{_LEAD}(?:(?:he|she|they|i|we|my\s+[a-z]+|the\s+kids?)\s+"
                             rf"(?:wants?|would\s+like|'d\s+like|wanna|says?\s+(?:he|she|they)\s+wants?)\s+){_THING}\s+to\s+(?:go|move|be\s+moved)\s+"
                             rf"{_WAY}", _I)
# "I think it might look better more to the left", "the sun would look nicer on the right"
_LOOKS_BETTER = re.compile(rf"{_LEAD}(?:i\s+think\s+|maybe\s+|hmm+\s+)*{_THING}\s+(?:might|would|could|will|may)\s+"
                           r"(?:look|be|work)\s+(?:better|nicer|good|great|best)\s+(?P<w>(?:a\s+bit\s+|a\s+little\s+)?"
                           r"(?:more|further)\s+)?(?:on|at|in|to)\s+(?=the\s+(?:left|right|top|bottom|middle|center|"
                           r"centre)\b)", _I)
# "and maybe up a bit too": a way alone, said as well
_WAY_TOO = re.compile(r"\b(?P<d>(?:up|down|left|right|higher|lower)\s+a\s+(?:bit|little|tad))\s+(?:too|as\s+well)\b",
                      _I)
# "push it left all the way", "slide it left till it hits the edge": the way, then how far
_WAY_THEN_FAR = re.compile(r"\b(?P<d>left|right|up|down)\s+(?:all\s+the\s+way|(?:un)?till?\s+it\s+(?:hits|touches|"
                           r"reaches)\s+the\s+(?:edge|side|wall|end|border)|to\s+the\s+(?:edge|end))\b", _I)
# "pop it up to the top", "pop the sun over to the right": put there (not "pop the balloon": burst)
_POP = re.compile(rf"\bpop\s+{_THING}\s+(?=(?:up|down|over|back|across|to\s+the|into\s+the)\b)", _I)
# ", same side", "but not to either side": the other axis stays, as it does in every move
_SAME_SIDE = re.compile(r"[\s,]+(?:but\s+)?(?:(?:on|at|keep(?:ing)?(?:\s+it)?\s+(?:on|at)?)\s*the\s+same\s+"
                        r"(?:side|column|row)|same\s+(?:side|column|row)|not\s+(?:to|on)\s+(?:either|any|the)\s+side"
                        r"(?:s)?)(?=\s*[.!]*\s*$)", _I)
# "move它到上面": an English verb before a Chinese move
_MOVE_ZH = re.compile(r"\bmove\s*(?P<p>它们|他们|她们|它|他|她)\s*(?:(?=到)|(?P<w>[往向][左右上下](?:边|面)?))", _I)
_TO_THE_EDGE_ZH = re.compile(r"(?<=[挪移动])\s*(?:到|去)?(?:最)?边(?:上|边)?(?=$|[\s，,。!！])")  # 挪到边上
# "can you move it 往左边一点": an English verb before a Chinese way
_MOVE_IT_ZH = re.compile(r"\bmove\s+(?P<p>it|him|her|them)\s*(?P<w>[往向][^，,。?？!！]*?)(?P<a>一点|一些|点)?"
                         r"(?=\s*(?:pls|please|plz|thx|thanks)?\s*(?:$|[，,。?？!！]))", _I)  # "move it 往右边 pls"
_PRONOUN_ZH = {"it": "它", "him": "他", "her": "她", "them": "它们"}


def as_plain_move(text: str) -> str:
    """`text` with a move said as a wish or a hedge said as a move; as it was otherwise."""
    text = _WANTS_IT_TO_GO.sub(lambda m: f"move {m.group('t')} ", text)
    text = _LOOKS_BETTER.sub(lambda m: f"move {m.group('t')} {m.group('w') or ''}to ", text)
    text = _POP.sub(lambda m: f"move {m.group('t')} ", text)
    text = _SAME_SIDE.sub("", _WAY_TOO.sub(lambda m: m.group("d"), text))
    text = _WAY_THEN_FAR.sub(lambda m: f"all the way {m.group('d')}", text)
    text = _MOVE_ZH.sub(lambda m: f"把{m.group('p')}{m.group('w') or ''}移", text)  # "move 它往下": 把它往下移
    # "往left挪": read in Chinese here, before the message's language is told, as run_on reads it later
    text = WAY_EN.sub(lambda m: WAY_ZH[m.group("w").lower()], text)
    text = _MOVE_IT_ZH.sub(lambda m: f"把{_PRONOUN_ZH[m.group('p').lower()]}{m.group('w')}移{m.group('a') or ''}", text)
    return _TO_THE_EDGE_ZH.sub("", text)
