"""How a thing is at a place of the picture, said before the place in Chinese: 白猫坐在右边 is 白猫在右边坐着, as the
rules read it (坐在 before the place had left 坐 in the name: a "猫坐"); 风筝飞在右上角 flies there, 鸟停在右边 is
perched. 灯笼挂在左上角 is hung there: where it is, no doing of its own. 坐在沙发上, by a thing, is read elsewhere;
放在右边 (put it on the right) is a move's."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.patterns import alternation
from prompt_enhancer.rules.setting_phrase import parse_place

# 加油站在中间, 火车站在左边: a station, no one stands
_POSE_AT_ZH = re.compile(r"(?:(?<=[\u4e00-\u9fff])|(?<=[A-Za-z] ))(?<!加油)(?<!火车)(?<!公交)(?<!地铁)(?<!空间)"
                         r"(?P<v>[站坐躺趴蹲睡停飞飘漂挂])着?在(?P<p>"
                         + alternation([f for t in vocab.POSITIONS.values() for f in t.zh]) + r")(?=$|[\s，,。.!！])")


def _at(m: re.Match[str]) -> str:
    if re.search(r"[把将]", m.string[: m.start()]):
        return m.group(0)  # 把灯笼挂在左上角: a move, the move rules'
    return f"在{m.group('p')}" + ("" if m.group("v") == "挂" else f"{m.group('v')}着")


# 宇航员坐在月球上看地球: sitting there, and what is done there said after the place (as 在月球上坐着看地球 says it;
# before, the place was read out and left a "宇航员坐")
_POSE_THEN_DOING_ZH = re.compile(r"(?<=[\u4e00-\u9fff])(?P<v>[站坐躺趴蹲])在(?P<p>[\u4e00-\u9fff]{1,5}?[上里中边])"
                                 r"(?=[看望吃喝玩弹读听画写])")


def pose_after_place(text: str) -> str:
    """`text` with a doing said before a place of the picture said after it (白猫在右边坐着)."""
    text = _POSE_THEN_DOING_ZH.sub(lambda m: m.group(0) if re.search(r"[把将]", m.string[: m.start()])
                                   or parse_place(f"在{m.group('p')}")[0] is None  # (坐在窗台上看雨: by a thing)
                                   else f"在{m.group('p')}{m.group('v')}着", text)
    return _POSE_AT_ZH.sub(_at, text)
