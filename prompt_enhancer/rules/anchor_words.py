"""Words of a thing placed at another ("a cat sitting on a sofa", "鱼在水里"): the poses said before the place, and
what a Chinese place word means. Tables only, read by `parts`."""

from __future__ import annotations

# What a thing is in or on that is the surroundings, as "the wall" in English: 鱼在水里, 钟在墙上, 猫在地上.
ZH_SURROUNDINGS = {"水", "墙", "墙壁", "地", "地面", "地板", "窗", "窗户", "窗台", "角落", "墙角", "天花板", "树枝",
                   "树梢", "枝头", "树杈", "枝条", "冰", "冰面", "屋顶", "房顶", "门口", *"腿膝怀肩手背头脚", "膝盖",
                   "背景", "月光", "阳光", "灯光", "星光", "烛光"}  # 月光下: in the moonlight, no thing drawn
EN_POSES = {"sitting": "sitting", "standing": "standing", "lying": "lying", "sleeping": "sleeping", "perched": None,
            "resting": None, "hiding": None, "leaning": None, "floating": "floating", "flying": "flying",
            "walking": "walking", "running": "running", "playing": "playing"}
ZH_POSES = {"站": "standing", "坐": "sitting", "睡": "sleeping", "跑": "running", "飞": "flying", "趴": "lying",
            "躺": "lying", "蹲": "crouching"}
ZH_LOCATIVE = {"下面": "下", "下方": "下", "底下": "下", "上面": "上", "上方": "上", "旁": "旁边", "边上": "旁边",
               "前": "前面", "后": "后面", "里": "里面", "中间": "中间", "中": "中间", "外": "外面", "外边": "外面"}
# 坐在长椅上喂鸽子, 坐在秋千上吃冰淇淋: a doing said after the place, done to a thing drawn too or had
ZH_DONE_TO = set("吃喂追遛牵踢抱骑推拉举")
# "a red circle left of a blue square", "一个圆在正方形的左边", "a sun above a house": two new things side by side
# (one above the other) are each on their side of the picture, so a model that knows only its grid draws both
# where they were said; a thing already drawn ("left of the cat") keeps the relation.
SIDES = {"left of": ("left", "right"), "right of": ("right", "left"), "above": ("top", "bottom"),
         "below": ("bottom", "top"), "左边": ("left", "right"), "右边": ("right", "left"),
         "左侧": ("left", "right"), "右侧": ("right", "left")}
