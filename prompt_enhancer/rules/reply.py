"""What the rule enhancer tells the person it did, in English or Chinese ("Made the circle blue." /
"把圆形变成了蓝色。").

Templates only: the words for things come from the prompt renderer, so a reply names a subject the way the
prompt does.
"""

from __future__ import annotations

import re

from dialog import texts
from dialog import vocabulary as vocab
from dialog.en_words import DOING_BASE, EN_COUNT, ZH_COUNT
from dialog.prompt import describe_subject, position_phrase
from dialog.scene import Subject
from dialog.plurals import plural, singular


def say(key: str, language: str, **values: str) -> str:
    return texts.say(f"rules.{key}", language, **values)


def join(sentences: list[str], language: str) -> str:
    return ("" if language == "zh" else " ").join(s for s in sentences if s)


def thing_name(subject: Subject, language: str) -> str:
    """The short name a reply uses: "circle" / "圆形" ("the circle" comes from the template)."""
    name = subject.name.strip()
    if not name:
        return "shape" if language == "en" else "图形"
    if (language == "en") != vocab.has_cjk(name):
        return name  # "the ship" of a ship, not the vocabulary's "boat"
    for table in (vocab.SHAPES, vocab.NOUNS):
        if vocab.lookup(table, name):
            said = vocab.translate(table, name, language)  # "birds": the birds, not "the bird"
            return plural(said) if language == "en" and singular(name) != name and said == singular(name) else said
    return name


def subject_phrase(subject: Subject, language: str, *, with_position: bool = False) -> str:
    return describe_subject(subject, language, with_position=with_position)


def where(position: str, language: str) -> str:
    return position_phrase(position, language)


def value_words(changes: list[tuple[str, str]], language: str) -> str:
    """("colour", "blue"), ("size", "big") -> "blue and big" / "蓝色、大的"."""
    words = []
    for kind, value in changes:
        if kind == "colour":
            words.append(vocab.colour_word(value, language))
        elif kind == "size":
            term = vocab.SIZES.get(value)
            words.append((term.en[0] if language == "en" else term.zh[0]) if term else value)
        elif kind == "material":
            term = vocab.lookup(vocab.MATERIALS, value)
            words.append((vocab.MATERIAL_ADJECTIVES[term.key] if language == "en" else term.zh[0] + "的")
                         if term else value)
        elif kind == "pose":
            words.append(vocab.translate(vocab.POSES, value, language))
        elif kind == "shape":  # "made the plate square", "把盘子变成了方形的"
            words.append(vocab.translate(vocab.SHAPES, value, language) + ("的" if language == "zh" else ""))
        else:
            words.append(value)
    if language == "zh":
        return "、".join(words)
    return " and ".join(words)


# A doing said after "Made the …" in its base form: "Made the woman smile", "Made the staff glow", "Made the dragon
# breathe fire" (not "smiling", "glowing", "breathing fire"); "is already sleeping" keeps its -ing.
def made_words(changes: list[tuple[str, str]], language: str) -> str:
    """value_words as "Made the … {what}." says them: a doing in its base form, in English."""
    if language != "en":
        return value_words(changes, language)
    words = [value_words([(kind, value)], language) for kind, value in changes]
    words = [f"{DOING_BASE[w.split()[0].lower()]}{w[len(w.split()[0]):]}" if kind in ("pose", "detail")
             and w.split() and w.split()[0].lower() in DOING_BASE else w for (kind, _), w in zip(changes, words)]
    return " and ".join(words)


def style_words(style: str, language: str) -> str:
    term = vocab.lookup(vocab.STYLES, style)
    if language == "zh":
        text = term.zh[0] if term else style
        return text if text.endswith(("风格", "风")) else text + "风格"
    return f"{term.en[0]} style" if term else f"the style of {style}"


def place_words(place: str, language: str) -> str:
    """"on the beach" / "海滩上"."""
    term = vocab.PLACES.get(place)
    return (term.en[0] if language == "en" else term.zh[0]) if term else place


def time_words(key: str, language: str) -> str:
    """"at night" / "夜晚"."""
    term = vocab.TIMES.get(key)
    return (term.en[0] if language == "en" else term.zh[0]) if term else key


def look_words(key: str, language: str) -> str:
    """"dramatic lighting" / "戏剧性光线"; a coloured sky ("pink sky") / "粉色的天空"."""
    return vocab.look_said(key, language)


def names_list(subjects: list[Subject], language: str, *, choice: bool = False) -> str:
    """"the circle and the cat" / "圆形、猫"; with `choice`, what a question offers: "the circle or the cat" /
    "圆形还是猫"."""
    names = [reply_name(s, language) for s in subjects]
    if not names:
        return ""
    if choice and len(set(names)) < len(names):  # "the dog or the dog": told apart by size, then by place
        names = [_told_apart(s, n, names, language) for s, n in zip(subjects, names)]
    if language == "zh":
        return ("、".join(names[:-1]) + "还是" + names[-1]) if choice and len(names) > 1 else "、".join(names)
    names = [f"the {n}" for n in names]
    joint = " or " if choice else " and "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joint + names[-1]


def _told_apart(subject: Subject, name: str, names: list[str], language: str) -> str:
    """`name` with the subject's size and place when another offered has the same name."""
    if names.count(name) < 2:
        return name
    if subject.size in ("big", "small"):
        size = subject.size if language == "en" else {"big": "大", "small": "小"}[subject.size]
        name = f"{size} {name}" if language == "en" else f"{size}{name}"
    if subject.position:
        place = where(subject.position, language)
        name = f"{name} {place}" if language == "en" else f"{place}的{name}"
    return name


def reply_name(subject: Subject, language: str) -> str:
    """A subject's short name with its colour when it has one ("red circle" / "红色圆形"): enough to tell two
    circles apart in a question."""
    colour = subject.attributes.get("colour")
    name = thing_name(subject, language)
    if not colour:
        return name
    return f"{vocab.colour_word(colour, language)}{'' if language == 'zh' else ' '}{name}"


def background_words(background: str, language: str) -> str:
    return vocab.translate(vocab.NOUNS, vocab.colour_word(background, language), language)


def picture_words(prompt: str, language: str) -> str:
    """A prompt as the object of "Drew …" / "画好了：…": a Chinese prompt's opening 有 ("there is") reads oddly
    there, and things alike are counted ("Drew two cats", not "Drew a cat and a cat"): the prompt counts the ones
    alike in every value already (dialog.prompt); these count the ones said alike all the same."""
    if language == "zh":
        prompt = _ALIKE_ZH.sub(lambda m: f"{m.group('p')}有{ZH_COUNT[min(m.group(0).count('有'), 10)]}{m.group('m')}"
                                         f"{m.group('x')}", prompt)
        return prompt[1:] if prompt.startswith("有") else prompt
    counted = _ALIKE_EN.sub(_counted_en, prompt)
    if " and " in prompt and " and " not in counted:  # "two squares, two foxes": the list's "and" went with them
        last = list(re.finditer(r", (?=(?:an?|two|three|four|five|six|seven|eight|nine|ten) )", counted))
        counted = counted[: last[-1].start()] + " and " + counted[last[-1].end():] if last else counted
    return counted


# "a cat and a cat", "a red balloon, a red balloon and a red balloon": one thing said again, no part or place of
# its own (those the prompt says after the name)
_ALIKE_EN = re.compile(r"\b(?P<a>an?) (?P<x>[a-z'-]+(?: [a-z'-]+){0,6}?)"
                       r"(?P<more>(?:, (?P=a) (?P=x))*,? and (?P=a) (?P=x)|(?:, (?P=a) (?P=x))+(?=,| and ))"
                       r"(?=$|[,.]| (?:and|on|in|at|by|under|near)\b)")
# ("右边有一个小三角形，右边有一个小三角形": two at one place, the place said once)
_ALIKE_ZH = re.compile(r"(?P<p>(?<![^，,。])[^，,。有]{0,6})有一(?P<m>[个只条棵朵辆艘匹座张块颗位把])"
                       r"(?P<x>[^，,。有]{1,12})(?:，(?P=p)有一(?P=m)(?P=x))+(?=$|[，,。])")
_ONE_ZH = re.compile(r"^一(?=[个只条棵朵辆艘匹座张块颗位把盏头]\w+$)")


# Sentences that say the same of each of several alike things ("Made the sunflower smaller." three times)
_COUNTABLE = {"removed", "changed", "turned", "bigger", "smaller", "moved", "placed", "gave"}


def alike_counted(replies: list[tuple[str, str]], said_as: dict[str, dict[str, str]], language: str) -> list[str]:
    """Each sentence once; one said of several alike things counts them, where the first was said ("Made the
    three sunflowers smaller.", "把三朵向日葵变小了。"), not the same sentence again for each."""
    texts = [text for _, text in replies]
    out: list[str] = []
    looks: list[str] = []
    for i, (key, text) in enumerate(replies):
        if text in texts[:i]:
            continue  # said once, counted where it was first said
        count, values = texts.count(text), said_as.get(text, {})
        if count > 1 and key in _COUNTABLE and values.get("name"):
            name = values["name"]
            if language == "zh":
                counted = ZH_COUNT[min(count, 10)] + vocab.measure_word(name) + name
            else:
                doing = re.search(r"\s+[a-z]+ing\s+\S.*$", name)  # "kid playing soccer": kids, playing soccer
                head, _, last = name[: doing.start() if doing else len(name)].rpartition(" ")
                counted = f"{EN_COUNT[min(count, 10)]} {head + ' ' if head else ''}{plural(last)}" + (
                    doing.group(0) if doing else "")
            text = say(key, language, **{**values, "name": counted})
        elif count > 1 and key in ("added", "added_at") and values.get("what"):
            what = values["what"]  # "Added a palm tree." twice: "Added two palm trees."
            many = _ONE_ZH.sub(ZH_COUNT[min(count, 10)], what, count=1) if language == "zh" else \
                _counted_en(m) if (m := _ALIKE_EN.fullmatch(", ".join([what] * (count - 1)) + f" and {what}")) \
                else what
            text = say(key, language, **{**values, "what": many})
        if key == "look" and looks and i and replies[i - 1][0] == "look" and values.get("what"):
            looks.append(values["what"])  # "The whole picture: close-up and moody.", said once
            out[-1] = say(key, language, what=("、" if language == "zh" else ", ").join(looks[:-1])
                          + ("和" if language == "zh" else " and ") + looks[-1])
            continue
        looks = [values["what"]] if key == "look" and values.get("what") else []
        out.append(text)
    return out


def _counted_en(m: re.Match[str]) -> str:
    said = m.group("x")
    thing, at, place = said.partition(" at the ")  # "two small green triangles at the right": the place once
    if re.search(r"\b(?:with|holding|wearing|and|of|on|in|by|under|near)\b", thing):
        return m.group(0)
    count = 1 + m.group("more").count(f"{m.group('a')} {said}")
    doing = re.search(r"\s+[a-z]+ing\s+\S.*$", thing)  # "two kids playing soccer"
    head, _, last = thing[: doing.start() if doing else len(thing)].rpartition(" ")
    return f"{EN_COUNT[min(count, 10)]} {head + ' ' if head else ''}{plural(last)}{doing.group(0) if doing else ''}" \
           f"{at}{place}"
