"""A thing in the picture named with one letter slipped, as a phone's autocorrect or a quick thumb types it:
"make the dig brown" of a dog, "change the dock into a swan" of a duck, "remove the car" of a cat when there is
no car. Read as the thing there, so the reply says which one was changed; only when no thing or part there has
the name said, and exactly one has a name one letter away (same first letter, same length, or two letters
swapped)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Scene
from prompt_enhancer.rules.clauses import COLOUR_WORD
from prompt_enhancer.rules.spelling import is_known_word

_THE = re.compile(r"\b(?P<the>the|that|this)\s+(?P<w>[a-z]{3,})\b", re.IGNORECASE)
# "antena should be yellow!!": a long name said first with no article, then what it should be
# ("clipbord blue": the colour said right after it)
_FIRST = re.compile(rf"^(?P<w>[a-z]{{5,}})(?=\s+(?:should|must|needs?|has|is|to|in|go|goes|gone|{COLOUR_WORD})\b)",
                    re.IGNORECASE)
_NOT_NAMES = frozenset("background picture image sky rest same other one ones first last second third thing things "
                       "whole left right top bottom middle centre center side front back corner colour color size "
                       "style light lighting way end".split())


def _one_off(said: str, name: str) -> bool:
    if said[0] != name[0] or said == name:
        return False
    if abs(len(said) - len(name)) == 1 and min(len(said), len(name)) >= 4:  # "antena": a letter dropped or doubled
        short, long = sorted((said, name), key=len)
        return any(long[:i] + long[i + 1:] == short for i in range(1, len(long)))
    if len(said) != len(name):
        return False
    diff = [i for i, (a, b) in enumerate(zip(said, name)) if a != b]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and said[diff[0]] == name[diff[1]] and said[diff[1]] == name[diff[0]])


def _names(scene: Scene) -> tuple[set[str], set[str]]:
    """(every word a subject's or part's name has, the one-word names of subjects)."""
    words, single = set(), set()
    for subject in scene.subjects:
        words.update(subject.name.lower().split())
        for part in subject.parts:
            words.update(part.lower().split())
        if len(subject.name.split()) == 1:
            single.add(subject.name.lower())
        single.update(part.lower() for part in subject.parts if len(part.split()) == 1)  # "the antena": a part
    return words, single


def misspelt_names(text: str, scene: Scene) -> str:
    """`text` with a slipped name of a thing in the picture said right; as it was otherwise."""
    if not scene.subjects or vocab.has_cjk(text):
        return text
    words, single = _names(scene)

    def fix(m: re.Match[str]) -> str:
        said = m.group("w").lower()
        if said in words or said in _NOT_NAMES or re.sub(r"s$", "", said) in words or any(
                vocab.lookup(table, said) for table in (vocab.COLOURS, vocab.SIZES, vocab.POSITIONS, vocab.STYLES)):
            return m.group(0)
        near = sorted({name for name in single | words if _one_off(said, name)})  # "the coffee cup" of a coffe cup
        return f"{m.group('the')} {near[0]}" if len(near) == 1 else m.group(0)

    first = _FIRST.match(text)
    if first and not is_known_word(first.group("w")):
        near = [name for name in single if _one_off(first.group("w").lower(), name)]
        text = f"the {near[0]}{text[first.end():]}" if len(near) == 1 else text
    return _THE.sub(fix, text)
