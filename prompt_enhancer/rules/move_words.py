"""Other verbs people move a thing with ("shove the castle over to the left", "bump it left a bit", "budge him
up"), said with "move" as every move rule reads it. Only where a way follows, so "bump up the size" or "pull up a
chair" keep their own meaning. The same for a thing told to go there by itself ("let it drift over to the right",
"have the bird fly to the top left", "let the red one take flight toward the upper left corner"), and for one let
into the picture there ("let a pale moon rise in the upper right": a moon added there)."""

from __future__ import annotations

import re

_WAY = (r"(?:(?:a\s+(?:bit|little|tad|smidge|touch)|slightly|just|vertically|horizontally)\s+)?(?:over\s+|back\s+)?"
        r"(?:to(?:wards?)?\s+the\s+|to\s+)?"
        r"(?:left|right|up|down|top|bottom|higher|lower|middle|center|centre)\b")
# not a look turned up ("bump the contrast way up") nor a size ("bump the mug up in size")
_NOT_MOVED = (r"(?!(?:the\s+)?(?:contrast|saturation|brightness|exposure|colou?rs?|size|lighting|light|warmth|"
              r"sharpness)\b)")
_OTHER_MOVE = re.compile(rf"\b(?:shove|bump|budge|inch|jiggle|tug|yank|pull|hoist|bring|translate)\s+{_NOT_MOVED}"
                         rf"(?P<t>it|him|her|them|(?:the|that|this)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                         rf"(?={_WAY})(?!{_WAY}\s+in\s+size\b)", re.I)


_GOES = (r"(?:take\s+flight|fly|drift|float|glide|sail|swim|walk|run|roll|slide|wander|hop|go|travel|head|"
         r"rise|sink|climb)(?:\s+(?:gently|slowly|softly|quietly|lazily|away|off|over|across|along|up|down))*")
_THING = r"(?:it|him|her|them|(?:the|that|this)\s+[a-z]+(?:\s+[a-z]+)?|the\s+[a-z]+\s+one)"
# "let it drift gently over to the right", "have the bird fly to the top left", "make it float to the right"
_GOES_THERE = re.compile(rf"\b(?:let|have|make)\s+(?P<t>{_THING})\s+{_GOES}\s+(?:to(?:wards?)?|into|up\s+to|"
                         r"down\s+to|over\s+to)\s+(?=(?:the\s+)?(?:upper|lower|top|bottom|left|right|middle|cent))",
                         re.I)
# "could you pop it in the top right corner", "stick him at the bottom": put there
_PUT_THERE = re.compile(rf"\b(?:pop|stick|plonk|chuck|plop|slap)\s+(?P<t>{_THING})\s+(?:in|at|on|into|over\s+in)\s+"
                        r"(?=(?:the\s+)?(?:upper|lower|top|bottom|left|right|middle|cent))", re.I)
# "let a pale moon rise in the upper right": one more, let in there
_COMES_IN = re.compile(r"\blet\s+(?P<t>(?:a|an|one|some)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:rise|appear|shine|hang|float|"
                       r"glow|sit|stand|bloom|grow)\s+(?=(?:in|at|on)\s+(?:the\s+)?(?:upper|lower|top|bottom|left|right|"
                       r"middle|cent))", re.I)
# "ok now go up to the top", "can it go up": the thing in focus told to go there; "shift it up also": "also" of a
# move is one more move, not one more thing
_GO_THERE = re.compile(rf"(?P<lead>^\s*|[,.;!?]\s*|\b(?:now|ok|okay|then|and|so|pls|please|hmm)\s+)"
                       rf"(?:(?:can|could|would|will|might)\s+(?P<t>{_THING})\s+)?go\s+(?={_WAY})", re.I)
_MOVE_TOO = re.compile(rf"\b(?P<move>(?:move|shift|push|nudge)\s+{_THING}\s+{_WAY})\s+(?:also|too|as\s+well)\b", re.I)
# "can it go up, right to the top?": "right" there is "all the way", no side
_RIGHT_TO = re.compile(r"\bright\s+(?=(?:up\s+|down\s+)?to\s+the\s+(?:very\s+)?(?:top|bottom)\b)", re.I)
# "a bit further to the right": a step that way, as "a bit to the right" says it
_FURTHER = re.compile(r"(?:(?<=\bbit)|(?<=\btad)|(?<=\btouch)|(?<=\blittle))\s+(?:further|farther)"
                      r"(?=\s+(?:to|towards?)\s+(?:the\s+)?(?:left|right|top|bottom)\b)", re.I)
# ", as if carried by the tide": a likeness said after the request, nothing to draw
_AS_IF = re.compile(r"\s*,?\s+as\s+(?:if|though)\s+[^,.;!?]*", re.I)


def as_moved(text: str) -> str:
    """`text` with a move said by another verb said with "move"; as it was otherwise."""
    if not text.isascii():
        return text
    text = _FURTHER.sub("", text)
    text = _COMES_IN.sub(lambda m: f"add {m.group('t')} ", _AS_IF.sub("", text)) if _GOES_THERE.search(
        text) or _COMES_IN.search(text) else text
    for placed in (_GOES_THERE, _PUT_THERE):
        text = placed.sub(lambda m: f"move {m.group('t')} to ", text)
    text = _RIGHT_TO.sub("all the way ", text)
    text = _MOVE_TOO.sub(r"\g<move>", _GO_THERE.sub(lambda m: f"{m.group('lead')}move {m.group('t') or 'it'} ", text))
    return _OTHER_MOVE.sub(lambda m: f"move {m.group('t')} ", text)
