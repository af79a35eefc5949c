"""Which things are drawn on their own and never held or worn: a person, an animal, a scene-sized thing."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

def is_new_subject(name: str) -> bool:
    """A person, an animal or a scene-sized thing is drawn on its own, not held."""
    words = re.findall(r"[a-z]+", name.lower())
    if len(words) > 1 and re.sub(r"(?<=[a-z]{2})s$", "", words[-1]) in _HAD_STEMS:
        return False  # "rainbow wings", "dragon wings", "cat ears": the part a word before describes
    if len(words) == 2 and re.sub(r"(?<=[a-z]{2})s$", "", words[-1]) in _WORN_STEMS:
        return False  # "a chef hat", "a doctor coat": a thing worn, of a kind a person's word says
    term = vocab.lookup(vocab.NOUNS, name) or vocab.lookup(vocab.NOUNS, re.sub(r"(?<=[a-z]{2})s$", "", name))
    if term is not None:
        return term.key in _SUBJECT_NOUNS or term.key in MORE_ANIMALS
    words = {re.sub(r"(?<=[a-z]{2})s$", "", w) for w in re.findall(r"[a-z]+", name)}
    if words & MORE_ANIMALS:
        return True  # "a tram with a seagull on the roof": a bird of its own, not part of the tram
    if words & PEOPLE_WORDS:
        return True
    return any((t := vocab.lookup(vocab.NOUNS, w)) is not None and t.key in _SUBJECT_NOUNS for w in words)


# Things that carry a picture: "a shield with a lion", "a mug with a cat" show the animal, they hold no animal.
_PICTURE_BEARERS = {"shield", "flag", "banner", "shirt", "t-shirt", "tshirt", "tee", "hoodie", "sweater", "jumper",
                    "mug", "cup", "sign", "poster", "card", "book", "bag", "tote", "cap", "badge", "patch", "pillow",
                    "cushion", "kite", "balloon", "sticker", "label", "plate", "vase", "umbrella", "scarf", "apron"}
_PICTURED = re.compile(r"^(?P<head>[\w-]+?)s?\s+with\s+(?:a|an|the|some|two|three)\s+[\w\s-]+?(?P<on>\s+"
                       r"(?:(?:printed|painted|drawn|embroidered|sewn)\s+)?[oi]n\s+(?:it|them|the\s+front))?$", re.I)


def pictured_on(name: str) -> bool:
    """"a shield with a lion on it", "a mug with a cat", "a basket with a cat in it": had by the thing, not apart."""
    m = _PICTURED.match(name)
    if not m or is_new_subject(m.group("head")):
        return False
    return bool(m.group("on")) or m.group("head").lower() in _PICTURE_BEARERS


# The English words for someone: a person is drawn on their own.
PEOPLE_WORDS = frozenset(w for w in (*vocab.MALE_WORDS, *vocab.FEMALE_WORDS, *vocab.PERSON_WORDS) if w.isascii())
# Animals the vocabulary has no row for: alive, drawn on their own like the ones it has.
MORE_ANIMALS = {"seagull", "gull", "pigeon", "crow", "raven", "parrot", "eagle", "swan", "goose", "sparrow", "robin",
                "hawk", "flamingo", "heron", "egret", "pelican", "goat", "rooster", "lizard", "rat", "hamster", "koala",
                "zebra", "giraffe", "camel", "llama", "alpaca", "donkey", "otter", "dolphin", "shark", "octopus",
                "crab", "hedgehog", "raccoon", "badger", "moose", "kangaroo", "collie", "puppy", "kitten", "calf",
                "foal", "lamb", "dragonfly", "bee", "ladybug", "ladybird", "firefly", "moth", "beetle", "snail",
                "hummingbird", "jellyfish", "seal", "walrus", "peacock", "toucan", "magpie"}
_HAD_STEMS = {s for w in vocab.HAD if w.isascii() for s in (w, w.rstrip("s"))}  # wings, wing
_WORN_STEMS = {w for w in vocab.WORN if w.isascii() and " " not in w}
_SUBJECT_NOUNS = {"cat", "dog", "bird", "fish", "tree", "house", "car", "boat", "sun", "moon", "mountain", "horse",
                  "rabbit", "person", "man", "woman", "old man", "old woman", "girl", "boy", "child", "fisherman",
                  "knight", "king", "queen", "princess", "prince", "wizard", "astronaut", "robot", "dragon", "fox",
                  "snowman", "deer", "sofa", "chair", "table", "lighthouse", "castle", "cherry tree", "cloud",
                  "elephant", "panda", "tiger", "whale", "penguin", "duck", "bear", "lion", "monkey", "owl", "frog",
                  "turtle", "butterfly", "cow", "sheep", "pig", "chicken", "mouse", "squirrel", "wolf", "snake",
                  "dinosaur", "unicorn", "bicycle", "train", "airplane", "bus", "bridge", "rainbow", "piano", "bench",
                  "pirate", "witch", "mermaid", "ghost", "angel", "christmas tree", "campfire", "bonfire", "fountain",
                  "tent", "statue",
                  # people the vocabulary has rows for ("on the bench with her grandma"); a baby is held
                  "grandpa", "grandma", "chef", "doctor", "teacher", "farmer", "soldier", "firefighter", "ballerina",
                  "clown", "ninja", "student", "young woman", "young man"}

# Clothes the vocabulary has no row for: "a boy in a blue shirt and red shorts" wears them too.
MORE_WORN = {"shorts", "pants", "trousers", "jeans", "sneakers", "socks", "vest", "overalls", "pajamas", "pyjamas",
             "gown", "belt", "bracelet", "watch", "sweatshirt", "blouse", "leggings", "tutu", "swimsuit", "mittens",
             "beanie", "veil", "headband", "sandals", "slippers", "tuxedo", "costume", "overcoat", "parka", "poncho",
             "scrubs", "cardigan", "jumpsuit", "coveralls", "wetsuit", "qipao", "hanfu", "sari", "saree", "turban",
             "bandana", "goggles", "headscarf", "shawl", "kilt", "sarong", "toga", "dirndl", "hakama", "sash",
             "lab coat", "tracksuit", "waistcoat", "bonnet", "beret", "fedora", "sombrero", "kimono", "jersey",
             "uniform", "onesie", "leotard", "tunic", "dungarees", "robe", "bathrobe", "cloak", "eyepatch",
             "eye patch", "monocle", "hijab", "kebaya", "songkok", "baju kurung", "baju melayu", "hanbok", "ao dai",
             "abaya", "kurta", "jilbab", "tudung", "peci", "earmuffs", "life jacket", "lifejacket", "camo"}
# Every word for something worn, the vocabulary's rows and the longer list above (lower case).
WORN_WORDS = frozenset(w.lower() for w in vocab.WORN) | MORE_WORN
