"""How many of a thing there are, said as a number: "make it 4 penguins", "make it two birds total", "only one cat
please", "猫留一只就行", "狗改成两只". Copies are added or taken out until the number is right; before, the polar bear
was turned into "penguins", a bird into "a birds total", the dog into "一个两", or a note was added.

Fewer: the copies most alike go first, so the one that stands out stays ("two birds total. keep the red one" of
three blue birds and a red one keeps the red one). More: copies of the last one, with no place of their own.
With no kind said ("make it 3", "only one actually", "两个就 enough 了"), it is the one kind there are several of,
or the only thing there. "i want more frog": one more of the kind there, as it looks.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.phrase import COUNT_WORDS, clean_rest, parse_phrase
from dialog.plurals import singular
from prompt_enhancer.rules.removal_handlers import remove_subjects

_I = re.IGNORECASE
_MAX = 10
_COUNT_EN = re.compile(r"^(?:(?:ok|okay|so|eh+|hmm+|and)[\s,]+)*(?:(?P<v>make\s+(?:it|that|them)|(?:i\s+)?(?:only\s+)?"
                       r"(?:want|need)|there\s+should\s+be|let'?s\s+(?:have|do)|(?:just\s+)?keep|leave)\s+)?"
                       r"(?P<only>(?:only|just)\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?P<x>(?!(?:is|are|again|fewer|less)\b)[a-z]+(?:\s+(?!(?:in\s+)?total|altogether|only|instead|please|fewer|less|"
                       r"pls|plz|is|are)[a-z]+)?)"
                       r"(?P<total>\s+(?:in\s+)?total|\s+altogether|\s+only|\s+instead|"
                       r"\s+(?:is|are|would\s+be)\s+(?:enough|plenty|fine))?"
                       r"(?:\s+(?:please|pls|plz))?$", _I)
_MEASURE = f"[{vocab.ZH_MEASURES}]"
_COUNT_ZH = re.compile(rf"^(?:把)?(?P<x>[\u4e00-\u9fff]{{1,4}}?)(?:就|只)?"
                       r"(?:留|保留|剩|只要|要|改成|变成|换成|弄成|整成)"
                       rf"(?:下)?(?P<n>[一两二三四五六七八九十]|\d{{1,2}})\s*{_MEASURE}"
                       r"(?:就行了?|就好了?|就可以了?|就够了?|吧|了)?$"
                       rf"|^(?:只要|就要|只留|留)(?P<n2>[一两二三四五六七八九十]|\d{{1,2}})\s*{_MEASURE}"
                       r"(?P<x2>[\u4e00-\u9fff]{1,4}?)(?:就行了?|就好了?|就可以了?|就够了?|吧|了)?$")

_NUMBER = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_COUNT_BARE_EN = re.compile(r"^(?:(?:ok|okay|oh|so|sorry|actually|hmm+|and)[\s,]+)*"
                            rf"(?:(?:make\s+(?:it|them)|(?:only|just)|keep\s+(?:only\s+|just\s+)?)\s*{_NUMBER}"
                            rf"|{_NUMBER}\s+(?:is|are)\s+(?:enough|plenty|heaps))"
                            r"(?:\s+(?:of\s+them|then|actually|please|pls|plz|instead|total))*$", _I)
_COUNT_BARE_ZH = re.compile(rf"^(?:只要|就要|只留|留|要)?([一两二三四五六七八九十])\s*{_MEASURE}\s*(?:就)?\s*"
                            r"(?:行|好|够|可以|enough)\s*(?:了|啦|吧)?$"
                            # "猫太多了，留一只就行": 就行 is taken off before, the number stays
                            rf"|^(?:只要|就要|只留|留|只剩|剩)([一两二三四五六七八九十])\s*{_MEASURE}$", _I)
# "fewer pls": one fewer of the one kind there are several of (a number said after sets it)
_FEWER = re.compile(r"^(?:(?:ok|okay|hmm+|and)[\s,]+)*(?:fewer|less(?:\s+of\s+them)?|not\s+so\s+many)(?:\s+[a-z]+)?"
                    r"(?:\s+(?:please|pls|plz))?$|^少一点$|^少几[个只]$"
                    rf"|^(?:再)?少(?:画)?(?P<by>[一两二三四五])\s*{_MEASURE}(?:吧|了)?$"  # 少两个: two fewer
                    # "one robin fewer please", "two fewer": by how many
                    r"|^(?P<by_en>one|two|three|a)\s+(?:[a-z]+\s+)?(?:fewer|less)(?:\s+(?:please|pls|plz))?$"
                    # "(too many lol) take one away", "remove one": one of them, whichever
                    r"|^(?:too\s+many(?:\s+(?:lol|haha))?[\s,]+)?(?:remove|take\s+away|take|lose|delete|drop|get\s+rid\s+of)\s+"
                    r"(?P<by_rm>one|two)(?:\s+(?:away|out|of\s+them))?(?:\s+(?:please|pls|plz))?$", _I)

# "…fewer pls.. like 3", "less, maybe two": how many, said after the change
_ABOUT_N = re.compile(rf"^(?:(?:like|maybe|say|about|around|so|to|just)\s+{_NUMBER}"
                      rf"(?:\s+(?:or\s+so|maybe|please|pls))?|{_NUMBER}(?:\s+again)?)$", _I)

# "i want more frog", "more frogs please": one more of a kind there
_MORE_OF = re.compile(r"^(?:(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+|can\s+(?:i|we)\s+(?:have|get)\s+)?"
                      r"(?:some\s+)?more\s+(?P<x>[a-z]+(?:\s+[a-z]+)?)(?:\s+(?:please|pls|plz))?$", _I)


def more_of_clause(work: MessageEdit, body: str) -> bool:
    """"i want more frog": one more of the kind there, as it looks (a number said next is read there instead)."""
    m = _MORE_OF.match(body.strip())
    there = [s for s in work.scene.subjects if m and name_matches(s.name, singular(m.group("x")))]
    if not there:
        return False
    add_copy(work, there[-1], with_parts=False)  # what the last one holds is its own
    return True


def add_copy(work: MessageEdit, last: Subject, *, with_parts: bool = True) -> None:
    """One more like `last`, with no place of its own."""
    copy = Subject(id=work.scene.next_subject_id(), name=last.name, attributes=dict(last.attributes), size=last.size,
                   parts={k: dict(v) for k, v in last.parts.items()} if with_parts else {})
    work.scene.subjects.append(copy)
    work.touch(copy, EditKind.ADD)
    work.say("added", what=reply.subject_phrase(copy, work.language))


def _one_kind(work: MessageEdit) -> str | None:
    """The name of the one kind there are several of in the picture, or None."""
    names = [s.name for s in work.scene.subjects]
    several = {n for n in names if names.count(n) > 1}
    return several.pop() if len(several) == 1 else None


# "猫太多了", "too many sheep": the kind a count said next is of
_TOO_MANY_OF = re.compile(r"^(?P<t>[\u4e00-\u9fff]{1,4}?)(?:太多|好多)|^(?:way\s+)?too\s+many\s+(?P<t_en>[a-z]+)$", _I)


def too_many_of(body: str) -> str:
    """The kind said to be too many ("猫太多了": 猫), or ""."""
    m = _TOO_MANY_OF.match(body.strip())
    return (m.group("t") or singular(m.group("t_en"))) if m else ""


def _topic_kind(work: MessageEdit) -> str | None:
    names = [s.name for s in work.scene.subjects if work.topic and name_matches(s.name, work.topic)]
    return names[0] if len(names) > 1 and len(set(names)) == 1 else None


def count_clause(work: MessageEdit, body: str) -> bool:
    """Set how many there are of a kind already in the picture."""
    text = body.strip()
    m = _COUNT_EN.match(text)
    bare = None if m else (_COUNT_BARE_EN.match(text) or _COUNT_BARE_ZH.match(text))
    kind = None if m else _one_kind(work) or _topic_kind(work) or (
        work.scene.subjects[0].name if len(work.scene.subjects) == 1 else None)
    if m and (m.group("v") or m.group("only") or m.group("total")):
        said, number = singular(m.group("x")), m.group("n").lower()
    elif bare and kind:  # "make it 3" of five puppies
        said, number = kind, next(n for n in bare.groups() if n).lower()
    # "fewer pls.. like 3", "one more tree, three again": that many
    elif kind and (work.last == "count_clause" or work.added or work.removed) and _ABOUT_N.match(text):
        said, number = kind, next(n for n in _ABOUT_N.match(text).groups() if n).lower()
    elif kind and _FEWER.match(text):
        by = next((b for b in _FEWER.match(text).group("by", "by_en", "by_rm") if b), "一")
        fewer = 1 if by.lower() == "a" else COUNT_WORDS.get(by.lower(), 1)
        said, number = kind, str(sum(s.name == kind for s in work.scene.subjects) - fewer)
    else:
        m = _COUNT_ZH.match(text)
        if m is None:
            return False
        said, number = m.group("x") or m.group("x2"), m.group("n") or m.group("n2")
    want = int(number) if number.isdigit() else COUNT_WORDS[number]
    there = [s for s in work.scene.subjects if name_matches(s.name, said)]
    looks = parse_phrase(said)
    if not there and looks.colour and not clean_rest(looks.rest):  # "only one blue": the blue ones
        there = [s for s in work.scene.subjects if s.attributes.get("colour") == looks.colour]
    elif not there and (looks.size or looks.colour) and clean_rest(looks.rest):  # "only one big elephant"
        there = [s for s in work.scene.subjects if name_matches(s.name, singular(clean_rest(looks.rest)))]
    if not there or not 1 <= want <= _MAX:
        return False
    if want < len(there):
        remove_subjects(work, _most_alike(there, len(there) - want))
    for _ in range(want - len(there)):
        add_copy(work, there[-1])
    if want == len(there):
        work.chat_replies.append(reply.say("kept", work.language))
    return True


def _most_alike(there: list[Subject], count: int) -> list[Subject]:
    """`count` of them to take out: last first among those with a twin left, then the last ones."""
    left, out = list(there), []
    for subject in reversed(there):
        if len(out) < count and any(_alike(subject, other) for other in left if other is not subject):
            out.append(subject)
            left.remove(subject)
    for subject in reversed(left):
        if len(out) < count:
            out.append(subject)
    return out


def _alike(a: Subject, b: Subject) -> bool:
    return a.attributes == b.attributes and a.size == b.size and a.parts == b.parts
