"""End to end: the real app in its own process, driven through gradio_client like any API user.

A 4-turn conversation in English and one in Chinese: replies, pictures (size, not blank), scenes, undo.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from gradio_client import Client
from PIL import Image

from app_server import running_app

pytestmark = pytest.mark.slow

@pytest.fixture(scope="module")
def client():
    with running_app() as url:
        yield Client(url, verbose=False)


def send(client: Client, text: str, language: str = "English"):
    info = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/send"]["parameters"]
    defaults = {p["parameter_name"]: p.get("parameter_default") for p in info}
    kwargs = {name: value for name, value in defaults.items() if name not in ("message", "choice")}
    chat, picture, card, scene, status, *_ = client.predict(
        {"text": text, "files": []}, language, *kwargs.values(), api_name="/send"
    )
    return chat, picture, scene, status


def assert_picture(path: str) -> np.ndarray:
    pixels = np.asarray(Image.open(path).convert("RGB"))
    assert pixels.shape[0] >= 64 and pixels.shape[1] >= 64
    assert pixels.std() > 1.0, "the picture is blank"
    return pixels


def colours(scene: dict) -> list[str | None]:
    return [s["attributes"].get("colour") for s in scene["subjects"]]


def seeds(chat: list) -> list[int]:
    """The seed printed under each picture, in order."""
    return [int(s) for s in re.findall(r"seed (\d+)", str(chat))]


def test_english_conversation_with_undo(client):
    chat, picture, scene, status = send(client, "draw a big red circle at the top left on a gray background")
    assert_picture(picture)
    assert colours(scene) == ["red"] and scene["background"] == "gray"

    chat, picture, scene, status = send(client, "make it blue")
    assert_picture(picture)
    assert colours(scene) == ["blue"]
    assert len(set(seeds(chat))) == 1, "an edit keeps the scene's seed"

    chat, picture, scene, status = send(client, "add a small yellow square at the bottom right")
    assert_picture(picture)
    assert sorted(colours(scene)) == ["blue", "yellow"]

    chat, picture, card, scene, status, *_ = client.predict("English", api_name="/undo")
    assert colours(scene) == ["blue"], "undo brings back the scene before the last message"
    assert len([m for m in chat if m["role"] == "user"]) == 2


def test_chinese_conversation_with_undo(client):
    client.predict("中文", api_name="/new_chat")
    chat, picture, scene, status = send(client, "画一个灰色背景上左上角的大的红色圆形", "中文")
    assert_picture(picture)
    assert colours(scene) == ["red"]
    chat, picture, scene, status = send(client, "把它变成蓝色", "中文")
    assert colours(scene) == ["blue"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(chat[-1]["content"])), "a Chinese message gets a Chinese reply"
    chat, picture, scene, status = send(client, "在右下角加一个小的黄色正方形", "中文")
    assert_picture(picture)
    assert sorted(colours(scene)) == ["blue", "yellow"]
    chat, picture, scene, status = send(client, "背景换成米色", "中文")
    assert scene["background"] == "beige" and sorted(colours(scene)) == ["blue", "yellow"]
    chat, picture, card, scene, status, *_ = client.predict("中文", api_name="/undo")
    assert scene["background"] == "gray" and sorted(colours(scene)) == ["blue", "yellow"]


def test_a_rejected_message_is_shown_in_the_chat_and_changes_nothing(client):
    client.predict("English", api_name="/new_chat")
    _, _, before, _ = send(client, "draw a small green triangle at the center")
    chat, picture, scene, status = send(client, "   ")
    assert scene == before
    assert "⚠️" in str(chat[-1]["content"]) and "type a message" in status


def test_retry_adds_a_picture_beside_the_first_and_offers_to_continue_from_it(client):
    """Issue 23 through the API: Retry keeps the first picture in the chat, captions its own, and the status line
    gives the time; pictures are named for download, never by a server path."""
    client.predict("English", api_name="/new_chat")
    send(client, "draw a big red circle at the top left on a gray background")
    info = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/retry"]["parameters"]
    values = [p.get("parameter_default") for p in info if p["parameter_name"] != "choice"]
    chat, picture, card, scene, status, *_ = client.predict("English", *values, api_name="/retry")
    assistant = [m for m in chat if m["role"] == "assistant"]
    files = [c["file"] for m in assistant for c in m["content"] if isinstance(c, dict) and "file" in c]
    names = [Path(f).name if isinstance(f, str) else f["orig_name"] for f in files]  # the client downloads them
    assert len(names) == 2 and all(re.fullmatch(r"drawing-chat-\d+-\d+\.png", n) for n in names), names
    assert "Retry" in str(assistant[-1]["content"])
    assert assistant[-1]["options"][0]["label"] == "Continue from picture 1"
    assert re.search(r"\d+\.\d s", status), status
