"""The judge of the phrasing benchmark: does one turn's Decision and Scene hold the facts a person expects?

A conversation table (`tuning.json`, `held_out.json`) lists turns as [message, expected]; `check` returns the
problems with one turn, [] when it is right. Expected keys, all optional except "action":

- "action": "draw" | "edit" | "chat" | "ask" ("ask": a chat whose reply asks back, the Scene unchanged).
- "subjects": subjects that must be present, each {"name", "colour", "size", "position", "shape",
  "attributes": {kind: value}, "parts": {part name: {"colour": ...}}}; each is matched to its own subject.
- "count": the exact number of subjects (parts do not count). "absent": names that must not be subjects.
- "not_attributes": {subject name: {kind: value}} that must not hold for any subject of that name.
- "background", "time", "style": as said. "picture": phrases the picture as a whole must hold (lighting,
  camera, mood, black and white...), found in the Scene's picture-wide fields (style, look), not on a subject.
- "no_parts": {subject name: [part names]} that subject must not have (an extension tuning.json uses).

Names match as a person would: as typed or by their usual noun ("kitten" is a cat, 圆形 a circle), a head noun
("fisherman" finds "old fisherman"), plurals, Chinese by its final characters. Colours, sizes and positions are
said in English even for Chinese messages and are compared as canonical values. The tables here are the judge's
own, frozen when it was written: it imports nothing from the rules or their vocabulary, so changing the rules
cannot make the judge more lenient.
"""

from __future__ import annotations

import re
from typing import Any

# ---------------------------------------------------------------------------------------- the judge's words

_COLOURS = {
    "red": ("red", "红色", "红"), "orange": ("orange", "橙色", "橘色", "橙"), "yellow": ("yellow", "黄色", "黄"),
    "green": ("green", "绿色", "绿"), "blue": ("blue", "蓝色", "蓝"), "purple": ("purple", "violet", "紫色", "紫"),
    "pink": ("pink", "粉色", "粉红色", "粉红", "粉"), "brown": ("brown", "棕色", "褐色", "咖啡色", "棕"),
    "white": ("white", "白色", "白"), "black": ("black", "黑色", "黑"), "gray": ("gray", "grey", "灰色", "灰"),
    "sky blue": ("sky blue", "sky-blue", "天蓝色"), "beige": ("beige", "米色"), "gold": ("gold", "golden", "金色"),
    "silver": ("silver", "银色"), "cyan": ("cyan", "turquoise", "青色"),
}
_SHADES = {"light": ("light", "pale", "浅", "淡"), "dark": ("dark", "deep", "深")}
_SIZES = {"big": ("big", "large", "huge", "大", "大的"), "small": ("small", "little", "tiny", "小", "小的")}
_POSITIONS = {
    "top left": ("top left", "upper left"), "top": ("top", "top center", "top middle"),
    "top right": ("top right", "upper right"), "left": ("left", "middle left", "center left"),
    "center": ("center", "centre", "middle"), "right": ("right", "middle right", "center right"),
    "bottom left": ("bottom left", "lower left"), "bottom": ("bottom", "bottom center", "bottom middle"),
    "bottom right": ("bottom right", "lower right"),
}
# A thing's usual noun: each row is one thing in the words people use for it, English and Chinese.
_NOUNS = (
    ("circle", "dot", "disc", "圆形", "圆", "圆圈"), ("square", "box", "正方形", "方形", "方块"),
    ("triangle", "三角形", "三角"), ("cat", "kitten", "猫", "小猫", "猫咪", "貓"), ("dog", "puppy", "狗", "小狗"),
    ("bird", "鸟", "小鸟"), ("tree", "树"), ("house", "房子"), ("car", "汽车", "车"), ("boat", "ship", "船"),
    ("sun", "太阳"), ("moon", "月亮"), ("star", "星星"), ("cloud", "云", "云朵"), ("apple", "苹果"),
    ("hat", "帽子"), ("umbrella", "雨伞", "伞"), ("glasses", "眼镜"), ("beard", "胡子"), ("flower", "花"),
    ("girl", "女孩", "女仔"), ("boy", "男孩"), ("man", "男人"), ("woman", "女人"),
    ("old man", "老人", "老爷爷", "老爷子", "老头", "老大爷"),
    ("scarf", "围巾"), ("balloon", "气球"), ("fish", "鱼"), ("ball", "球", "波"), ("rabbit", "bunny", "兔子", "兔仔"),
    ("horse", "pony", "马", "小马"), ("panda", "熊猫", "熊貓"), ("kite", "风筝"),
)
_PLACES = (
    ("beach", "on the beach", "seaside", "海滩", "沙滩", "海边"), ("snow", "in the snow", "雪地"),
    ("forest", "in a forest", "woods", "森林", "树林"), ("desert", "in the desert", "沙漠"),
    ("city", "in the city", "城市"), ("space", "in space", "太空"), ("underwater", "水下", "海底"),
    ("garden", "in a garden", "花园"), ("mountain", "on a mountain", "山上"), ("sea", "at sea", "海上", "大海"),
    ("park", "in a park", "公园"), ("grass", "on the grass", "草地"), ("street", "on the street", "街道"),
    ("bamboo forest", "竹林"), ("living room", "in a living room", "客厅"), ("kitchen", "in the kitchen", "厨房"),
    ("city street", "on a city street", "城市街道"),
)
_TIMES = (
    ("night", "at night", "nighttime", "晚上", "夜晚", "夜里"), ("day", "during the day", "daytime", "白天"),
    ("sunset", "at sunset", "dusk", "evening", "黄昏", "日落", "傍晚"), ("dawn", "at dawn", "sunrise", "黎明", "清晨"),
    ("rain", "in the rain", "rainy", "下雨", "雨天", "雨中"), ("snowfall", "snowing", "下雪"),
    ("fog", "foggy", "mist", "雾", "大雾"), ("winter", "冬天"), ("summer", "夏天"), ("spring", "春天"),
    ("autumn", "fall", "秋天"),
)
_STYLES = (
    ("watercolor", "watercolour", "水彩"), ("oil painting", "油画"), ("pixel art", "像素", "像素画"),
    ("cartoon", "卡通"), ("anime", "动漫"), ("pencil sketch", "sketch", "素描"), ("ink wash", "水墨"),
    ("photorealistic", "realistic", "写实"), ("3d render", "3d", "三维"),
)
# Picture-wide phrases: the same look said in other words or in the other language.
_LOOKS = (
    ("black and white", "black-and-white", "b&w", "monochrome", "greyscale", "grayscale", "黑白"),
    ("close-up", "close up", "closeup", "特写"), ("wide shot", "wide angle", "广角", "远景"),
    ("cinematic", "cinematic lighting", "电影感"), ("dramatic lighting", "dramatic light", "戏剧性光线", "戏剧性的光"),
    ("soft lighting", "soft light", "柔光", "柔和的光线", "柔和光线"), ("backlight", "backlit", "逆光"),
    ("bird's-eye view", "birds eye view", "top-down view", "from above", "俯视", "鸟瞰"),
    ("low angle", "from below", "仰视", "仰拍"), ("moody", "忧郁"), ("dreamy", "梦幻"), ("vintage", "复古"),
    ("portrait", "肖像", "人像"), ("high contrast", "高对比度"), ("sepia", "泛黄", "棕褐色调"),
)

_CJK = re.compile(r"[\u3400-\u9fff]")
_ARTICLES = re.compile(r"^(?:(?:a|an|the|one|some|two|three)\s+)+", re.IGNORECASE)


def _norm(text: Any) -> str:
    text = str(text or "").strip().lower().replace("-", " ").replace("_", " ")
    return _ARTICLES.sub("", " ".join(text.split()))


def _row_of(rows: Any, text: str) -> str | None:
    """The first form of the row (tuple of forms, or dict key -> forms) that holds `text`."""
    text = _norm(text)
    items = rows.items() if isinstance(rows, dict) else ((row[0], row) for row in rows)
    for key, forms in items:
        if text == _norm(key) or any(text == _norm(f) for f in forms):
            return key
    return None


def _colour_parts(value: Any) -> frozenset[str]:
    """A colour value as its set of canonical colours: "dark blue" -> {"dark blue"}, "pink and black" -> two."""
    parts = re.split(r"\s+and\s+|\s*[,、&/]\s*|和|与", _norm(value))
    out = set()
    for part in (p.strip() for p in parts if p.strip()):
        key = _row_of(_COLOURS, part)
        if key is None:
            shade = next((s for s, forms in _SHADES.items() for f in forms
                          if part.startswith(f) and _row_of(_COLOURS, part[len(f):].strip())), None)
            if shade is not None:
                base = next(part[len(f):].strip() for f in _SHADES[shade] if part.startswith(f)
                            and _row_of(_COLOURS, part[len(f):].strip()))
                key = f"{shade} {_row_of(_COLOURS, base)}"
        out.add(key or part)
    return frozenset(out)


def _singular(word: str) -> str:
    if len(word) < 4 or word.endswith("ss"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _words(text: str) -> list[str]:
    return [_singular(w) for w in re.findall(r"[a-z0-9']+", _norm(text))]


def _head(words: list[str]) -> str:
    """The head noun of an English name: the last word before "with", "holding", "on"...
    ("girl with an umbrella" -> "girl")."""
    first = re.split(r"\s+(?:with|holding|wearing|carrying|in|on|at|of|under|near|next|beside|behind)\s+",
                     " ".join(words))[0].split()
    return first[-1] if first else ""


def name_matches(actual: str, said: str) -> bool:
    """Whether a Scene's name (a subject's or a part's) is the thing a person named."""
    a, s = _norm(actual), _norm(said)
    if not a or not s:
        return False
    if a == s:
        return True
    row_a, row_s = _row_of(_NOUNS, a), _row_of(_NOUNS, s)
    if row_a is not None and row_a == row_s:
        return True
    if _CJK.search(a) or _CJK.search(s):  # Chinese puts the head noun last: 老渔夫 is a 渔夫, 樱花树 a 树
        if _CJK.search(a) and _CJK.search(s) and (a.endswith(s) or s.endswith(a)):
            return True
        return any(_norm(f) == a for f in _row_forms(row_s)) or any(_norm(f) == s for f in _row_forms(row_a))
    wa, ws = _words(a), _words(s)
    if not wa or not ws:
        return False
    # the same head noun: "old fisherman" is a "fisherman"; "girl with an umbrella" is a "girl", not an "umbrella";
    # "sleepy puppy" is a "dog" (the heads in one row, as whole names are above)
    head_a, head_s = _head(wa), _head(ws)
    return wa == ws or head_a == head_s or (_row_of(_NOUNS, head_a) or "") == (_row_of(_NOUNS, head_s) or "-")


def _row_forms(key: str | None) -> tuple[str, ...]:
    return next((row for row in _NOUNS if row[0] == key), ()) if key else ()


# ------------------------------------------------------------------------------------------- one subject

def _shape(subject: Any) -> str | None:
    key = _row_of(_NOUNS[:3], subject.name)
    return key or (_row_of(_NOUNS[:3], subject.attributes.get("shape", "")) if subject.attributes.get("shape")
                   else None)


def _parts(subject: Any) -> dict[str, dict[str, str]]:
    return dict(getattr(subject, "parts", None) or {})


def _value_holds(kind: str, actual: str | None, said: Any, *, exact: bool) -> bool:
    """One value: `exact` for "must be" (pink is not "pink and black"), else "holds at all" (black is in it)."""
    if actual is None:
        return False
    if kind == "colour":
        got, want = _colour_parts(actual), _colour_parts(said)
        return got == want if exact else want <= got
    if kind == "size":
        return _row_of(_SIZES, actual) == _row_of(_SIZES, said) and _row_of(_SIZES, said) is not None
    if kind == "position":
        return _row_of(_POSITIONS, actual) == _row_of(_POSITIONS, said) and _row_of(_POSITIONS, said) is not None
    a, s = _norm(actual), _norm(said)
    if not s:
        return False
    if a == s or (len(s) > 1 and s in a) or (len(a) > 2 and a in s):  # "old" in "old, tired"; "wood" / "wooden"
        return True
    return not exact and bool(set(_words(s)) & set(_words(a)))


def _attributes_hold(subject: Any, attributes: dict[str, Any], *, exact: bool) -> bool:
    for kind, value in attributes.items():
        if kind in ("colour", "color"):
            if not _value_holds("colour", subject.attributes.get("colour"), value, exact=exact):
                return False
            continue
        actual = subject.attributes.get(kind)
        if actual is not None and _value_holds(kind, actual, value, exact=exact):
            continue
        # A kind the rules named otherwise: the value said anywhere on the subject (its name, any attribute).
        anywhere = [subject.name, *subject.attributes.values()]
        if not any(_value_holds(kind, text, value, exact=exact) for text in anywhere):
            return False
    return True


def _part_fits(parts: dict[str, dict[str, str]], name: str, spec: dict[str, Any] | None) -> bool:
    for part_name, attributes in parts.items():
        if not name_matches(part_name, name):
            continue
        part = _Thing(part_name, attributes or {})
        if _attributes_hold(part, {k: v for k, v in (spec or {}).items() if k != "size"}, exact=True):
            return True
    return False


class _Thing:
    """A part seen like a subject, so one set of checks reads both."""

    def __init__(self, name: str, attributes: dict[str, str]) -> None:
        self.name, self.attributes = name, dict(attributes)


def _subject_fits(subject: Any, spec: dict[str, Any]) -> bool:
    name = spec.get("name")
    shape = spec.get("shape")
    if name and not name_matches(subject.name, name):
        # "make it a square" said of the circle: the name said may be the old one when the shape is given
        if not (shape and _row_of(_NOUNS[:3], name)):
            return False
    if shape and _shape(subject) != _row_of(_NOUNS[:3], shape):
        return False
    if spec.get("colour") and not _value_holds("colour", subject.attributes.get("colour"), spec["colour"],
                                               exact=True):
        return False
    if spec.get("size") and not _value_holds("size", subject.size, spec["size"], exact=True):
        return False
    if spec.get("position") and not _value_holds("position", subject.position, spec["position"], exact=True):
        return False
    if spec.get("attributes") and not _attributes_hold(subject, spec["attributes"], exact=True):
        return False
    return all(_part_fits(_parts(subject), part, part_spec) for part, part_spec in (spec.get("parts") or {}).items())


def _part_as_subject(scene: Any, spec: dict[str, Any]) -> bool:
    """A thing expected as a subject that the Scene holds as a part of one (a girl's umbrella): still there."""
    if not spec.get("name") or spec.get("parts"):
        return False
    where = {k: spec[k] for k in ("size", "position") if spec.get(k)}
    for subject in scene.subjects:
        if where and not _subject_fits(subject, {k: v for k, v in where.items()}):
            continue
        looks = {k: v for k, v in spec.items() if k in ("colour",)}
        looks.update(spec.get("attributes") or {})
        if _part_fits(_parts(subject), spec["name"], looks):
            return True
    return False


def _assign(scene: Any, specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The specs no subject can hold, each subject holding at most one (two red circles need two)."""
    options = [[i for i, s in enumerate(scene.subjects) if _subject_fits(s, spec)] for spec in specs]
    order = sorted(range(len(specs)), key=lambda k: len(options[k]))
    best: list[int] = []

    def search(k: int, used: set[int], missing: list[int]) -> None:
        nonlocal best
        if best and len(missing) >= len(best):
            return
        if k == len(order):
            best = list(missing) or []
            if not missing:
                raise _Done
            return
        spec_index = order[k]
        for i in options[spec_index]:
            if i not in used:
                search(k + 1, used | {i}, missing)
        search(k + 1, used, missing + [spec_index])

    best = list(range(len(specs))) + [-1]  # worse than any real answer
    try:
        search(0, set(), [])
    except _Done:
        return []
    return [specs[k] for k in best if k >= 0 and not _part_as_subject(scene, specs[k])]


class _Done(Exception):
    pass


# --------------------------------------------------------------------------------------- the whole picture

def _picture_texts(scene: Any) -> list[str]:
    return [t for t in [scene.style, *(getattr(scene, "look", None) or [])] if t]


def _phrase_holds(texts: list[str], phrase: str) -> bool:
    want = _norm(phrase)
    row = _row_of(_LOOKS, want) or _row_of(_STYLES, want)
    for text in texts:
        got = _norm(text)
        if not got or not want:
            continue
        if got == want or want in got or (len(got) > 2 and got in want):
            return True
        if row is not None and row in (_row_of(_LOOKS, got), _row_of(_STYLES, got)):
            return True
        if row is not None and any(_norm(f) in got for f in _row_forms_of(row)):
            return True
        words = [w for w in _words(want) if len(w) > 2]
        if words and all(any(g.startswith(w) or w.startswith(g) for g in _words(got)) for w in words):
            return True
    return False


def _row_forms_of(key: str) -> tuple[str, ...]:
    return next((row for row in (*_LOOKS, *_STYLES) if row[0] == key), ())


def _setting_holds(rows: Any, actual: str | None, said: str) -> bool:
    if actual is None:
        return False
    a, s = _norm(actual), _norm(said)
    if a == s:
        return True
    key_a, key_s = _row_of(rows, a), _row_of(rows, s)
    if key_s is not None and key_a == key_s:
        return True
    return len(s) > 1 and (s in a or (len(a) > 1 and a in s))


def _background_holds(actual: str | None, said: str) -> bool:
    if actual is None:
        return False
    if _row_of(_COLOURS, said) or _row_of(_COLOURS, actual):
        return _colour_parts(actual) == _colour_parts(said)
    return _setting_holds(_PLACES, actual, said)


def _time_holds(actual: str | None, said: str) -> bool:
    have = [p.strip() for p in (actual or "").split(",") if p.strip()]
    wanted = [p.strip() for p in re.split(r",|，|、", said) if p.strip()]
    return all(any(_setting_holds(_TIMES, h, w) for h in have) for w in wanted)


def _drawn(scene: Any) -> dict[str, Any]:
    data = scene.to_dict()
    data.pop("focus", None)
    data.pop("language", None)
    return data


def _describe(scene: Any) -> str:
    out = []
    for s in scene.subjects:
        bits = [s.name or "(shape)"] + [f"{k}={v}" for k, v in sorted(s.attributes.items())]
        bits += [f"size={s.size}"] if s.size else []
        bits += [f"at {s.position}"] if s.position else []
        bits += [f"part {p}{sorted(a.items())}" for p, a in _parts(s).items()]
        out.append(" ".join(bits))
    return "; ".join(out) or "nothing"


# ------------------------------------------------------------------------------------------------ check

def check(before: Any, decision: Any, scene_after: Any, expected: dict[str, Any]) -> list[str]:
    """The problems with one turn (its Decision and the Scene after it) against what was expected; [] is right."""
    problems: list[str] = []
    action = getattr(decision.action, "value", decision.action)
    want = expected["action"]
    if want == "ask":
        if action != "chat":
            problems.append(f"expected a question back, got {action}")
        elif "?" not in decision.reply and "？" not in decision.reply:
            problems.append(f"expected the reply to ask back, got {decision.reply!r}")
    elif action != want:
        problems.append(f"expected {want}, got {action} ({decision.reply!r})")
    if want in ("ask", "chat") and _drawn(scene_after) != _drawn(before):
        problems.append("the Scene changed on a turn that should leave it alone")

    scene = scene_after
    missing = _assign(scene, list(expected.get("subjects") or []))
    for spec in missing:
        problems.append(f"no subject like {spec} (the Scene has: {_describe(scene)})")
    if "count" in expected and len(scene.subjects) != expected["count"]:
        problems.append(f"expected {expected['count']} subjects, got {len(scene.subjects)}: {_describe(scene)}")
    for name in expected.get("absent") or []:
        if any(name_matches(s.name, name) for s in scene.subjects):
            problems.append(f"{name!r} should not be a subject: {_describe(scene)}")
    for name, attributes in (expected.get("not_attributes") or {}).items():
        for subject in (s for s in scene.subjects if name_matches(s.name, name)):
            for kind, value in attributes.items():
                if kind in ("size", "position"):
                    holds = _value_holds(kind, getattr(subject, kind), value, exact=False)
                elif kind == "shape":
                    holds = _shape(subject) == _row_of(_NOUNS[:3], value)
                else:
                    holds = _attributes_hold(subject, {kind: value}, exact=False)
                if holds:
                    problems.append(f"{subject.name!r} should not have {kind} {value!r}: {_describe(scene)}")
    for name, parts in (expected.get("no_parts") or {}).items():
        for subject in (s for s in scene.subjects if name_matches(s.name, name)):
            for part in parts:
                if any(name_matches(p, part) for p in _parts(subject)):
                    problems.append(f"{subject.name!r} should no longer have {part!r}")
    if expected.get("background") and not _background_holds(scene.background, expected["background"]):
        problems.append(f"expected the background {expected['background']!r}, got {scene.background!r}")
    if expected.get("time") and not _time_holds(scene.time, expected["time"]):
        problems.append(f"expected the time {expected['time']!r}, got {scene.time!r}")
    if expected.get("style") and not (_setting_holds(_STYLES, scene.style, expected["style"])
                                      or _phrase_holds(_picture_texts(scene), expected["style"])):
        problems.append(f"expected the style {expected['style']!r}, got {scene.style!r}")
    for phrase in expected.get("picture") or []:
        if not _phrase_holds(_picture_texts(scene), phrase):
            problems.append(f"expected the picture to be {phrase!r}; picture-wide: {_picture_texts(scene)}")
    return problems
