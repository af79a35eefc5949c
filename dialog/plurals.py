"""One of a plural noun as the rules name a single subject ("two cats" are two cats, "two women" two women), and the
plural of one, as a reply counts things alike ("Drew two cats")."""

from __future__ import annotations

import re

_IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person", "mice": "mouse",
              "geese": "goose", "teeth": "tooth", "feet": "foot", "oxen": "ox", "sheep": "sheep", "fish": "fish",
              "deer": "deer", "policemen": "policeman", "firemen": "fireman", "snowmen": "snowman",
              "fishermen": "fisherman", "businessmen": "businessman", "gentlemen": "gentleman", "cacti": "cactus",
              "fungi": "fungus", "octopi": "octopus"}

# Words whose plural ends in -ves for a singular in -f ("scarves"); any other -ves is a -ve ("gloves") or a -fe.
_VES_F = frozenset({"wolves", "leaves", "scarves", "calves", "halves", "shelves", "elves", "loaves", "thieves",
                    "hooves", "dwarves", "sheaves"})

_WHERE_AFTER = re.compile(r"\s+(?:on|in|at|of|under|behind|beside|by|near|inside|over|above|below|with)\s")


def singular(name: str) -> str:
    """"hats" -> "hat", "scarves" -> "scarf", "glasses" stay: one each when several subjects get them."""
    if re.match(r"(?i)glasses\s+of\s", name):  # "two glasses of wine": a glass each, not a pair of glasses
        return name[:5] + name[7:]
    if not name.isascii() or name.lower() in ("glasses", "sunglasses", "clothes", "pants", "trousers", "shorts"):
        return name
    m = _WHERE_AFTER.search(name)
    if m:  # "cats on stilts", "cups of tea": one of the things, wherever they are
        return singular(name[: m.start()]) + name[m.start():]
    words = name.split(" ")
    if words[-1].lower() in _IRREGULAR:  # "two women", "three little mice"
        return " ".join([*words[:-1], _IRREGULAR[words[-1].lower()]])
    last = words[-1].lower()
    if last.endswith("ves") and last not in _VES_F:  # "gloves", "beehives", "waves": a v, not an f
        return name[:-3] + ("fe" if last in ("knives", "wives", "lives") else "ve")
    for plural, one in (("ves", "f"), ("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x")):
        if name.endswith(plural) and len(name) > len(plural) + 1:
            return name[: -len(plural)] + one
    return name[:-1] if name.endswith("s") and not name.endswith("ss") and len(name) > 3 else name


_MANY = {one: many for many, one in _IRREGULAR.items()}


def plural(word: str) -> str:
    """"cat" -> "cats", "fox" -> "foxes", "wolf" -> "wolves", "child" -> "children": the word singular() undoes."""
    if word in _MANY:
        return _MANY[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("fe") or word.endswith("f") and (word[:-1] + "ves").endswith(tuple(_VES_F)):
        return word[: -2 if word.endswith("fe") else -1] + "ves"
    return word + "s"
