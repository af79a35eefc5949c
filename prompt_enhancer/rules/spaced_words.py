"""Chinese typed with a space between every word ("画 一只 兔子 旁边 一朵 花", "右边 那只 大 一点").

People used to segmented text (a learner, an input method that spaces words, a Taiwanese user writing 畫 一隻 貓)
put a space where Chinese puts none. Elsewhere a space between Chinese words stands for a comma ("一只兔子在中间
旁边一根胡萝卜"), so only a run of short words is joined: three or more, about two characters each, which is how
words look and clauses do not. "颜色 蓝色" in such a run is the colour said with its label ("颜色" = "colour"): the
label goes, as "colour blue" is "blue".
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

# a run of Chinese words with spaces (or ideographic spaces) between them
_RUN = re.compile(r"[\u4e00-\u9fff]+(?:[ \t\u3000]+[\u4e00-\u9fff]+){2,}")
_LABEL = ("颜色", "顏色")
# a new request inside the run: "画 一只 猫 在 左边 再 画 一只 狗": a comma before "再 画"
_NEW_REQUEST = ("再", "然后", "还有", "另外")


def _joined(m: re.Match[str]) -> str:
    words = re.split(r"[ \t\u3000]+", m.group(0))
    if sum(len(w) for w in words) / len(words) > 2.5:
        return m.group(0)  # clauses with spaces between them, not words
    colours = [bool(vocab.lookup(vocab.COLOURS, w.removesuffix("的"))) for w in words]
    if any(a and b for a, b in zip(colours, colours[1:])):
        return m.group(0)  # "画三朵花 红的 黄的 白的": a list, one of each
    out: list[str] = []
    for at, word in enumerate(words):
        last = at == len(words) - 1
        if word in _LABEL and not last and colours[at + 1]:
            continue
        if out and word in _NEW_REQUEST and not last:
            out.append("，")
        out.append(word)
    return "".join(out)


# "一个 蓝色 的 house": a count before a colour or a size, and 的 after the value counted, never end a request, so
# a space beside them is only a space ("是另一只 右边那只…" and "换成 silver 的 垫子不要动" are two)
_AFTER_COUNT = re.compile(r"(?<=[一二两三四五六七八九十几][个只条棵朵辆匹座张块颗位把件头])[ \t\u3000]+"
                          r"(?=(?:[大小]|[\u4e00-\u9fff]{1,3}色)(?:的|[ \t\u3000]))")
_AROUND_DE = re.compile(r"(?<=[个只条棵朵辆匹座张块颗位把件头])(?P<value>[^\s，,。的]{1,6})[ \t\u3000]+的[ \t\u3000]+"
                        r"(?=[\u4e00-\u9fffA-Za-z])")


def words_joined(text: str) -> str:
    """The text with each run of spaced Chinese words written as Chinese is written; other text as it was."""
    if " " not in text and "\t" not in text and "\u3000" not in text:
        return text
    text = _AROUND_DE.sub(r"\g<value>的", _AFTER_COUNT.sub("", text))
    return _RUN.sub(_joined, text)
