"""Chinese things described before their name, then another: "一个穿着粉色裙子的小女孩和一只白色的小狗". The relation
(穿着) read to the end of the phrase made 小女孩和一只白色的小狗 her dress. A thing whose description closes with 的
and its name is complete, so a 和 with a count after it starts the next thing; one still open
("一个女孩拿着一把伞和一个包": what she holds) is not cut.
"""

from __future__ import annotations

import re

_AND_COUNT = re.compile(r"(?:和|与|跟|以及|还有|、)"
                        r"(?=[一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位盏根面本把支顶件台架片盆株栋杯碗瓶])")
# a relation verb said after the thing's name, its object still being listed
_OPEN_RELATION = re.compile(r"(?:着|拿|戴|穿|抱|牵|背|提|举|握|骑)[^的]*$")


def described_pieces(text: str) -> list[str]:
    """The text cut where a thing described before its name (…的小女孩) ends and another is counted."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return [text]
    for m in _AND_COUNT.finditer(text):
        left = text[: m.start()]
        if re.search(r"的[^的，,、\s]+$", left) and re.search(r"(?:着|戴|穿)[^的]*的", left) \
                and not _OPEN_RELATION.search(left):
            return [left, *described_pieces(text[m.end():])]
    return [text]
