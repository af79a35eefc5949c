"""Shanghai's words said the Mandarin way, so the rules (which read Mandarin) read them: 阿拉 is 我, 侬 is 你, 伐 at
the end is 吗, 交关 and 老 before a word that describes are 很, and 额 after one is 的 (老大额兔子: a very big
rabbit). Text without a Shanghai word is left as it is, since 额 (金额, 额头) and 老 are Mandarin words too."""

from __future__ import annotations

import re

_MARKERS = re.compile(r"阿拉|侬|交关|老灵|(?<=[在到放摆])当中(?![的间])"
                      r"|(?<=[\u4e00-\u9fff])(?<![砍步讨征杀])伐(?=$|[，,。！？!?\s~])"
                      r"|(?<=[色大小白黑红橙黄绿蓝紫灰粉棕圆方灵点亮暗长短高矮胖瘦好深浅觉])额")
# 额 of Mandarin words: 金额, 额头, 名额, 额外
_NOT_DE = "金名数限余份总差配定超前票税面销营巨"
_PATTERNS = (
    (re.compile(r"阿拉"), "我"), (re.compile(r"侬"), "你"), (re.compile(r"交关"), "很"),
    (re.compile(r"老灵额?"), "很好"),
    (re.compile(r"(?<=[\u4e00-\u9fff])(?<![砍步讨征杀])伐(?=$|[，,。！？!?\s~])"), "吗"),
    (re.compile(r"老(?=[大小好多长短高胖瘦红黄蓝绿白黑][^\s，,。！？]{0,3}额)"), "很"),
    (re.compile(rf"(?<=[\u4e00-\u9fff])(?<![{_NOT_DE}])额(?![头外度定满角前上])"), "的"),
    (re.compile(r"(?<=[在到放摆])当中(?![的间])"), "中间"),
)


def said_in_shanghainese(text: str) -> bool:
    """Whether `text` has a word only Shanghai's (and Suzhou's) speech writes."""
    return _MARKERS.search(text) is not None


def as_mandarin(text: str) -> str:
    """Shanghai's words in `text` as Mandarin ones; text without any is returned as it is."""
    if not said_in_shanghainese(text):
        return text
    for pattern, meant in _PATTERNS:
        text = pattern.sub(meant, text)
    return text
