"""Whether a subject's name is the thing said: "the cat" finds "fluffy cat", 猫 finds "cat"."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.plurals import singular as one_of


def name_matches(name: str, said: str) -> bool:
    """'the cat' finds "fluffy cat", "猫" finds "cat", "balls" finds "ball"."""
    name, said = name.lower().strip(), said.lower().strip()
    if not name or not said:
        return False
    # Chinese says the thing last: 玩球的小狗 is a dog (狗), not a ball (球); but a panda (熊猫) is no cat (猫)
    if name == said or said in name.split() or (vocab.has_cjk(said) and (name.endswith(said) or said in name.split())
                                                 and not _other_things(name, said)):
        return True
    if {name, said} <= {"发", "头发"}:  # 头发 finds the 发 of 长发
        return True
    # 狗狗 finds 小狗, 星星 finds 五角星: a Chinese noun said twice over, as to a child, is the noun
    if len(said) == 2 and said[0] == said[1] and vocab.has_cjk(said) and name != said and name_matches(name, said[0]):
        return True
    # 车子 finds 汽车, 花儿 finds 花, 猫 finds 小猫咪: the noun without its suffix
    for word, other in ((said, name), (name, said)):
        if len(word) >= 2 and word[-1] in "子儿咪" and vocab.has_cjk(word[-2]) and name_matches(*(
                (other, word[:-1]) if word is said else (word[:-1], other))):
            return True
    singular = re.sub(r"(?<=[a-z])(?:es|s)$", "", said)
    if singular and (singular == name or singular in name.split()):
        return True
    one = one_of(said)  # "the cacti": a cactus
    if one != said and (one == name or one in name.split()):
        return True
    for table in (vocab.SHAPES, vocab.NOUNS):
        a, b = vocab.lookup(table, name), vocab.lookup(table, said) or vocab.lookup(table, singular)
        if a is not None and a is b:
            return True
        # the head said in the other language: 树 finds "christmas tree", "tree" finds 圣诞树
        if b is None or vocab.has_cjk(said) == vocab.has_cjk(name):
            continue
        if vocab.has_cjk(said) and vocab.lookup(table, name.split()[-1]) is b:
            return True
        if vocab.has_cjk(name) and any(name.endswith(f) for f in b.zh):
            return True
    return False


def _other_things(name: str, said: str) -> bool:
    """Whether the vocabulary knows both words as two different animals (熊猫 and 猫: a panda is no cat; 公交车 is
    still a 车, 樱花树 a 树)."""
    a, b = vocab.lookup(vocab.NOUNS, name), vocab.lookup(vocab.NOUNS, said)
    return a is not None and b is not None and a is not b and {a.key, b.key} <= ANIMALS


# The vocabulary's animals, by key (persons adds the creatures that may be "him" or "her": a dragon, a snowman)
ANIMALS = {"cat", "dog", "bird", "fish", "horse", "rabbit", "fox", "deer", "panda", "bear", "mouse", "pig", "cow",
            "sheep", "tiger", "lion", "duck", "chicken", "squirrel", "monkey", "elephant", "wolf", "frog", "snake"}


def compound_of(name: str, said: str) -> bool:
    """"coat" of a "raincoat", "boots" of "rain boots": an English compound whose head is the word said (a part is
    called by its head once the picture has only one such)."""
    said, last = said.strip().lower(), (name.strip().lower().split() or [""])[-1]
    singular = re.sub(r"(?<=[a-z])s$", "", said)
    return (len(said) >= 3 and said.isascii() and said.isalpha() and last != said
            and any(last.endswith(w) and len(last) - len(w) >= 3 for w in {said, singular}))
