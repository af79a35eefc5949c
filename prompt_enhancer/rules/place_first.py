"""A picture asked for as its place first, then what is in it: "i want a beach with a red umbrella in the middle
and a crab on the left", "draw a forest with a small cabin and a deer". The place is where the picture is (the
background), and each thing after "with" is drawn in it; before, the beach was a thing at the center with the
umbrella as its part. A list after a colon is the same ("Render a living room: a sofa on the left, …"), and so is
a setting kept as said ("a hotel lobby with a potted palm"), a place said as a scene ("underwater scene pls: one
orange clownfish …") and a place listed first, with its time ("empty parking lot at night, one lamp post, a white
van …", "a quiet beach at sunset, a red umbrella and a crab"). Only a place the rules know is read so ("a house
with a red door" stays a house; "two dogs playing on the beach, one black one white" are dogs)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.en_words import article
from prompt_enhancer.rules.setting_phrase import ZH_ROOMS, bare_landscape, describes_a_place, parse_looks, parse_times

_PLACE_WITH = re.compile(r"^(?:(?:ok(?:ay)?|so|hi|hey|well|um+)[\s,!.]+)*"
                         r"(?:(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+)?"
                         r"(?:draw|paint|sketch|make|create|render|illustrate|show)\s+(?:me\s+)?"
                         r"|i\s+(?:want|need)\s+|i'?d\s+like\s+|can\s+i\s+(?:have|get)\s+)?"
                         r"(?:(?:a|an|the|some|my|our)\s+)?"
                         # "underwater scene pls: one orange clownfish …": the place, said as a scene
                         r"(?P<p>[a-z]+(?:\s+(?!scene|setting|theme|pls|please)[a-z]+){0,3})(?:\s+(?:scene|setting|theme))?"
                         r"(?:\s+(?:pls|please|plz))?"
                         r"(?:\s+with\s+(?P<rest>(?:a|an|the|some|one|two|three|four|five|\d+)\s.+"
                         # "a fantasy forest with glowing mushrooms and fireflies": things in the plural, no article
                         r"|(?:[a-z]+\s+)?(?!(?:and|with|of)\b)[a-z]{3,}s\b.*)"
                         # "my living room: grey sofa, …": a list after a colon needs no article
                         r"|\s*[:：]\s*(?P<listed>(?:(?:a|an|the|some|one|two|three|four|five|\d+)\s)?.+))$",
                         re.IGNORECASE | re.DOTALL)


# "empty parking lot at night, one lamp post, a white van …": the place, then its things in a list
_PLACE_LISTED = re.compile(r"^(?:(?:draw|paint|sketch|render)\s+(?:me\s+)?)?(?:(?:a|an|the|some)\s+)?"
                           r"(?P<p>[a-z]+(?:\s+[a-z]+){0,5}?)\s*,\s*"
                           r"(?P<rest>(?:a|an|the|some|one|two|three|four|five|\d+)\s.+)$", re.IGNORECASE | re.DOTALL)


# 画一个书房，有一张书桌和一把椅子; 画个客厅吧，一张红色沙发…: the room, then what is in it
_PLACE_FIRST_ZH = re.compile(r"^(?:帮我|给我|请)?(?:画|来)(?:一)?(?:个|间|张|幅)?\s*"
                             # 画一个现代风格的客厅, 画一个 minimalist 卧室: how the room looks, then the room
                             r"(?P<how>(?:[\u4e00-\u9fff]{1,6}的|(?!home\s+office|living\s+room)[A-Za-z]+\s*))?"
                             r"(?P<p>[\u4e00-\u9fff]{2,4}?|home\s+office|living\s+room|bedroom|kitchen|office)"
                             r"(?:吧|呀|啊)?[，,：:]\s*(?:里面|里边)?(?:有|放|摆)?"
                             r"(?P<rest>(?:一|两|二|三|四|五|几)[^，,。]*[\u4e00-\u9fff].*)$")


_IT_THERE = re.compile(r"\b(?:beside|next\s+to|in\s+front\s+of|behind|near|by|around|above|over|outside|"
                       r"on\s+top\s+of|to\s+the\s+(?:left|right)\s+of)\s+it\b", re.IGNORECASE)


def place_first(text: str) -> str:
    """`text` with a place said first and its things after "with", a colon or a comma said as the things, then the
    place."""
    m = _PLACE_WITH.match(text.strip())
    place = _place_said(m.group("p")) if m else None
    if m and place and _IT_THERE.search(re.split(r",|\band\b", m.group("rest") or "")[0]):
        return text  # "a church with a big tree beside it": the church is a thing the tree stands by (not "a beach
        # with a red umbrella and a ball next to it": the umbrella, said first)
    if m and place:  # "glowing mushrooms and fireflies": some of each, said apart
        things = re.sub(r"(^|\band\s+)(?!(?:a|an|the|some|one|two|three|four|five|\d+)\b)(?=[a-z])", r"\1some ",
                        m.group("rest"), flags=re.I) if m.group("rest") else m.group("listed")
        return f"draw {things}, {place}"
    m = _PLACE_FIRST_ZH.match(text.strip())
    if m and (vocab.lookup(vocab.PLACES, m.group("p")) or m.group("p") in ZH_ROOMS or m.group("p").isascii()):
        how = re.sub(r"的$", "", (m.group("how") or "").strip())  # 现代风格, minimalist: the picture's look
        # 画一个书房，有一张书桌…: the room, with its things
        room = f"in a {m.group('p')}" if m.group("p").isascii() else f"在{m.group('p')}里"
        return f"画{m.group('rest')}，{room}" + (f"，{how}" if how else "")
    m = _PLACE_LISTED.match(text.strip())
    times, said = parse_times(m.group("p")) if m else ([], "")
    place = _place_said(" ".join(said.split())) if m else None
    return f"draw {m.group('rest')}, {', '.join([place, *times])}" if m and place else text


def is_place_first(text: str) -> bool:
    """Whether `text` says a place first and then the things in it."""
    return place_first(text) != text


def _place_said(words: str) -> str | None:
    said = words.split()
    for at in range(len(said)):  # "a quiet beach": the beach ("dogs playing on the beach" is no place)
        place = vocab.lookup(vocab.PLACES, " ".join(said[at:]))
        if at and re.fullmatch(r"at|on|in|by|near|under|beside|over", said[at], re.IGNORECASE):
            return None  # "a viking ship at sea, a seagull …": a thing there, the first thing drawn
        if place is not None and describes_a_place(" ".join(said[:at])):
            how = " ".join(w for w in said[:at] if w.lower() not in ("a", "an", "the", "some"))
            # "a fantasy forest with …": the forest as said ("in a fantasy forest"), its kind kept for the prompt
            # ("a bright scandi living room with …": "in a bright scandi living room")
            named = " ".join(said[at:])
            return f"{place.key.split()[0]} {article(how)} {how} {named}" if how and not parse_looks(how)[0] and (
                len(said) - at == 1 and len(place.key.split()) == 3
                or place.key.split()[1:2] == ["a"] and " ".join(place.key.split()[2:]) == named.lower()) else place.key
    landscape = bare_landscape(words)
    return f"in a {landscape}" if landscape else None
