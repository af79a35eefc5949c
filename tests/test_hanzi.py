"""Traditional Chinese (Taiwan, Hong Kong) is read as the Simplified the rules know, and answered in Traditional;
Simplified text is never changed by it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dialog.hanzi import to_simplified, to_traditional, writes_traditional
from dialog.message import session_command
from dialog.shanghainese import said_in_shanghainese
from rules_talk import talk

ROOT = Path(__file__).resolve().parents[1]


def _simplified_texts() -> list[str]:
    """Every Chinese text the app says and every Simplified message of the tuning splits."""
    texts = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            texts.append(node)

    walk(json.loads((ROOT / "assets" / "texts.json").read_text(encoding="utf-8")))
    for path in sorted((ROOT / "benchmarks" / "phrasing").glob("tuning*.json")):
        for conversation in json.loads(path.read_text(encoding="utf-8"))["conversations"]:
            texts.extend(message for message, _ in conversation["turns"])
    # written Cantonese is read on purpose, in either script (好靓 too, as Guangdong and Fujian write it)
    cantonese = set("佢嘅咗啲唔冇喺畀俾嘢攞㗎哋揸嗰咩咁係喎靓")
    # 女仔, 兔仔; 拎住, 同埋, 留低 (Guangzhou writes them Simplified); "blue ball 同一粒 star": 同 as "and"
    cantonese_words = re.compile(r"仔(?!细)|[拎戴揸抱着揹背]住|同埋|留低|搞掂|先啱|搬去"
                                 r"|(?<=[A-Za-z])\s*同(?=\s*[一两三四五六七八九十])")
    return [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t) and not writes_traditional(t, [])
            and not cantonese & set(t) and not cantonese_words.search(t) and not said_in_shanghainese(t)]


def test_simplified_text_is_left_as_it_is() -> None:
    texts = _simplified_texts()
    assert len(texts) > 1000
    assert [t for t in texts if to_simplified(t) != t] == []
    assert to_simplified("什么颜色都行") == "什么颜色都行"  # 么 is Simplified too


def test_our_replies_come_back_the_same_through_traditional() -> None:
    texts = json.loads((ROOT / "assets" / "texts.json").read_text(encoding="utf-8"))
    zh = [v["zh"] for key, v in texts.items() if key.startswith("rules.")]
    assert len(zh) > 20
    assert [t for t in zh if to_simplified(to_traditional(t)) != t] == []


@pytest.mark.parametrize("simplified, traditional", [
    ("画好了：一只黄色猫。", "畫好了：一隻黃色貓。"),
    ("我只会画图和改图。", "我只會畫圖和改圖。"),  # 只 as "only" is 只, as a measure word 隻
    ("她的头发变成了白色，钟在里面。", "她的頭髮變成了白色，鐘在裡面。"),
])
def test_replies_in_traditional(simplified: str, traditional: str) -> None:
    assert to_traditional(simplified) == traditional


def test_which_script_to_answer_in() -> None:
    assert writes_traditional("畫一隻貓", [])
    assert not writes_traditional("画一只猫", [])
    assert writes_traditional("好", ["畫一隻貓"])  # nothing to tell by: the last message that says
    assert not writes_traditional("好", ["畫一隻貓", "画一只猫"])
    assert not writes_traditional("make it red", [])


@pytest.mark.parametrize("messages, name, values", [
    (["畫一隻黃色的貓"], "猫", {"colour": "yellow"}),
    (["幫我畫一個大的紅色圓形在左上角"], "circle", {"colour": "red", "size": "big", "position": "top left"}),
    (["畫一隻黃色的貓", "把牠變成藍色"], "猫", {"colour": "blue"}),
    (["畫隻貓", "佢變成綠色"], "猫", {"colour": "green"}),  # Cantonese 佢: it
])
def test_traditional_messages_are_read(messages: list[str], name: str, values: dict[str, str]) -> None:
    subject = talk(*messages).scene.subjects[0]
    assert subject.name == name
    got = {"colour": subject.attributes.get("colour"), "size": subject.size, "position": subject.position}
    assert {k: got[k] for k in values} == values


def test_a_held_thing_said_in_traditional_is_a_part() -> None:
    d = talk("一個女孩撐著一把傘", "把傘變成紅色")
    assert [s.name for s in d.scene.subjects] == ["女孩"]
    assert d.scene.subjects[0].parts["伞"]["colour"] == "red"
    assert d.reply == "把傘變成了紅色。"


def test_removal_in_traditional() -> None:
    d = talk("畫一棵樹，旁邊有一隻狗", "把狗拿掉")
    assert [s.name for s in d.scene.subjects] == ["树"]


@pytest.mark.parametrize("text, command", [("撤銷", "undo"), ("返回上一步", "undo"), ("重新開始", "new")])
def test_session_words_in_traditional(text: str, command: str) -> None:
    assert session_command(text) == command
