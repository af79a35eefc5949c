"""How English says a thing in a prompt: "a" or "an", a name already plural, stuff said with no article, and the
plural a count needs ("two red foxes")."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.plurals import plural, singular

EN_COUNT = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ZH_COUNT = ("", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十")
# What a thing is made to do, base form -> the -ing said before its name ("make the staff glow": "a glowing staff")
# and back ("Made the staff glow."), the poses' words too.
DOING_ING = {"glow": "glowing", "shine": "shining", "sparkle": "sparkling", "glitter": "glittering",
             "shimmer": "shimmering", "twinkle": "twinkling", "gleam": "gleaming", "burn": "burning",
             "blaze": "blazing", "flicker": "flickering", "smoke": "smoking", "steam": "steaming", "drip": "dripping",
             "melt": "melting", "bloom": "blooming", "blossom": "blossoming", "float": "floating", "spin": "spinning"}
DOING_BASE = {**{ing: base for base, ing in DOING_ING.items()},
              "sitting": "sit", "standing": "stand", "sleeping": "sleep", "running": "run", "jumping": "jump",
              "flying": "fly", "smiling": "smile", "walking": "walk", "lying": "lie down", "swimming": "swim",
              "playing": "play", "dancing": "dance", "reading": "read", "waving": "wave", "singing": "sing",
              "laughing": "laugh", "crying": "cry", "eating": "eat", "breathing": "breathe", "howling": "howl",
              "roaring": "roar", "barking": "bark"}


def many(name: str) -> str:
    """"cat" -> "cats", "cup of tea" -> "cups of tea", "red fox" -> "red foxes", "street with neon signs" ->
    "streets with neon signs"; a name in another script stays."""
    head = head_of(name)
    *front, last = head.split(" ")
    if not last.isascii() or not last.isalpha():
        return name
    return " ".join([*front, plural(last)]) + name[len(head):]


def article(phrase: str) -> str:
    """"a" or "an" by the sound the phrase starts with: an owl, a unicorn, a one-eyed cat, an hour."""
    word = phrase.lower()
    if re.match(r"(?:uni|use|usu|uku|eu|one\b|one-|once)", word):
        return "a"
    return "an" if word[:1] in ("a", "e", "i", "o", "u") or re.match(r"(?:hour|honest|honou?r|heir)", word) else "a"


# Stuff, not things: "steam coming out of the cup", "water", said with no "a".
MASS = {"steam", "smoke", "water", "grass", "sand", "snow", "rain", "fog", "mist", "lava", "mud", "foam",
        "rice", "soup", "sunlight", "moonlight", "coffee", "tea", "milk", "juice", "wine", "beer", "lemonade", "cocoa",
        "honey", "jam", "ramen", "spaghetti", "pasta", "cereal", "popcorn", "porridge", "oatmeal", "fruit", "salad",
        "bread", "candy", "food", "bamboo", "hay"}
_SINGULAR_S = {"lens", "canvas", "atlas", "news", "chaos", "cosmos", "series", "species", "gas"}


def head_of(name: str) -> str:
    """The words before a preposition: what the name names ("cups" of "cups of tea", "street" of "a street with
    neon signs")."""
    return re.split(r"\s+(?:of|with|in|on|at|from|for)\s+", name)[0]


def is_plural(name: str) -> bool:
    """A name said in the plural ("seagulls", "chopsticks"): no "a" before it (not "a bus", "a cactus", "a glass")."""
    words = head_of(name).lower().split()
    while len(words) > 1 and words[-1].endswith("ing"):
        words.pop()  # "people shopping": what the people do, after them
    last = words[-1] if words else ""
    if last in ("people", "children", "women", "men", "mice", "geese", "cattle", "police"):
        return True
    if not last.isascii() or not last.endswith("s") or last.endswith(("ss", "us", "is")) or last in _SINGULAR_S:
        return False
    term = vocab.lookup(vocab.NOUNS, last)  # ("grapes" is the row's first name, "grape" one of its others)
    return term is None or last != term.en[0] or (singular(last) != last and singular(last) in term.en)
