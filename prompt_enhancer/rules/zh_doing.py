"""What a thing is doing, said in Chinese after 在 / 正在: "一个女孩在跑步", "男人正在走路", "一个在跑步的女孩".
The doing is the whole verb said (跑步, not 跑 with 步 left in the name): a known one is stored by its key
(running), one played or read (弹吉他, 看书) is left to the parts rules (拿着吉他), any other is kept as said, as an
English "juggling" is.
A place (在沙发上, 在树下) ends with a locative and is no doing; after a place taken out ("女孩在公园里跑步") the
verb is read by doing.py from the same table.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

# 在 + the verb to the end of the phrase or before 的 + the thing; not a place (…上, …里) nor 现在 / 存在 / 自在
_DOING = re.compile(r"(?<![现存自实所好])(?:正在|在)(?P<v>(?!的)[\u4e00-\u9fff]{2,4}?)(?=的[\u4e00-\u9fff]|\s*$)")
_LOCATIVE_END = re.compile(r"(?:上面|上|里面|里|下面|下|中间|中|边|旁边|前面|前|后面|后|外面|外|底下|附近|"
                           r"那儿|这儿|那里|这里)$")
# Two characters for one doing: 奔跑, 飞翔, 散步 ("小狗在海边奔跑"), a pose the vocabulary has; the others are kept
# as said (唱歌, 吃竹子), so the prompt still says what they do. doing.py reads the same words after a place taken out.
_KEPT_AS_SAID = ("休息 做饭 聊天 唱歌 画画 写作业 喝茶 喝咖啡 晒太阳 发呆 下棋 下象棋 下围棋 打游戏 玩游戏 敲代码 "
                 "写代码 打太极 跳绳 练字 写字 打电话 织毛衣 啃竹子 吃竹子 啃骨头 吃草 吃东西 吃饭 喝水 吵架 "
                 "嚎叫").split()
# what is played or read is held (弹吉他: 拿着吉他), read by the parts rules: no pose of its own
_HELD_DOINGS = {"弹琴": None, "弹钢琴": None, "弹吉他": None, "看书": None, "读书": None}
ZH_POSE_WORDS: dict[str, str | None] = {
    "奔跑": "running", "跑步": "running", "飞翔": "flying", "散步": "walking", "走路": "walking", "行走": "walking",
    "睡觉": "sleeping", "玩耍": "playing", "游泳": "swimming", "跳舞": "dancing", "漫步": "walking",
    "打盹": "sleeping", "溜达": "walking", "闲逛": "walking", "漂浮": "floating", "飘浮": "floating", "钓鱼": "fishing",
    "滑冰": "skating", "滑雪": "skiing", "溜冰": "skating", "冲浪": "surfing", "盘旋": "flying", "翱翔": "flying",
    "打架": "fighting", **{word: word for word in _KEPT_AS_SAID}, **_HELD_DOINGS}


def take_doing(text: str) -> tuple[str | None, str]:
    """(the doing, the text without it) for a Chinese doing after 在; (None, text) when there is none."""
    if not vocab.has_cjk(text):
        return None, text
    for m in _DOING.finditer(text):
        verb = m.group("v")
        if _LOCATIVE_END.search(verb) or vocab.lookup(vocab.NOUNS, verb) or vocab.lookup(vocab.COLOURS, verb):
            continue  # "在树下", "在房子": where, not what it does
        known = vocab.lookup(vocab.POSES, verb) or vocab.lookup(vocab.POSES, "在" + verb)
        doing = known.key if known else ZH_POSE_WORDS.get(verb, verb)
        return doing, text[: m.start()] + " " + text[m.end():].removeprefix("的")
    return None, text
