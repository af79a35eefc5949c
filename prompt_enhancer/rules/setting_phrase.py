"""Reading what a phrase says about the whole picture rather than a thing: its looks (lighting, camera, colour
treatment, mood), its place and its times (time of day, weather, season), in English or Chinese. Each reader
returns the keys and the text without them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dialog import vocabulary as vocab
from prompt_enhancer.rules.patterns import WORD_L, WORD_R, alternation, index, squeeze, take

# "柔和一点的光线", "暖一些的色调": how much, said inside a Chinese look, is still that look.
_ZH_DEGREE = ("一点", "一些")
_LOOK_INDEX = index(vocab.LOOKS)
_LOOK_INDEX.update({squeeze(f.replace("的", d + "的", 1)): t.key for t in vocab.LOOKS.values() for f in t.zh
                    if "的" in f for d in _ZH_DEGREE})
_LOOK_FORMS = [f for t in vocab.LOOKS.values() for f in t.forms]
_LOOK_FORMS += [f.replace("的", d + "的", 1) for t in vocab.LOOKS.values() for f in t.zh if "的" in f
                for d in _ZH_DEGREE]
# "black and white" is the picture's only when nothing it could colour follows ("a black and white cat" is a
# cat's colours); 黑白 likewise.
_LOOK_FOLLOWERS = (r"(?:photo|photograph|picture|image|film|movie|style|look|shot|version|filter|effect|please|pls|"
                   r"too|again|now|instead|then|and|with|in|on|at|for|a\s+(?:bit|little|touch)|"
                   # "moody a bit"; "电影感 cinematic": the same look said again in the other language
                   + alternation([f for t in vocab.LOOKS.values() for f in t.en if re.fullmatch(r"[a-z]+", f)]) + ")")
_LOOK_RE = re.compile(
    rf"(?:{WORD_L}(?:in|with|add|use|a|an|some|more|very|really|super|bit\s+more|little\s+more)\s+)*"
    rf"(?:(?P<bw>{WORD_L}black[\s-]+(?:and|&)[\s-]+white|黑白)"
    rf"(?=\s*(?:$|[,.;!?，。；！？、+色]|(?:{_LOOK_FOLLOWERS}){WORD_R}|照片|风格|画面|效果|滤镜|色调|一点|一些"
    # "黑白的吧", "黑白的照片"; not "black and white 的猫", a cat's colours
    r"|的(?=\s*(?:$|[^\u4e00-\u9fff]|[吧呀啊了呢哦嘛啦]|照片|风格|画面|效果|滤镜|色调|感觉|氛围|味道|调调|样子|版本))))"
    rf"|(?P<look>{alternation([f for f in _LOOK_FORMS if squeeze(f) not in ('blackandwhite', '黑白')])}))"
    rf"(?:\s*(?:atmosphere|vibes?|feel(?:ing)?|mood|look|tone|lighting|light|effect|shot|photo|style){WORD_R}"
    rf"|(?:的)?(?:氛围|感觉|色调|滤镜|效果|光线|灯光|光照|光影|打光|画面|风格|镜头|视角|角度|照片|感))?",
    re.IGNORECASE,
)
# A one-word look right before a noun describes that thing ("a vintage car", "梦幻的城堡"), not the picture.
_BEFORE_A_NOUN = re.compile(rf"\s+(?!(?:{_LOOK_FOLLOWERS}|of|and|or|but|so|like){WORD_R})[A-Za-z]"
                            r"|的?(?!的|氛围|感觉|色调|滤镜|效果|光线|画面|风格|镜头|视角|角度|照片|一点|一些|些|点|了|吧|拍|来|加|和|跟|再|然后|"
                            r"还有)[\u4e00-\u9fff]",
                            re.IGNORECASE)


# More or stronger contrast is the high contrast look.
_MORE_CONTRAST = re.compile(r"(?<![\w'-])(?:more|higher|stronger|strong|lots\s+of|extra)\s+contrast(?![\w'-])"
                            r"|(?:对比度)?(?:高|强|大)一?点的?对比度?|对比度(?:高|强|大)一?点", re.IGNORECASE)


def parse_looks(text: str) -> tuple[list[str], str]:
    """Picture-wide looks ("dramatic lighting", "close-up", "black and white", "黑白", "特写") and the text
    without them."""
    keys, rest = _looks_of(text)
    return list(keys), rest


def forget_looks_read() -> None:
    """Start a message afresh: the looks kept are those of one message's texts (a pure function of the words, so
    sessions share nothing but time)."""
    _looks_of.cache_clear()


@lru_cache(maxsize=512)
def _looks_of(text: str) -> tuple[tuple[str, ...], str]:
    """parse_looks, kept for the texts read again in one message (each clause is read by several rules)."""
    text = _MORE_CONTRAST.sub(" high contrast ", text)
    text = _LEANS_WARM.sub(lambda m: " 暖色调 " if m.group("w") == "暖" else " 冷色调 ", text)
    text = _TIMED_LIGHT.sub(_light_then_time, text)
    text = _TWO_BEFORE_ONE.sub(_each_its_own, text)
    matches, spans = [], []
    for m in _LOOK_RE.finditer(text):
        group = "bw" if m.group("bw") else "look"
        one_word = not re.search(r"[\s-]", m.group(group).strip()) or re.fullmatch(  # "an old fashioned frock"
            r"old[\s-]fashioned", m.group(group).strip(), re.IGNORECASE)
        before_noun = one_word and m.end() == m.end(group) and _BEFORE_A_NOUN.match(text, m.end())
        if before_noun and not _PLACE_AFTER_LOOK.match(text, m.end()):
            continue  # "a cozy cabin" is a cabin's look; "in a cozy living room", "eerie forest" the picture's
        matches.append(m)
        spans.append(m.span(group) if before_noun else m.span())  # "in a" stays with the place
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    keys = [_LOOK_INDEX["blackandwhite"] if m.group("bw") else _LOOK_INDEX[squeeze(m.group("look"))]
            for m in matches]
    for m in reversed(list(_LIGHT_WITH_LOOK.finditer(text)) if keys else []):  # "dark and moody": both looks
        keys.append(LIGHT_LOOK[(m.group("a") or m.group("b")).lower()])
        text = text[: m.start()] + "  " + text[m.end():]
    lit = _COLOURED_LIGHT.search(text)
    colour = vocab.lookup(vocab.COLOURS, lit.group("c") or lit.group("cz")) if lit else None
    if colour is not None:  # "purple lighting", "紫色的灯光": the light's colour, a look of the whole picture
        keys.append(colour.key + " lighting")
        text = text[: lit.start()] + " " + text[lit.end():]
    lit = _NAMED_LIGHTING.search(text)
    if lit and not keys:  # "rembrandt lighting", "volumetric lighting": a light the words name, the picture's
        keys.append(f"{lit.group('w').lower()} lighting")
        text = text[: lit.start()] + " " + text[lit.end():]
    tint = _COLOURED_TINT.search(text)
    said = tint and next(c for c in tint.group("c", "cz", "cz2", "cz3") if c)
    colour = vocab.lookup(vocab.COLOURS, said) if tint else None
    if colour is not None:  # "a purple tint", "色调偏紫一点": the colour the whole picture leans to
        keys.append(colour.key + " tint")
        text = text[: tint.start()] + " " + text[tint.end():]
    return tuple(dict.fromkeys(keys)), text


# "soft morning light", "evening light": a light, and the time of day it is
_TIMED_LIGHT = re.compile(r"(?<![\w'-])(?:(?P<a>soft|warm|gentle|golden|pale|bright)\s+)?(?P<t>(?:early\s+)?morning|"
                          r"evening|dawn|sunset)\s+(?:light|sunlight|sun)(?![\w'-])", re.I)


def _light_then_time(m: re.Match[str]) -> str:
    when = m.group("t").lower()
    return (f"{m.group('a')} light, " if m.group("a") else " ") + (
        f"at {when}" if when in ("dawn", "sunset") else f"in the {when}")


# A word of light or tone joined by "and" to a look ("dark and moody", "moody and dark", "warm and cozy"): a look of
# the picture too, not a colour (where the look was read out of the text two spaces mark its place)
LIGHT_LOOK = {"dark": "low light", "bright": "bright lighting", "soft": "soft lighting", "warm": "warm tones",
               "cool": "cool tones", "muted": "muted colours"}
_LIGHT_WITH_LOOK = re.compile(r"(?<![\w'-])(?P<a>dark|bright|soft|warm|cool|muted)\s+and\s{2,}"
                              r"|(?<=\s\s)and\s+(?P<b>dark|bright|soft|warm|cool|muted)(?![\w'-])", re.I)
# "a warm sepia tone": two looks said on one noun, each read as said with it ("warm tone", "sepia tone")
_TWO_BEFORE_ONE = re.compile(r"(?<![\w'-])(?P<a>[a-z]+)\s+(?P<b>[a-z]+)\s+(?P<n>tones?|filter|palette)(?![\w'-])", re.I)


def _each_its_own(m: re.Match[str]) -> str:
    a, b, noun = m.group("a"), m.group("b"), m.group("n")
    both = all(_LOOK_RE.fullmatch(f"{w} {noun}") for w in (a, b))
    return f"{a} {noun}, {b} {noun}" if both else m.group(0)


_COLOURS_EN = alternation([f for t in vocab.COLOURS.values() for f in t.en])
_COLOURS_ZH = alternation([f for t in vocab.COLOURS.values() for f in t.zh])
_COLOURED_LIGHT = re.compile(
    rf"{WORD_L}(?<!\ba )(?<!\ban )(?<!\bone )"  # "a red light on the table" is a lamp
    rf"(?P<c>{_COLOURS_EN})(?:[\s-]+(?:lighting|light|glow){WORD_R}|\s*(?:色)?的?\s*(?:灯光|光线))"
    rf"|(?P<cz>{_COLOURS_ZH})(?:色)?的?(?:灯光|光线)",
    re.IGNORECASE)

# "rembrandt lighting", "volumetric lighting", "rim lighting": a way of lighting the vocabulary need not know, one
# word before "lighting" (not "the lighting", "street lighting" of a lamp post, nor a colour: _COLOURED_LIGHT's)
_NAMED_LIGHTING = re.compile(rf"{WORD_L}(?!(?:the|a|an|some|more|less|better|no|any|and|with|of|street|his|her|its|"
                             rf"their|my|this|that|{_COLOURS_EN}){WORD_R})(?P<w>[a-z]{{3,}})\s+lighting{WORD_R}", re.I)
# "a purple tint", "more blue tones", "色调偏紫", "整体偏蓝一点", "紫色调": the colour the whole picture leans to (not
# "a red tone" of one thing: after "a" the tone is said of the picture only with "tint")
_COLOURED_TINT = re.compile(
    rf"{WORD_L}(?P<c>{_COLOURS_EN})(?:ish)?[\s-]+(?:tint|tints|tones|hues|colou?r\s+grading|filter|cast)"
    rf"{WORD_R}"
    rf"|(?:色调|画面|整体|整个画面|滤镜|颜色整体|整体色调)(?:上)?(?:再|要|稍微|稍稍|有点|更|都)?偏(?:一点)?(?P<cz>{_COLOURS_ZH})"
    r"(?:色调|色|调)?(?:一点|一些|点|些)?"
    rf"|(?:偏)?(?P<cz2>{_COLOURS_ZH})(?:色)?(?:色调|滤镜)"
    rf"|^\s*偏(?P<cz3>{_COLOURS_ZH})(?:色调|色)?(?:一点|一些|点|些)?(?:吧|啊)?\s*$", re.IGNORECASE)
# "画面偏暖一点", "整体偏冷": warm or cool tones
_LEANS_WARM = re.compile(r"(?:色调|画面|整体|整个画面|颜色)?(?:上)?(?:再|要|稍微|稍稍|有点|更|都)?偏(?P<w>暖|冷)"
                         r"(?:色调|色|调)?(?:一点|一些|点|些)?")

# Places and times (scene-wide settings). Inside a description they need their preposition ("a fox in the
# snow", "at night", "雪地里", "在海滩上"), so "draw a mountain" is still a thing; a clause that is only a setting
# ("make it night", "move it to the beach", "变成晚上") reads them bare.
_PLACE_INDEX = index(vocab.PLACES)
_TIME_INDEX = index(vocab.TIMES)
_EN_PLACES = alternation([f for t in vocab.PLACES.values() for f in t.en if f not in vocab.PLACES_WITHOUT_PREPOSITION])
_EN_PLACES_ALONE = alternation(list(vocab.PLACES_WITHOUT_PREPOSITION))
_ZH_PLACES = alternation([f for t in vocab.PLACES.values() for f in t.zh])
# Not "by" or "near": "a house by the sea" is not in the sea. "Over" and "above" are: "a balloon over a city" is
# drawn with the city as its setting.
# Nor after a verb of leaving: "a whale jumping out of the sea", "a bird flying from the forest" are at sea, in it.
_PLACE_PREPOSITION = (r"(?:in|on|at|to|into|onto|inside|across|through|towards?|among|over|above|out\s+of|along|down|"
                      r"(?<=ing\s)from)")
_ZH_LOCATIVE = "里上中下底边"
# "on the left side of the street": the place after a side of it is the setting (the side is the position).
_SIDE_OF = r"(?:(?<=side )|(?<=corner )|(?<=end )|(?<=edge )|(?<=middle ))of\s+"
# How a place looks, said before it: "in an autumn forest", "in a dark forest", "on a sandy beach".
_PLACE_ADJECTIVES = (r"(?:(?:dark|snowy|rainy|windy|stormy|autumn|autumnal|sunny|misty|foggy|quiet|green|deep|"
                     r"enchanted|magical|spooky|"
                     r"busy|beautiful|lush|tropical|sandy|rocky|frozen|winter|summer|spring|empty|peaceful|calm|"
                     r"wild|bright|huge|vast|dense|mysterious|haunted|moonlit|sunlit|crowded|bustling|narrow|"
                     r"cobbled|cobblestone|front|back|rear)\s+){0,2}")  # "in a front yard", "in the back garden"
# "on a park bench", "on a beach towel": a place's word before a thing's name is part of the thing's name.
_NOT_A_COMPOUND = (r"(?!\s+(?:bench|benches|ball|umbrella|towel|chair|house|hut|cabin|lamp|bus|ship|shell|globe|hose|"
                   r"gnome|gate|fence|path|trail|sign|stall|cafe|café|"
                   # "on a kitchen table", "a bedroom window", "on the classroom floor": a thing of the place
                   r"table|counter|countertop|floor|sink|window|windowsill|door|wall|stool|cabinet|shelf|rug|mat|"
                   r"desk|sofa|couch|bed|cart|knife)(?![A-Za-z]))")
_PLACE_RE = {
    bare: re.compile(
        rf"{WORD_L}(?P<alone>{_EN_PLACES_ALONE}){WORD_R}"
        # "next to a lake": beside a place is a position, not in it; "looking at the sea": what one looks at
        rf"|{WORD_L}(?<!next )(?<!looking )(?<!staring )(?<!gazing )"
        rf"(?:{_PLACE_PREPOSITION}\s+{'|' if bare else ''}|{_SIDE_OF})"
        rf"(?:(?:the|a|an|some)\s+)?{_PLACE_ADJECTIVES}"
        rf"(?P<en>{_EN_PLACES})"
        rf"{WORD_R}{_NOT_A_COMPOUND}"
        # "snow everywhere", "a garden around it": a place all around the things is their setting
        rf"|{WORD_L}(?:(?:the|a|an|some)\s+)?(?P<around>{_EN_PLACES})\s+(?:everywhere|all\s+around|all\s+over|"
        rf"around\s+(?:it|him|her|them|the\s+\w+)){WORD_R}"
        # 在公园里下象棋: 公园里 says where already; 下 is what is done there
        # (公园里面, 公园里头: 面 and 头 after a place said with 里 are its locative too)
        rf"|(?P<zh_pre>在|到)?(?P<zh>{_ZH_PLACES})(?:(?<![里上中下边])(?P<zh_suf>里面|里头|里|上面|上|中|下|边)"
        rf"|(?<=[里上下])[面头])?(?:的)?",
        re.IGNORECASE,
    )
    for bare in (False, True)
}
_EN_TIMES_WHOLE = alternation([t.en[0] for t in vocab.TIMES.values()])
_EN_TIMES = alternation([f for t in vocab.TIMES.values() for f in t.en])
_ZH_TIMES = alternation([f for t in vocab.TIMES.values() for f in t.zh])
# "playing in autumn leaves", "a girl in a winter coat": the season names the thing, not the time
_A_THING_AFTER = r"(?!\s+(?:leaves|leaf|coat|jacket|dress|clothes|outfit|scarf|hat|boots|sweater|flowers|festival)\b)"
_TIME_RE = {
    bare: re.compile(
        rf"{WORD_L}(?P<whole>{_EN_TIMES_WHOLE}){WORD_R}{_A_THING_AFTER}"
        rf"|{WORD_L}(?:(?:at|in|during|on|by)\s+){'?' if bare else ''}(?:(?:the|a|an)\s+)?(?P<en>{_EN_TIMES})"
        # "on a snowy night", "on a windy afternoon": the weather and the time of day
        rf"(?:[\s-]+time|\s+(?P<when>night|evening|morning|afternoon|day))?{WORD_R}{_A_THING_AFTER}"
        # "a night scene with a fox": the scene is the setting, the fox the subject
        rf"|{WORD_L}(?:(?:the|a|an)\s+)?(?P<scene>{_EN_TIMES})\s+scene\s+(?:with|of){WORD_R}"
        # (在秋天的树下: the 在 stays with the tree, 在树下)
        rf"|(?:在(?![^，,。]{{1,4}}的[\u4e00-\u9fff]{{1,4}}(?:上|下|里|旁边|边)))?"
        # 在海边看日落: the sunset is when; looking at it is no thing to draw
        rf"(?:(?:看着?|欣赏|望着|观看)(?=日落|日出|夕阳|朝阳))?(?P<zh>{_ZH_TIMES})(?!鹅)"
        rf"(?:的时候|时候|时分|时|的|里|中)?",
        re.IGNORECASE,
    )
    for bare in (False, True)
}


_PLACE_AFTER_LOOK = re.compile(rf"\s+(?:{_EN_PLACES}){WORD_R}{_NOT_A_COMPOUND}", re.IGNORECASE)
_ZH_PLACE_TAIL = re.compile(rf"(?:{_ZH_PLACES}|小路|小径|道路|马路|街头|街道|街边|街角|小巷|广场)"
                            r"(?:里面|里|上面|上|中|边)?")
_GLUED_ZH_PLACE = re.compile(r"(?:在|到)(?P<head>[^\W\d_的]{1,3})$")
_ZH_PLACE_MODIFIERS = "大小深高矮美丽绿黑白蓝青红黄茂密的片座条"


_FULL_OF = re.compile(r"\s+(?:full\s+of|filled\s+with|packed\s+with|crowded\s+with|stacked\s+with)\s+"
                      r"(?:(?:lots\s+of|many|so\s+many)\s+)?(?:(?!(?:and|with|at|in|on|while|during|under|near|by|"
                      r"where|who|that|which)\b)[a-z'-]+(?:\s+|$)){1,3}", re.IGNORECASE)
_PLACE_OF = re.compile(r"\s+of\s+(?:[a-z]+\s+)?[a-z]+s\b", re.IGNORECASE)
_PLACE_AS_WORD = re.compile(r"[\s-]*(?:suit|suits|ship|ships|station|craft|shuttle|helmet|man|men|shell|shells|"
                            r"horse|horses|weed|food|side|view|castle|castles|planet|planets)\b", re.IGNORECASE)


def parse_place(text: str, *, bare: bool = False) -> tuple[str | None, str]:
    """A place key ("in the snow") and the text without it. Without `bare`, a place needs its preposition or a
    Chinese locative ("to the beach", "雪地里", "在森林"), so a bare "forest" stays a thing one can draw."""
    for m in _PLACE_RE[bare].finditer(text):
        if m.group("en") and _PLACE_AS_WORD.match(text, m.end()):
            continue  # "a cat in a space suit", "a sea shell": the place's word names a thing
        if m.group("zh") and not bare and not (m.group("zh_pre") or m.group("zh_suf")
                                               or m.group("zh")[-1] in _ZH_LOCATIVE):
            continue
        glued = m.group("zh") and not m.group("zh_pre") and _GLUED_ZH_PLACE.search(text[: m.start()])
        if glued and set(glued.group("head")) - set(_ZH_PLACE_MODIFIERS):
            continue  # "在冰山上", "在月球上": another place, which only ends with the word of one (山)
        start = m.start() - len(glued.group(0)) if glued else m.start()  # "在大森林里": all of it
        word = m.group("alone") or m.group("en") or m.group("around") or m.group("zh")
        tail = _ZH_PLACE_TAIL.match(text, m.end()) if m.group("zh") and not m.group("zh_suf") else None
        if tail and tail.group(0):  # "在城市(的)街道上", "在森林小路上": one place, said in two words
            return _PLACE_INDEX[squeeze(word)], text[:start] + " " + text[tail.end():]
        # "坐在院子里的藤椅上": in the yard, and on the chair there; the 在 stays with the chair
        # "坐在公园长椅上": in the park, on the bench there
        keep = "在" if m.group("zh_pre") == "在" and (m.group(0).endswith("的") and re.match(  # not 在沙漠里的骆驼
            r"[\u4e00-\u9fff]{1,6}?(?:上面|上|里面|里|下面|下|旁边|边)", text[m.end():])
            or not m.group("zh_suf") and re.match(
            r"[\u4e00-\u9fff]{1,4}(?:上面|上|里面|里|下面|下|旁边)$", text[m.end():])) else " "
        if m.group("en"):  # "on a rainy street": in the rain, on the street; the weather is read after
            words = re.findall(r"[a-z]+", m.group(0).lower())
            keep += "".join(f" on a {w} day " for w in words if w in _TIME_INDEX)
            after = _PLACE_AFTER_PLACE.match(text, m.end())
            if after:  # "on a mountain road", "in a city park": one place, named by its last word
                place = " ".join(f"{word} {after.group('noun')}".lower().split())
                return place, text[:start] + keep + text[after.end():]
            full = _FULL_OF.match(text, m.end())
            if full:  # "in a garden full of flowers": that garden, said with what fills it
                return f"{m.group(0).strip().lower()} {full.group(0).strip().lower()}", \
                    text[:start] + keep + " " + text[full.end():]
            of = _PLACE_OF.match(text, m.end())
            if of:  # "in a field of flowers": that field, said with what fills it
                return f"{m.group(0).strip().lower()} {of.group(0).strip()}", text[:start] + keep + text[of.end():]
        return _PLACE_INDEX[squeeze(word)], text[:start] + keep + text[m.end():]
    m = _MIXED_PLACE_RE.search(text)
    if m:  # "一只 dog 在 beach 上": an English place inside a Chinese locative
        return _PLACE_INDEX[squeeze(m.group("en"))], text[: m.start()] + " " + text[m.end():]
    m = _MIXED_LANDSCAPE_RE.search(text)
    if m:  # "在 harbor 边": a setting the vocabulary has no row for, said in English inside Chinese
        return m.group("place").lower(), text[: m.start()] + " " + text[m.end():]
    for m in _ZH_LANDSCAPE_RE.finditer(text):  # "在昏暗的山洞里", "咖啡馆里": with 在 or a locative
        if not (m.group("pre") or m.group("suf")) or (m.group("of") and not m.group("suf")):
            continue  # "咖啡馆的桌子": the café's table, a thing
        # "在咖啡馆里的桌子上": in the café, and on the table there
        return (m.group("how") or "") + m.group("place"), text[: m.start()] + ("在" if m.group("of") else " ") \
            + text[m.end():]
    m = _LANDSCAPE_RE.search(text) or _BY_THE_WATER_RE.search(text) or _ON_A_WORLD.search(text)
    if m:  # "on a hill", "on a rocky coast", "in a cafe": the setting as said, not a thing standing in the picture
        full = _FULL_OF.match(text, m.end())  # "in a cafe full of plants": the plants are the cafe's
        end = full.end() if full else m.end()
        place = m.group("place") + (" " + full.group(0).strip() if full else "")
        return re.sub(r"\s+", " ", place.lower()), text[: m.start()] + " " + text[end:]
    return None, text


_MIXED_PLACE_RE = re.compile(rf"(?:在|到)\s*(?:the\s+)?(?P<en>{_EN_PLACES}|{_EN_PLACES_ALONE})"
                             r"\s*(?:顶上|顶部|顶|上面|上|里面|里|中|边)?", re.IGNORECASE)
# Settings the vocabulary has no row for: a landscape or a room things are in or on, said with its preposition.
# Kept as said ("rocky coast"), a free background; "a house on a hill" still stands on it.
_LANDSCAPES = ("hill", "hills", "hilltop", "hillside", "cliff", "cliffs", "clifftop", "coast", "coastline",
               "valley", "canyon", "meadow", "cafe", "café", "coffee shop", "greenhouse", "rooftop", "harbor",
               "harbour", "marketplace", "market", "train station", "subway", "alley", "alleyway", "bathroom",
               "office", "data center", "data centre", "studio", "classroom", "attic", "cave", "swamp", "glacier",
               "marsh", "wetland", "wetlands", "bog", "estuary", "mudflats",
               "tundra", "savanna",
               "savannah", "prairie", "dune", "dunes", "battlefield", "stage", "arena", "temple courtyard",
               "courtyard", "pond", "bamboo forest", "bamboo grove", "lobby", "hotel lobby", "highway", "motorway",
               "country road", "hallway", "corridor", "parking lot", "car park", "waiting room", "basement",
               "patio", "road", "dirt road", "bar", "pub", "hall", "museum", "gallery", "church", "hospital",
               "restaurant", "gym", "warehouse", "factory", "workshop", "garage", "barn", "station", "field", "fields",
               "farmland", "orchard", "vineyard", "plain", "plains", "steppe", "nursery", "playroom", "kindergarten",
               "canal", "riverbank", "riverside", "lakeside", "pier", "dock", "marina", "moor", "moorland", "ranch",
               "library", "pitch", "ballroom", "shop", "store", "room", "paddock", "pasture", "trail",
               "waterhole", "watering hole", "bus stop", "tram stop",
               # a place the vocabulary has, of a kind said before it: "a moss garden", "a pine forest"
               "garden", "forest", "park", "jungle", "club", "nightclub", "disco", "slope", "slopes", "ski slope",
               "dungeon", "tavern", "crypt",
               # a room of a kind: "a sleek modern kitchen", "a bright scandi living room", "a minimalist bedroom"
               "kitchen", "bedroom", "living room", "dining room", "home office", "lounge", "loft", "studio flat",
               "studio apartment", "apartment", "flat", "hotel room")
# A room, shop, store or yard of any kind is a place by its last word ("tailor shop", "bookstore", "backyard",
# "teahouse"), not a word list of each; a mushroom, a broom, a bishop, a lanyard or a lighthouse is not.
_PLACE_BY_ITS_END = (r"(?!bishop\b|lanyard\b)[a-z]+(?:shop|store|yard)|[a-z]+(?<!mush)(?<!b)room"
                     r"|[a-z]+(?<!light)(?<!dog)(?<!bird)(?<!doll)(?<!green)(?<!ware)house")
# The same said in Chinese, kept as said: "在山洞里" is where the things are, not a cave standing beside them.
_ZH_LANDSCAPES = ("山洞", "洞穴", "岩洞", "咖啡馆", "咖啡店", "咖啡厅", "山坡", "山谷", "峡谷", "悬崖", "海岸", "温室",
                  "屋顶", "楼顶", "天台", "港口", "码头", "菜市场", "集市", "火车站", "地铁站", "小巷", "巷子", "胡同",
                  "浴室", "卫生间", "办公室", "工作室", "画室", "阁楼", "沼泽", "冰川", "舞台", "戏台", "战场", "竹林",
                  "池塘", "荷塘", "餐厅", "餐馆", "酒吧", "书房", "书店", "超市", "商场", "游乐园", "动物园", "水族馆",
                  "博物馆", "机场", "操场", "球场", "足球场", "篮球场", "体育馆", "健身房", "游泳池", "隧道", "古镇",
                  "小镇", "村庄", "村子", "乡村", "老街", "古城", "月球", "火星", "阳台", "马路", "大马路", "公路")
# Rooms a picture is of, with things in them (画一个书房，有一张书桌…): the known places and these
ZH_ROOMS = ("书房", "阳台", "办公室", "画室", "餐厅", "浴室", "卫生间")
_LANDSCAPE_ADJECTIVES = (r"(?:(?:rocky|grassy|green|snowy|sandy|small|little|quiet|cozy|cosy|busy|old|tall|steep|"
                         r"rainy|windy|misty|foggy|dark|sunny|lonely|distant|huge|big|empty|crowded|tiny|giant|"
                         r"rolling|frozen|icy|ancient|abandoned|french|paris(?:ian)?|japanese)\s+){0,2}"
                         # "hospital hallway", "smoky bar", "museum hall": one more word naming which kind
                         r"(?:(?!(?:a|an|the|of|and|with|in|on|at|to|by|his|her|its|their|my|our|this|that|one|two)\s)"
                         r"[a-z]+\s+){0,2}")
_MIXED_LANDSCAPE_RE = re.compile(rf"(?:在|到)\s*(?:the\s+)?(?P<place>{alternation(list(_LANDSCAPES))})\s*"
                                 r"(?:顶上|顶部|顶|上面|上|里面|里|中|边|旁边)", re.IGNORECASE)
_ZH_LANDSCAPE_RE = re.compile(rf"(?P<pre>在|到)?(?P<how>[\u4e00-\u9fff]{{1,3}}的)?"
                              rf"(?P<place>{alternation(list(_ZH_LANDSCAPES))})(?P<suf>里面|里|上空|上面|上|中|内|边)?(?P<of>的)?")
# the place ends there: "on a bar stool" is on a stool, not in a bar
_PLACE_ENDS = (r"(?!\s+(?!(?:with|and|at|in|on|during|under|near|by|behind|beside|next|while|where|full|filled|covered|"
               r"for|from|to|as|that|which|who|but|or|so|please|pls|lol|haha|of|under|over|surrounded|lit|is|are|"
               r"was)\b)[a-z])")
# "on mars", "on the moon", "on an alien planet": the ground things stand on (a wolf howls *at* the moon)
_ON_A_WORLD = re.compile(r"(?<![A-Za-z])on\s+(?:the\s+)?(?P<place>mars|moon|(?:an?\s+)?(?:alien|distant|faraway|"
                         r"strange|desert|ice|icy|frozen|rocky|barren|jungle|ocean|lava|volcanic|red|tiny)\s+planet)"
                         r"(?![A-Za-z])" + _PLACE_ENDS, re.IGNORECASE)
_LANDSCAPE_RE = re.compile(
    rf"{WORD_L}(?:in|on|at|inside|atop|on\s+top\s+of|(?<!ing\s)(?:up|along|down))\s+(?:(?:a|an|the|some)\s+)?"
    rf"(?P<place>{_LANDSCAPE_ADJECTIVES}(?:{alternation(list(_LANDSCAPES))}|{_PLACE_BY_ITS_END})){WORD_R}"
    + _PLACE_ENDS,
    re.IGNORECASE,
)

# "a cabin by a lake": the water beside the things is where the picture is, kept as said; a thing beside it
# ("next to a lake") stays a position.
_BY_THE_WATER_RE = re.compile(
    rf"{WORD_L}(?P<place>(?:by|beside)\s+(?:a|an|the)\s+(?:lake|river|sea|ocean|pond|stream|canal|lakeside|"
    rf"seaside|riverside)){WORD_R}" + _PLACE_ENDS, re.IGNORECASE)


# Rain and snow said as they fall: 正在下雪, 下着雪, 下起了小雨, 下点小雨 are 下雪 and 下雨.
_ZH_FALLING = re.compile(r"(?:正在|在)?下(?:着|起了?|了)?(?:一点|一些|点)?(?:小|大|毛毛|蒙蒙)?(?P<what>雨|雪)"
                         r"(?:来了|来|了|天(?![空上]))?")  # 下雨天: the rain, not a 天 left over


def parse_times(text: str, *, bare: bool = False) -> tuple[list[str], str]:
    """Time-of-day, weather and season keys ("night", "rain"), in the order said, and the text without them."""
    text = _ZH_FALLING.sub(lambda m: f" 下{m.group('what')} ", text)
    matches, rest = take(_TIME_RE[bare], text, first_only=False)
    keys = []
    for m in matches:
        keys.append(_TIME_INDEX[squeeze(m.group("whole") or m.group("en") or m.group("scene") or m.group("zh"))])
        when = m.groupdict().get("when")
        if when and when not in ("day", "afternoon"):  # a day's weather says nothing more of the time
            keys.append(_TIME_INDEX["dawn" if when == "morning" else "sunset" if when == "evening" else when])
    return list(dict.fromkeys(keys)), rest


_SCENERY = re.compile(r"(?:[a-z]+\s+){0,3}(?:landscape|countryside|scenery)")
_PLACE_AFTER_PLACE = re.compile(rf"\s+(?P<noun>{_EN_PLACES}|{alternation(list(_LANDSCAPES))}|paths?|village|town|"
                                rf"clearing|stream|creek|pass){WORD_R}", re.IGNORECASE)
_BARE_LANDSCAPE_RE = re.compile(rf"{_LANDSCAPE_ADJECTIVES}(?:{'|'.join(_LANDSCAPES)})")


def describes_a_place(words: str) -> bool:
    """Whether `words` are only what may describe a place before its name ("quiet", "empty parking"), or none."""
    return not words.strip() or _DESCRIBING_RE.fullmatch(words.strip().lower() + " ") is not None


_DESCRIBING_RE = re.compile(_LANDSCAPE_ADJECTIVES)


def bare_landscape(text: str) -> str | None:
    """A setting the vocabulary has no row for, said alone ("古镇", "rocky coast"), kept as said; else None."""
    said = text.strip().lower()
    if said in _ZH_LANDSCAPES or _BARE_LANDSCAPE_RE.fullmatch(said) or _SCENERY.fullmatch(said):
        return said  # "flat dutch landscape": a landscape of any kind is where the things are
    return None


def parse_setting(text: str) -> tuple[str | None, list[str], str]:
    """A clause's value read as settings only ("night", "the beach", "晚上", "海滩上"): place, times, leftover."""
    place, rest = parse_place(text, bare=True)
    times, rest = parse_times(rest, bare=True)
    return place, times, rest
