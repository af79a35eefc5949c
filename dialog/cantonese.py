"""Hong Kong's written Cantonese said the Mandarin way, so the rules (which read Mandarin) read it: 佢 is 它,
唔要 is 不要, 戴住 is 戴着, 隔籬 is 旁边. Only the words whose meaning a drawing request needs; text without a
Cantonese word is left as it is, since 住, 做, 将 and 系 are Mandarin words too.
"""

from __future__ import annotations

import re

# Characters only written Cantonese uses (after Traditional is read as Simplified)
_MARKERS = re.compile("[佢嘅咗啲唔冇喺畀俾嘢攞㗎哋揸嗰咩咁靓喎瞓嚟]|搞掂|先啱|搬去|入面"
                      "|隔篱|雀仔|(?<!咖)啡色|变做|转做|[戴拿抱拎揹背]住"
                      "|呢[个只度]|点样|同埋|留低|(?<=[A-Za-z])\\s*同(?=\\s*[一两三四五六七八九十][只个棵条朵张头架间辆部座件顶粒颗])"
                      "|[女男兔]仔|食紧|改返|返做|keep\\s*住|[个嘅的]波(?![浪纹点涛动澜光])|调做|转(?=\\s*[A-Za-z]+\\s*色)")
# Before the words: 啲 first is "those" (啲花太多: those flowers), not the 啲 of 大啲 (a bit bigger)
# 唔該 before a request is "please" (唔該畫一架車), after one or alone "thanks"
_FIRST = ((re.compile(r"(?:^|(?<=[，,。！？!?\s]))(?<![A-Za-z]\s)啲"), "那些"),  # not "moody 啲": a bit more
          (re.compile(r"唔该(?:晒)?\s*(?=画|加|帮|将|把|给|畀|整|放|改|换|移|删|draw|make|add|give|put|[你])",
                      re.IGNORECASE), "请"),
          # 三角形唔好，改做正方形: not good (唔好 before a verb is "don't")
          (re.compile(r"唔好(?=\s*(?:[，,。！？!?~]|$))"), "不好"))
# Word for word, longest first where one contains another
_WORDS = (
    ("得唔得", "行不行"), ("同埋", "和"), ("留低", "留下"), ("就得", "就行"), ("影个", "拍个"), ("影张", "拍张"),
    ("佢哋", "它们"), ("佢", "它"), ("嘅", "的"), ("咗", "了"), ("唔该晒", "谢谢"), ("唔该", "谢谢"),
    ("多谢晒", "谢谢"), ("唔使郁", "不用动"), ("唔好郁", "不要动"), ("唔使", "不用"), ("唔好", "不要"),
    ("唔系", "不是"), ("系咪", "是不是"), ("唔", "不"), ("冇", "没有"), ("喺", "在"), ("畀", "给"), ("嘢", "东西"),
    ("攞", "拿"), ("好靓", "很漂亮"), ("隔篱", "旁边"), ("雀仔", "小鸟"), ("揸", "拿"), ("㗎", ""),
    ("转做", "变成"), ("呢个", "这个"), ("呢只", "这只"), ("呢度", "这里"), ("嗰个", "那个"),
    ("嗰度", "那里"), ("嗰", "那"), ("点样", "怎么"), ("改返做", "改回"), ("改返", "改回"), ("转返", "换回"),
    ("移去", "移到"), ("放去", "放到"), ("女仔", "女孩"), ("男仔", "男孩"), ("兔仔", "兔子"), ("细细只", "小小的"),
    ("细细个", "小小的"), ("细细", "小小"), ("食紧", "在吃"), ("揾", "找"), ("拎住", "拿着"), ("俾", "给"),
    ("少少", "一点"), ("啲", "一点"), ("搞掂", "搞定"), ("好似", "好像"), ("先啱", ""), ("搬去", "移到"), ("喎", ""),
    ("瞓觉", "睡觉"), ("瞓", "睡"), ("入面", "里面"), ("最底", "最下面"), ("大大个", "大大的"), ("嚟", "来"),
)
_PATTERNS = (
    (re.compile(r"(?<=[戴拿抱揹背])住"), "着"),  # 戴住 is 戴着
    (re.compile(r"揹"), "背"), (re.compile(r"(?<!咖)啡色"), "棕色"),  # 啡色 is brown; 咖啡色 (Mandarin) is brown too
    # 喺公园度: in the park
    (re.compile(r"(?<=在)(?P<p>[\u4e00-\u9fff]{1,6}?)度(?=$|[，,。！？!?\s]|[A-Za-z])"), r"\g<p>"),
    (re.compile(r"(?<=[变改换调])做"), "成"),  # 变做蓝色, steps 調做 50
    (re.compile(r"转(?=\s*[A-Za-z]+\s*色|[红橙黄绿蓝紫粉棕白黑灰金银]色?)"), "变成"),  # 隻貓轉 orange 色
    (re.compile(r"^将|(?<=[，,。！？\s])将"), "把"),
    (re.compile(r"加多(?=[一两二三四五六七八九十]?[只个条棵朵张])"), "再加"),  # 加多隻雀仔: one more
    (re.compile(r"(?<=[它他她])[顶只个条件对架张](?=[\u4e00-\u9fff])"), "的"),  # 佢頂帽子: its hat
    (re.compile(r"(?<=[画做系])咩"), "什么"),  # 可以畫咩: draw what
    (re.compile(r"[喇嘞](?=$|[，,。！？!?\s])"), "了"), (re.compile(r"咩(?=$|[？?])"), "吗"),  # particles at the end
    (re.compile(r"企(?=在|住)"), "站"), (re.compile(r"食(?![物品谱材堂])"), "吃"),  # 企喺樹下面, 食竹
    (re.compile(r"细(?=[只个的]|\s*[A-Za-z])|(?<=太)细"), "小"),  # 細 blue 三角形: a small one
    (re.compile(r"(?<=拿着)把(?=\s*[A-Za-z])"), "一把"),  # 拎住把 umbrella: holding an umbrella
    (re.compile(r"(?:(?<=再)|^)整(?=[只个架条颗件])"), "画一"),  # 再整隻…cat: one more
    (re.compile(r"咁(?=帮|画|就|再|加|要)"), "那"), (re.compile("咁"), "这么"),
    # 兔仔同一棵樹, 一架車同一間屋: and a tree, and a house
    (re.compile(r"同(?=\s*[一两三四五六七八九十][只个棵条朵张头架间辆部座件顶粒颗杯碗碟盘壶])"), "和"),
    (re.compile(r"(?<![浪电微光声])波(?![浪纹点涛动澜光])"), "球"),  # 紅色嘅波: a ball
    (re.compile(r"\s*keep\s*住", re.IGNORECASE), "不变"),  # 背景 keep 住: as it is
    # 粒star大啲, 隻貓大啲: a measure word first points at the one there, as 那 does
    (re.compile(r"(?:^|(?<=[，,。！？!?\s]))(?=[只粒朵顶枝架条张件对头棵间颗][\u4e00-\u9fffA-Za-z])"), "那"),
    (re.compile(r"搬(?P<t>它|他|她|那[\u4e00-\u9fff]{1,3}?)去"), r"把\g<t>移到"),  # 搬佢去最底: move it to the bottom
    (re.compile(r"同(?=\s*[A-Za-z])"), "和"),  # dramatic lighting 同 backlit: and
)


def as_mandarin(text: str) -> str:
    """Written Cantonese in `text` as Mandarin words; text without any is returned as it is."""
    if not _MARKERS.search(text):
        return text
    for pattern, meant in _FIRST:
        text = pattern.sub(meant, text)
    for said, meant in _WORDS:
        text = text.replace(said, meant)
    for pattern, meant in _PATTERNS:
        text = pattern.sub(meant, text)
    return text
