"""Chinese said place first: "树枝上站着一只猫头鹰", "墙上挂着一面镜子", "角落里放一盏台灯", "房间里有一把椅子". Where,
how, then what is there; said the other way round ("一只猫头鹰站在树枝上") the description rules read the thing and
where it is. Only text: a place that is a thing already in the picture ("树上有一个铃铛" of the tree drawn) is left
to the rules that hang things on things.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Scene
from prompt_enhancer.rules.names import name_matches

_ZH_THERE_IS = re.compile(
    r"^(?P<where>(?![旁左右前后中上下里])[^\s，,。在把将给让帮替戴穿加添画换改变移挪放挂插贴摆拿抱骑要再也还想请]{1,6}?)"
    r"(?P<side>上空|上面|上|里面|里|下面|下|中间|中|边上|(?<=[门洞窗])口)"
    r"(?:(?P<verb>[站坐躺趴蹲挂放摆插停飘漂飞长立养])着?|有|放着|摆着)?"
    r"(?P<what>(?:一|两|二|三|四|五|六|几|好几|\d+)\s*[个只条棵朵辆艘匹座张块颗位盏面把本支枝根片串堆群排顶件双副架列头幅尊间栋扇台道].+"
    # 花瓶里插着玫瑰: what is put or stands there needs no count
    r"|(?<=[插挂摆放站坐躺趴停飘长养]着)[^\s，,。的]{1,6})$")

# How a thing there stands or moves: it is its own thing even on a thing drawn ("树枝上站着一只猫头鹰").
_POSES = set("站坐躺趴蹲停飘漂飞立")


_DRAW_FIRST = re.compile(r"^(?P<verb>draw\s+|画(?:一下|一张)?[:：]?\s*)(?P<x>.+)$", re.IGNORECASE)


def there_is(body: str, scene: Scene) -> str:
    """The clause with the thing first ("一只猫头鹰站在树枝上"), or as it was; on an empty picture after a draw verb
    too ("画面：电线上站着三只小鸟" is drawn as 三只小鸟站在电线上)."""
    drawn = _DRAW_FIRST.match(body.strip())
    if drawn and vocab.has_cjk(drawn.group("x")[:1]) and scene.is_empty():  # nothing drawn: the verb adds nothing
        said = _there_is(drawn.group("x"), scene)
        if said != drawn.group("x"):
            return said
    return _there_is(body, scene)


def _there_is(body: str, scene: Scene) -> str:
    m = _ZH_THERE_IS.match(body.strip())
    if not m:
        return body
    where, verb = m.group("where"), m.group("verb") or ""
    on_a_thing = any(name_matches(s.name, where) or (vocab.has_cjk(s.name) and s.name[-1] in where)
                     for s in scene.subjects)
    if on_a_thing and verb not in _POSES and m.group("side") not in ("下", "下面"):
        # "树枝上挂一个铃铛" of the tree drawn: hung on it, a part of it; what is under it stands on its own
        return body
    side = m.group("side") + ("边" if m.group("side") == "口" else "")  # 门口: by the door
    # 客厅里放一个沙发: a sofa in the living room, put there (鱼缸里养着金鱼: kept there); 天上挂一个月亮: in the sky
    verb = "" if verb in ("放", "摆", "养") or (verb and verb in "挂插停" and where in ("天", "天空")) else verb
    doing = re.match(r"^(?P<what>.+?)(?:正在|在)(?P<doing>[\u4e00-\u9fff]{1,3})$", m.group("what"))
    if doing and not verb:  # 城堡上空有几只乌鸦在飞: they fly there
        return f"{doing.group('what')}在{where}{side}{doing.group('doing')}"
    return f"{m.group('what')}{verb}在{where}{side}"
