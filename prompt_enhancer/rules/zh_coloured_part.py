"""A colour said on a part before 的 and the thing: "红门的房子" (a house with a red door), "蓝眼睛的女孩", "白肚子的
猫". The colour is the part's, not the thing's (the house was drawn red with a detail 门的); said again as the parts
rules read it: "有红色门的房子". Only a word for a part (a door, eyes, a tail, a hat) reads so: "白色小猫的尾巴"
is the white kitten's tail; 穿红裙子的女孩 wears it (said with its verb, read as worn).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.natural_parts import NATURAL_PARTS
from prompt_enhancer.rules.patterns import alternation

_COLOUR = {c: c + "色" for c in "红蓝白黑黄绿紫粉橙灰棕金银"}
_PARTS = alternation([w for w in (*vocab.HAD, *(p for ps in NATURAL_PARTS.values() for p in ps)) if vocab.has_cjk(w)]
                    + ["肚子", "肚皮", "衣服", "裙子", "帽子", "围巾", "鞋子", "外套", "脸", "嘴巴", "头发", "爪子"])
_COLOURED_PART = re.compile(rf"(?<![有着色穿戴拿举抱背披扎围系])"
                            rf"(?P<c>[{''.join(_COLOUR)}])(?:色的?)?(?P<part>{_PARTS})的"
                            r"(?=[\u4e00-\u9fff])")


def coloured_parts(text: str) -> str:
    """The text with "红门的房子" said as "有红色门的房子"; as said otherwise."""
    return _COLOURED_PART.sub(lambda m: f"有{_COLOUR[m.group('c')]}{m.group('part')}的", text)
