"""An English verb said inside Chinese, English things counted with 粒 (两粒 star: 两颗), 少少 (a little), and
Singapore's "can … or not": the request said one way, so the rules read it. "往上move一下" is 往上移一下,
"move 佢去右邊" 把它移到右边, "给它add一顶red hat" 给它加一顶red hat, "给它 a red scarf" 给它加 a red scarf, and
"can move it 去上面 or not", "draw one blue fish at the bottom left can" are requests, not questions or a fish
called "fish can". Only where Chinese stands beside the verb, or the "can" frames a request. Filipino English's
Tagalog words are read by `taglish`.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.patterns import alternation
from prompt_enhancer.rules.taglish import taglish_said

_I = re.IGNORECASE
_CJK = r"\u4e00-\u9fff"
_OBJECT = {"it": "它", "him": "他", "her": "她"}
_REQUEST = r"(?:draw|paint|move|make|add|give|put|change|remove|turn|colou?r|shift)"
_SAID = (
    # "其实 change it to a donut": "actually", a filler before the English request
    (re.compile(r"^(?:其实|就是|嗯+|额+|呃+)\s*(?=[A-Za-z])"), ""),
    # "change it to a donut 🍩 吧": the particle only
    (re.compile(r"(?P<a>[A-Za-z][\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]*)[吧啦呀](?=\s*$)"), r"\g<a>"),
    # "两粒 star，一粒 red 一粒 gold", "画粒大 pink star": 粒 counts things said in English as 颗 does
    (re.compile(r"(?<=[一两二三四五六七八九十那这几画])粒(?=\s*[A-Za-z]|[大小])", _I), "颗"),
    # "那条 fish 不要了", "把这只 cat 去掉": that one, named in English (那个 fish is read already)
    (re.compile(r"(?<=[那这])\s*(?:一)?[条只棵朵辆张块颗匹座顶把](?=\s*[A-Za-z])"), "个"),
    # "画个 cute 的猫": an English describing word before a Chinese name, its 的 no part of the name
    # (only a name alone after it: "red 的那个", "small white 的戴着 red hat", "tree 的右边" keep their 的; a colour
    # keeps it too: "green and white 的渡轮")
    (re.compile(r"(?P<w>[A-Za-z]+)\s*的(?=[\u4e00-\u9fff]{1,3}(?:[，,。！!\s]|$))(?![那这左右上下前后旁边戴穿拿])"),
     lambda m: m.group(0) if vocab.lookup(vocab.COLOURS, m.group("w")) else f"{m.group('w')} "),
    # "再 add 少少 backlight": a little
    (re.compile(r"少少"), "一点"),
    # "move it 去上面", "move 它去右边": 把它移到…
    (re.compile(rf"(?<![A-Za-z])move\s*(?P<x>it|him|her|它|他|她)\s*(?:去|到)(?=\s*[{_CJK}A-Za-z])", _I),
     lambda m: "把" + _OBJECT.get(m.group("x").lower(), m.group("x")) + "移到"),
    # "move it 往右边 pls": 把它往右边移
    (re.compile(r"(?<![A-Za-z])move\s*(?P<x>it|him|her|它|他|她)?\s*(?P<w>[往向朝][左右上下](?:边|面)?)", _I),
     lambda m: "把" + _OBJECT.get((m.group("x") or "it").lower(), m.group("x") or "它") + m.group("w") + "移"),
    # "把它 move 到 left 边去": to the left
    (re.compile(r"(?<=[A-Za-z])\s*边(?:去|上)?(?=\s*(?:$|[，,。!！]))"), ""),
    # "red 那粒 move 去 top left": 移到
    (re.compile(rf"(?<=[{_CJK}])\s*move\s*(?:去|到)", _I), "移到"),
    # "往上move一下", "往左 move 少少": 移
    (re.compile(rf"(?<=[{_CJK}])\s*move(?![A-Za-z])\s*(?=一下|一点|少少|下|[吧啦]|$)", _I), "移"),
    # "心形 make it pink", "the 草帽 make it brown", "把月亮 make it gold", "把右边那个 painted red": 把心形变成 pink
    (re.compile(r"(?:^|(?<=[，,。\s]))(?:把(?P<said>[\u4e00-\u9fff]{1,6})|(?:the\s+)?"
                r"(?P<t>(?:(?![把将的那这其然还就再先另顺对哈吧呢啊了也都不好嗯哦呃额要我你行算呀啦改换变弄画加删去整搞帮给让请])[\u4e00-\u9fff]){1,6}))"
                r"\s*(?:make|paint|turn|change|painted|colou?red)\s+"
                r"(?:it\s+|them\s+)?(?:to\s+|into\s+|成\s*)?(?=[A-Za-z\u4e00-\u9fff])", _I),
     lambda m: f"把{m.group('said') or m.group('t')}变成 "),
    # "make it 抹茶蛋糕 instead": a thing named in Chinese is what it becomes (一只狗 already is; 红色, 大一点: values)
    (re.compile(r"\b(?P<v>make|turn|change)\s+(?P<x>it|him|her)\s+(?:into\s+|to\s+)?(?=[\u4e00-\u9fff]{2,8}"
                r"(?<![色风格感点些样])(?:\s+instead)?\s*[.!。！]*$)"
                r"(?![一两三几这那大小红黄蓝绿白黑紫粉橙灰棕金银])", _I),
     lambda m: f"{m.group('v')} {m.group('x')} into 一个"),
    # "draw a snowman and 旁边 a small christmas tree pls": beside it, said first in Chinese
    (re.compile(r"(?<![\u4e00-\u9fff])旁边\s*(?P<x>(?:a|an|one|some|two|three)\s+[a-z][a-z\s-]*?)"
                r"(?=\s*(?:pls|please|plz)?\s*(?:[,，。.!！~]|[\u4e00-\u9fff]|$))", _I), r"\g<x> next to it"),
    # "keep 老爷爷 and the cage": the one kept, named in Chinese
    (re.compile(r"\bkeep\s+(?=[\u4e00-\u9fff])", _I), "keep the "),
    # "再 up 一点": 再往 up 一点, which run_on.WAY_EN reads as 往上 ("往 left 一点" already is)
    (re.compile(r"(?<=再)\s*(?=(?:up|down|left|right)\s*(?:一点|一些|点|些|少少|一下))", _I), "往"),
    # "给它add一顶red hat", "再 add 一个", "add 一只大的白色狗 on the right", "then put 一个小星星 at the top": 加
    (re.compile(rf"(?<=[{_CJK}])\s*add(?![A-Za-z])\s*(?=[一两{_CJK}])"
                r"|(?:^|(?<=[,，.。!！?？]))\s*(?:(?:pls|please|then|and|now|also)\s+)*(?:add|put)\s+"
                r"(?=[一两三四五几]\s*[个只条棵朵辆张块颗盏把])", _I), "加"),
    # "帮我draw一个snowman": 画 (not a thing called "draw snowman")
    (re.compile(rf"(?<=[{_CJK}])\s*(?:draw|paint)(?![A-Za-z])\s*(?=[一两{_CJK}])"
                r"|(?<![A-Za-z])(?:draw|paint)\s*(?=[一两三][个只条棵朵张颗])", _I), "画"),
    # "delete咗佢", "remove 它吧": 删掉它
    (re.compile(r"(?<![A-Za-z])(?:delete|remove)\s*了?\s*(?=它|他|她)", _I), "删掉"),
    # "move佢上去啦": 把它往上移
    (re.compile(r"(?<![A-Za-z])move\s*(?P<x>it|him|her|它|他|她)\s*(?P<w>[左右上下])(?:去|来|嚟|边|面)", _I),
     lambda m: "把" + _OBJECT.get(m.group("x").lower(), m.group("x")) + "往" + m.group("w") + "移"),
    # "give佢一條 pink 色嘅 scarf": 给它加; "pink色": pink
    (re.compile(rf"(?<![A-Za-z])give\s*(?P<x>它|他|她)\s*(?=[一两{_CJK}A-Za-z])", _I), lambda m: f"给{m.group('x')}加"),
    (re.compile(r"(?<=[A-Za-z])\s*色(?=[的嘅\s]|$)"), ""),
    # "给它 a red scarf 吧": give it a red scarf
    (re.compile(r"(?<![\u4e00-\u9fff])给(?P<x>它|他|她)\s+(?=(?:a|an|one|some)\s+[a-z])", _I),
     lambda m: f"给{m.group('x')}加 "),
)
# "can draw one cat or not", "can move it 去上面 or not", "… at the bottom left can": a request in Singapore's words
_CAN_LEAD = re.compile(rf"^(?:(?:eh|ah|oi|hey)[\s,]+)?can\s+(?={_REQUEST}\b)", _I)
_OR_NOT = re.compile(r"\s+or\s+not\s*[?？]*\s*$", _I)
_CAN_END = re.compile(r"(?<=[a-z\u4e00-\u9fff])(?<!\byou)(?<!\bu)(?<!\bwe)(?<!\bi)(?<!\bthey)\s+can\s*[?？]*\s*$",
                      _I)  # ("…if you can": asked, not Singapore's "can")
# a can drawn: "draw a can", "a watering can", "a trash can" (the "can" of a request follows no such word)
_A_CAN = re.compile(r"(?:^|\s)(?:a|an|the|one|my|his|her|tin|watering|trash|garbage|soda|beer|paint|spray|oil|soup|"
                    r"food|milk|coffee|metal|jerry|rubbish|petrol|gas|aerosol|two|three|some)\s+can\s*[?？]*\s*$", _I)

# "心形 make it pink can? the background…", "a blue bird on the top right can, size 512": Singapore's "can" said
# inside a message (a thing drawn, "a can", "trash can", comes after no such word)
_CAN_ASKED = re.compile(r"(?<=[a-z\u4e00-\u9fff])(?<!\byou)(?<!\bu)(?<!\bwe)(?<!\bi)(?<!\bthey)(?<!\ba)(?<!\bthe)"
                        r"(?<!\btin)(?<!\btrash)(?<!\bwatering)(?<!\bsoda)\s+can\s*[?？]+(?=\s*\S)"
                        r"|(?<=left|ight| top|ttom|ddle|nter|ntre)\s+can(?=\s*[,，])", _I)


# "另一个 make it orange": the other one, said in Chinese before the English request
_THE_OTHER_ZH = re.compile(r"^另(?:外)?一个\s*(?P<v>make|turn|paint|colou?r|change)\s+it\b", re.IGNORECASE)

# "size大一点": bigger, the English word for what changes said before the Chinese
_SIZE_SAID_EN = re.compile(r"(?<![A-Za-z])size\s*(?=[大小](?:一点|点|些|一些))", re.IGNORECASE)


# "背景换成纯白 white 的": a colour said in Chinese, then again in English; once is enough
_BOTH_SCRIPTS = re.compile(r"(?P<zh>[纯浅深]?[红橙黄绿蓝紫粉棕白黑灰金银])色?\s+(?P<en>[A-Za-z]+)\s*"
                           r"(?=的|色|$|[，,。!！])")


def _said_once(m: re.Match[str]) -> str:
    zh, en = vocab.lookup(vocab.COLOURS, m.group("zh")[-1]), vocab.lookup(vocab.COLOURS, m.group("en"))
    return m.group("zh") + "色" if zh is not None and en is not None and zh.key == en.key else m.group(0)


# "再加个小白色的圆 放top", "下面加把扳手 at bottom": a place of the picture said in English after Chinese
_PUT_EN_PLACE = re.compile(r"(?P<v>放(?:在|到)?)\s*(?P<p>" + alternation(
    [f for t in vocab.POSITIONS.values() for f in t.en if " " not in f or f.split()[0] in ("top", "bottom")])
                           + r")(?:\s+(?:side|corner))?\b", _I)
_AT_EN_PLACE_AFTER_ZH = re.compile(r"(?<=[\u4e00-\u9fff])\s+at\s+(?:the\s+)?(?P<p>top|bottom)\s*$", _I)


def mixed_verbs_said(text: str) -> str:
    """The message with an English verb inside Chinese said in Chinese, and a Singapore "can" request said plainly."""
    stripped = text.strip()
    lead = _CAN_LEAD.match(stripped)
    if lead or re.match(rf"^(?:(?:eh|ah|oi)[\s,]+)?(?:{_REQUEST}|the\s|[{_CJK}])", stripped, _I):
        cut = _OR_NOT.sub("", stripped[lead.end():] if lead else stripped)
        cut = cut if _A_CAN.search(cut) else _CAN_END.sub("", cut)  # "… kite can or not"; "draw a can" stays
        text = cut if cut != stripped else text
    text = _CAN_ASKED.sub(lambda m: "," if re.search("[?？]", m.group(0)) else "", text)
    text = _THE_OTHER_ZH.sub(r"\g<v> the other one", taglish_said(text))  # (taglish: "draw po 一个苹果")
    text = _BOTH_SCRIPTS.sub(_said_once, _SIZE_SAID_EN.sub("", text))
    text = _PUT_EN_PLACE.sub(
        lambda m: m.group("v").ljust(2, "在") + vocab.translate(vocab.POSITIONS, m.group("p"), "zh"), text)
    text = _AT_EN_PLACE_AFTER_ZH.sub("", text) if re.search(r"上面|下面|上方|下方|顶部|底部", text) else text
    for pattern, said in _SAID:
        text = pattern.sub(said, text)
    return text
