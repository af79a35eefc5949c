"""Hong Kong's written Cantonese said the Mandarin way, so the rules (which read Mandarin) read it: 佢 is 它,
唔要 is 不要, 戴住 is 戴着, 隔籬 is 旁边. Only the words whose meaning a drawing request needs; text without a
Cantonese word is left as it is, since 住, 做, 将 and 系 are Mandarin words too.
"""

from __future__ import annotations

import re

# Characters only written Cantonese uses (after Traditional is read as Simplified)
_MARKERS = re.compile("[佢嘅咗啲唔冇喺畀嘢攞㗎哋揸]|隔篱|雀仔|啡色|变做|转做|[戴拿抱]住")
# Word for word, longest first where one contains another
_WORDS = (
    ("佢哋", "它们"), ("佢", "它"), ("嘅", "的"), ("咗", "了"), ("唔该晒", "谢谢"), ("唔该", "谢谢"),
    ("多谢晒", "谢谢"), ("唔使郁", "不用动"), ("唔好郁", "不要动"), ("唔使", "不用"), ("唔好", "不要"),
    ("唔系", "不是"), ("系咪", "是不是"), ("唔", "不"), ("冇", "没有"), ("喺", "在"), ("畀", "给"), ("嘢", "东西"),
    ("攞", "拿"), ("好靓", "很漂亮"), ("隔篱", "旁边"), ("雀仔", "小鸟"), ("啡色", "棕色"), ("揸", "拿"), ("㗎", ""),
    ("啲", "点"), ("转做", "变成"),
)
_PATTERNS = (
    (re.compile(r"(?<=[戴拿抱])住"), "着"),  # 戴住 is 戴着
    (re.compile(r"(?<=[变改换])做"), "成"),  # 变做蓝色
    (re.compile(r"^将|(?<=[，,。！？\s])将"), "把"),
    (re.compile(r"加多(?=[一两二三四五六七八九十]?[只个条棵朵张])"), "再加"),  # 加多隻雀仔: one more
    (re.compile(r"(?<=[它他她])[顶只个条件对架张](?=[\u4e00-\u9fff])"), "的"),  # 佢頂帽子: its hat
    (re.compile(r"[喇嘞](?=$|[，,。！？!?\s])"), "了"), (re.compile(r"咩(?=$|[？?])"), "吗"),  # particles at the end
)


def as_mandarin(text: str) -> str:
    """Written Cantonese in `text` as Mandarin words; text without any is returned as it is."""
    if not _MARKERS.search(text):
        return text
    for said, meant in _WORDS:
        text = text.replace(said, meant)
    for pattern, meant in _PATTERNS:
        text = pattern.sub(meant, text)
    return text
