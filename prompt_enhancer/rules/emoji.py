"""Emoji in a message: one standing where a noun goes ("add a red 🎈", "画一只🐱") is read as the thing it shows,
by its Unicode name; any other ("a cat 🐱 pls", "put him on a beach 🏖️", "好可爱😍") is decoration and dropped, so it
never becomes a subject's name or a note. A message of emoji only is left as it is.
"""

from __future__ import annotations

import re
import unicodedata

from dialog import vocabulary as vocab

_I = re.IGNORECASE

# Pictographs (with their variation selectors, joiners and skin tones), arrows and dingbats excluded.
_EMOJI = re.compile(r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\uFE0E\uFE0F\u200D"
                    r"\U0001F3FB-\U0001F3FF]*)+")
_COLOURS = "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en), key=len, reverse=True))
# Where a noun goes: after an article, a number, a colour, a size or a Chinese measure word, or after what a thing
# becomes ("换成🦊", "turn it into 🦊").
_NOUN_SLOT = re.compile(rf"(?:(?<![A-Za-z])(?:a|an|one|two|three|some|another|the|{_COLOURS}|big|small|little|tiny|"
                        r"huge|large|into|to|with|for)\s*|[个只条棵朵辆艘匹座张块颗位的]|"
                        r"(?:换成|变成|改成|换|变|要|加|画)\s*)$", _I)
# A colour given to a thing there ("make the hat green", "paint it red"), not one of a new thing
_VALUE_SET = re.compile(rf"\b(?:make|paint|colou?r|turn|dye)\s+(?:it|him|her|them|(?:the|his|her|its|their|my)\s+[a-z]+"
                        rf"(?:\s+[a-z]+)?)(?:\s+(?:both|all))?\s+"  # "make them both pink 💖"
                        rf"(?:(?:all|bright|dark|light)\s+)?(?:{_COLOURS})\s*$|\b(?:it|he|she|they|\w+)\s+"
                        rf"(?:is|are|should\s+be)\s+(?:{_COLOURS})\s*$"
                        rf"|\bmake\b.*\band\s+(?:the|his|her|its)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:{_COLOURS})\s*$"
                        # "都是黄色的⭐", "改成红色的🍎": the colour they are to be, in Chinese
                        r"|(?:都是|都|全是|全都是|是|改成|变成|换成|涂成|弄成)\s*(?:浅|深)?"
                        r"[红橙黄绿青蓝紫粉黑白灰棕金银]色?的?\s*$", _I)
_ON_COLOUR = re.compile(rf"\b(?:on|against|over)\s+(?:plain\s+)?(?:(?:light|dark|pale|bright|deep)\s+)?"
                        rf"(?:{_COLOURS})\s*$", _I)
# A coloured circle or square right after its own colour's name only shows the colour.
# (and a heart of that colour: "PURPLE 💜💜")
_COLOUR_MARKS = {"red": "🔴🟥❤♥", "orange": "🟠🟧🧡", "yellow": "🟡🟨💛", "green": "🟢🟩💚", "blue": "🔵🟦💙",
                 "purple": "🟣🟪💜", "brown": "🟤🟫🤎", "black": "⚫⬛🖤", "white": "⚪⬜🤍", "红": "🔴🟥❤♥",
                 "橙": "🟠🟧🧡", "黄": "🟡🟨💛", "绿": "🟢🟩💚", "蓝": "🔵🟦💙", "紫": "🟣🟪💜", "棕": "🟤🟫🤎",
                 "黑": "⚫⬛🖤", "白": "⚪⬜🤍"}
_SAME_COLOUR_SAID = re.compile("|".join(
    rf"(?:\b{name}|{name}色?的?)\s*\|[{marks}\ufe0f]+$" if name.isascii() else rf"{name}色?的?\s*\|[{marks}\ufe0f]+$"
    for name, marks in _COLOUR_MARKS.items()), re.IGNORECASE)
# An emoji said first, then "instead", "too", "please": it is the thing ("🦊 instead").
_NOUN_FIRST = re.compile(r"\s*(?:instead|too|as\s+well|please|pls|plz|吧|也要)(?![A-Za-z])", _I)


_REQUEST_NEXT = re.compile(r"\s*(?:make|turn|change|move|put|add|remove|give|draw|paint|lose|ditch|delete|get\s+rid|"
                           r"swap|scrap|drop|bin|can\s+(?:you|u)|"
                           r"could\s+(?:you|u)|pls|please|plz|now|like)\b", _I)  # "a cone 😂 like post surgery"
# "a pink balloon 🎈 he looks like my bias": after any emoji, a sentence said of someone
_SENTENCE_NEXT = re.compile(r"\s*(?:he|she|they)\s+(?:looks?|is|was|reminds|does|did|always|loves?)\b", _I)


def _thing(emoji: str) -> str:
    """"🎈" -> "balloon", "🐱" (CAT FACE) -> "cat", "🏖" (BEACH WITH UMBRELLA) -> "beach"."""
    code = ord(emoji[0])
    if 0x1F600 <= code <= 0x1F637 or 0x1F641 <= code <= 0x1F647 or 0x1F64B <= code <= 0x1F64F \
            or 0x1F910 <= code <= 0x1F92F or 0x1F970 <= code <= 0x1F97A:
        return ""  # a smiley says how one feels ("pop the blue one 😄"), never a thing; 😺 and 🙈 are animals
    name = unicodedata.name(emoji[0], "").lower()
    name = re.sub(r"\s+(?:face|sign)$", "", re.sub(r"\s+with\s+.*$", "", name))  # SMILING CAT FACE WITH…: cat
    return name.split()[-1] if name.split() else ""


# Weather and times of day shown by an emoji ("a girl with an umbrella 🌧️", "🌧️" alone): the picture's setting,
# never a cloud or a moon drawn as a thing. English words, Chinese words.
_WEATHER = {
    "\U0001F327": ("in the rain", "下雨"), "\u2614": ("in the rain", "下雨"), "\U0001F326": ("in the rain", "下雨"),
    "\u26C8": ("in a storm", "雷雨"), "\U0001F329": ("in a storm", "雷雨"), "\U0001F328": ("snowing", "下雪"),
    "\U0001F32B": ("in the fog", "大雾"), "\U0001F303": ("at night", "晚上"), "\U0001F307": ("at sunset", "黄昏"),
    "\U0001F306": ("at sunset", "黄昏"), "\U0001F305": ("at dawn", "日出"), "\U0001F304": ("at dawn", "日出"),
}


# What the words may say already, in the vocabulary's own words for times and weather: "at sunset pls 🌅" is at
# sunset (🌅 is a sunrise; the words are what is meant). A time of day said covers every time-of-day emoji.
_TIME_OF_DAY = ("night", "sunset", "dawn")


def _said_as(shown: str) -> re.Pattern[str]:
    """The words for what an emoji's words (`shown`, "at sunset") say: any time of day for one, else its own."""
    key = vocab.lookup(vocab.TIMES, shown).key
    keys = _TIME_OF_DAY if key in _TIME_OF_DAY else (key,)
    forms = sorted({f for k in keys for f in (*vocab.TIMES[k].en, *vocab.TIMES[k].zh)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in forms), _I)


_SAID_IN_WORDS = {en: _said_as(en) for en, _ in _WEATHER.values()}


def _weather(text: str) -> str:
    """Each weather emoji as its words, said after the rest unless the words say it already; a message of weather
    emoji only is those words."""
    said = [m for m in _EMOJI.finditer(text) if m.group(0)[0] in _WEATHER]
    if not said:
        return text
    zh = vocab.has_cjk(text)
    in_words = _EMOJI.sub(" ", text)
    words = list(dict.fromkeys(_WEATHER[m.group(0)[0]][1 if zh else 0] for m in said
                               if not _SAID_IN_WORDS[_WEATHER[m.group(0)[0]][0]].search(in_words)))
    rest = text
    for m in reversed(said):
        rest = rest[: m.start()] + " " + rest[m.end():]
    rest = re.sub(r"[ \t]{2,}", " ", rest).strip()
    if not _EMOJI.sub("", rest).strip(" ,，.。!！"):
        return ("，" if zh else ", ").join(words)
    return rest.rstrip(" ,，") + "".join(("，" if zh else ", ") + w for w in words)


# A face typed in ASCII (":)", ":-D", ";P", "xD", "^_^", "<3"), standing apart: read as the face emoji it stands for.
_EMOTICON = re.compile(r"(?<!\S)(?:[:;=][-o^']?[)(\]\[DPpO3/|]+|[xX]D+|\^_?\^|<3)(?!\S)"
                       r"|[ㅠㅜᅲᅮ]{2,}|[ㅋㅎᄏᄒ]{2,}")  # Korean tears and laughter, typed by fans: "不要了 ㅠㅠ"


# "a red 🔴", "one red 🔴": a new thing of that colour (not "the small one purple 💜": one there, and its colour)
_NEW_ONE = re.compile(r"(?:(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!small\s)(?<!\bbig\s)(?<!other\s)(?<!\bleft\s)"
                      r"(?<!right\s)(?<!\btop\s)(?<!ttom\s)\b(?:a|an|one|two|three|some|another|the)\s+"
                      r"|[一两二三几][个只条块颗])$", re.IGNORECASE)


def read_emoji(text: str) -> str:
    """The message with each emoji read as a noun where one goes, else dropped."""
    text = _weather(_EMOTICON.sub(lambda m: "\U0001F641" if m.group(0)[-1] in "(/[|ㅠㅜᅲᅮ" else "\U0001F642", text))
    if not _EMOJI.search(text) or not _EMOJI.sub("", text).strip():
        return text  # only emoji: nothing to read them against, kept as said
    out, last = [], 0
    for m in _EMOJI.finditer(text):
        before = text[last:m.start()]
        out.append(before)
        slot = _NOUN_SLOT.search("".join(out)) or (not "".join(out).strip() and _NOUN_FIRST.match(text, m.end()))
        if slot and _ON_COLOUR.search("".join(out)):
            slot = None  # "a pumpkin in the middle on white 🎃": the background's colour ends the request
        if slot and _VALUE_SET.search("".join(out)):
            slot = None  # "make the hat green 🎄", "make it orange 🍊": the colour is the value set, nothing follows
        thing = _thing(m.group(0)) if slot else ""
        said = _SAME_COLOUR_SAID.search("".join(out) + "|" + m.group(0))
        if said and not _NEW_ONE.search("".join(out)[: said.start()]):
            thing = ""  # "make them both green 🟢": the colour shown; "a red 🔴" is a red circle
        if thing and vocab.has_cjk(text) and vocab.lookup(vocab.NOUNS, thing):  # "画一只🐱": 猫
            thing = vocab.translate(vocab.NOUNS, thing, "zh")
        # no space beside Chinese: one there reads as a comma (clauses.split_clauses)
        pad = "" if vocab.has_cjk(thing or "") or (not thing and vocab.has_cjk("".join(out)[-1:])) else " "
        if not thing and re.search(r"[A-Za-z][\'\"’”!?.]*\s*$", "".join(out)) and (
                _SENTENCE_NEXT.match(text, m.end()) or (
                "\U0001F600" <= m.group(0)[0] <= "\U0001F64F" and _REQUEST_NEXT.match(text, m.end()))):
            pad = ". "  # "sry kid grabbed my phone 🙈 make it brown": a face ends the talk, the request follows
        elif not thing and re.search(r"[A-Za-z]\s*$", "".join(out)) and re.match(
                r"\s*(?![吧啦呀哦哈啊嘛呢]+\s*[!！~。.]*\s*$)[\u4e00-\u9fff]", text[m.end():]):
            pad = "，"  # "戴着 chef hat 🐶 想做我们店的 logo": between English and Chinese, the emoji ends a clause
        out.append(f"{pad}{thing}{pad}" if thing else pad)
        last = m.end()
    out.append(text[last:])
    return re.sub(r"[ \t]{2,}", " ", "".join(out)).strip()
