"""Ways of asking that say a change without its usual verb, rewritten into the words the change rules read:
"the cat is too big" (make the cat smaller), 树太大了 (把树变小一点), "red looks better for the dragon" (make the dragon
red), "no wait, go back to black" (make it black), "光线改成柔光" (柔光), "give it a scarf to wear", "add some fog"
(make it foggy), "the left one can be blue" (the left one blue). Only words: nothing here reads the Scene."""

from __future__ import annotations

import re

from prompt_enhancer.rules.phrase import parse_phrase

_I = re.IGNORECASE

_TOO_EN = re.compile(r"^(?P<t>.+?)\s+(?:is|are|'s|looks?|seems?)\s+(?:way\s+|much\s+|a\s+bit\s+|a\s+little\s+|kinda\s+|"
                     r"a\s+little\s+bit\s+)?too\s+(?P<w>big|large|huge|small|tiny|little)$", _I)
_TOO_ZH = re.compile(r"^(?P<t>.*?)(?:有点|有些|实在)?太(?P<w>大|小)了?(?:吧|啦|呀)?$")
_BETTER = re.compile(r"^(?P<v>[a-z]+(?:\s+[a-z]+)?)\s+(?:looks?|would\s+look|is|seems?|might\s+look)\s+"
                     r"(?:a\s+lot\s+|much\s+)?better\s+(?:for|on)\s+(?P<t>.+)$", _I)
_BACK_TO = re.compile(r"^(?:go|change\s+it|switch\s+it|turn\s+it|put\s+it|make\s+it)\s+back\s+to\s+(?P<v>.+)$", _I)
_LIGHT_ZH = re.compile(r"^(?:把)?(?:光线|灯光|光照)(?:改成|换成|变成|调成|要)(?P<x>.+)$")
_TO_WEAR = re.compile(r"\s+to\s+(?:wear|put\s+on|hold|carry)$", _I)
_WEATHER_EN = re.compile(r"^add\s+(?:some\s+|a\s+bit\s+of\s+|a\s+little\s+|more\s+)?(?P<w>fog|mist|rain|snow)\b.*$", _I)
_WEATHER_ZH = re.compile(r"^(?:再)?加(?:点|一点|些)?(?P<w>雾|雨|雪)(?:吧)?$")
_CAN_BE = re.compile(r"\s+(?:can|could)\s+be\s+(?=\S)", _I)  # "should be" has rules of its own


_OUTSIDE_WEATHER = re.compile(r"^(?:外面|窗外|外边|外头)(?P<w>(?:正在|在)?下.*?[雨雪].*?)(?:的(?:感觉|氛围|样子))?$")


def rephrase(body: str) -> str:
    text = body.strip()
    m = _OUTSIDE_WEATHER.match(text)
    if m:  # "外面下着雨的感觉": the weather of the picture
        return m.group("w")
    m = _TOO_EN.match(text)
    if m:
        way = "smaller" if m.group("w").lower() in ("big", "large", "huge") else "bigger"
        return f"make {m.group('t')} {way}"
    m = _TOO_ZH.match(text)
    if m and (not m.group("t") or parse_phrase(m.group("t")).rest):
        return f"把{m.group('t') or '它'}变{'小' if m.group('w') == '大' else '大'}一点"
    m = _BETTER.match(text)
    if m and _is_value(m.group("v")):
        return f"make {m.group('t')} {m.group('v')}"
    m = _BACK_TO.match(text)
    if m and _is_value(m.group("v")):
        return f"make it {m.group('v')}"
    m = _LIGHT_ZH.match(text)
    if m:
        return m.group("x")
    m = _WEATHER_EN.match(text)
    if m:
        return "make it " + {"fog": "foggy", "mist": "misty", "rain": "rainy", "snow": "snowing"}[m.group("w").lower()]
    m = _WEATHER_ZH.match(text)
    if m:
        return {"雾": "起雾", "雨": "下雨", "雪": "下雪"}[m.group("w")]
    text = _TO_WEAR.sub("", text)
    if re.match(r"^(?:the|that|this)\s", text, _I):
        text = _CAN_BE.sub(" ", text)  # "the left one can be blue"
    return text


def _is_value(said: str) -> bool:
    ph = parse_phrase(said)
    return bool(ph.colour or ph.size or ph.material) and not ph.rest.strip()
