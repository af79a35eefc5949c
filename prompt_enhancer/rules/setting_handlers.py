"""Clauses about the whole scene rather than one subject: its background, its style, and its setting (a place,
a time of day, weather or season). The subjects stay as they are.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.picture_changes import (add_note, set_background, set_looks, set_settings, set_style,
                                                    unset_look)
from prompt_enhancer.rules.light_words import LIGHT_AT
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import background_value, clean_rest, parse_style
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.remarks import style_talk
from prompt_enhancer.rules.setting_phrase import (LIGHT_LOOK, bare_landscape, describes_a_place, parse_looks,
                                                  parse_setting, parse_times)

_I = re.IGNORECASE


_BACKGROUND_EN = [
    re.compile(r"^(?:change|set|make|turn|switch|paint|colou?r|replace|use|swap)\s+(?:the\s+|a\s+)?"
               r"(?:background|backdrop|bg)(?:\s+colou?r)?\s*(?:to be|to|into|as|with|for|:)?\s+(?P<v>.+)$", _I),
    re.compile(r"^(?:the\s+)?(?:background|backdrop|bg)(?:\s+colou?r)?\s*(?::|=|is|should be|must be|to|as|in|of|"
               r"换成|改成|变成|换为|改为|设为|设成|用|要)?\s*(?P<v>.+)$", _I),  # mixed: "background 换成 gray"
]
_BACKGROUND_ZH_BARE = re.compile(r"^背景(?:颜色|色)?(?:再|更|要|变得|变|调)?(?P<v>.+?)(?:一点儿?|一些|点儿?|些)?"
                                 r"(?:的)?$")

_ON_A_COLOUR = re.compile(r"^(?:(?:put\s+(?:it|them)\s+|maybe\s+|and\s+)?(?:on|against|over)\s+(?:a\s+)?"
                          r"(?P<v>[a-z]+(?:[\s-][a-z]+)?)(?:\s+(?:instead|then|now|please|pls|this\s+time))*"
                          r"|(?:换成|改成|放在|在)(?P<vz>[^\s，,。的]{1,4})(?:的)?(?:底|底色)上?)$", _I)


def _is_known_background(text: str) -> bool:
    value = background_value(text)
    return bool(value) and (vocab.lookup(vocab.COLOURS, value) is not None
                            or vocab.lookup(vocab.NOUNS, value) is not None)


_BACKGROUND_ZH = [
    re.compile(r"^(?:把|将)?\s*(?:背景|background|backdrop|bg)\s*(?:颜色|色)?\s*(?:也|还|再|就)?"
               r"(?:换成|改成|变成|改为|换为|变为|设为|设成|涂成|弄成|调成|用|是|要|换|改|变)"
               r"(?:了)?(?P<v>.+)$", re.IGNORECASE),
    # "背景就放在花园里吧", "背景设在海边": where the picture is
    re.compile(r"^(?:把|将)?\s*(?:背景|background)\s*(?:也|还|再|就)?(?:放在|放到|设在|定在|在)"
               r"(?P<v>[^，,。\s]+?)(?:里面|里|中|上|边)?(?:吧|呗|啊|哦)?$", re.IGNORECASE),
    re.compile(r"^(?:换|改|用|加|来)(?:个|一个|成|上)?(?P<v>.+?)(?:的)?背景$"),
]


# "same background", "keep the bg": the background as it is, said beside a change
_SAME_BACKGROUND = re.compile(r"^(?:(?:and\s+|but\s+)?keep\s+)?(?:the\s+)?(?:same\s+)?(?:background|backdrop|bg)"
                              r"(?:\s+(?:the\s+same|as\s+(?:it\s+is|before)|stays?(?:\s+the\s+same)?|unchanged))?$", _I)


_BLURRED = re.compile(r"^(?:(?:make|turn|have|get)\s+)?(?:the\s+)?background\s+(?:(?:a\s+bit|a\s+little|slightly|more|"
                      r"kinda|very)\s+)*(?:blurry|blurred|blurrier|out\s+of\s+focus|fuzzy|soft)(?:\s+please)?$"
                      r"|^blur\s+(?:out\s+)?the\s+background(?:\s+(?:a\s+bit|more|please))*$", _I)


def background_clause(work: MessageEdit, body: str) -> bool:
    """"make the background blue", "背景换成海滩", "背景黑色"."""
    if _BLURRED.match(body.strip()):  # "make the background blurry": the same place, out of focus
        return look_clause(work, "blurred background")
    if _SAME_BACKGROUND.match(body.strip()) and re.search(r"\b(?:same|keep|stays?|unchanged|as\s+it\s+is)\b",
                                                          body, _I):
        return True  # "…, same background": nothing to change
    if re.match(r"^(?:change|make|set|turn|switch|paint)\s", body, re.IGNORECASE) and "背景" in body:
        body = re.sub(r"\s*背景\s*", " the background ", body).strip()  # "change 背景 to 白色": the background
    m = _BACKGROUND_ZH_BARE.match(body)
    if m and _is_known_background(m.group("v")):  # "背景黑色": no verb, so only a known word counts
        set_background(work, background_value(m.group("v")))
        return True
    m = _ON_A_COLOUR.match(body)
    if m:  # "on yellow instead", "against black": only a colour to stand on is what is behind the things
        value = background_value(m.group("v") or m.group("vz"))
        if value and vocab.lookup(vocab.COLOURS, value) is not None:
            set_background(work, value)
            return True
    for pattern in _BACKGROUND_EN + _BACKGROUND_ZH:
        m = pattern.match(body)
        if m:
            # "the background back to white": the colour it had
            # "blue instead of black", "blue, not black": the colour it had, said after, is no part of it
            said = re.sub(r"\s*,?\s+(?:instead\s+of|rather\s+than|not)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?$", "",
                          m.group("v").strip(), flags=_I)
            value = background_value(re.sub(r"^back\s+(?:to\s+)?", "", said, flags=_I))
            if value is None:
                return False
            if re.fullmatch(r"none|nothing|no background|empty|plain|没有|无|空白", value, _I):
                value = None
            times, rest = parse_times(m.group("v"), bare=True)
            if value is not None and times and not clean_rest(rest):
                set_settings(work, None, times)  # "背景换成晚上", "make the background night": a time, not a backdrop
                return True
            if value is not None and times and re.search(r"\s(?:at|in|during)\s|的", value):
                # "city at night", "夜晚的森林": where, then when; the time is the picture's time, not its backdrop
                place_said = background_value(re.sub(r"\s+(?:at|in|during)$|的$", "", rest.strip()).strip())
                if place_said:
                    set_background(work, place_said)
                    set_settings(work, None, times)
                    return True
            set_background(work, value)
            return True
    return False


_STYLE_EN = [
    re.compile(r"^(?:change|set|switch|make|turn)\s+(?:the\s+)?style\s*(?:to be|to|into|as|:)?\s+(?P<v>.+)$", _I),
    re.compile(r"^(?:the\s+)?style\s*(?::|=|is|should be|must be)\s*(?P<v>.+)$", _I),
    re.compile(r"^(?:use|apply|switch to|go with|try)\s+(?P<v>.+?\s+style)$", _I),
]
_STYLE_ZH = [
    re.compile(r"^(?:把)?(?:风格|画风|style\s*)(?:换成|改成|变成|改为|设为|设成|用|是|要|换|改)(?:了)?\s*(?P<v>.+?)(?:\s*吧)?$",
               _I),
    re.compile(r"^(?:画成|改成|换成|变成|用|弄成|做成|来个|来点|换个|改用)(?P<v>.+?(?:风格|画风|风))$"),
]


# "make it 3d", "render it pixel", "turn the picture photo-realistic": a style word that can also describe a thing
# ("3d glasses", "an oil lamp") is the picture's style when said alone of the whole picture or of "it".
_MAKE_IT_STYLE = re.compile(r"^(?:make|turn|render|do|redo|draw|paint)\s+(?:it|this|everything|the\s+(?:whole\s+)?"
                            r"(?:picture|image|scene|thing|drawing))\s+(?:in\s+|into\s+|as\s+)?(?P<v>[\w-]+(?:\s+[\w-]+)?)"
                            r"(?:\s+(?:style|please|pls|plz|instead))*$", _I)


# "make it more realistic", "more realistic please", "更真实一点", "让画面更写实": more of a style is that style
_MORE_OF_A_STYLE = re.compile(
    r"^(?:(?:make|render|draw|paint)\s+(?:it|this|everything|the\s+(?:whole\s+)?(?:picture|image|scene|drawing))\s+)?"
    r"(?:look\s+)?(?:(?:a\s+(?:bit|little|lot)|even|much|way)\s+)?more\s+(?P<v>[\w-]+)(?:\s+(?:please|pls|plz))?$"
    r"|^(?:让|把)?(?:画面|整体|整个画面|整张图|它)?(?:再|更加|更)(?P<zh>[\u4e00-\u9fff]{2})(?:一点|一些|点)?(?:吧|啊)?$"
    r"|^(?:让|把)?(?:画面|整体|整个画面|整张图|它)?(?P<zh2>[\u4e00-\u9fff]{2})(?:一点|一些)(?:吧|啊)?$", _I)


def style_clause(work: MessageEdit, body: str) -> bool:
    """"change the style to pixel art", "use watercolor style", "画成水彩风格"."""
    term = None
    for said in (_MAKE_IT_STYLE.match(body), _MORE_OF_A_STYLE.match(body.strip())):
        if said and work.scene.subjects and term is None:
            term = vocab.lookup(vocab.STYLES, next(v for v in said.groups() if v))
    if term is not None:
        set_style(work, term.key)
        return True
    for pattern in _STYLE_EN + _STYLE_ZH:
        m = pattern.match(body)
        if m:
            value, rest = parse_style(m.group("v"))
            if value is None or clean_rest(rest):
                value = clean_rest(re.sub(r"(?:\s+style|风格|画风|风)$", "", m.group("v").strip(), flags=_I))
            if not value or (parse_looks(m.group("v"))[0] and not vocab.lookup(vocab.STYLES, value)):
                return False  # 换成黑白风格: a look of the picture, read by look_clause
            if re.fullmatch(r"none|nothing|no style|default|normal|plain|无|没有|默认|普通", value, _I):
                value = None
            set_style(work, value)
            return True
    return False


# Words around a look that say nothing more: "make it black and white", "give it a vintage look", "来个特写".
_LOOK_FRAME = re.compile(
    r"\b(?:of|on)\s+(?:his|her|its|their|the)\s+(?:face|head|eyes?|body|hands?)\b|"  # "a close-up of his face"
    r"\b(?:make|turn|render|give|add|use|apply|go|for|try|want|like|with|in|set|change|switch|to|into|as|look|"
    r"looks|feel|feels|a|an|the|it|its|this|that|picture|image|scene|photo|shot|whole|more|some|bit|little|even|"
    r"much|lets|let's|let|us|do|have|i|i'd|would|please|pls|thanks|now|also|too|overall|really|very|super|"
    r"everything|lighting|mood|vibe|atmosphere|style|again|instead|then|and|from|at|of|seen|taken|viewed|shoot|"
    r"angle|can|could|we|you|get|on|thing|view|see|show|shown|looking|bit|feel|feeling|kind|sort|kinda|sorta|"
    r"somewhat|slightly|entire|frame|framed|framing|him|them|push|pull|lowkey|e+m+|hmm+|um+|"
    # "clean studio lighting", "nice golden hour": how good the look is, no thing of its own
    r"clean|nice|lovely|beautiful|pretty|good|great|crisp|subtle|strong|professional|proper)\b"
    # "要那种老照片泛黄的感觉", "更有电影感 cinematic 一点", "还是 wide shot 吧": the kind, more of it, rather
    # "crank it up to high contrast", "camera from above": turned up to the look, or the camera's
    r"|\b(?:crank|bump|dial|ramp|turn|amp|boost)(?:ed)?\s+(?:it\s+|that\s+|things\s+)?up\b|\b(?:camera|lens|pov|perspective)\b"
    r"|那种|这种|(?<=[更很超])有|还是|嗯+"
    r"|镜头|视角|角度|拍摄|拍|有(?=戏剧|柔和|温暖)|一个|整张图|整幅图|整张|整幅|全图|图片|图|然后"
    r"|把|它|画面|整个|整体|变成|改成|换成|弄成|来个|来点|来|加点|加上|加|要|用|有一点|有点|带一点|带点|一点|一些|更|再|的|吧|了|效果|感觉|"
    r"风格|个|成|变|换|改|弄|一下|稍微|给|请|帮我",
    re.IGNORECASE,
)
# "sepia like grandma's old photos", "像老电影一样": what a look is like says the look again.
_SIMILE = re.compile(r"(?<![\w'])like\s+[\w' ]*$|像[^，,。]*?(?:一样|那样|似的)?$", re.IGNORECASE)
_IN_COLOUR = re.compile(r"^(?:(?:hmm+|ok(?:ay)?|so|now|actually)[\s,]+)*(?:(?:make|turn|put|go|switch|change)\s+"
                        r"(?:it|everything|the\s+picture)?\s*)?(?:back\s+)?(?:to\s+|in(?:to)?\s+)?"
                        r"(?:the\s+)?(?:full|normal|natural|regular|original)?\s*colou?r(?:ed|ful|s)?(?:\s+(?:again|please|pls))*$"
                        r"|^(?:变回|变成|改成|换成|改回|恢复)?彩色(?:的)?(?:吧|了)?$", re.IGNORECASE)


# "closer", "zoom out a bit": the camera comes nearer or goes back.
_CAMERA_MOVE = re.compile(r"^(?:(?:get|come|go|move|zoom(?:\s+in)?|bring\s+(?:it|the\s+camera))\s+)?(?:(?:a\s+)?(?:bit|"
                          r"little|lot|much|even)\s+)?(?P<in>closer|nearer)(?:\s+(?:in|up|please|pls))?$"
                          r"|^(?:(?:move|go|pull|zoom)\s+)?(?:(?:a\s+)?(?:bit|little|lot|much)\s+)?(?:further|farther)"
                          r"(?:\s+(?:back|away|out))?$|^(?:再)?(?P<in_zh>近一点|近一些|拉近一点|靠近一点)$|^(?:再)?(?:远一点|远一些|拉远一点)$",
                          re.IGNORECASE)


def look_clause(work: MessageEdit, body: str) -> bool:
    """"dramatic lighting", "make it black and white", "close-up shot", "来个特写", "黑白的": the whole picture's
    lighting, camera, colours or mood, never a subject or its colour. "in colour again" takes black and white
    off."""
    if _IN_COLOUR.match(body.strip()):
        colour_looks = [k for k in work.scene.look if vocab.look_kind(k) == "colour"]
        if not colour_looks:
            return False
        for key in colour_looks:
            unset_look(work, key)
        return True
    camera = _CAMERA_MOVE.match(body.strip())
    looks, rest = parse_looks(body)
    light = LIGHT_LOOK.get(body.strip().lower())
    if light and work.last == "look_clause":  # "moody and dark": the light word, after a look, is one too
        looks, rest = [light], ""
    for _ in range(2):  # "老照片泛黄": two looks in a row; "电影感 cinematic": one said in both languages
        more, after = parse_looks(rest) if looks else ([], rest)
        if not more:
            break
        looks, rest = list(dict.fromkeys(looks + more)), after
    if camera and work.scene.subjects:
        looks, rest = ["close-up" if camera.group("in") or camera.group("in_zh") else "wide shot"], ""
    left = clean_rest(_LOOK_FRAME.sub(" ", _SIMILE.sub(" ", rest) if looks else rest))
    framed = _framed_subject(work, rest) if looks and left else None
    if framed is not None:  # "close-up on the lighthouse", "给灯塔一个特写": the camera on a thing drawn
        work.scene.focus, left = framed.id, ""
    if not looks and LIGHT_AT.match(body.strip()) and not work.scene.is_empty():
        add_note(work, body, unread=False)  # "light in the windows": how the things drawn are lit, as said
        return True
    lit = bool(looks and left and LIGHT_AT.match(f"light {rest.strip()}") and not work.scene.is_empty()
               and any(vocab.look_kind(k) == "lighting" for k in looks))
    if lit:  # "warm light in the windows": the lighting, and where it shows kept as said
        add_note(work, body, unread=False)
        left = ""
    if not looks or left:
        return False
    if work.scene.is_empty():
        work.chat_replies.append(reply.say("nothing_yet", work.language))
        return True
    before = list(work.scene.look)
    set_looks(work, looks)
    if work.scene.look == before:
        work.say("already_setting", what=(" " if work.language == "en" else "、").join(
            reply.look_words(k, work.language) for k in looks))
    return True


# "make the sky dark", "the sky should be pink", "天空暗一点", "把天空改成紫色": the sky is the picture's, never a
# subject; how dark or what colour it is is a look of the whole picture.
_SKY = re.compile(r"^(?:(?:make|turn|change|paint|colou?r|set|get)\s+the\s+sky\s+"
                  r"(?:to\s+|into\s+|a\s+bit\s+|a\s+little\s+)?(?:more\s+)?"
                  r"|the\s+sky\s+(?:should|must|needs\s+to|has\s+to)\s+be\s+(?:a\s+bit\s+|more\s+)?|"
                  r"(?:a\s+)?(?=\w+\s+sky$))(?P<v>[\w\s-]+?)(?:\s+sky)?$"
                  r"|^(?:把|将|让)?天(?:空|色)(?:改成|变成|换成|涂成|调成|弄成|要|是|变得|变|再|更)?(?P<v_zh>[^，,]+?)"
                  r"(?:的|一点|一些|点|些)?(?:吧|啊)?$", _I)
_DARK = re.compile(r"^(?:dark|darker|darkened|gloomy|暗|暗淡|黑|黑暗|昏暗|更暗)$", _I)
_BRIGHT = re.compile(r"^(?:bright|brighter|light|lighter|clear|亮|明亮|晴朗|更亮)$", _I)
_STARRY = re.compile(r"^(?:starry|starlit|(?:full\s+of|filled\s+with|with(?:\s+lots\s+of|\s+many)?)\s+stars"
                     r"|满是星星|有星星)$", _I)


def sky_clause(work: MessageEdit, body: str) -> bool:
    """The sky's darkness or colour as a look of the whole picture: "make the sky dark" -> "dark sky"."""
    m = _SKY.match(body.strip())
    if not m or work.scene.is_empty():
        return False
    value = (m.group("v") or m.group("v_zh") or "").strip()
    colour = background_value(value)
    if _DARK.match(value):
        key = "dark sky"
    elif _BRIGHT.match(value):
        key = "bright sky"
    elif _STARRY.match(value):
        key = "starry sky"
    elif colour and vocab.lookup(vocab.COLOURS, colour):
        key = f"{vocab.lookup(vocab.COLOURS, colour).key} sky"
    else:
        times, rest = parse_times(value, bare=True)
        if times and not clean_rest(rest):
            set_settings(work, None, times)  # "a stormy sky", "cloudy sky": the weather, not a scene set in the sky
            return True
        if not re.fullmatch(r"[a-z]{4,}", value, _I) or vocab.lookup(vocab.NOUNS, value):
            return False
        key = f"{value.lower()} sky"  # "make the sky more dramatic": how the sky looks, a look of the picture
    set_looks(work, [key])
    return True


# "the lighting should be softer", "make the mood happier", "氛围欢快一点": how the light or the mood is, said of
# the light or the mood by name, is a look of the whole picture; a value no look has is asked about.
_MOOD_WORDS = r"(?:lighting|light|lights|mood|atmosphere|vibe|vibes|feel|feeling|tone|tones)"
_MOOD_EN = re.compile(rf"^(?:make|set|change|turn|get)\s+(?:the\s+)?(?P<w1>{_MOOD_WORDS})\s+"
                      rf"(?:a\s+bit\s+|a\s+little\s+|more\s+|to\s+|into\s+)?(?P<v1>[a-z]+)$"
                      rf"|^(?:the\s+)?(?P<w2>{_MOOD_WORDS})\s+(?:should|must|needs\s+to|has\s+to)\s+be\s+(?:a\s+bit\s+|"
                      rf"a\s+little\s+|more\s+)?(?P<v2>[a-z]+)$"
                      rf"|^(?:a\s+)?(?P<v3>[a-z]+er)\s+(?P<w3>{_MOOD_WORDS})$", _I)
_MOOD_ZH = re.compile(r"^(?:把|让)?(?P<w4>光线|灯光|光|氛围|气氛|色调|情绪|感觉)(?:要|再|更|变得|变|改成|调成|弄得|弄)?"
                      r"(?P<v4>[^，,]{1,4}?)(?:一点儿?|一些|点儿?|些)?(?:的)?(?:吧)?$")
_MOOD_VALUES = {
    "soft lighting": ("soft", "softer", "gentle", "gentler", "柔和", "柔", "软"),
    "dramatic lighting": ("dramatic", "harsh", "harsher", "intense", "戏剧性", "戏剧化", "强烈"),
    "warm tones": ("warm", "warmer", "暖", "温暖"),
    "cool tones": ("cool", "cooler", "cold", "colder", "冷", "清冷"),
    "cheerful": ("happy", "happier", "cheerful", "cheerier", "joyful", "brighter", "欢快", "开心", "快乐", "明快",
                 "欢乐"),
    "gloomy": ("sad", "sadder", "gloomy", "gloomier", "darker", "bleak", "伤感", "悲伤", "压抑", "阴沉", "暗"),
    "eerie": ("scary", "scarier", "spooky", "spookier", "creepy", "creepier", "恐怖", "阴森", "诡异"),
    "peaceful": ("calm", "calmer", "peaceful", "quiet", "quieter", "平静", "宁静", "安静"),
    "dreamy": ("dreamy", "dreamier", "梦幻"), "mysterious": ("mysterious", "神秘"),
    "romantic": ("romantic", "浪漫"), "epic": ("epic", "史诗"),
}


def mood_clause(work: MessageEdit, body: str) -> bool:
    """The light or the mood named and said how it should be: its look (soft lighting, cheerful...)."""
    m = _MOOD_EN.match(body.strip()) or _MOOD_ZH.match(body.strip())
    if not m or work.scene.is_empty():
        return False
    value = next(v for v in (m.group(f"v{k}") if m.re is _MOOD_EN else None for k in (1, 2, 3)) if v) \
        if m.re is _MOOD_EN else m.group("v4")
    key = next((k for k, words in _MOOD_VALUES.items() if value.lower() in words), None)
    if key is None and style_talk(body):  # 氛围感拉满: how the whole should feel, kept for the model
        add_note(work, body.strip(), unread=False)
        return True
    if key is None:
        return work.ask(reply.say("ask_what", work.language))  # "the lighting should be purple": ask, never guess
    set_looks(work, [key])
    return True


def _framed_subject(work: MessageEdit, said: str):  # noqa: ANN202
    """The one subject a look is framed on ("on the lighthouse", "of the cat", "给灯塔"), else None."""
    framed = re.match(r"^(?:on|of|at|onto|towards?|for)\s+|^(?:给|对着|对|朝)", said.strip(), _I)
    if framed is None:  # "make the cat black and white": the cat's colours, read by the attribute rules
        return None
    said = clean_rest(re.sub(r"(?:来|加)?(?:一个|一张|个|张)?\s*$", "", said.strip()[framed.end():]))
    found = resolve(work, said) if said else None
    return found[0] if found and len(found) == 1 else None


_SCENE_WORDS = (r"(?:everything|things|the\s+(?:whole\s+)?(?:scene|picture|image|setting|place|location|weather|season|"
                r"sky|time(?:\s+of\s+(?:the\s+)?day)?))")
_SETTING_EN = re.compile(
    rf"^(?:(?:make|turn|change|switch|set|get)\s+(?:(?:it|them|{_SCENE_WORDS})\s+)?"
    r"(?:to\s+be\s+|to\s+|into\s+|as\s+|in\s+|at\s+|by\s+|beside\s+|near\s+)?"
    r"|(?:it'?s|it\s+is|now\s+it'?s|let\s+it\s+be|it\s+should\s+be|it\s+becomes)\s+)(?P<v>.+)$", _I)
_SETTING_MOVE_EN = re.compile(r"^(?:move|put|place|take|bring|send|set|transport|relocate|teleport|shift)\s+(?P<t>.*?)"
                              r"\s*(?P<v>\b(?:to|into|in|on|onto|at|inside|under|underwater)\b.*)$", _I)
_SETTING_ZH = re.compile(r"^(?:把|将|让)?"
                         r"(?P<t>它们?|他们?|她们?|画面|场景|背景|时间|天气|季节|整个画面|整个场景|一切|所有东西|全部)?"
                         r"(?:都)?(?:放回|搬回|移回|挪回|回到|带回|送回|变成|改成|换成|变为|改为|换为|设为|设成|调成|弄成|切换到|切换成|换到|搬到|移到|挪到|放到|放在|"
                         r"转到|改到|来到|变到|到了|是|在|去|到|变|换|改)(?:了)?(?P<v>.+?)(?:了|吧|啊|呀)?$")
_SETTING_MOVE_ZH = re.compile(r"^(?:把|将)(?P<t>.+?)"
                              r"(?:放到|放在|搬到|移到|挪到|带到|送到|换到|放回|搬回|移回|挪回|带回|送回)(?P<v>.+)$")
# "make it rain outside", "窗外下雪": the weather is out there, and "outside" is no thing of its own
_AGAIN = re.compile(r"\b(?:again|now|instead|please|time|for a change|outdoors|out\s+there|"
                    r"out(?:side)?(?:\s+(?:of\s+)?the\s+windows?)?)\b|(?:又|再|吧|了|啊|呀|时间|天气|季节|窗外|外面)",
                    _I)


def setting_clause(work: MessageEdit, body: str) -> bool:
    """"make it night", "it's night now", "move it to the beach", "变成晚上", "换到海滩上", bare "night": a time,
    weather, season or place for the whole scene; the subjects stay as they are."""
    for pattern, moving in ((_SETTING_MOVE_EN, True), (_SETTING_MOVE_ZH, True), (_SETTING_EN, False),
                            (_SETTING_ZH, False)):
        m = pattern.match(body)
        if not m:
            continue
        value = m.group("v")
        place, times, rest = parse_setting(value)
        looks, rest = parse_looks(rest) if times and not moving else ([], rest)  # "make it foggy and moody"
        if not (place or times) or clean_rest(_AGAIN.sub(" ", rest).strip(" 上里中边面")):  # "street 上": on it
            continue
        if place and not times and re.match(r"^\s*(?:into\s+)?(?:a|an)\s", value, _I) and vocab.lookup(
                vocab.NOUNS, clean_rest(value)) and not moving:
            continue  # "turn it into a mountain": a new name for the thing, read by the attribute rule
        # "put it outside in the garden": outside is where the garden is
        target = re.sub(r"\s+(?:outside|outdoors)$", "", (m.groupdict().get("t") or "").strip(), flags=_I)
        if moving and clean_rest(target) and not re.fullmatch(
                _SCENE_WORDS + r"|us|them|it|everything|all|场景|画面|一切", clean_rest(target), _I):
            if resolve(work, target) is None:
                continue
        if work.scene.is_empty():
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        before = (work.scene.background, work.scene.time)
        set_looks(work, looks)
        set_settings(work, place, times)
        if (work.scene.background, work.scene.time) == before:
            said = ([reply.place_words(place, work.language)] if place else []) + [
                reply.time_words(k, work.language) for k in times]
            work.say("already_setting", what=(" " if work.language == "en" else "、").join(said))
        return True
    if work.scene.subjects:
        said_times, without_times = parse_times(body, bare=True)
        if said_times and not clean_rest(_AGAIN.sub(" ", without_times)):  # "night", "晚上"
            set_settings(work, None, said_times)
            return True
        # "…holding a red umbrella, rainy street", "a fox, snowy forest": a place with its weather or time,
        # said alone after the things (a bare "forest" could be a thing to draw; a rainy street is where they are)
        # A place said bare in a list after this message's things ("masterpiece, a red fox, snow, night",
        # "a boat, sea") is where they are, as in a tag-style prompt.
        looks, said = parse_looks(body) if work.added else ([], body)  # "…, cozy living room": its look too
        place, times, rest = parse_setting(said)
        if place and (times or work.added) and (not clean_rest(rest) or describes_a_place(rest)) and not re.match(
                r"^\s*(?:a|an|one|two|the)\s", body, _I):
            set_settings(work, place, times)
            set_looks(work, looks)
            return True
        landscape = bare_landscape(without_times) if work.added else None
        if landscape:  # "…，夜晚，古镇", "a fox, rocky coast", "…, smoky bar at night": as said
            set_settings(work, landscape, said_times)
            return True
    return False
