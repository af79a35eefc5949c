"""Scene -> the enriched prompt (and negative prompt) the generator encodes, in English or Chinese.

A pure function of the Scene, so the toy-world training captions and the app's prompts come from one place.
Toy-world scenes render exactly as toyworld/README.md captions them ("a big red circle at the top left and a small
blue square at the bottom right on a gray background" / "灰色背景上，左上角有一个大的红色圆形，..."). A place and a
time are said as a setting ("a red fox in the snow at night" / "夜晚的雪地里，有一只红色狐狸"). Known words are
translated; unknown ones pass through. It measures no tokens: the generator counts them with the real tokenizers.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from dialog import vocabulary as vocab
from dialog.containers import container_word, held_zh, holder
from dialog.landscape_words import place_phrase
from dialog.en_words import EN_COUNT, MASS, ZH_COUNT, article, head_of, is_plural, many
from dialog.plurals import singular
from dialog.scene import Scene, Subject

LANGUAGES = ("en", "zh")
# Attribute kinds rendered in this order in front of the name; other kinds follow in alphabetical order, so the
# prompt does not depend on dict order (Scene.to_json sorts keys).
_ORDERED_KINDS = ("colour", "material", "pose")


def render_prompt(scene: Scene, language: str | None = None, *, count_alike: bool = True) -> str:
    """Every subject (with its parts), the background (or place), the time, the style, the look and the notes, as
    one natural sentence;
    "" for an empty scene. Things alike are counted ("two sleeping cats on a bed"); with count_alike=False each is
    said apart ("a cat and a cat"), for a model whose captions never count (the embedded model's have no "two")."""
    language = _language(scene, language)
    alike = _alike(scene) if count_alike else {}
    if language == "zh":
        return _render_zh(scene, alike)
    return _render_en(scene, alike)


def render_negative(scene: Scene, language: str | None = None) -> str:
    """What to keep out of the picture (scene.avoid), known words translated."""
    language = _language(scene, language)
    words = [_translate_thing(a, language) for a in scene.avoid]
    return ("，" if language == "zh" else ", ").join(w for w in words if w)


def describe_subject(subject: Subject, language: str, *, with_position: bool = True) -> str:
    """One subject as the prompt says it ("a big red circle at the top left" / "左上角有一个大的红色圆形")."""
    if language == "zh":
        return _subject_zh(subject, with_position=with_position, clause=with_position)
    return _subject_en(subject, with_position=with_position)


def position_phrase(position: str, language: str) -> str:
    """Where a subject is: "at the top left" / "左上角"; a place said against a thing in the prompt's language
    ("next to the dog" / "狗旁边"); other free text passes through."""
    term = vocab.POSITIONS.get(position)
    if language == "zh":
        return term.zh[0] if term else _relative_in(position, "zh")
    return f"at the {term.en[0]}" if term else _relative_in(position, "en")


# A place said against a thing ("next to the dog", 沙发上) is stored as said; the prompt says it in its own language,
# the thing translated where the vocabulary knows it: an English relation left in a Chinese prompt is read by the
# text encoder as noise. Longer words first.
_EN_TO_ZH_SIDES = (("to the left of", "左边"), ("on the left of", "左边"), ("left of", "左边"),
                   ("to the right of", "右边"), ("on the right of", "右边"), ("right of", "右边"),
                   ("on top of", "上面"), ("in front of", "前面"), ("next to", "旁边"), ("across from", "对面"),
                   ("underneath", "下面"), ("beneath", "下面"), ("beside", "旁边"), ("behind", "后面"),
                   ("inside", "里面"), ("around", "周围"), ("against", "旁边"), ("under", "下面"), ("below", "下方"),
                   ("above", "上方"), ("over", "上方"), ("near", "附近"), ("by", "旁边"), ("on", "上"), ("in", "里"))
_ZH_TO_EN_SIDES = (("左边", "left of"), ("左侧", "left of"), ("右边", "right of"), ("右侧", "right of"),
                   ("旁边", "next to"), ("边上", "next to"), ("附近", "near"), ("对面", "across from"),
                   ("周围", "around"), ("上面", "on"), ("上方", "above"), ("下面", "under"), ("下方", "below"),
                   ("底下", "under"), ("后面", "behind"), ("前面", "in front of"), ("里面", "in"), ("旁", "next to"),
                   ("边", "by"), ("上", "on"), ("下", "under"), ("后", "behind"), ("前", "in front of"), ("里", "in"),
                   ("内", "in"), ("中", "in"))
# Surroundings a thing is placed at that the vocabulary has no entry for (it lists things drawn on their own).
_SURROUNDINGS = {"floor": "地板", "ground": "地面", "wall": "墙", "window": "窗户", "windowsill": "窗台", "water": "水",
                 "desk": "书桌", "shelf": "架子", "bed": "床", "box": "盒子", "lake": "湖", "door": "门"}
_SURROUNDINGS_ZH = {**{zh: en for en, zh in _SURROUNDINGS.items()}, "地": "ground", "墙壁": "wall", "窗": "window",
                    "地上": "ground"}


def _relative_in(position: str, language: str) -> str:
    said = position.strip()
    if language == "zh" and said.isascii():
        lowered = said.lower()
        for words, side in _EN_TO_ZH_SIDES:
            if lowered.startswith(words + " "):
                thing = re.sub(r"^(?:the|a|an|some)\s+", "", said[len(words):].strip(), flags=re.IGNORECASE)
                if not thing:
                    break
                zh = _SURROUNDINGS.get(thing.lower()) or _translate_thing(thing, "zh")
                return zh + side
        return position
    if vocab.has_cjk(said):  # 沙发上, and "sofa上" ("在 sofa 上": an English thing in a Chinese place)
        for side, words in _ZH_TO_EN_SIDES:
            thing = said[: -len(side)].rstrip("的").strip() if said.endswith(side) else ""
            if not thing or (language == "zh" and not thing.isascii()):
                continue
            if language == "zh":
                return (_SURROUNDINGS.get(thing.lower()) or _translate_thing(thing, "zh")) + side
            en = thing if thing.isascii() else _SURROUNDINGS_ZH.get(thing) or _translate_thing(thing, "en")
            if vocab.has_cjk(en):
                return position  # a thing the vocabulary does not know: as said
            return f"{words} the {en}"
    return position


def time_words(time: str | None, language: str) -> list[str]:
    """Scene.time as the prompt says it: ["in the rain", "at night"] / ["雨中", "夜晚"]; free text passes through."""
    keys = vocab.time_keys(time)
    if language == "zh":  # "冬天夜晚雨中": season, then time of day, then weather
        order = ("season", "time of day", "weather")
        keys.sort(key=lambda k: order.index(vocab.time_kind(k)) if vocab.time_kind(k) in order else len(order))
    out = []
    for key in keys:
        term = vocab.TIMES.get(key)
        out.append((term.en[0] if language == "en" else term.zh[0]) if term else key)
    return out


def look_words(looks: list[str], language: str) -> list[str]:
    """Scene.look as the prompt says it: ["dramatic lighting", "black and white"] / ["戏剧性光线", "黑白"]."""
    return [vocab.look_said(look, language) for look in looks if look.strip()]


def _language(scene: Scene, language: str | None) -> str:
    language = language or scene.language
    if language not in LANGUAGES:
        raise ValueError(f"unknown prompt language {language!r}: use one of {', '.join(LANGUAGES)}")
    return language


def _translate_thing(value: str, language: str) -> str:
    for table in (vocab.SHAPES, vocab.NOUNS, vocab.MATERIALS, vocab.STYLES):
        if table is vocab.STYLES and value.isascii():
            continue  # a thing called "pencil" or "photo" is that thing, not a "pencil sketch" or "photorealistic"
        term = vocab.lookup(table, value)
        said = (term.en if language == "en" else term.zh) if term else ()  # "a puppy", 小狗, 拉面: not "dog", 狗, 面条
        if term and table in (vocab.NOUNS, vocab.MATERIALS) and value.lower() in said:
            return value.lower()
        if term:
            return vocab.translate(table, value, language)
    return vocab.colour_word(value, language)


def _name(subject: Subject, language: str) -> str:
    if not subject.name.strip():
        return "shape" if language == "en" else "图形"
    return _translate_thing(subject.name, language)


_SAID_AFTER = {"standing", "sitting", "lying", "crouching", "kneeling", "fishing", "waving"}
_SHAPE_WORDS = {"circle": "round", "square": "square", "triangle": "triangular"}


def _attribute_words(subject: Subject, language: str) -> tuple[list[str], list[str]]:
    """(words before the name, phrases after it): one-word values read as adjectives, longer ones follow."""
    kinds = [k for k in _ORDERED_KINDS if k in subject.attributes]
    kinds += sorted(k for k in subject.attributes if k not in _ORDERED_KINDS and k != "amount")  # said apart
    if language == "en" and "length" in kinds:  # "long red hair", as English orders them, not "red long hair"
        kinds.insert(0, kinds.pop(kinds.index("length")))
    before: list[str] = []
    after: list[str] = []
    for kind in kinds:
        value = subject.attributes[kind].strip()
        if not value:
            continue
        if kind == "colour":
            word = vocab.colour_word(value, language)
        elif kind == "material":
            term = vocab.lookup(vocab.MATERIALS, value)
            word = (vocab.MATERIAL_ADJECTIVES[term.key] if language == "en" else term.zh[0]) if term else value
        elif kind == "pose":
            word = vocab.translate(vocab.POSES, value, language)
            if language == "zh" and vocab.has_cjk(word) and not word.endswith("的") and word == value:
                word += "的"  # a doing said in Chinese with no pose of the vocabulary: 唱歌的鸟, not 唱歌鸟
        elif kind == "words":  # what is written on it, in the prompt's own words around it
            word = f'with the words "{value}"' if language == "en" else f"写着“{value}”的"
        elif kind == "shape" and vocab.lookup(vocab.SHAPES, value):  # "round glasses", 圆形眼镜
            word = _SHAPE_WORDS.get(value, value) if language == "en" else vocab.translate(vocab.SHAPES, value, "zh")
        else:
            word = value
        # Colour, material and pose read as adjectives even when two words ("dark blue"); free-form details of several
        # words ("a cat, wearing a hat"), a pose of several words and a posture ("a samurai standing") follow the name
        in_front = language == "zh" or (" " not in word and word not in _SAID_AFTER) or (
            kind in _ORDERED_KINDS and not (kind == "pose" and (" " in word or word in _SAID_AFTER)))
        (before if in_front else after).append(word)
    return before, after


def _size_word(subject: Subject, language: str) -> str | None:
    if not subject.size:
        return None
    term = vocab.SIZES.get(subject.size)
    if language == "zh":
        return f"{term.zh[0][0]}的" if term else f"{subject.size}的"
    return term.en[0] if term else subject.size


def _subject_en(subject: Subject, *, with_position: bool, count: int = 1) -> str:
    before, after = _attribute_words(subject, "en")
    doing = subject.attributes.get("pose") if subject.attributes.get("pose") in after else None
    after = [w for w in after if w != doing]
    size, name = _size_word(subject, "en"), _name(subject, "en")
    amount = subject.attributes.get("amount")
    if count > 1:  # "two slices of pizza", "three red foxes"
        amount, name = (many(amount), name) if amount else (None, name if is_plural(name) else many(singular(name)))
    words = ([size] if size else []) + before + [name]
    if amount:  # "a small slice of pizza": the amount carries the article and the size
        words = ([size] if size else []) + [amount, "of"] + before + [name]
    phrase = " ".join(words)
    bare = _bare(name)
    held = holder(subject) if count == 1 and not amount and bare else None
    if held:  # "a bowl of ramen with chopsticks", not "ramen in a bowl and with chopsticks"
        bowl = re.sub(r"^an?\s+", "", part_words(held if held.isascii() else container_word(held) or held,
                                                  subject.parts[held], "en"))
        phrase = f"{bowl} of {phrase}"
        subject = replace(subject, parts={k: v for k, v in subject.parts.items() if k != held})
    lead = (EN_COUNT[count] if count < len(EN_COUNT) else str(count)) if count > 1 else \
        "" if not amount and bare and not held else article(phrase)
    text = f"{lead} {phrase}".lstrip() + (f" {doing}" if doing else "")
    if after:
        text += ", " + ", ".join(after) + ","
    sat = with_position and bool(subject.position and subject.parts) and doing in _SAID_AFTER
    if sat:  # "a girl sitting on a bench, wearing a red dress": where she sits, then what she has
        text = text.rstrip(",") + " " + position_phrase(subject.position, "en") + ","
    if subject.parts:
        text = text.rstrip(",") + ("," if sat else "") + " " + _parts_en(subject)
    if with_position and subject.position and not sat:
        text += " " + position_phrase(subject.position, "en")
    return text.rstrip(",")


def _bare(name: str) -> bool:
    """Said with no "a": plural or stuff ("seagulls", "smoke"; "a bowl of rice", "a cup of tea": the bowl counts)."""
    return is_plural(name) or (head_of(name).lower().split() or [""])[-1] in MASS


def _alike(scene: Scene) -> dict[str, int]:
    """Subject id -> how many are said as it ("two sleeping cats on a bed", not "a sleeping cat on a bed and a
    sleeping cat on the bed"): the first of things with the same name, look, size, parts and place -> their count,
    each of the others -> 0. Stuff and names already plural are not counted ("two smokes", "two birds")."""
    first: dict[str, str] = {}
    counts: dict[str, int] = {}
    for subject in scene.subjects:
        name = _name(subject, "en")
        if _bare(name):
            continue
        key = json.dumps([subject.name, subject.attributes, subject.position, subject.size, subject.parts],
                         sort_keys=True, ensure_ascii=False)
        if key in first:
            counts[first[key]] += 1
            counts[subject.id] = 0
        else:
            first[key], counts[subject.id] = subject.id, 1
    return {i: n for i, n in counts.items() if n != 1}


# Parts said without "a": pairs, plurals and stuff ("wearing glasses", "with red hair").
_NO_ARTICLE = {"hair", "fur", "makeup", "armor", "armour", "clothing", "jewelry", "jewellery", "lipstick"}


def _part_thing(name: str, attributes: dict[str, str]) -> Subject:
    values = {k: v for k, v in attributes.items() if k not in ("relation", "size", "count")}
    return Subject(id="", name=name, attributes=values, size=attributes.get("size"))


def part_words(name: str, attributes: dict[str, str], language: str) -> str:
    """One part as the prompt says it: "a red umbrella", "glasses", "white hair" / "红色雨伞"."""
    part, number = _part_thing(name, attributes), int(attributes.get("count") or 1)  # "with five candles"
    if language == "zh":
        before, _ = _attribute_words(part, "zh")
        lead = f"{ZH_COUNT[number]}{vocab.measure_word(name)}" if 1 < number < len(ZH_COUNT) else ""
        return lead + (_size_word(part, "zh") or "") + "".join(before) + _name(part, "zh")
    thing = _subject_en(part, with_position=False, count=number)
    english = _name(part, "en").lower()
    said = name.strip().lower()
    if said.isascii() and said != english and said.endswith("s") and thing.endswith(english):
        thing, english = thing[: -len(english)] + said, said  # "with apples", not "with an apple"
    last = english.split()[-1] if english.split() else english
    if not part.attributes.get("amount") and (last in _NO_ARTICLE or (english.endswith("s")
                                                                      and not english.endswith("ss"))):
        thing = re.sub(r"^an?\s+", "", thing)  # "wearing glasses", not "wearing a glasses"
    return thing


def _relation_groups(subject: Subject, language: str) -> list[tuple[str, list[str]]]:
    """The parts as (relation words, things), consecutive parts of one relation together."""
    groups: list[tuple[str, list[str]]] = []
    for name, attributes in subject.parts.items():
        relation = attributes.get("relation") or "with"
        term = vocab.RELATIONS.get(relation)
        words = (term.en[0] if language == "en" else term.zh[0]) if term else relation
        if language == "zh" and relation == "wearing" and (_translate_thing(name, "en").lower() in vocab.CLOTHES
                                                            or name.endswith(tuple("服衣裙裤袍装衫鞋靴袜"))):
            words = "穿着"  # a dress is put on (穿), a hat worn (戴)
        thing = part_words(name, attributes, language)
        if groups and groups[-1][0] == words:
            groups[-1][1].append(thing)
        else:
            groups.append((words, [thing]))
    return groups


def _parts_en(subject: Subject) -> str:
    """"holding a red umbrella and wearing a hat and glasses"."""
    phrases = []
    for words, things in _relation_groups(subject, "en"):
        said = things[0] if len(things) == 1 else ", ".join(things[:-1]) + " and " + things[-1]
        phrases.append(f"{words} {said}")
    return " and ".join(phrases)


def _parts_zh(subject: Subject) -> str:
    """"拿着红色雨伞、戴着帽子和眼镜的"."""
    if not subject.parts:
        return ""
    return "、".join(words + "和".join(things) for words, things in _relation_groups(subject, "zh")) + "的"


def _subject_zh(subject: Subject, *, with_position: bool, clause: bool, count: int = 1) -> str:
    """A clause of the prompt ("左上角有一个…", "有一个…") or, with clause=False, just the thing ("一个…")."""
    before, _ = _attribute_words(subject, "zh")
    doing = ""  # 一辆停着的红色跑车, not 一辆红色停着的跑车: what it does before what it looks like
    if subject.attributes.get("pose", "").strip():
        doing = before.pop(sum(1 for kind in ("colour", "material") if subject.attributes.get(kind, "").strip()))
    size = _size_word(subject, "zh")
    measure = vocab.AMOUNTS.get(subject.attributes.get("amount") or "", vocab.measure_word(subject.name))  # 一片披萨
    measure, subject = held_zh(subject, measure) if count == 1 else (measure, subject)  # 一碗拉面
    number = ZH_COUNT[count] if count < len(ZH_COUNT) else str(count)
    thing = number + measure + _parts_zh(subject) + doing + (size or "") + "".join(before) + _name(subject, "zh")
    if with_position and subject.position:
        return position_phrase(subject.position, "zh") + "有" + thing
    # "有一个…" with or without a place, as the toy world's training captions say it.
    return ("有" + thing) if clause else thing


# What follows a thing's name in a Chinese place said against it ("沙发上", "树旁边"); not "树林里", a forest.
_ZH_SIDES = ("上", "下", "里", "内", "中", "旁", "边", "前", "后", "外", "左", "右", "附近", "对面", "周围")


def _anchors(scene: Scene, language: str) -> dict[str, Subject]:
    """Subject id -> the subject its position is said against ("a cat on the sofa" -> the sofa; "沙发上" -> 沙发),
    where that one has no place of its own and comes after it: the prompt then says it once, in the relation
    ("a cat on a red sofa", "红色沙发上有一只猫"), not also on its own ("... on the sofa and a sofa")."""
    found: dict[str, Subject] = {}
    used: set[str] = set()
    for subject in scene.subjects:
        where = (subject.position or "").strip()
        if not where or where in vocab.POSITIONS:
            continue
        where = _relative_in(where, language)
        # Only a thing listed after it: "a cat and a dog next to the cat" already says the cat once.
        for other in scene.subjects[scene.subjects.index(subject) + 1:]:
            name = _name(other, language) if other.name.strip() else ""
            # "in the rocking chair by the fireplace", 窗边的沙发上: the anchor's own place said with it, once
            own = f" {_anchor_place(other, language)}" if other.position else ""  # …, "on a sofa at the left"
            if (other.position and not own) or other.id in used or not name:
                continue
            said = where.lower().endswith(tuple(f" {a} {name.lower()}{tail}" for a in ("the", "a", "an")
                                                for tail in {own.lower(), ""})) \
                if language == "en" else (where.startswith(name) and where[len(name):].startswith(_ZH_SIDES))
            if said:
                found[subject.id] = other
                used.add(other.id)
                break
    return found


def _anchor_place(anchor: Subject, language: str) -> str:
    """Where an anchor is, as said after it ("by the fireplace", "at the left") or before it in Chinese (窗边, 左边)."""
    where = anchor.position.strip()
    return position_phrase(where, language) if where in vocab.POSITIONS else _relative_in(where, language)


def _anchored_zh(subject: Subject, anchor: Subject, count: int = 1) -> str:
    """"红色沙发上有一只猫": the anchor's own words where the place names it."""
    before, _ = _attribute_words(anchor, "zh")
    words = _parts_zh(anchor) + (_size_word(anchor, "zh") or "") + "".join(before)
    where = words + _relative_in(subject.position.strip(), "zh")
    if anchor.position:  # 窗边的沙发上, 左边的沙发上: where the anchor is, first
        where = _anchor_place(anchor, "zh") + "的" + where
    return where + "有" + _subject_zh(subject, with_position=False, clause=False, count=count)


def _anchored_en(subject: Subject, anchor: Subject, count: int = 1) -> str:
    where = _relative_in(subject.position.strip(), "en")
    name = _name(anchor, "en")
    cut = where.lower().rfind(" " + name.lower())
    lead = where[:cut].rsplit(" ", 1)[0]  # "on the" -> "on"
    tail = where[cut + 1 + len(name):]  # " by the fireplace": where the anchor is
    pose = subject.attributes.get("pose", "")
    if lead.lower() in ("at", "towards", "toward") and re.fullmatch(r"[a-z]+ing", pose):  # "a wolf howling at a moon"
        lead, subject = f"{pose} {lead}", replace(subject, attributes={**subject.attributes, "pose": ""})
    if not tail.strip() and anchor.position:
        tail = f" {_anchor_place(anchor, 'en')}"  # "a girl on a swing under a tree", "a cat on a sofa at the left"
    return _subject_en(replace(subject, position=f"{lead} {_subject_en(anchor, with_position=False)}{tail}"),
                       with_position=True, count=count)


def _done_to(scene: Scene, used: set[str]) -> dict[str, Subject]:
    """Subject id -> the later subject its doing names ("a dog chasing the cat", then the cat): the prompt says that
    one inside the doing ("a dog chasing a black cat"), not again on its own ("... the cat and a black cat")."""
    found: dict[str, Subject] = {}
    for subject in scene.subjects:
        pose = (subject.attributes.get("pose") or "").lower()
        if " " not in pose or subject.id in used:
            continue
        for other in scene.subjects[scene.subjects.index(subject) + 1:]:
            if other.position or other.id in used or other.id in found or not other.name.strip():
                continue
            if pose.endswith((f" the {other.name.lower()}", f" the {_name(other, 'en').lower()}")):
                found[subject.id] = other
                used.add(other.id)
                break
    return found


def _doing_en(subject: Subject, other: Subject, count: int = 1) -> str:
    pose = subject.attributes["pose"]
    doing = pose[: pose.lower().rindex(" the ")] + " " + _subject_en(other, with_position=False)
    if subject.parts:  # "a knight holding a shield, fighting a red dragon": not the dragon holding it
        attributes = {k: v for k, v in subject.attributes.items() if k != "pose"}
        return f"{_subject_en(replace(subject, attributes=attributes), with_position=True, count=count)}, {doing}"
    return _subject_en(replace(subject, attributes={**subject.attributes, "pose": doing}), with_position=True,
                       count=count)


def _render_en(scene: Scene, alike: dict[str, int]) -> str:
    anchors = _anchors(scene, "en")
    said = {a.id for a in anchors.values()} | {i for i, n in alike.items() if n == 0}
    doings = _done_to(scene, said | set(anchors))
    said |= {a.id for a in doings.values()}
    parts = [_anchored_en(s, anchors[s.id], n) if s.id in anchors else _doing_en(s, doings[s.id], n)
             if s.id in doings else _subject_en(s, with_position=True, count=n)
             for s in scene.subjects if s.id not in said for n in [alike.get(s.id, 1)]]
    if len(parts) > 2:
        text = ", ".join(parts[:-1]) + " and " + parts[-1]
    else:
        text = " and ".join(parts)
    place = vocab.PLACES.get(scene.background or "")
    place_said: list[str] = []
    if scene.background and not place:
        bg = vocab.colour_word(scene.background, "en")
        bg = vocab.translate(vocab.NOUNS, bg, "en")
        said = bg if re.match(r"(?:by|beside|near|in|on|at|inside|along|up|down)\s", bg) else place_phrase(bg, "en")
        if said:  # "by a lake", "in a bamboo forest", "on mars" (not "on a mars background"): said as a place
            place_said = [said]
        else:
            text = f"{text} on {article(bg)} {bg} background" if text else f"{article(bg)} {bg} background"
    setting = " ".join(([place.en[0]] if place else place_said) + time_words(scene.time, "en"))
    if setting:
        # "a red fox and a lantern at the left, in the snow": a comma keeps the setting off the last subject.
        several = len(scene.subjects) > 1 or any(s.position for s in scene.subjects)
        text = f"{text}{',' if several else ''} {setting}" if text else setting
    if scene.style:
        term = vocab.lookup(vocab.STYLES, scene.style)
        style = f"in {term.en[0]} style" if term else f"in the style of {scene.style}"
        text = f"{text}, {style}" if text else style
    for look in look_words(scene.look, "en"):
        text = f"{text}, {look}" if text else look
    for note in scene.notes:
        text = f"{text}, {note}" if text else note
    return text


def _render_zh(scene: Scene, alike: dict[str, int]) -> str:
    anchors = _anchors(scene, "zh")
    said = {a.id for a in anchors.values()} | {i for i, n in alike.items() if n == 0}
    clauses = [_anchored_zh(s, anchors[s.id], n) if s.id in anchors
               else _subject_zh(s, with_position=True, clause=True, count=n)
               for s in scene.subjects if s.id not in said for n in [alike.get(s.id, 1)]]
    text = "，".join(clauses)
    place = vocab.PLACES.get(scene.background or "")
    if scene.background and not place:
        bg = "纯色" if scene.background == "plain" else vocab.colour_word(scene.background, "zh")  # 纯色背景
        bg = vocab.translate(vocab.NOUNS, bg, "zh")
        at = place_phrase(bg, "zh")  # 竹林里, 月球上: where the things are, not a backdrop
        text = (f"{at}，{text}" if text else at) if at else f"{bg}背景上，{text}" if text else f"{bg}背景"
    when = "".join(time_words(scene.time, "zh"))
    if place:  # "夜晚的雪地里，有一只红色狐狸"
        setting = (f"{when}的" if when else "") + place.zh[0]
    else:  # "夜晚，灰色背景上，有一个红色圆形"
        setting = when
    if setting:
        text = f"{setting}，{text}" if text else setting
    if scene.style:
        style = vocab.translate(vocab.STYLES, scene.style, "zh")
        if not style.endswith(("风格", "风")):
            style += "风格"
        text = f"{text}，{style}" if text else style
    for look in look_words(scene.look, "zh"):
        text = f"{text}，{look}" if text else look
    for note in scene.notes:
        text = f"{text}，{note}" if text else note
    return text
