"""How long a part is: hair, a beard, a tail, a dress have a length, not a size. "make her hair shorter", "the
beard longer", "把她的头发剪短一点", "cut his hair" set the part's "length" ("short" / "long"); "a girl with long
hair" is her hair, long, not a part called "long hair". Nothing here resizes a subject.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import PartRef, resolve_parts

_I = re.IGNORECASE

# Parts whose "shorter" / "longer" is their length.
LONG_THINGS = {"hair", "beard", "moustache", "mustache", "tail", "dress", "skirt", "scarf", "sleeves", "coat",
               "braid", "braids", "ponytail", "neck", "legs", "ears", "whiskers", "mane", "cape", "fur", "nails",
               "头发", "胡子", "大胡子", "尾巴", "裙子", "长裙", "围巾", "袖子", "辫子", "马尾", "脖子", "腿", "耳朵",
               "胡须", "鬃毛", "斗篷", "毛", "指甲", "发"}
_SHORT = re.compile(r"^(?:(?:a\s+)?(?:bit|little|lot|much)\s+)?(?:short|shorter|cropped|trimmed)"
                    r"(?:\s+(?:a\s+bit|a\s+little|please|pls))?$"
                    r"|^(?:再|更)?(?:短|变短|剪短|弄短)(?:一点儿?|一些|点|些)?$", _I)
_LONG = re.compile(r"^(?:(?:a\s+)?(?:bit|little|lot|much)\s+)?(?:long|longer)(?:\s+(?:a\s+bit|a\s+little|please|pls))?$"
                   r"|^(?:再|更)?(?:长|变长|留长|弄长)(?:一点儿?|一些|点|些)?$", _I)
_NAMED_LENGTH = re.compile(r"^(?P<en>long|short)\s+(?P<name_en>.+)$|^(?P<zh>长|短)(?P<name_zh>.+)$", _I)


def is_long_thing(name: str) -> bool:
    name = name.lower().strip()
    return name in LONG_THINGS or re.sub(r"s$", "", name) in LONG_THINGS


def split_length(name: str) -> tuple[str, str | None]:
    """"long hair" -> ("hair", "long"), "短发" -> ("发", "short"); any other name as it is, with None."""
    m = _NAMED_LENGTH.match(name.strip())
    if m:
        word, rest = (m.group("en"), m.group("name_en")) if m.group("en") else (m.group("zh"), m.group("name_zh"))
        if is_long_thing(rest):
            return rest, length_value("long" if word.lower() in ("long", "长") else "short", rest)
    return name, None


def length_value(length: str, name: str) -> str:
    """"short" / "long" as the part's value: in Chinese for a Chinese name (短头发), as a free value reads."""
    return ({"short": "短", "long": "长"}[length]) if vocab.has_cjk(name) else length


def length_said(resize: int, rest: str) -> str | None:
    """The length a value says of a long thing: "shorter" (read as a smaller size), "long", "短一点"."""
    rest = rest.strip()
    if _SHORT.match(rest) or (resize < 0 and not rest):
        return "short"
    if _LONG.match(rest) or (resize > 0 and not rest):
        return "long"
    return None


_CUT_ZH = re.compile(r"^(?:把|将|给|帮)?(?P<t>.+?)(?:再|更)?(?:剪|修|剃|留|梳|弄|变|改)?(?:得)?(?P<d>短|长)"
                     r"(?:一点儿?|一些|点|些)?"
                     r"(?:吧|了|啦)*$")
_CUT_EN = re.compile(r"^(?:trim|shorten|crop)\s+(?P<t>.+?)(?:\s+(?:short|shorter|a\s+bit|a\s+little|please|pls))*$"
                     r"|^(?P<verb>lengthen|grow(?:\s+out)?)\s+(?P<t_long>.+?)"
                     r"(?:\s+(?:out|a\s+bit|a\s+little|please|pls))*$", _I)


def length_clause(work: MessageEdit, body: str) -> bool:
    """"把她的头发剪短一点", "cut his hair", "trim the beard", "grow her hair out": a long thing's length."""
    m = _CUT_ZH.match(body) or _CUT_EN.match(body)
    if not m or not work.scene.subjects:
        return False
    groups = m.groupdict()
    said = groups.get("t") or groups.get("t_long") or ""
    length = "long" if (groups.get("d") == "长" or groups.get("verb")) else "short"
    refs = resolve_parts(work, said)
    if not refs or not all(is_long_thing(r.name) or is_long_thing(split_length(r.name)[0]) for r in refs):
        return False
    set_length(work, refs, length)
    return True


def set_length(work: MessageEdit, refs: list[PartRef], length: str) -> None:
    """Give parts a length; a part named with its length ("long hair") keeps its name only ("hair"), and a detail
    of its owner that described it ("长头发的") goes, so the picture is not told both."""
    for ref in refs:
        owner = ref.subject
        key, _ = split_length(ref.name)
        part = dict(owner.parts.get(ref.name) or {"relation": _relation(key)})
        value = length_value(length, key)
        if part.get("length") == value and key == ref.name:
            work.say("already", name=reply.thing_name(Subject("", key), work.language), what=_words(length, work))
            continue
        part["length"] = value
        part.pop("size", None)
        owner.parts = {(key if k == ref.name else k): v for k, v in owner.parts.items()}
        owner.parts[key] = part
        detail = owner.attributes.get("detail", "")
        if detail and (key in detail or (key.isascii() and re.search(rf"\b{re.escape(key)}\b", detail, _I))):
            del owner.attributes["detail"]
        work.touch(owner, EditKind.ATTRIBUTE)
        work.say("changed", name=reply.thing_name(Subject("", key), work.language), what=_words(length, work))


def _relation(name: str) -> str:
    return "wearing" if name.lower() in {w.lower() for w in vocab.WORN} else "with"


def _words(length: str, work: MessageEdit) -> str:
    if work.language == "zh":
        return "短的" if length == "short" else "长的"
    return length
