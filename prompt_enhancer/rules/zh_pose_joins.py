"""A Chinese clause that only goes on with how the thing described before it stands, sits or lies, and where
("一个女孩，拿着一把伞，站在狗旁边", "老人 戴着帽子 留着白胡子 坐在公园里"): it joins that thing's clause, not the
clause that says what the thing holds or wears. After a clause that describes a thing, not a change to one
("把猫变白 坐在沙发上" is two requests).
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.features import feature_alone
from prompt_enhancer.rules.parts import ON_BODY_ZH

_POSE_GOES_ON = re.compile(r"^(?:正在|在)?[站坐躺趴蹲跪靠倚](?:在|着(?!的))|^(?:就)?[放摆挂立](?:在)"
                           r"|^停(?:在|着)[^，,]*[上里边]$")  # "…小汽车 停在街道上": parked there
_HOLDS = re.compile(rf"^(?:{ON_BODY_ZH})?"
                    r"(?:叼着|拿着|举着|握着|撑着|打着|提着|抱着|捧着|戴着|穿着|披着|背着|牵着|系着|围着|留着|长着|拄着|"
                    r"端着|扛着|挎着|拎着|弹着)")
_VALUE_ALONE = re.compile(r"(?:[A-Za-z]+\s*){1,2}的|[\u4e00-\u9fff]{1,3}色的|[大小]一点的?")
_DESCRIBING = re.compile(r"^(?!把|将|去掉|删|移|挪|换|改|变)[^，,;；]*[\u4e00-\u9fff]")


def joins_pose(clauses: list[str], clause: str) -> bool:
    """Join `clause` to the thing's clause in `clauses` (in place) if it only says how that thing stands."""
    if not clauses or not _POSE_GOES_ON.match(clause) or not _DESCRIBING.search(clauses[-1]):
        return False
    if len(clauses) > 1 and _VALUE_ALONE.fullmatch(clauses[-1].strip()) and _DESCRIBING.search(clauses[-2]):
        value = clauses.pop()  # "画个 robot arm，orange 的，放在 workbench 上": the arm is put there, and orange
        clauses[-1] += clause
        clauses.append("它要" + value)
        return True
    if len(clauses) > 1 and feature_alone(clauses[-1]) and _DESCRIBING.search(clauses[-2]):
        feature = clauses.pop()  # "戴眼镜的老人，白胡子，坐在长椅上": he sits there, with his beard
        clauses[-1] += clause
        clauses.append(feature)
        return True
    held = 0
    while held < len(clauses) and _HOLDS.match(clauses[-held - 1]):
        held += 1
    if 0 < held < len(clauses) and _DESCRIBING.search(clauses[-held - 1]):
        # "一个小女孩 手里拿着一把伞 站在狗旁边", "老人 戴着帽子 留着白胡子 坐在公园里": the one described stands or
        # sits there; what it holds or wears stays apart, each read as its part
        clauses[-held - 1] += clause
        return True
    if held and len(clauses) > 1 and _DESCRIBING.search(clauses[-2]):
        worn = clauses.pop()  # only what is held or worn before it ("拿着伞，戴着帽子，站在门口"): said as one
        clauses[-1] += worn
    clauses[-1] += clause  # "一个穿旗袍的女人 站在桂花树下": how the thing just described stands, and where
    return True
