"""What a thing is doing, said in Chinese after 在 / 正在: "一个女孩在跑步", "男人正在走路", "一个在跑步的女孩".
The doing is the whole verb said (跑步, not 跑 with 步 left in the name): a known one is stored by its key
(running), one of ZH_POSE_WORDS without a key is left out, any other is kept as said, as an English "juggling" is.
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
# Two characters for one doing: 奔跑, 飞翔, 散步 ("小狗在海边奔跑"); None: what they do, said of them and kept out
# of their name, with no pose the vocabulary has. doing.py reads the same words after a place taken out.
ZH_POSE_WORDS: dict[str, str | None] = {
    "奔跑": "running", "跑步": "running", "飞翔": "flying", "散步": "walking", "走路": "walking", "行走": "walking",
    "睡觉": "sleeping", "玩耍": "playing", "游泳": "swimming", "跳舞": "dancing", "休息": None, "漫步": "walking",
    "打盹": "sleeping", "溜达": "walking", "闲逛": "walking", "漂浮": "floating", "飘浮": "floating", "钓鱼": "fishing",
    "做饭": None, "聊天": None, "唱歌": None, "看书": None, "读书": None, "画画": None, "写作业": None,
    "喝茶": None, "喝咖啡": None, "晒太阳": None, "发呆": None, "下棋": None, "下象棋": None, "下围棋": None,
    "打游戏": None, "玩游戏": None, "敲代码": None, "写代码": None, "弹琴": None, "弹钢琴": None, "打太极": None,
    "跳绳": None, "练字": None, "写字": None, "打电话": None, "织毛衣": None, "啃竹子": None, "吃竹子": None,
    "啃骨头": None, "吃草": None, "吃东西": None, "吃饭": None, "喝水": None, "弹吉他": None, "滑冰": "skating",
    "滑雪": "skiing", "溜冰": "skating", "冲浪": "surfing", "盘旋": "flying", "翱翔": "flying",
    "打架": "fighting", "吵架": None, "嚎叫": "howling"}


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
