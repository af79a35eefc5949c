"""Requests said loosely, said as the rules read them (issue 20, from blind splits 27 and 28): "get those clouds
outta there" (remove them), "the bird too, dont need it" (remove it too), "get rid of the bench, just him" (the
bench goes, he stays: "just him" removed him), "a man standing next to his horse" (the horse was dropped),
"push the square up some" (a bit), "来个脸部特写" / "close up 在他脸上" (a close-up, not a thing called 脸部),
"春天的感觉" (spring), "ok now 把它变成红色", "cfg 调成 7.5 就行".
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_THAT = r"(?:the|that|those|these|this)"

_OUT_OF_THERE = re.compile(rf"\bget\s+(?P<x>{_THAT}\s+[a-z][a-z ]*?)\s+(?:outta|out\s+of)\s+"
                           r"(?:there|here|the\s+(?:picture|pic|image|scene))\b", _I)
_NOT_NEEDED = re.compile(rf"^(?P<x>{_THAT}\s+[a-z][a-z ]*?)(?:\s+too|\s+as\s+well)?[\s,]+(?:i\s+)?"
                         r"(?:don'?t|dont|do\s+not)\s+(?:need|want)\s+(?:it|them|that|those)"
                         r"(?:\s+(?:anymore|either|too|now))?\s*[.!]*$", _I)
_JUST_THE_REST = re.compile(r"^(?P<r>(?:get\s+rid\s+of|remove|delete|lose|take\s+(?:away|out))\s+.+?)[,\s]+"
                            r"(?:just|only)\s+(?:him|her|them|it|the\s+[a-z]+)(?:\s+(?:left|alone|then))?\s*[.!]*$", _I)
# next to his horse: a horse beside him (his / her / their before a thing beside one is a thing of the picture)
_BESIDE_HIS = re.compile(r"\b(?P<p>next\s+to|beside|behind|near|in\s+front\s+of)\s+(?:his|her|their|its)\s+"
                         r"(?=[a-z])", _I)
_SOME = re.compile(r"\b(?P<w>up|down|left|right|over)\s+some\b(?=\s*(?:please|pls)?\s*[.!]*$)", _I)
_FACE_CLOSE_UP = re.compile(r"(?:脸部|面部|脸|头部)(?:的)?特写|\bclose[\s-]?up\s*在(?:他|她|它)的?脸上", _I)
_FEEL_OF_TIME = re.compile(r"(?:^|(?<=[\s,，。]))(?P<t>春天|夏天|秋天|冬天|夜晚|黄昏|清晨|雨天|雪天)的(?:感觉|氛围|气息|味道)")
_NOW_BEFORE_ZH = re.compile(r"^(?:(?:ok(?:ay)?|so|alright|and|cool)\s+)?now\s+(?=[\u4e00-\u9fff])", _I)
_NO_NUMBER_ZH = re.compile(r"(?<=[来加])(?=[颗朵棵匹辆艘盏][\u4e00-\u9fff])")  # 再来颗星星: 再来一颗星星
_DONE_AFTER_NUMBER = re.compile(r"(?<=\d)\s*(?:就行了?|就好了?|就可以了?|即可)(?=\s*[。.!！]*\s*$)")


def said_loosely(text: str) -> str:
    text = _OUT_OF_THERE.sub(lambda m: "remove " + m.group("x"), text)
    text = _NOT_NEEDED.sub(lambda m: "remove " + m.group("x") + " too", text.strip())
    text = _JUST_THE_REST.sub(lambda m: m.group("r"), text)
    text = _BESIDE_HIS.sub(lambda m: m.group("p") + " a ", text)
    text = _SOME.sub(lambda m: m.group("w") + " a bit", text)
    text = _FACE_CLOSE_UP.sub(lambda m: "close-up" if m.group(0)[:1].isascii() else "特写", text)
    text = _FEEL_OF_TIME.sub(lambda m: m.group("t"), text)
    text = _NOW_BEFORE_ZH.sub("", text)
    return _NO_NUMBER_ZH.sub("一", _DONE_AFTER_NUMBER.sub("", text))
