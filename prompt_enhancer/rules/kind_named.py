"""A thing in the picture named by its kind: "the building on the right" of a lighthouse, "the vessel" of a boat,
"that animal" of a dog beside a boy and a kite; or named, then called a thing ("the kite thing"). Read as the thing
there, so the reply says which one; only when nothing there has the word said as its name and exactly one thing
there is of that kind."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Scene

_KINDS: dict[str, frozenset[str]] = {
    "building": frozenset("house lighthouse castle tower church barn cabin hut cottage shop school palace temple "
                          "skyscraper windmill mill pagoda igloo tent".split()),
    "vessel": frozenset("boat ship sailboat yacht canoe kayak ferry raft submarine".split()),
    "vehicle": frozenset("car bus truck bike bicycle train tractor van taxi motorcycle scooter tram".split()),
    "car": frozenset("convertible sedan jeep suv limo limousine hatchback coupe roadster racecar taxi cab".split()),
    "animal": frozenset("cat kitten dog puppy bird horse pony rabbit bunny fox deer bear panda lion tiger elephant "
                        "cow sheep pig duck swan goose chicken chick owl crow parrot fish whale dolphin frog mouse "
                        "squirrel monkey giraffe zebra wolf turtle snake dinosaur dragon unicorn hamster".split()),
    "plant": frozenset("tree flower rose tulip sunflower bush cactus plant fern lavender daisy lily".split()),
    "person": frozenset("man woman girl boy child kid person lady gentleman baby grandma grandpa king queen knight "
                        "wizard princess prince".split()),
    # a breed said first, then the animal: "a golden retriever …", "just the dog"
    "dog": frozenset("retriever labrador corgi poodle beagle husky shiba dachshund bulldog terrier shepherd collie pug "
                     "chihuahua spaniel dalmatian greyhound puppy pup".split()),
    "cat": frozenset("kitten kitty tabby siamese persian".split()),
}
# A breed's word that alone names someone: "a shepherd with a collie" has one dog (a "german shepherd" is one)
_PEOPLE_TOO = {"shepherd", "boxer"}
_SAID = {"building": "building", "vessel": "vessel", "vehicle": "vehicle", "animal": "animal", "creature": "animal",
         "pet": "animal", "beast": "animal", "plant": "plant", "person": "person", "figure": "person",
         "character": "person", "dog": "dog", "doggo": "dog", "pup": "dog", "puppy": "dog", "cat": "cat",
         "kitty": "cat", "kitten": "cat", "car": "car"}
_THE = re.compile(r"\b(?P<the>the|that|this)\s+(?P<w>building|vessel|vehicle|animal|creature|pet|beast|plant|person|"
                  r"figure|character|dog|doggo|pup|puppy|cat|kitty|kitten|car)\b", re.IGNORECASE)


# 那盆植物, 这只动物, 那栋建筑: the same in Chinese, where the head noun ends the name (绿植 is a plant, 小猫 a cat).
_ZH_SAID = {"植物": "plant", "绿植": "plant", "动物": "animal", "小动物": "animal", "建筑": "building",
            "建筑物": "building", "车辆": "vehicle", "交通工具": "vehicle"}
_ZH_THE = re.compile(r"(?P<the>这|那)(?P<m>[一]?[个只盆棵株辆栋座艘条])?"
                     r"(?P<w>小动物|动物|绿植|植物|建筑物|建筑|车辆|交通工具)")
_ZH_MORE = {"plant": ("植", "栽", "草", "竹", "藤"), "building": ("楼", "屋", "塔", "庙", "堡", "房", "店"),
            "animal": (), "vehicle": ("车",)}


def _zh_of_kind(kind: str) -> tuple[str, ...]:
    forms = [f for w in _KINDS[kind] for t in [vocab.lookup(vocab.NOUNS, w)] if t for f in t.zh]
    return (*forms, *_ZH_MORE[kind])


# "get rid of the kite thing", "make the hat thingy red": a thing there named, then called a thing
_THING_AFTER = re.compile(r"\b(?P<w>[a-z][a-z'-]*)\s+(?:thing|thingy|thingie|thingamajig|thingamabob)(?![\w'-])",
                          re.IGNORECASE)


def _thing_word_dropped(text: str, scene: Scene) -> str:
    """`text` with "thing" after the name of a thing there (or of one of its parts) left out."""
    names = {w for s in scene.subjects for name in (s.name, *s.parts) for w in name.lower().split()[-1:]}

    def dropped(m: re.Match[str]) -> str:
        said = m.group("w").lower()
        return m.group("w") if said in names or said.rstrip("s") in names else m.group(0)

    return _THING_AFTER.sub(dropped, text)


def said_by_kind(text: str, scene: Scene) -> str:
    """`text` with a thing there named by its kind said by its name; as it was otherwise."""
    if not scene.subjects:
        return text
    text = _thing_word_dropped(text, scene)
    if vocab.has_cjk(text):  # (English words in it too: "消防车不要了 pls, just the dog")
        text = _said_by_kind_zh(text, scene)
    if not _THE.search(text):
        return text
    names = {w for s in scene.subjects for w in s.name.lower().split()}

    def name(m: re.Match[str]) -> str:
        said = m.group("w").lower()
        if said in names:
            return m.group(0)
        kind = _KINDS[_SAID[said]]
        of_kind = [s for s in scene.subjects
                   if s.name.lower().split()[-1] in kind and s.name.lower() not in _PEOPLE_TOO]
        placed = re.match(r"\s+(?:on|at|in)\s+the\s+(?:left|right|top|bottom|middle|cent(?:er|re))\b",
                          m.string[m.end():], re.IGNORECASE)
        if placed and len(of_kind) > 1 and len(of_kind) == len(scene.subjects):
            return f"{m.group('the')} one"  # "the animal on the right" of a cat and a dog: the one there
        return f"{m.group('the')} {of_kind[0].name}" if len(of_kind) == 1 else m.group(0)

    return _THE.sub(name, text)


def _said_by_kind_zh(text: str, scene: Scene) -> str:
    def name(m: re.Match[str]) -> str:
        said = m.group("w")
        if any(s.name.endswith(said) for s in scene.subjects):
            return m.group(0)  # 绿植 there: the word is its name
        ends = _zh_of_kind(_ZH_SAID[said])
        of_kind = [s for s in scene.subjects if s.name.endswith(ends)]
        return f"{m.group('the')}{m.group('m') or '个'}{of_kind[0].name}" if len(of_kind) == 1 else m.group(0)

    def pet(m: re.Match[str]) -> str:  # 给狗狗加个项圈 of a dalmatian: the one dog there
        kind, said = _ZH_PETS[m.group(0)], m.group(0)[-1]
        before, words = m.string[: m.end()], (*_LONGER_ZH, *(s.name for s in scene.subjects))
        if any(before.endswith(w) for w in words if len(w) > len(m.group(0))):
            return m.group(0)  # 熊猫, 斑点狗, 热狗: a word of its own that ends the same way
        keys = [_noun_key(s.name) for s in scene.subjects]
        if kind in keys or any(key is None and s.name.endswith(said) for s, key in zip(scene.subjects, keys)):
            return m.group(0)  # a dog there: the word is its name
        if re.search(r"(?:加|画|添|再|有|来)[一两三几]?[只个]$", m.string[: m.start()]):
            return m.group(0)  # 加一只猫 beside a panda: one more thing, a cat
        of_kind = [s for s, key in zip(scene.subjects, keys) if s.name.strip() and (
            s.name.lower().split()[-1] in _KINDS[kind] or key in _KINDS[kind] or (s.name.endswith(said) and not any(
                s.name.endswith(w) for w in _LONGER_ZH if len(w) > len(said) and _noun_key(w) != kind)))]
        return of_kind[0].name if len(of_kind) == 1 else m.group(0)

    return _ZH_PET.sub(pet, _ZH_THE.sub(name, text))


def _noun_key(name: str) -> str | None:
    term = vocab.lookup(vocab.NOUNS, name)
    return term.key if term is not None else None


_LONGER_ZH = tuple(f for t in vocab.NOUNS.values() for f in t.zh if f[-1] in "狗猫") + ("热狗", "海狗", "山猫", "野猫")
_ZH_PETS = {"狗狗": "dog", "小狗": "dog", "狗": "dog", "猫咪": "cat", "小猫": "cat", "猫": "cat"}
_ZH_PET = re.compile("狗狗|小狗|猫咪|小猫|(?<![斑点])狗|猫")
