"""Who a pronoun means and what kind of someone a subject is: "him" a man, "her" a woman or a girl, "it" a thing or
an animal. A subject of no known kind ("ranger", "beekeeper") may be someone; a known thing that is no animal (a pine
tree, a house) never is "her" or "him" while someone else is there (before, "give her a hat" after "a ranger, a
brown bear cub and a pine tree" gave the tree the hat)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.doing import STILL
from prompt_enhancer.rules.drawn_alone import MORE_ANIMALS
from prompt_enhancer.rules.names import ANIMALS

_MALE_PRONOUNS = {"him", "he", "his", "himself", "他", "他的"}
_FEMALE_PRONOUNS = {"her", "she", "hers", "herself", "她", "她的"}
_THING_PRONOUNS = {"it", "its", "it's", "itself", "它", "它的"}
_WORN = frozenset(vocab.WORN) - {"bell", "collar", "bow", "ribbon"}  # what a pet has on is no sign of someone
_ANIMALS = ANIMALS | {"dragon", "snowman", "robot", "whale", "penguin", "owl", "turtle", "dinosaur", "unicorn",
                     "butterfly"}


def pronoun_subject(work: MessageEdit, word: str) -> Subject | None:
    """Who a pronoun means: the subject in focus when it fits ("him" a man, "it" a thing), else the most recent
    subject that does, else the subject in focus."""
    focus = work.focus()
    word = word.lower().strip()
    if word in _MALE_PRONOUNS:
        fits = [lambda s: person_kind(s) == "male", lambda s: person_kind(s) == "person",
                lambda s: person_kind(s) != "female" and _dressed(s), _known_animal,
                lambda s: person_kind(s) != "female" and is_alive(s), lambda s: person_kind(s) != "female"]
    elif word in _FEMALE_PRONOUNS:
        fits = [lambda s: person_kind(s) == "female", lambda s: person_kind(s) == "person",
                lambda s: person_kind(s) != "male" and _dressed(s), _known_animal,
                lambda s: person_kind(s) != "male" and is_alive(s), lambda s: person_kind(s) != "male"]
    elif word in _THING_PRONOUNS:
        fits = [lambda s: person_kind(s) is None]
    else:
        return focus
    for fit in fits:
        if focus is not None and fit(focus):
            return focus
        matching = [s for s in work.scene.subjects if fit(s)]
        if matching:
            return matching[-1]
    return focus


def person_kind(subject: Subject) -> str | None:
    """"male", "female", "person" or None (a thing or an animal), from the words of the subject's name."""
    name = subject.name.lower()
    words = set(re.findall(r"[a-z]+", name))
    for kind, table in (("female", vocab.FEMALE_WORDS), ("male", vocab.MALE_WORDS), ("person", vocab.PERSON_WORDS)):
        for word in table:
            if (word in words) if word.isascii() else (vocab.has_cjk(name) and name.endswith(word)):
                return kind
    for word in words:  # "cowboy", "cowgirl", "fireman", "policewoman": a word ending in one says who too
        for kind, ends in _KIND_ENDS:
            if len(word) > 4 and word.endswith(ends):
                return kind
    return None


_KIND_ENDS = (("female", ("girl", "woman", "women", "lady")), ("male", ("boy", "man", "men")))


def _known_animal(subject: Subject) -> bool:
    """An animal by name ("a pink river dolphin"): "her" more likely than a thing of no known kind."""
    term, words = _named_term(subject.name), subject.name.lower().split()
    return (term is not None and term.key in _ANIMALS) or bool(words and words[-1] in MORE_ANIMALS)


def _named_term(name: str) -> vocab.Term | None:
    """The vocabulary's noun for a name, or for its last word ("river dolphin", "old fisherman")."""
    words = name.split()
    return vocab.lookup(vocab.NOUNS, name) or (vocab.lookup(vocab.NOUNS, words[-1]) if words else None)


def _dressed(subject: Subject) -> bool:
    """Wearing something ("a ranger in a green uniform", "an elf with a green cloak"): someone, more likely than a
    cub."""
    return any(p.get("relation") == "wearing" or name.lower() in _WORN for name, p in subject.parts.items())


def is_alive(subject: Subject) -> bool:
    """A person or an animal (or a thing of no known kind, likely someone): what is put on it is worn, what is given
    to it is held; a thing just has it."""
    if person_kind(subject) is not None:
        return True
    term = _named_term(subject.name)
    if term is None and vocab.has_cjk(subject.name):
        term = next((t for t in vocab.NOUNS.values() for f in t.zh if subject.name.endswith(f)), None)
    if term is None:  # (a windowsill, a bench: what people sit on does nothing itself)
        return (subject.name.lower().split() or [""])[-1] not in STILL
    return term.key in _ANIMALS


# Words for someone without saying who: "give the kid a raincoat" of a boy, "the guy" of a sailor, 那个人.
_ANYONE_WORDS = {
    "person": ("person", "someone", "somebody", "figure", "character", "human", "人", "那个人", "这个人"),
    "young": ("kid", "child", "little one", "youngster", "小孩", "孩子", "小朋友", "小家伙"),
    "male": ("guy", "dude", "fella", "fellow", "bloke", "chap", "gentleman", "man", "男的", "男人"),
    "female": ("lady", "gal", "woman", "女的", "女人"),
}
_YOUNG = re.compile(r"\b(?:boy|girl|baby|toddler|kid|child|schoolboy|schoolgirl)s?\b|[男女]孩|宝宝|婴儿|小孩|孩子")


def anyone_named(work: MessageEdit, name: str) -> list[Subject]:
    """The one someone a word for anyone fits ("the kid": the one child drawn, or the one person); [] when none
    or several fit and the one in focus is not among them."""
    kind = next((k for k, words in _ANYONE_WORDS.items() if name.lower().strip() in words), None)
    if kind is None:
        return []
    people = [s for s in work.scene.subjects  # a sailor, a ranger: of no known kind, likely someone
              if person_kind(s) is not None or (is_alive(s) and not _known_animal(s))]
    if kind == "young":
        people = [s for s in people if _YOUNG.search(s.name.lower())] or people
    elif kind in ("male", "female"):
        people = [s for s in people if person_kind(s) in (kind, "person", None)]
    focus = work.focus()
    if len(people) == 1:
        return people
    return [focus] if focus in people else []
