"""Traditional Chinese in, read as Simplified; the answer back in the script the person typed.

People in Taiwan and Hong Kong type 畫一隻黃色的貓; every rule and word table reads Simplified Chinese, so a message
is read through `to_simplified` and a reply goes back through `to_traditional` when the person wrote Traditional.
Character by character (the tables in hanzi_to_*.txt, from OpenCC), with the few word-level choices our replies need.
"""

from __future__ import annotations

import re
from pathlib import Path

from dialog import shanghainese
from dialog.cantonese import as_mandarin

_HERE = Path(__file__).resolve().parent


def _table(name: str) -> dict[str, str]:
    lines = (_HERE / name).read_text(encoding="utf-8").splitlines()
    pairs = "".join(line for line in lines if line and not line.startswith("#"))
    return dict(zip(pairs[::2], pairs[1::2]))


_TO_SIMPLIFIED = str.maketrans(_table("hanzi_to_simplified.txt"))
_TRADITIONAL_ONLY = frozenset(chr(c) for c in _TO_SIMPLIFIED)
_TO_TRADITIONAL_TABLE = _table("hanzi_to_traditional.txt")
_TO_TRADITIONAL = str.maketrans(_TO_TRADITIONAL_TABLE)
_SIMPLIFIED_ONLY = frozenset(_TO_TRADITIONAL_TABLE) - _TRADITIONAL_ONLY
_LEADING_MEASURE = re.compile(r"(?:^|(?<=[，,。！？；\n])|(?<=[，,。！？；] ))([隻個棵條頂張架])(?=[\u4e00-\u9fff])")
# Where one Simplified character is several Traditional ones, the one a reply of ours means
_WORDS_BACK = (
    (re.compile(r"(?<=[一二两三四五六七八九十几这那每哪])只"), "隻"), (re.compile("头发"), "頭髮"),
    (re.compile("(?<=[白黑金红棕卷短长])发"), "髮"), (re.compile("发型"), "髮型"), (re.compile("干净"), "乾淨"),
    (re.compile("干燥"), "乾燥"), (re.compile("面条"), "麵條"), (re.compile("钟"), "鐘"), (re.compile("台灯"), "檯燈"),
)


def writes_traditional(message: str, earlier: list[str]) -> bool:
    """Whether to answer in Traditional: the message says so, or (好, OK) the last earlier message that does."""
    for text in [message, *reversed(earlier)]:
        traditional = sum(ch in _TRADITIONAL_ONLY for ch in text)
        simplified = sum(ch in _SIMPLIFIED_ONLY for ch in text)
        if traditional != simplified:
            return traditional > simplified
    return False


def to_simplified(text: str) -> str:
    """`text` with Traditional characters as Simplified, and written Cantonese (Hong Kong's) and Shanghai's words as
    Mandarin."""
    if any(ch in _TRADITIONAL_ONLY for ch in text):
        # a measure word first is "that one" in Cantonese: 隻船變紅色, 棵樹唔使郁 (a Mandarin 只 first is "only")
        text = _LEADING_MEASURE.sub(r"那\1", text).translate(_TO_SIMPLIFIED)
    text = _TAIWAN_PARTICLE.sub("", _ZHUYIN_SAID.sub(lambda m: _ZHUYIN[m.group(0)], text))
    return shanghainese.as_mandarin(as_mandarin(text))


# Taiwan's typing shorthand, a Zhuyin letter for a particle after a Chinese word: 可以嗎 as 可以ㄇ, 好的 as 好ㄉ
_ZHUYIN = {"ㄇ": "吗", "ㄉ": "的", "ㄅ": "吧", "ㄋ": "呢", "ㄌ": "了", "ㄚ": "啊", "ㄛ": "哦", "ㄏ": "哈"}
_ZHUYIN_SAID = re.compile(rf"(?<=[\u4e00-\u9fff])[{''.join(_ZHUYIN)}]")
# and a particle said at a pause that Mandarin elsewhere does not use: 是狐狸耶, 放下面齁, 好可爱欸 (好耶 is a word)
_TAIWAN_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?<!好)耶|齁|欸)+(?=\s|[，,。.!！?？~～]|$)")  # 好耶: "yay"


def to_traditional(text: str) -> str:
    """A reply of ours in Traditional characters (Taiwan's forms)."""
    for pattern, traditional in _WORDS_BACK:
        text = pattern.sub(traditional, text)
    return text.translate(_TO_TRADITIONAL)
