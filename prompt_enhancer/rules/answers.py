"""The rules' own questions and the answers to them. "make it bigger" right after two cats were drawn (or "make one of
them brown") does not say which: the rules ask. The next message, "the white one", "左边那个", "the dog", answers
that question: the earlier request is read again about the subject it picks. "I can't find “dragon”..." answered
with "the cat" reads the earlier request with the cat named.

Reads the recent exchanges' text only (the question is recognised by the rules' own sentences); edits nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dialog import texts
from dialog import vocabulary as vocab
from dialog.decision import Exchange
from dialog.scene import Scene, Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import parse_phrase, parse_position
from prompt_enhancer.rules.placed import placed_at
from prompt_enhancer.rules.references import name_matches, part_owners, person_kind, resolve, resolve_parts
from prompt_enhancer.rules.uncolour_handlers import names_nothing

_I = re.IGNORECASE


def _template(key: str) -> re.Pattern[str]:
    """A rules sentence in either language as a pattern whose fields are named groups."""
    forms = []
    for language in texts.LANGUAGES:
        pattern = re.escape(_raw(key, language))
        pattern = re.sub(r"\\\{(\w+)\\\}", lambda m: f"(?P<{m.group(1)}_{language}>.+?)", pattern)
        forms.append(pattern)
    return re.compile("|".join(forms), re.DOTALL)


def _raw(key: str, language: str) -> str:
    return texts._catalogue()[f"rules.{key}"][language]  # noqa: SLF001 - the unfilled template is the pattern


_WHICH = _template("ask_which")
_WHICH_ALIKE = _template("ask_which_alike")
_MISSING = _template("ask_missing")
_DREW = _template("drew")

# "which one?" answered: "the white one", "I mean the left one", "白色那只", "the dog pls".
_ANSWER_EDGES = re.compile(r"^(?:(?:i\s+mean(?:t)?|i\s+meant|oh|ah+|sorry|um+|uh+|er+|the\s+one\s+that'?s|it'?s|"
                           # "oh oops i meant the horse", "哦我说错了，是熊猫": a slip owned, then the answer
                           r"(?:(?:wh)?oops|oopsie|my\s+bad|silly\s+me)|哦|噢|我?(?:说|打|写)错了|不好意思|抱歉|不对|"
                           r"我说的是|我是说|我指的是|就是|是|要|嗯|那个)[\s,，]*)+|(?:[\s,，!！.。]*(?:please|pls|plz|thanks|thx|sorry|lol|"
                           # "the red one i mean": the answer, then what it is
                           r"i\s+mean(?:t)?|i\s+meant|"
                           r"吧|啊|呀|哦|啦|嘛))+[\s!！.。]*$", _I)  # "the woodpecker i mean, sorry!"
_SINGULAR_PRONOUN = re.compile(r"(?<![A-Za-z'])(?:it|its|it'?s|him|his|her|he|she)(?![A-Za-z'])|[它他她](?![们])", _I)
# "那个", "that one", "this": pointing at one thing of those just drawn, with no word saying which.
_BARE_DEMONSTRATIVE = re.compile(r"(?<![A-Za-z'])(?:that|this)(?:\s+one)?(?![A-Za-z'])"
                                 r"(?!\s+(?:is|was|are|stuff|kind|sort|way|much)\b)"
                                 r"|(?<![的色红黄蓝绿白黑紫粉橙灰棕金银大小])(?:那个|这个|那只|这只|那一个|这一个)"
                                 r"(?![\u4e00-\u9fff]*(?:都|也))", _I)
_ONE_OF = re.compile(r"\b(?:one|either)\s+of\s+(?:them|those|these|the\s+\w+(?:\s+\w+)?)\b"
                     r"|其中(?:的)?一[个只条棵朵辆匹座张块颗位]"
                     # "删掉一个", "remove one": one, with nothing said of which
                     r"|^(?:把|将)?(?:删掉|去掉|拿掉|删除|移除|去除|删)一[个只条棵朵辆匹座张块颗位](?:吧|了)?$"
                     r"|^(?:remove|delete|erase|take\s+away|get\s+rid\s+of)\s+one(?:\s+(?:please|pls))?$", _I)


# Words that single one of several out: a place, an order.
_SINGLED_OUT = re.compile(r"\b(?:left|right|top|bottom|middle|centre|center|first|second|third|last|other|"
                          r"(?:the|that) (?:bigger|smaller|larger|more\s+big|less\s+big)|biggest|smallest|largest|"
                          r"(?:the|that)\s+[a-z]+\s+one)\b"
                          r"|^(?:bigger|smaller|larger)\s+[a-z]+\s*(?:->|=>|→)"  # "bigger square -> purple"
                          r"|左|右|上面|下面|上边|下边|中间|第[一二三四1234]|最后|另一|最大|最小"
                          r"|的那[个只辆条棵朵]|(?:色|大|小|高|矮|长|短|胖|瘦)那[个只辆条棵朵]", _I)  # 红色那个


@dataclass(frozen=True)
class Answer:
    """An earlier request to read again: its text and the Scene to read it against (the chosen subject in
    focus)."""

    message: str
    scene: Scene
    each: tuple[str, ...] = ()  # "both of them": the request read once about each of these subjects, in turn


def answered_question(scene: Scene, recent: Sequence[Exchange], message: str, language: str) -> Answer | None:
    """When the last reply asked which subject was meant and this message names one, the earlier request again."""
    if not recent or not scene.subjects:
        return None
    last = recent[-1]
    body = _ANSWER_EDGES.sub("", message.strip().rstrip("?？!！.。~")).strip()
    if not body or len(body) > 40:
        return None
    missing = _MISSING.search(last.reply)
    which = _WHICH.search(last.reply) or _WHICH_ALIKE.search(last.reply)
    if not (missing or which):
        return None
    if which and _ALL.fullmatch(body):
        return _about_each(scene, last, which, language)
    work = MessageEdit(scene=scene.copy(), language=language, started_empty=False)
    chosen = resolve(work, body)
    head, _, said = body.partition(",") if "," in body else body.partition("，")
    if (not chosen or len(chosen) != 1) and said.strip() and which:
        chosen = resolve(work, head.strip())  # "the black one, a lot bigger": which, then the request said again
        if chosen and len(chosen) == 1:
            picked = scene.copy()
            picked.focus = chosen[0].id
            return Answer(said.strip(), picked)
    if not chosen or len(chosen) != 1:
        return None
    picked = scene.copy()
    picked.focus = chosen[0].id
    earlier = _ONE_OF.sub(_as_the_one, last.message)
    if which:  # "make the red one blue" of two red things, answered "the circle": the one picked is "it"
        earlier = re.sub(r"\b(?:the|that)\s+(?:[a-z]+\s+){1,2}one\b(?!\s+of\b)", "it", earlier, flags=_I)
    if missing:
        thing = next(g for g in missing.groups() if g is not None)
        if thing not in earlier:
            return None
        earlier = earlier.replace(thing, body if body.isascii() == thing.isascii() else reply.thing_name(
            chosen[0], language), 1)
    return Answer(earlier, picked)


# "which one?" answered "both", "all of em", "都要", "全部": each one the question offered.
_ALL = re.compile(r"(?:(?:both|all|each|every\s*one)(?:\s+of\s+(?:them|em|'em|those|these|the\s+\w+))?"
                  r"|(?:all|both)\s+the\s+\w+|both\s+ones|(?:two|三|两|二)?(?:个|只|条|辆)?(?:都|全|全部|每一?[个只条辆])"
                  r"(?:要|改|是|一起|都要|变)?(?:吧|啊|了)?)", _I)


def _about_each(scene: Scene, last: Exchange, which: re.Match[str], language: str) -> Answer | None:
    """"both" after "which one do you mean": the earlier request about each subject the question named."""
    named = " ".join(v for v in which.groupdict().values() if v)
    pool = [s for s in scene.subjects if reply.reply_name(s, language) in named or reply.thing_name(s, language)
            in named]
    work = MessageEdit(scene=scene.copy(), language=language, started_empty=False)
    earlier = _ONE_OF.sub(_as_the_one, last.message)
    said = [n for s in pool[:1] for n in (s.name, reply.thing_name(s, language)) if n in earlier]
    earlier = _as_it(work, earlier) or (earlier.replace(said[0], "它" if vocab.has_cjk(earlier) else "it", 1)
                                        if said else None)  # "删掉圆形": 删掉它
    if len(pool) < 2 or earlier is None:
        return None
    return Answer(earlier, scene.copy(), tuple(s.id for s in pool))


def ask_which(pool: Sequence[Subject], language: str) -> str:
    """The question for a request that could mean any of these: by what tells them apart, or, when nothing does,
    which one or all of them."""
    names = [reply.reply_name(s, language) for s in pool]
    if len(set(names)) == 1 and len({s.position for s in pool}) < len(pool):
        return reply.say("ask_which_alike", language, name=reply.thing_name(pool[0], language), count=str(len(pool)))
    return reply.say("ask_which", language, names=choices(pool, language))


def _as_the_one(m: re.Match[str]) -> str:
    """"one of them" -> "it", "其中一个" -> "它", "删掉一个" -> "删掉它", "remove one" -> "remove it"."""
    said = m.group(0)
    if said.startswith("其中"):
        return "它"
    if vocab.has_cjk(said):
        return re.sub(r"一[个只条棵朵辆匹座张块颗位]", "它", said)
    return re.sub(r"\bone\b", "it", said, flags=_I) if re.match(r"(?:remove|delete|erase|take|get)\b", said, _I) \
        else "it"


_IT_A_COUNT = re.compile(r"\b(?:make|want)\s+(?:it|them)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
                         r"(?:\s+(?:please|pls|instead|then))*\s*[.!]*$"
                         r"|\bfewer\b", _I)  # "fewer trees": one fewer of them, whichever


def which_is_meant(before: Scene, recent: Sequence[Exchange], message: str, changed: Sequence[str]) -> list[Subject]:
    """The subjects to choose between when a message that changed one subject did not say which: "it" said of one
    of two or more same-named things drawn together ("two cats" then "make it bigger"), or "one of them". Empty
    when the message was clear enough."""
    if _IT_A_COUNT.search(message):
        return []  # "make it 3": how many of a kind, none of them chosen
    touched = [s for s in before.subjects if s.id in changed]
    coloured = [s for s in before.subjects if s.attributes.get("colour")]
    if len(touched) == 1 and len(coloured) > 1 and names_nothing(message) and not _SINGULAR_PRONOUN.search(message):
        return coloured  # "remove the colour" of a red circle and a blue square: whose colour?
    if _ONE_OF.search(message):
        said = re.search(r"of\s+the\s+(\w+)", message, _I)
        pool = [s for s in before.subjects if not said or name_matches(s.name, said.group(1))]
        pool = [s for s in pool if not placed_at(s, pool)] or pool  # "two birds on a wire": of the birds
        if pool and all(name_matches(s.name, pool[0].name) for s in pool):
            return []  # "make one of them orange" of two squares: any one of them, as said
        return pool if len(pool) > 1 else []
    last = _last_change(recent)
    just_drawn = last is not None and _DREW.match(last.reply) is not None
    if len(touched) == 1 and just_drawn and not _SINGULAR_PRONOUN.search(message) and not _said_by_name(before,
                                                                                                        message):
        owners = part_owners(before.subjects, message)  # "make the tail white" of a cat and a dog just drawn
        if len(owners) > 1 and any(s.id == touched[0].id for s in owners):
            return owners
    if len(touched) == 1 and just_drawn and _BARE_DEMONSTRATIVE.search(message) and not _said_by_name(before, message):
        others = [s for s in before.subjects if not s.position or s.position == touched[0].position]
        if len(others) > 1:
            return before.subjects  # 把那个变大 of a circle and a triangle: which one?
        alike = _alike_named(before, touched, message)
        return alike if len(alike) > 1 else []  # 那只鸟改成红色 of two birds: which one?
    alike = _alike_named(before, touched, message) if len(touched) == 1 else []
    if len(alike) > 1:  # "make the car bigger" of two cars just drawn, no word of which: which one
        return alike
    if len(touched) != 1 or not _SINGULAR_PRONOUN.search(message):
        return []
    if _said_by_name(before, message):
        return []  # a name or a place is said: "make it bigger, the cat", "左边那只给它加个蝴蝶结" are clear enough
    twins = [s for s in before.subjects if name_matches(s.name, touched[0].name)]
    if len(twins) > 1 and just_drawn:
        return twins
    pool = _pronoun_pool(before, message)
    return pool if just_drawn and len(pool) > 1 and any(s.id == touched[0].id for s in pool) else []


# "make all the dogs purple", 苹果都换成绿色, 还是三个: all of them ("remove a chair", 去掉一张躺椅: any one).
# How many are to be there ("猫留一只就行", "make it two birds total"): of a kind, not of one of them.
_ALL_SAID = re.compile(r"\b(?:all|both|every|each|total|altogether)\b|都|全|每|还是[两二三四五六]个"
                       r"|(?:留|剩|改成|变成)下?[一两二三四五六七八九十\d]\s*[只个条棵朵辆匹座张块颗位把艘盏]"
                       r"|\b(?:make\s+it|only)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", _I)


def _alike_named(before: Scene, touched: list[Subject], message: str) -> list[Subject]:
    """The things named as the one touched was, when nothing said tells it from them (no colour, size or place of
    its own), so the message could mean any of them; none when any one will do ("remove a chair", 去掉一张躺椅)
    or all were meant (苹果都换成绿色)."""
    one = touched[0]
    twins = [s for s in before.subjects if name_matches(s.name, one.name)]
    term = vocab.lookup(vocab.SHAPES, one.name) or vocab.lookup(vocab.NOUNS, one.name)
    said = "|".join(re.escape(w) for w in sorted({one.name, *(term.en + term.zh if term else ())}, key=len)[::-1])
    if _ALL_SAID.search(message) or re.search(rf"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}(?:{said})"
                                              rf"|一[个只条棵朵辆匹座张块颗位把盏]\S{{0,4}}?(?:{said})", message, _I):
        return []
    named = any(name_matches(one.name, w) for w in re.findall(r"[A-Za-z]{3,}", message)) or (
        vocab.has_cjk(one.name) and one.name[-1] in message  # 那只鸟 of 小鸟: named by its last character
    ) or bool(term and any(f in message for f in term.zh))
    if len(twins) < 2 or not named or _SINGLED_OUT.search(message) or _ONE_OF.search(message):
        return []
    own = [one.attributes.get("colour"), one.size, one.position]
    words = set()
    for value, table in zip(own, (vocab.COLOURS, vocab.SIZES, vocab.POSITIONS)):
        row = table.get(value) if value else None
        words |= set(row.en + row.zh) if row else {value} if value else set()
    if any(re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", message, _I) for w in words if w):
        return []
    return twins  # alike or not, nothing said which: ask (one of them, or all)


_HIM = re.compile(r"(?<![A-Za-z'])(?:him|his|he)(?![A-Za-z'])|他(?!们)", _I)
_HER = re.compile(r"(?<![A-Za-z'])(?:her|hers|she)(?![A-Za-z'])|她(?!们)", _I)
_IT = re.compile(r"(?<![A-Za-z'])(?:it|its)(?![A-Za-z'])|它(?!们)", _I)


def _pronoun_pool(before: Scene, message: str) -> list[Subject]:
    """Who one pronoun can mean among the things just drawn: "him" a man or a boy, "her" a woman or a girl, "it" a
    thing or an animal. A thing another stands at ("on a bench") is where, not who; two left mean ask which."""
    kinds = [kind for kind, said in (("male", _HIM), ("female", _HER), ("it", _IT)) if said.search(message)]
    if len(kinds) != 1:
        return []
    places = " ".join(s.position or "" for s in before.subjects).lower()
    pool = []
    for subject in before.subjects:
        kind = person_kind(subject) or "it"
        if kind == kinds[0] and not (kind == "it" and subject.name.lower() in places and places.strip()):
            pool.append(subject)
    if not pool and kinds == ["it"]:  # 它 (or ta) said of people only: any of them
        pool = [s for s in before.subjects if person_kind(s)]
    return pool


# Where a thing goes is not which thing: "把它移到左边", "move it to the left".
_DESTINATION = re.compile(r"(?:移到|挪到|放到|放在|搬到|移去|挪去|往)(?:最|正)?[左右上下中]\S*"
                          r"|\b(?:to|towards?|into|over\s+to)\s+the\s+(?:top\s+|bottom\s+)?(?:left|right|top|bottom|"
                          r"middle|center|centre)\b", _I)


# "穿红裙子的那个", "the one in the blue dress": singled out by what it wears or holds.
_BY_PART = re.compile(r"(?:穿着?|戴着?|拿着?|举着?|背着?|抱着?)[^的，,]{1,8}的"
                      r"|\b(?:one|ones)\s+(?:in|wearing|with|holding)\s+(?:the|a|an|her|his)\b", _I)


def _said_by_name(before: Scene, message: str) -> bool:
    if _BY_PART.search(message):
        return True
    message = _DESTINATION.sub(" ", message)
    return any(name_matches(s.name, w) for s in before.subjects for w in re.findall(r"[A-Za-z]{3,}", message)) or any(
        s.name in message for s in before.subjects if vocab.has_cjk(s.name)) or bool(_SINGLED_OUT.search(message)) or (
        any(f in message for s in before.subjects if not vocab.has_cjk(s.name)  # 云 of a "cloud" drawn in English
            for f in getattr(vocab.lookup(vocab.NOUNS, s.name), "zh", ()))) or any(  # 奶茶 of a 丝袜奶茶, 那个树 of a
        (len(s.name) - i > 1 and s.name[i:] in message)  # 发财树: by its kind
        or re.search(rf"[那这]一?[个只棵条朵辆张盆]\s*{re.escape(s.name[i:])}", message)
        for s in before.subjects if vocab.has_cjk(s.name) for i in range(len(s.name)))


def choices(subjects: Sequence[Subject], language: str) -> str:
    """"the black cat or the white cat"; with the place when that is what tells them apart."""
    names = [reply.reply_name(s, language) for s in subjects]
    if len(set(names)) < len(names):
        names = [f"{n}{'' if language == 'zh' else ' '}{reply.where(s.position, language)}" if s.position else n
                 for n, s in zip(names, subjects)]
    if language == "zh":
        return "、".join(names[:-1]) + "还是" + names[-1]
    names = [f"the {n}" for n in names]
    return ", ".join(names[:-1]) + " or " + names[-1]


# The pieces of a message that starts with the last change again: "now the sun too, and make it nighttime",
# "the chest too tbh its just the dragon now".
_SAME_SPLIT = re.compile(r"(?<=[.!?。！？;；])\s+|[，,]\s*(?:and\s+)?|(?<=too)\s+(?:tbh|ngl|lol)\s+")
_IT_NEXT = re.compile(r"\s*(?:make|turn|paint|colou?r|give|put|move|change)\s+(?:it|him|her|them)\b|把它|给它|让它", _I)


def same_pieces(text: str) -> list[str]:
    """The pieces of `text`, for reading its first as the last change again; none when the next is a request
    about "it" ("and the red one, make it big": the first names what the request is about)."""
    pieces = [p for p in _SAME_SPLIT.split(text) if p.strip()]
    return [] if len(pieces) > 1 and _IT_NEXT.match(pieces[1]) else pieces


# "now the other one", "the dog too", "same for the blue one", "另一只也一样", "狗也是": the last request again, about
# another subject.
_SAME = re.compile(r"^(?:还有)?(?P<ref_zh>[^也]+?)(?:也(?:一样|是|这样|要|照做|来一下)?)(?:吧|呀|啊|哦)?$"
                   r"|^(?:(?:now|and|ok(?:ay)?|also|then|so)[\s,]+)*(?:(?:do\s+)?(?:the\s+)?same\s+(?:for|to|with)\s+)?"
                   r"(?P<ref>.+?)(?:\s+(?:too|as\s+well|also))?(?:[\s,]+(?:please|pls|plz|actually|then|lol))?$", _I)
_MARKED = re.compile(r"^(?:now|and|also|same)\b|\b(?:too|as\s+well|also|other)\b|也|还有|另", _I)
_OTHER_SAID = re.compile(r"^.*?(?:\bother(?:\s+ones?)?\b|另(?:外)?一?[个只条棵朵辆头匹位]?)(?P<rest>.*)$", _I)
_MOVED = re.compile(r"\b(?:put|move|shift|place|slide|drag)\b|放|移|挪|搬", _I)
_TARGET_EN = re.compile(r"\b(?:the|that|this|his|her|its)\s+[\w-]+(?:\s+[\w-]+)?", _I)
_REMOVED = re.compile(r"\b(?:remove|delete|erase|get\s+rid\s+of|lose|take\s+(?:[\w-]+\s+){0,3}?(?:out|away|off)|pop|"
                      r"drop|ditch|scrap|scratch|nix|bin|axe|trash|toss|kill|cut|yeet)\b"
                      r"|删|去掉|拿掉|不要了|扔掉|抹掉|清掉", _I)
_TARGET_ZH = re.compile(r"(?<=把|将)(?P<t>.+?)(?=变|改|换|涂|染|放|移|挪|缩|调|弄|加)")


# "and the sun as well, if you don't mind": how it is asked, after the thing named
_POLITE_TAIL = re.compile(r"[\s,]+(?:if\s+you\s+(?:don'?t|do\s+not)\s+mind|if\s+you\s+please|"
                          r"if\s+(?:it'?s\s+)?possible|"
                          r"if\s+that'?s\s+(?:ok|okay|alright|all\s+right|fine)|tbh|honestly|lol|imo|pls|please)"
                          r"[\s.!?]*$", re.IGNORECASE)  # "and the triangle too tbh"


def same_again(scene: Scene, recent: Sequence[Exchange], message: str, language: str) -> Answer | None:
    """When this message only names another subject and the last one changed something, that change again."""
    if not recent or not scene.subjects or not _MARKED.search(message):
        return None
    last = recent[-1]
    if last.reply.rstrip().endswith(("?", "？")) or _DREW.match(last.reply):
        return None
    m = _SAME.match(_POLITE_TAIL.sub("", message.strip().rstrip("?？!！.。~")))
    ref = (m.group("ref") or m.group("ref_zh")) if m else None
    work = MessageEdit(scene=scene.copy(), language=language, started_empty=False)
    chosen = resolve(work, ref) if ref else None
    if not chosen and ref and _REMOVED.search(last.message) and any(r.exists for r in resolve_parts(work, ref) or ()):
        return Answer(f"把{ref}去掉" if language == "zh" else f"remove {ref}", scene.copy())  # "the hat too": a part
    if not chosen or len(chosen) != 1:
        return None
    if _MOVED.search(last.message) and parse_position(ref)[0]:
        return None  # "put the fox on the left" then "and the other one on the right": a place of its own
    said = _OTHER_SAID.match(ref)
    if said and said.group("rest").strip() and parse_phrase(said.group("rest")).has_subject_values():
        return None  # "make the fox red" then "and the other one on the right": a value of its own
    if _value_of_its_own(ref, chosen[0]):
        return None  # "make the left one yellow" then "and the blue one bigger": bigger, not yellow
    earlier = _as_it(work, last.message)
    if earlier is None and _REMOVED.search(last.message):  # "remove the car" then "the tree too": the car is gone
        earlier = "把它删掉" if language == "zh" else "remove it"
    if earlier is None:
        return None
    picked = scene.copy()
    picked.focus = chosen[0].id
    return Answer(earlier, picked)


def _value_of_its_own(ref: str, chosen: Subject) -> bool:
    """Whether the words that name the one chosen also say a change of their own (a size, or a colour it has not)."""
    ph = parse_phrase(ref)
    colour = chosen.attributes.get("colour", "")
    return bool(ph.resize or ph.pose or ph.material or (ph.size and ph.size != chosen.size)
                or (ph.colour and ph.colour != colour and ph.colour not in colour.split()))


def _as_it(work: MessageEdit, message: str) -> str | None:
    """The earlier request with the subject it named said as "it" / 它; None when it named none."""
    for m in (*_TARGET_ZH.finditer(message), *_TARGET_EN.finditer(message)):
        said = m.group("t") if "t" in m.groupdict() else m.group(0)
        words = said.split()  # "the red one bigger" -> "the red one"
        for phrase in [said] if vocab.has_cjk(said) else [" ".join(words[:k]) for k in range(1, len(words) + 1)]:
            head = phrase.split()[-1] if not vocab.has_cjk(said) else said
            named = head.lower() in ("one", "ones") or any(name_matches(s.name, head) for s in work.scene.subjects)
            if named and resolve(work, phrase):  # "把 cat 变大": 把它变大
                it = r"\s*" if vocab.has_cjk(message) else ""
                return message[:m.start()] + re.sub(it + re.escape(phrase) + it, "它" if it else "it",
                                                    message[m.start():], count=1)
    return message if _SINGULAR_PRONOUN.search(message) else None


def _last_change(recent: Sequence[Exchange]) -> Exchange | None:
    """The last exchange that changed the picture: talk after a drawing ("which looks better?") leaves "it" as
    unclear as it was (where the exchanges keep no Scenes, the last one)."""
    for i in range(len(recent) - 1, 0, -1):
        if recent[i].scene is None or recent[i - 1].scene is None or recent[i].scene != recent[i - 1].scene:
            return recent[i]
    return recent[0] if recent else None
