"""How light the whole picture is, said as a complaint or a wish: "it's too dark", "make the picture brighter",
"太暗了", "画面亮一点", "too bright", "暗一点". A look of the picture ("bright lighting" / "low light"), never a
value of a thing: "太暗了" was answered as praise, "亮一点" noted, "make the picture lighter" asked about.
"make it brighter" of a thing (its colour) is left to the rules that change things.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.picture_changes import set_looks

_I = re.IGNORECASE
_PICTURE = r"(?:the\s+(?:picture|image|scene|photo|pic|whole\s+thing|whole\s+picture|lighting|light)|everything)"
_MORE = r"(?:a\s+(?:bit|little|lot|tad)\s+|much\s+|way\s+|slightly\s+)?"
_TOO = r"(?:(?:it'?s|it\s+is|that'?s|its|" + _PICTURE + r"\s+is|" + _PICTURE + r"\s+looks)\s+)?(?:way\s+|a\s+bit\s+|" \
       r"kinda\s+|a\s+little\s+|still\s+|so\s+)?too\s+"


def _wish(up: str, down: str) -> str:
    return (rf"^(?:(?:make|get|turn)\s+{_PICTURE}\s+{_MORE}(?:{up})|{_TOO}(?:{down})|{_MORE}(?:{up})(?:\s+please)?|"
            rf"(?:more|better)\s+(?:light|lighting))$")


_BRIGHTER = re.compile(_wish(r"brighter|lighter|(?<=\s)bright", r"dark|dim|gloomy") + r"|^(?:brighten|light)\s+(?:it|"
                       + _PICTURE + r")\s*(?:up)?(?:\s+(?:a\s+bit|a\s+little))?$", _I)
_DARKER = re.compile(_wish(r"darker|dimmer|(?<=\s)(?:dark|dim)", r"bright|light|washed\s+out")
                     + r"|^(?:dim|darken)\s+(?:it|" + _PICTURE + r")(?:\s+(?:a\s+bit|a\s+little|down))?$", _I)
_WHOLE_ZH = r"(?:画面|整体|整个画面|整张图|图片|图|光线|它)?(?:再|稍微|更|整体)?"
_BRIGHTER_ZH = re.compile(rf"^{_WHOLE_ZH}(?:亮一点儿?|亮一些|亮点|亮些|调亮(?:一点|一些)?|"
                          r"(?:有点|有些|太|还是)暗了?|暗了点)(?:吧|啊|呀|哦)?$")
_DARKER_ZH = re.compile(rf"^{_WHOLE_ZH}(?:暗一点儿?|暗一些|暗点|暗些|调暗(?:一点|一些)?|(?:有点|有些|太|还是)亮了?|"
                        r"亮了点|太刺眼了?)(?:吧|啊|呀|哦)?$")


def brightness_clause(work: MessageEdit, body: str) -> bool:
    """"too dark" / 太暗了: the picture brightly lit; "too bright" / 暗一点: in low light."""
    text = body.strip()
    if work.scene.is_empty():
        return False
    if _BRIGHTER.match(text) or _BRIGHTER_ZH.match(text):
        set_looks(work, ["bright lighting"])
    elif _DARKER.match(text) or _DARKER_ZH.match(text):
        set_looks(work, ["low light"])
    else:
        return False
    return True
