"""The one meant, said by an English value inside Chinese: "small 那只改成白色", "big one 去掉吧", "red 那个挪到左边",
"red的那个", and each one said so ("画两个圆，一个red一个blue").
Said again as Chinese says it (小的那只, 大的那个, 红色的那个), so the references read it; before, "small 那只" asked
which dog and "big one 去掉吧" was not read at all. Only text: the value must be a colour or size word.
A thing said in English after 换成 is what it becomes: "还是换成 radio 吧" (a radio, not a detail "radio"); "film
那种感觉" is a look and "在 rain 里" the weather; the English verbs of a Chinese request are mixed_verbs.py's.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_I = re.IGNORECASE
_THAT = r"(?:那|这)(?:一)?[只个条朵棵辆头匹座块位张]"
# (a space after Chinese goes with it: "把 small 那只"; "加一个 red one" is a new one, not one picked out)
_VALUE_THEN_THAT = re.compile(rf"(?:(?<=[\u4e00-\u9fff])\s+)?(?<![A-Za-z])(?:the\s+)?(?P<v>[A-Za-z]+)\s*"
                              rf"(?P<that>{_THAT})")
_VALUE_ONE = re.compile(r"(?:(?<=[\u4e00-\u9fff])(?<![一个只])\s+|^)(?:the\s+)?(?P<v>[A-Za-z]+)\s+one\s*"
                        r"(?=[\u4e00-\u9fff])", _I)


# "画两个圆，一个red一个blue": one of them each way; "red的那个": the red one
_ONE_ZH = r"一[只个条朵棵辆头匹座块位张]"
_EACH_ONE = re.compile(rf"(?P<one>{_ONE_ZH})\s*(?P<v>[A-Za-z]+)\s*(?=[，,、；;。]|{_ONE_ZH}|$)")
_VALUE_OF = re.compile(rf"(?:(?<=[\u4e00-\u9fff])\s+)?(?<![A-Za-z])(?P<v>[A-Za-z]+)的(?={_THAT})")  # (not "red 的那个")


def _zh(word: str) -> str | None:
    for table in (vocab.SIZES, vocab.COLOURS):
        entry = vocab.lookup(table, word)
        if entry is not None and entry.zh:
            return entry.zh[0] if entry.zh[0].endswith("的") else entry.zh[0] + "的"
    return None


def one_said_in_zh(text: str) -> str:
    """`text` with an English colour or size that picks one thing out, inside Chinese, said in Chinese (and a thing
    said in English after 换成 as what it becomes)."""
    if not vocab.has_cjk(text):
        return text
    text = _VALUE_THEN_THAT.sub(lambda m: f"{_zh(m.group('v'))}{m.group('that')}" if _zh(m.group("v")) else m.group(0),
                                text)
    text = _EACH_ONE.sub(lambda m: f"{m.group('one')}{_zh(m.group('v'))}" if _zh(m.group("v")) else m.group(0), text)
    text = _VALUE_OF.sub(lambda m: _zh(m.group("v")) or m.group(0), text)
    text = _KIND_OF_LOOK.sub(r"\g<w> look", _IN_THE_WEATHER.sub(r" in the \g<w> ", text))
    text = _TURNED_INTO_EN.sub(_a_thing, text)
    return _VALUE_ONE.sub(lambda m: f"{_zh(m.group('v'))}那个" if _zh(m.group("v")) else m.group(0), text)


# "要 film 那种感觉": the look of film, said in English inside Chinese
_KIND_OF_LOOK = re.compile(r"(?:要\s*)?(?P<w>(?<![A-Za-z])(?!(?:you|u|ya|it|this|that|like|know)\b)[A-Za-z]+"
                           r"(?:\s+(?!know\b)[A-Za-z]+)?)\s*(?:那种|这种)的?(?:感觉|feel|vibe|风格)", re.I)
# "一个 girl 在 rain 里": in the rain, the weather said in English inside Chinese (not a place called rain)
_IN_THE_WEATHER = re.compile(r"在\s*(?:the\s+)?(?P<w>rain|snow|fog|mist|storm|snowstorm|sunshine)\s*(?:里面|里|中)", _I)
# "还是换成 radio 吧": a thing the vocabulary has no row for, said in English, is what it becomes (not a detail)
_TURNED_INTO_EN = re.compile(r"(?P<v>换成|变成|改成|改为|变为)\s*(?P<w>[A-Za-z]+(?:\s+[A-Za-z]+)?)"
                             r"(?=\s*(?:吧|了|啊|呀|好了|$|[，,。!！]))")
_VALUE_TABLES = (vocab.COLOURS, vocab.SIZES, vocab.MATERIALS, vocab.STYLES, vocab.POSES, vocab.TIMES, vocab.PLACES,
                 vocab.SHAPES, vocab.LOOKS)


def _a_thing(m: re.Match[str]) -> str:
    words = m.group("w").lower().split()
    if any(vocab.lookup(t, w) for t in _VALUE_TABLES for w in (m.group("w"), *words)) or words[0] in ("a", "an", "the"):
        return m.group(0)
    return f"{m.group('v')} a {m.group('w')}"
