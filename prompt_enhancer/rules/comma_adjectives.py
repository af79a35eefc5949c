"""Describing words between commas: "a large, fluffy, pale pink cloud" is one cloud, not a large thing, a fluffy
one and a cloud. A comma after an article's first word is a list only where the words are things ("a cat, a dog
and a bird", "a cat, dog and bird"); where each is a value or has a describing word's ending, the commas go.
In Chinese, 一只超大的、毛茸茸的、黑白相间的熊猫 is one panda: after a count of one, the 、 between 的-words go.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

_RUN = re.compile(r"(?<![\w'-])(?P<art>an?|the|one)\s+(?P<words>(?:[A-Za-z-]+\s*,\s*){1,4})(?=(?P<next>[A-Za-z-]+))",
                  re.IGNORECASE)
# The endings English describing words mostly have: fluffy, colourful, fabulous, reddish, metallic, royal,
# endless, massive, painted, golden.
_DESCRIBING_END = re.compile(r"(?:[a-z]{3}(?:y|ful|ous|ish|ic|al|less|ive|ed|en)|-[a-z]+)$", re.IGNORECASE)
_NOT_DESCRIBING = re.compile(r"^(?:and|or|a|an|the|one|with|in|on|at|by|which|who|that|where|when|what|how|i|you|"
                             r"we|he|she|it|they|please|pls|so|but|then|puppy|kitty|bunny|pony|teddy|baby|lady|"
                             r"fairy|butterfly|dragonfly|city|sky|family|body|hen|kitten|garden|animal|crystal|"
                             r"pedal|seed|bed|shed|sled)$", re.IGNORECASE)


def describing(word: str) -> bool:
    """Whether a word describes a thing (a value, or a describing word's ending) rather than names one."""
    if _NOT_DESCRIBING.match(word):
        return False
    ph = parse_phrase(f"a {word}", global_parts=False)
    if (ph.size or ph.colour) and not clean_rest(ph.rest):
        return True
    return bool(_DESCRIBING_END.search(word))


def _join(m: re.Match[str]) -> str:
    words = [w.strip() for w in m.group("words").split(",") if w.strip()]
    before = m.string[: m.start()]
    if m.group("art").lower() == "one" and re.search(r"(?<![,;])\b(?!and\b|or\b)[A-Za-z]+\s+$", before):
        return m.group(0)  # "left one red, middle one white": "the left one" is red, a list of things
    if _NOT_DESCRIBING.match(m.group("next")) or not all(describing(w) for w in words):
        return m.group(0)
    return f"{m.group('art')} {' '.join(words)} "


# 一只 / 一个 and the 的-words after it, each closed by 、
_RUN_ZH = re.compile(r"(?P<head>一[个只条棵朵辆匹座张块颗位头把盏件])(?P<words>(?:[^、，,。；;\s]{1,8}?的、){1,4})")


def join_describing_words(text: str) -> str:
    """The text with the commas between one thing's describing words taken out."""
    text = _RUN_ZH.sub(lambda m: m.group("head") + m.group("words").replace("的、", "的"), text)
    return _RUN.sub(_join, text)
