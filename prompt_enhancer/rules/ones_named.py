"""Things said as "one(s)" after a thing named in the same list ("a small yellow circle at the top and a big brown
one at the bottom", "一个大圆和三个小的"), and values that share the head said last ("a red and a blue balloon")."""

from __future__ import annotations

import re

from prompt_enhancer.rules.phrase import ROCK_WORDS, parse_phrase

_I = re.IGNORECASE
_ONE_WORD = re.compile(r"(?<![\w'-])ones?(?![\w'-])", _I)
# "三个小的", "两只白色的": a count and values ending in 的 with no thing named is more of the thing before.
_ZH_VALUES_ONLY = re.compile(r"^[一两二三四五六七八几\d]\s*[个只条棵朵辆艘匹座张块颗位]?.*的\s*$")


def ones_named(pieces: list[str]) -> list[str]:
    """"a small yellow circle at the top and a big brown one at the bottom", "one big star and four little ones",
    "一个大圆和三个小的": "one(s)" (的) after a thing named in the same list is more of that thing."""
    out: list[str] = []
    for piece in pieces:
        ph = parse_phrase(piece, global_parts=False)
        unnamed = not ph.shape and (not ph.rest or ph.rest.lower() in ("one", "ones"))
        ones = _ONE_WORD.search(re.sub(r"^\s*one\s+(?=\S)", "", piece, flags=_I))
        if out and unnamed and (ones or _ZH_VALUES_ONLY.match(piece.strip())):
            before = parse_phrase(out[-1], global_parts=False)
            name = before.shape or (before.rest if before.rest and len(before.rest.split()) <= 2 else "")
            if name and ones:
                piece = _ONE_WORD.sub(lambda _: name, re.sub(r"^\s*one\s+(?=\S)", "a ", piece, flags=_I), count=1)
            elif name:
                piece = piece.strip() + name
        out.append(piece)
    return _shared_head(out)

# "a big rock and a tree": a rock is a thing of its own, though its word also says what a thing is made of
A_ROCK = re.compile(r"(?<![\w-])(?:" + "|".join(w for w in ROCK_WORDS if w.isascii()) + r")\s*$|石头\s*$", _I)


def _shared_head(pieces: list[str]) -> list[str]:
    """"a red and a blue balloon", "a big and a small square": the thing named last is what each value before it
    describes."""
    if len(pieces) < 2:
        return pieces
    phrases = [parse_phrase(p, global_parts=False) for p in pieces]
    last = phrases[-1]
    name = last.shape or (last.rest if last.rest and len(last.rest.split()) <= 2 else "")
    if not name or not all(not (ph.shape or ph.rest) and (ph.colour or ph.size or ph.material) and ph.indefinite
                           and not A_ROCK.search(p) for ph, p in zip(phrases[:-1], pieces)):
        return pieces
    return [f"{p} {name}" for p in pieces[:-1]] + [pieces[-1]]
