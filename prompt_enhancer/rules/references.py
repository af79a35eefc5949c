"""Which existing subjects, or parts of them, a phrase points at: pronouns ("it", "him", "她", "them"), names ("the
red circle", "猫"), the subject in focus, descriptions ("the left one", "the red one", "the bigger circle",
"the second one", "the other one", "左边那个", "红色的那个") and parts ("the umbrella", "his hat", "她的裙子").

Reads the Scene, never edits it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dialog.natural_parts import NATURAL_PARTS, PERSON_PARTS
from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import (GENERIC_THINGS, PRONOUNS_ALL, PRONOUNS_ONE, ZH_NOT_SIZED, Phrase, clean_rest,
                                          parse_phrase)
from prompt_enhancer.rules.all_named import all_of_name
from prompt_enhancer.rules.features import HAD
from prompt_enhancer.rules.names import compound_of, name_matches
from prompt_enhancer.rules.persons import anyone_named, person_kind, pronoun_subject
from prompt_enhancer.rules.placed import placed_at
from dialog.plurals import singular
from prompt_enhancer.rules.worn_refs import by_part
from prompt_enhancer.rules.whose import as_the_thing, glued_owner

_I = re.IGNORECASE

# Pronouns that say who: "him" is a man, a boy or at least not a woman; "it" / 它 is not a person.
_MEASURES = "个只条棵朵辆艘匹座张块颗位把盏头双件"
# "that one", 那个, 白色那朵, 这一只: a word for "one", with nothing it names
_GENERIC_WORDS = GENERIC_THINGS | {"one", "ones", "things", "shapes", "objects", "那个东西", "这个东西", "那个图形",
                                   "这个图形"} | {
    f"{d}{one}{m}" for d in ("那", "这", "") for one in ("", "一") for m in _MEASURES}
_FOND_ONES = {"fella", "fellow", "guy", "chap", "lad", "dude", "buddy", "critter"}  # "the big fella": the big one
# Past the fourth too ("the fifth one", 第五个): one past what there is is asked about, never a thing kept out.
_ORDINALS = {"first": 0, "1st": 0, "former": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
             "4th": 3, "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6, "eighth": 7, "8th": 7,
             "ninth": 8, "9th": 8, "tenth": 9, "10th": 9, "last": -1, "final": -1, "latter": -1}
_DRESSED_IN = re.compile(r"\b(?:in|wearing|dressed\s+in)\s+(?:the\s+)?(?:light\s+|dark\s+)?[a-z]+\b|穿", _I)
_ORDINAL_RE = re.compile(rf"\b(?P<en>{'|'.join(_ORDINALS)})\b"
                         r"|第(?P<zh>[一二三四五六七八九十1-9])(?:[个只条棵朵辆艘匹座张块颗位把顶])?"
                         r"|(?P<zh_last>最后)(?:一个|那个|一只|的)?", _I)
_ZH_NUMBERS = {**{c: i for i, c in enumerate("一二三四五六七八九十")}, **{str(i + 1): i for i in range(9)}}
_OTHER_RE = re.compile(r"\b(?:the\s+)?other(?:\s+one)?\b|另一个|另外一个|另外那个|另外的?|另一只|剩下的?", _I)
_SUPERLATIVE_RE = re.compile(r"\b(?P<up>biggest|largest|bigger one|larger one)\b|\b(?P<down>smallest|tiniest)\b"
                             r"|(?P<up_zh>最大的?|大一点的|更大的|较大的)"
                             r"|(?P<down_zh>最小的?|小一点的|更小的|较小的)", _I)


_THE_REST = re.compile(r"(?:the\s+)?(?:rest|others|other\s+ones)(?:\s+of\s+them)?|all\s+(?:the\s+)?others|"
                       r"everything\s+else|剩下的?(?:都|全部|所有|[那这][只个条棵朵辆]?)?"  # 剩下那只: the one left
                       r"|其余的?(?:都)?|其他的?(?:都)?", _I)
_OTHER_SOME = re.compile(r"(?:the\s+)?other\s+(?:two|three|four|five|2|3|4|5)(?:\s+ones)?"
                         r"|另外(?:的)?[两二三四五几][个只]|另[两二三四五几][个只]", _I)
_DEFINITE = re.compile(r"^\s*(?:(?:the|this|that|these|those|his|her|its|their)\b|这|那|把)", _I)


@dataclass(frozen=True)
class PartRef:
    """A part of a subject a phrase points at; `name` is the part's key, or the name said when it is new."""

    subject: Subject
    name: str
    exists: bool


# "两个都", "这两只", "三个都", "都": every one of the things there, counted or not.
_COUNTED_ALL = re.compile(r"(?:这|那)?(?:[两俩三四五]\s*[个只条棵朵辆匹座位]?|俩)(?:都|全)?|(?:全|都|全都)")


_SOME_OF_THEM = re.compile(r"^(?:把|将)?(?:(?:just\s+)?(?:any\s+)?(?P<n>one|either|two|three|four|\d)\s+of\s+"
                           r"(?P<among>them|those|these|the\s+\w+(?:\s+\w+)?)"
                           r"|其中(?:的)?(?P<n_zh>[一两二三四])[个只条棵朵辆匹座张块颗位]"
                           r"|(?P<n_bare>[一两二三四])[个只条棵朵辆匹座张块颗位头艘盏尾]"
                           r"(?P<desc>[\u4e00-\u9fff]{1,4}的)?)$", _I)
_COUNT = {"one": 1, "either": 1, "two": 2, "three": 3, "four": 4, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


_THEY = {"them", "they", "both", "them both", "they both", "both of them", "它们", "他们", "她们", "它们俩", "他们俩",
         "她们俩", "它俩", "他俩"}


def resolve(work: MessageEdit, text: str) -> list[Subject] | None:
    """The existing subjects a phrase refers to ("it", "the red circle", "猫", "them", "the left one"), or None
    if it names none.

    An indefinite phrase ("a circle", "一个圆形") names a new thing, never an existing one.
    """
    subjects, text = work.scene.subjects, as_the_thing(text, work.scene.subjects)  # "his dog": the dog drawn
    some_of = _SOME_OF_THEM.match(text.strip())
    if some_of and subjects:  # "make one of them orange", "把其中一个变成蓝色", 去掉两颗: any of them, the first
        among = resolve(work, some_of.group("among") or "them") or []
        if some_of.group("desc"):  # 去掉一头大的: of the big ones
            desc = parse_phrase(some_of.group("desc"), global_parts=False)
            among = [s for s in among if _matches(s, desc, "")] or _unsized_of_size(among, desc, "")
        said = some_of.group("n") or some_of.group("n_zh") or some_of.group("n_bare")
        n = _COUNT.get(said.lower(), 0) if not said.isdigit() else int(said)
        # of "six apples in a basket", the apples: the most of one kind
        alike = max(([t for t in among if name_matches(t.name, s.name)] for s in among), key=len, default=[])
        if some_of.group("n_bare") and len(alike) <= n:
            return None  # "两个" of two: both, read below
        return alike[:n] if len(alike) > max(n, len(among) // 2) else None
    joined = _joined(work, text) if subjects else None
    if joined:  # "the cat and the dog", "猫和狗都": each named thing
        return joined
    raw = _without_value_words(text)
    key = clean_rest(raw).lower()
    key = re.sub(r"^(?:把|将|让|使|给)", "", key)
    if not subjects:
        return None
    every = re.fullmatch(r"(?P<head>[^\s都全们]+?)(?:们)?(?:都|全都|全部|全)", raw.strip())
    if every and every.group("head") not in ("它", "他", "她", "两个", "所有", "这", "那"):
        named = [s for s in subjects if name_matches(s.name, every.group("head"))]
        if named:  # "圆都删掉", "猫都变成黑色": every one of that name
            return named
    if key == "它们" and not re.search(r"都|全|俩|两个", work.clause):
        # 它 is never a person: "老奶奶和两只小鸡", 它们 are the chicks (它们都, 它们俩 are everything)
        things = [s for s in subjects if person_kind(s) is None]
        if things and len(things) < len(subjects):
            return things
    if key in ("them", "they") and worn_plural(work):
        return None  # "give her sunglasses", "make them black": the sunglasses (resolve_parts)
    if key in PRONOUNS_ALL or re.fullmatch(r"(?:all|both|every|each)(?:\s+\w+)*|(?:所有|全部|两个)的?\S*|\S*都", key) \
            or _COUNTED_ALL.fullmatch(raw.strip()):
        if key in _THEY:  # "two birds on a branch", "make them both yellow": the birds, not what they sit on
            placed = [s for s in subjects if not placed_at(s, subjects)]
            if 1 < len(placed) < len(subjects) or (  # "roses on a table", "make them yellow": the roses
                    len(placed) == 1 < len(subjects) and re.search(r"[a-z][^s]s$", placed[0].name.lower())):
                return placed
        return all_of_name(subjects, key) or list(subjects)  # "all the flowers": the flowers only
    if _OTHER_SOME.fullmatch(raw.strip()):  # "the other two": all but the one in focus
        focus = work.focus()
        others = [s for s in subjects if s.id not in work.changed and (work.changed or focus is None
                                                                       or s.id != focus.id)]
        return others or None
    if _THE_REST.fullmatch(key):  # "the rest", "剩下的都": all but what this message already touched
        rest = [s for s in subjects if s.id not in work.changed]
        return rest or list(subjects)
    if key in PRONOUNS_ONE or (not key and not raw.strip()):
        subject = pronoun_subject(work, key)
        return [subject] if subject else None
    worn = by_part(subjects, raw)
    if worn is not None:  # "穿红裙子的那个", "the one in the red dress", "the girl with the hat"
        return worn
    ordinal, raw = _take_ordinal(raw)
    other = bool(_OTHER_RE.search(raw))
    if other:
        raw = _OTHER_RE.sub(" ", raw)
    superlative = _SUPERLATIVE_RE.search(raw)
    if superlative:
        raw = raw[: superlative.start()] + " " + raw[superlative.end():]
    ph = parse_phrase(raw, global_parts=False)
    definite = ph.definite or bool(_DEFINITE.match(raw))  # "the middle one": the position took "the" with it
    if ph.indefinite and not definite and ordinal is None and not other:
        return None
    name = "" if ph.rest.lower() in PRONOUNS_ONE else ph.rest.lower()
    ones = name in ("ones", "the ones")  # "the pink ones": every pink one
    generic = name in _GENERIC_WORDS or bool(re.fullmatch(r"(?:the\s+)?(?:one|ones)", name)) or (
        name in _FOND_ONES and bool(ph.size or ph.colour) and not any(name_matches(s.name, name) for s in subjects))
    name = "" if generic else name
    step = ph.resize or (1 if superlative and (superlative.group("up") or superlative.group("up_zh")) else
                         -1 if superlative else 0)
    described = ph.shape or name or ph.colour or ph.size or ph.position or ph.material or step
    if not described and ordinal is None and not other:
        subject = work.focus() if generic else None  # "the shape", "that thing"
        return [subject] if subject else None
    found = [s for s in subjects if _matches(s, ph, name)] or [  # "the car" of a taxi; "the hive" of a beehive
        s for s in subjects if name and (_kind_of(s.name) == singular(name) or compound_of(s.name, name))
        and _matches(s, ph, "")] or [s for s in subjects if ph.colour and f" {s.attributes.get('colour')}".endswith(
            f" {ph.colour}") and _matches(s, replace(ph, colour=None), name)]  # "the blue one" of a dark blue one
    found = found or _unsized_of_size(subjects, ph, name) or anyone_named(work, name)  # "the kid": the boy
    word = re.sub(r"^.*\s", "", raw.strip().lower())
    if not found and ph.shape and word.isascii() and word.isalpha():  # "the box" of a shoebox: the end of its name
        found = [s for s in subjects if s.name.lower().endswith(word) and s.name.lower() != word
                 and _matches(s, replace(ph, shape=None), "")]
    if not found and ph.colour and _DRESSED_IN.search(text):  # "the one in red", 穿红衣服的那个: what they wear
        found = [s for s in subjects if _matches(s, replace(ph, colour=None), name) and any(
            p.get("colour") == ph.colour and p.get("relation") == "wearing" for p in s.parts.values())]
    if ph.position:
        found = _by_position(found, ph.position)
    if step:
        found = _by_size(found, step)
    if other:
        focus = work.focus()
        found = [s for s in found if focus is None or s.id != focus.id]
        alike = [s for s in found if focus is not None and not name and s.name == focus.name]
        found = alike if len(alike) == 1 else found  # "the other one" of two birds and a wire: the other bird
        if len(found) != 1:
            return None
    if ordinal is not None:
        if not found or ordinal >= len(found) or ordinal < -len(found):
            return None
        return [found[ordinal]]
    if not found:
        return None
    plural = ph.count > 1 or ones or ((bool(re.search(r"(?:[a-z]s|们)$", name)) or singular(name) != name)
                              and not any(s.name.lower() == name for s in found))
    if plural:
        return found
    focus = work.focus()
    if not name and len(found) > 1 and ph.colour and not (ph.position or step or ph.size or ph.shape):
        return None  # "the red one" of a red circle and a red square: which one is not said
    return [focus] if focus in found else [found[-1]]


# "the cat and the dog", "the circle, the square", "猫和狗", "both the sun and the moon": several things named.
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*(?:和|与|跟|以及|、)\s*", _I)
_BOTH = re.compile(r"^(?:both\s+)|(?:\s+both|\s*(?:都|俩|两个))$", _I)


def _joined(work: MessageEdit, text: str) -> list[Subject] | None:
    """The subjects of several things named with "and" / 和, each one resolving on its own and each naming a thing
    (so "the black and white cat" stays one thing), or None."""
    pieces = [p for p in _JOIN.split(_BOTH.sub("", text.strip())) if p and p.strip()]
    if len(pieces) < 2:
        return None
    found: list[Subject] = []
    for piece in pieces:
        ph = parse_phrase(piece, global_parts=False)
        name = ph.rest.lower()
        if not (ph.shape or name in PRONOUNS_ONE or (name and name not in _GENERIC_WORDS)
                or (ph.definite and is_description(piece))):  # "the blue one"
            return None
        one = resolve(work, piece)
        if not one:
            return None
        found.extend(s for s in one if s not in found)
    return found if len(found) >= 2 else None


def _without_value_words(text: str) -> str:
    """"the colour of the circle", "the umbrella's colour", "its size", "猫的颜色": the thing, not the value."""
    raw = re.sub(r"(?:the\s+)?(?:colou?r|size|material|shape|position)\s+of\s+|'s\s+(?:colou?r|size|material|shape)"
                 r"|的?(?:颜色|大小|材质|位置)", " ", text, flags=_I)
    return re.sub(r"\b(?:its)\s+(?:colou?r|size|material)\b", "it", raw, flags=_I)


def is_description(text: str) -> bool:
    """"the big one", "红色的那个", "the second one": a thing described, not named ("the clouds" is named)."""
    ordinal, raw = _take_ordinal(text)
    ph = parse_phrase(_OTHER_RE.sub(" ", raw), global_parts=False)
    name = ph.rest.lower()
    generic = not name or name in _GENERIC_WORDS or bool(re.fullmatch(r"(?:the\s+)?(?:one|ones)", name))
    return generic and bool(ordinal is not None or ph.colour or ph.size or ph.position or ph.resize
                            or _OTHER_RE.search(raw) or _SUPERLATIVE_RE.search(raw))


def _take_ordinal(text: str) -> tuple[int | None, str]:
    m = _ORDINAL_RE.search(text)
    if not m:
        return None, text
    if m.group("en"):
        index = _ORDINALS[m.group("en").lower()]
    elif m.group("zh"):
        index = _ZH_NUMBERS[m.group("zh")]
    else:
        index = -1
    return index, text[: m.start()] + " " + text[m.end():]


def _by_position(found: list[Subject], position: str) -> list[Subject]:
    """The subjects a place describes: at it exactly, else on its side of the grid ("the left one" is the one at
    the top left when nothing is at the left), else the one furthest that way."""
    exact = [s for s in found if s.position == position]
    if exact or position not in vocab.GRID_CELLS:
        return exact
    held = [s for s in found if not placed_at(s, found)]
    found = held if len(held) > 1 else found  # "the middle one" of three cats on a fence: of the cats, not the fence
    # (all in one place that is no cell of the grid, "two birds on a wire", is in a row too)
    in_a_row = len({s.position for s in found}) == 1 and found[0].position not in vocab.GRID_CELLS
    if len(found) >= 2 and in_a_row and (position in ("left", "right") or (
            position == "center" and len(found) % 2)):  # "the left one" of two girls, 中间那个 of 三个圆: in a row
        return [found[{"left": 0, "right": -1}.get(position, len(found) // 2)]]
    col, row = vocab.GRID_CELLS[position]
    cells = {s.id: vocab.GRID_CELLS.get(s.position or "center", (1, 1)) for s in found}
    axes = [axis for axis, value in ((0, col), (1, row)) if value != 1] or [0, 1]
    same_side = [s for s in found if all(cells[s.id][a] == (col, row)[a] for a in axes)]
    if same_side:
        return same_side
    if position == "center":
        return []
    def towards(s: Subject) -> int:  # furthest that way: the leftmost of two in the middle column is "the left one"
        return sum((cells[s.id][a] - 1) * ((col, row)[a] - 1) for a in axes)

    best = max((towards(s) for s in found), default=0)
    winners = [s for s in found if towards(s) == best]
    return winners if len(winners) == 1 and len(found) > 1 else []


def _by_size(found: list[Subject], step: int) -> list[Subject]:
    """"The bigger one": of the things described, those of the bigger size when their sizes differ."""
    if len(found) < 2:
        return found
    sized = [s for s in found if s.size == ("big" if step > 0 else "small")]
    if sized and len(sized) < len(found):
        return sized
    others = [s for s in found if s.size != ("small" if step > 0 else "big")]
    return others if others and len(others) < len(found) else []


def _size_in_name(name: str) -> str | None:
    """小狗, 大象 aside: a name said with its size (小狗 of 大狗和小狗, "puppy") answers "the small one"."""
    if vocab.has_cjk(name) and len(name) > 1 and name[0] in "大小" and name not in ZH_NOT_SIZED:
        return "big" if name[0] == "大" else "small"
    return "small" if name.lower() in ("puppy", "kitten", "little one") else None


def _unsized_of_size(subjects: Sequence[Subject], ph: Phrase, name: str) -> list[Subject]:
    """"the big ones" beside small ones of their kind, themselves said of no size: those."""
    if ph.size not in ("big", "small"):
        return []
    kinds = {s.name for s in subjects if s.size == ("small" if ph.size == "big" else "big")}
    return [s for s in subjects if s.size is None and any(s.name.endswith(k) or k.endswith(s.name) for k in kinds)
            and _matches(s, replace(ph, size=None), name)]


def _matches(subject: Subject, ph: Phrase, name: str) -> bool:
    if ph.shape and vocab.lookup(vocab.SHAPES, subject.name) is not vocab.SHAPES[ph.shape]:
        return False
    if name and not name_matches(subject.name, name):
        return False
    if ph.colour and subject.attributes.get("colour") != ph.colour:
        return False
    if ph.size and subject.size != ph.size and not (subject.size is None and _size_in_name(subject.name) == ph.size):
        return False
    return not (ph.material and subject.attributes.get("material") != ph.material)


# ------------------------------------------------------------------------------------------------ parts

_POSSESSIVE_EN = re.compile(r"^(?:the\s+)?(?P<owner>his|her|its|their|.+?)(?:'s|s')?\s+(?P<part>.+)$", _I)
_POSSESSIVE_ZH = re.compile(r"^(?P<owner>.+?)的(?P<part>[^的]+)$")
_OWNER_WORDS = {"his": "him", "her": "her", "its": "it", "their": "them"}


def part_name(text: str) -> str:
    """A part's name as said, without articles, counts and measure words ("a red umbrella" -> "umbrella" once
    the colour is read; "一顶帽子" -> "帽子")."""
    name = clean_rest(re.sub(r"^(?:(?:a|an|the|some|one|two|a pair of|pair of|his|her|its|their|my)\s+)+", "",
                             text.strip(), flags=_I))
    name = re.sub(r"^(?!双肩)(?:[一两二三四五几]|\d+)?\s*"  # (a 双肩包 is one bag, no pair)
                  r"[个只条棵朵辆艘匹座张块颗位把顶副件双对套根支本盏串束扇间面枝片](?![子象包条具])(?=\s*\S)"
                  r"|^一?(?:点儿?|些)(?=\S)", "", name)
    name = clean_rest(name)
    return name.lower() if name.isascii() and name[:1].isupper() and name[1:].islower() else name  # "Roof: red"


def resolve_parts(work: MessageEdit, text: str) -> list[PartRef] | None:
    """The parts a phrase points at: "the umbrella" (a part some subject has), "his hat", "the girl's dress",
    "她的裙子" (a part of that subject, new if it has none yet). None when it names no part."""
    said = clean_rest(_without_value_words(text))
    if not said or not work.scene.subjects:
        return None
    owned = _possessive(work, glued_owner(said, work.scene.subjects))
    if owned is not None:
        return owned
    ph = parse_phrase(said, global_parts=False)
    name = part_name(ph.rest)
    if name and name.lower() in ("them", "they"):
        return worn_plural(work)
    if not name or name.lower() in PRONOUNS_ONE | PRONOUNS_ALL | _GENERIC_WORDS:
        return None
    focus = work.focus()
    ordered = ([focus] if focus else []) + [s for s in reversed(work.scene.subjects) if s is not focus]
    found = next((found for match in (name_matches, compound_of) if (found := [  # "the coat": the raincoat
        PartRef(s, key, True) for s in ordered for key in s.parts if match(key, name)
        and (not ph.colour or s.parts[key].get("colour") == ph.colour)])), [])
    if not found:
        owner = _natural_owner(ordered, name, focus) if not ph.colour else None
        return [PartRef(owner, name, False)] if owner is not None else None
    plural = bool(re.search(r"(?:[a-z]s|们)$", name)) and not any(r.name.lower() == name.lower() for r in found)
    return found if plural or ph.count > 1 else found[:1]


def worn_plural(work: MessageEdit) -> list[PartRef] | None:
    """"them" of one thing drawn alone, whose last part has a plural name (sunglasses, boots): that part."""
    if len(work.scene.subjects) != 1:
        return None
    subject = work.scene.subjects[0]
    last = list(subject.parts)[-1] if subject.parts else ""
    if not re.search(r"[a-z]s$|眼镜$", last.lower()) or re.search(
            r"(?:s|couple|family|people|crowd|group|team|twins|pair)$", subject.name.lower()):
        return None
    return [PartRef(subject, last, True)]


def _noun_key(subject: Subject) -> str | None:
    """The NOUNS key of a subject's name: as said, by its last English word ("wooden house"), 松树 by its end (树)."""
    name = subject.name.strip().lower()
    term = vocab.lookup(vocab.NOUNS, name) or vocab.lookup(vocab.NOUNS, name.split()[-1] if name.split() else "")
    if term is None and vocab.has_cjk(name):
        term = next((t for t in vocab.NOUNS.values() for f in t.zh if name.endswith(f)), None)
    return term.key if term is not None else None


def _natural_parts(subject: Subject) -> tuple[str, ...]:
    """The parts a subject has by nature; a kind of a thing has the thing's ("cherry tree", 樱花树: a tree's
    branches)."""
    key = _noun_key(subject) or ""
    return (NATURAL_PARTS.get(key) or NATURAL_PARTS.get(key.split()[-1] if key.split() else "", ())
            or NATURAL_PARTS.get(_kind_of(subject.name), ()))


# Things that are a kind of a thing with parts by nature, by name: a sailboat has a boat's sail, a cabin a house's
# roof, 木屋 and 小屋 a house's 屋顶; an English compound ending in the thing's name ("sailboat") is one too.
_KINDS = {"ship": "boat", "yacht": "boat", "canoe": "boat", "sailboat": "boat", "cabin": "house", "cottage": "house",
          "hut": "house", "barn": "house", "cabins": "house", "shed": "house", "villa": "house", "mansion": "house",
          "bungalow": "house", "truck": "car", "bus": "car", "van": "car", "taxi": "car", "jeep": "car",
          "kitten": "cat", "puppy": "dog", "pony": "horse", "unicorn": "horse"}
_ZH_KINDS = (("屋", "house"), ("房", "house"), ("船", "boat"), ("车", "car"))


def _kind_of(name: str) -> str:
    said = name.strip().lower()
    if vocab.has_cjk(said):
        return next((key for end, key in _ZH_KINDS if said.endswith(end)), "")
    last = said.split()[-1] if said.split() else ""
    return _KINDS.get(last) or next((k for k in NATURAL_PARTS if len(k) >= 3 and last.endswith(k) and last != k), "")


def _natural_owner(ordered: list[Subject], name: str, focus: Subject | None) -> Subject | None:
    """The one subject that has a part of this name by nature ("the roof" of the house, "the tail" of the cat),
    the one in focus first; None when none has or, among several, none is in focus."""
    said = name.lower()
    owners = [s for s in ordered if said in _natural_parts(s)
              or (person_kind(s) is not None and said in PERSON_PARTS)]
    if len(owners) == 1 or (owners and owners[0] is focus):
        return owners[0]
    return None


def part_owners(subjects: list[Subject], message: str) -> list[Subject]:
    """The subjects that have (by nature or as given) a part the message names ("the tail" of a cat and a dog);
    the part named by the most of them counts."""
    words = {w for w in re.findall(r"[a-z]+", message.lower())}
    best: list[Subject] = []
    for subject in subjects:
        natural = _natural_parts(subject) + (PERSON_PARTS if person_kind(subject) else ())
        for part in (*natural, *subject.parts):
            said = part.lower() in words if part.isascii() else part in message
            if not said:
                continue
            owners = [s for s in subjects if part in s.parts or part in _natural_parts(s)
                      or (person_kind(s) is not None and part in PERSON_PARTS)]
            best = owners if len(owners) > len(best) else best
    return best


def natural_owner(work: MessageEdit, name: str) -> Subject | None:
    """The subject a part named alone ("a chimney", "烟囱") belongs to by nature: the one that has such a part, or
    the one in focus among several; None when none does."""
    focus = work.focus()
    ordered = ([focus] if focus else []) + [s for s in reversed(work.scene.subjects) if s is not focus]
    owner = _natural_owner(ordered, name.lower(), focus)
    if owner is None and len(work.scene.subjects) == 1 and name.lower() in HAD:
        return work.scene.subjects[0]  # "green shell" of the one turtle drawn: a part a thing has, its own
    return owner


def _by_nature(work: MessageEdit, owners: list[Subject], name: str) -> list[Subject]:
    """"它的轮子" said of a tree just added beside a car: a pronoun's owner that has no such part, and could not
    have one by nature, is the one subject that does (the car); otherwise the pronoun stands."""
    if len(owners) != 1 or any(name_matches(k, name) for k in owners[0].parts):
        return owners
    others = [s for s in work.scene.subjects if s is not owners[0]]
    natural = _natural_owner(others, name.lower(), None)
    if natural is not None and _natural_owner(owners, name.lower(), None) is None:
        return [natural]
    return owners


def _possessive(work: MessageEdit, said: str) -> list[PartRef] | None:
    for pattern in (_POSSESSIVE_ZH, _POSSESSIVE_EN):
        m = pattern.match(said)
        if not m:
            continue
        owner_said = m.group("owner").strip()
        if pattern is _POSSESSIVE_EN and not re.match(r"^(?:his|her|its|their)$", owner_said, _I) and not re.search(
                r"'s?\s", said):
            continue  # "the red umbrella" is not the red's umbrella
        owners = resolve(work, _OWNER_WORDS.get(owner_said.lower(), owner_said))
        said_part = parse_phrase(m.group("part"), global_parts=False)
        name = part_name(said_part.rest)
        if not owners or not name or name.lower() in _GENERIC_WORDS | PRONOUNS_ONE:
            continue
        if owner_said.lower() in _OWNER_WORDS or owner_said in ("它", "他", "她"):
            owners = _by_nature(work, owners, name)
        refs = []
        for owner in owners:
            key = next((k for k in owner.parts if name_matches(k, name)), None) or next(
                (k for k in owner.parts if compound_of(k, name)), None)  # "his coat": the raincoat he wears
            if key is None and any(s is not owner and name_matches(s.name, name) for s in work.scene.subjects):
                return None  # "his dog" of a boy and his dog: the dog drawn (whose.as_the_thing)
            if said_part.colour and (key is None or owner.parts[key].get("colour") != said_part.colour):
                return None  # "his scarf blue | and white": the scarf is not blue yet, so "blue" is the value
            refs.append(PartRef(owner, key or name, key is not None))
        return refs
    return None
