"""An English thing's name never carries what it does or where it is: "scooter parked outside a bakery" is a
scooter (outside a bakery), "sleepy cat curled up" a sleepy cat (curled up), "boy looking up at it" a boy. What
the description rules left after the noun is cut off at the first word that starts such a phrase, so a later
"the cat" or "make the scooter yellow" finds the thing by its name."""

from __future__ import annotations

import re

from prompt_enhancer.rules.doing import ONLY_DESCRIBED, THING_INGS

# Where a thing is, said after it: kept as its position.
_PLACE_WORDS = {"in", "on", "at", "under", "underneath", "beneath", "outside", "inside", "behind", "beside", "near",
                "by", "across", "over", "above", "below", "against", "along", "among", "atop", "next", "between",
                "around", "from", "into", "onto", "toward", "towards"}
# How it is, said after it with a participle or a relative word ("who", "that"): kept as a detail.
_PARTICIPLES = {"parked", "curled", "seated", "perched", "tucked", "covered", "filled", "wrapped", "tied", "hidden",
                "stuck", "dressed", "painted", "made", "placed", "hung", "hanging", "lit", "frozen", "stacked",
                "scattered", "piled", "surrounded", "propped", "leaning", "floating", "lying", "standing", "sitting",
                "who", "that", "which"}

_ADVERBS = {"up", "down", "out", "over", "there", "here", "away", "back", "way", "high", "far", "above", "overhead",
            "below", "behind", "nearby", "together", "all"}


def _participle(word: str) -> bool:
    """"coiled", "sprawled", "hunched": a past participle said after the noun (not "bed", "shed" or "steed")."""
    return len(word) >= 5 and word.lower().endswith("ed") and not word.lower().endswith("eed")


def split_tail(name: str) -> tuple[str, str, bool]:
    """(the name, what was said after it, whether that says where it is); the name as it was and "" when nothing
    follows the noun. Only English names are cut: a word of the way there ("up", "way") off the end, and a phrase
    after the noun only from the third word on, never before the second."""
    words = name.split()
    if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", name):
        return name, "", False
    while len(words) > 1 and words[-1].lower() in _ADVERBS and not (
            words[-2].lower().endswith("ing") and words[-1].lower() in ("up", "down", "out", "away", "back")):
        words = words[:-1]  # "a cabin up (in the mountains)", "a kite way up": the way there, not the name
    if len(words) == 2 and (words[1].lower() in _PARTICIPLES - {"who", "that", "which"} or _participle(words[1])) \
            and not words[1].endswith("ing"):
        return words[0], words[1], False  # "a dragon perched (on a mountain top)": a dragon
    if len(words) == 2 and words[1].lower().endswith("ing") and len(words[1]) > 5 \
            and words[1].lower() not in THING_INGS and not ONLY_DESCRIBED.match(words[0]):
        return words[0], words[1], False  # "a few white clouds drifting (in the sky)": clouds
    if len(words) < 3:
        return " ".join(words), "", False
    for i, word in enumerate(words[1:], start=1):
        low = word.lower()
        compound = ONLY_DESCRIBED.match(" ".join(words[:i])) and i == len(words) - 2  # "old fishing boat"
        if words[i - 1].lower() in ("with", "of", "and", "the", "a", "an") and low.endswith("ing"):
            continue  # "a forest with glowing mushrooms", "a girl with flowing hair": how they are, not a doing
        if low in _PLACE_WORDS or low in _PARTICIPLES or (low.endswith("ing") and len(low) > 4
                                                           and low not in THING_INGS and not compound):
            return " ".join(words[:i]), " ".join(words[i:]), low in _PLACE_WORDS
    return " ".join(words), "", False
