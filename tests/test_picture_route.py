"""The pictures route (issue 23: no server path in the page): the page's files are served by opaque token only.

A token is 128 random bits, names one file the app produced under its sessions folder, serves only the very bytes
that were shown, and nothing else is readable through the route: not an unknown token, not `..`, not a file
outside the folder or behind a symlink, not a file rewritten since. Gradio's password covers the route too.
"""

from __future__ import annotations

import inspect
import os
import re
import time
from pathlib import Path
from urllib.parse import quote

import gradio as gr
import numpy as np
import pytest
from fastapi.testclient import TestClient
from gradio.routes import App
from PIL import Image

from chat.state import ChatState
from server import pictures
from server.pictures import ROUTE, PictureLinks, postprocessed, serving

BASE = "http://testserver"


@pytest.fixture
def root(tmp_path):
    (tmp_path / "sessions" / "a").mkdir(parents=True)
    return tmp_path / "sessions"


def png(path, colour="red"):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (8, 8), colour).save(path)
    return path


@pytest.fixture
def client(root):
    links = PictureLinks(root)
    with gr.Blocks() as demo:
        gr.Markdown("x")
    demo.auth_message = None  # what `launch` sets: the login page's message
    app = App.create_app(demo, app_kwargs={"routes": links.routes()})
    return links, TestClient(app), app


def test_a_shown_picture_is_served_by_an_opaque_link_and_the_same_file_keeps_its_link(client, root):
    links, http, _ = client
    picture = png(root / "a" / "shown" / "drawing-chat-1-42.png")
    url = links.url(picture, BASE)
    assert re.fullmatch(rf"{BASE}{ROUTE}/[A-Za-z0-9_-]{{22}}/drawing-chat-1-42\.png", url), url
    assert str(root) not in url and "/tmp" not in url
    assert links.url(picture, BASE) == url, "an unchanged file keeps its link (the browser may cache it)"
    response = http.get(url)
    assert response.status_code == 200 and response.content == picture.read_bytes()
    assert response.headers["content-type"] == "image/png" and response.headers["x-content-type-options"] == "nosniff"
    export = root / "a" / "drawing-chat-0123abcd.zip"
    export.write_bytes(b"PK\x05\x06" + bytes(18))
    response = http.get(links.url(export, BASE))
    assert response.status_code == 200 and response.headers["content-disposition"].startswith("attachment")


def test_gradio_client_fetches_a_link_as_it_fetches_any_file_and_other_file_requests_stay_gradios(client, root):
    links, http, _ = client
    picture = png(root / "a" / "p.png")
    url = links.url(picture, BASE)
    response = http.get(f"/gradio_api/file={quote(url, safe='/')}")  # what gradio_client asks for
    assert response.status_code == 200 and response.content == picture.read_bytes()
    assert http.get(f"/gradio_api/file={quote(url[:-5] + 'x.png', safe='/')}").status_code == 404
    assert http.get(f"/gradio_api/file={quote(str(picture), safe='/')}").status_code == 403, "Gradio's own answer"


def test_unknown_tokens_dot_dot_and_wrong_names_are_refused(client, root):
    links, http, _ = client
    picture = png(root / "a" / "p.png")
    token = links.token(picture)
    for path in (f"{ROUTE}/{'A' * 22}/p.png", f"{ROUTE}/../p.png", f"{ROUTE}/..%2F..%2Fa%2Fp.png/p.png",
                 f"{ROUTE}/{token}/..", f"{ROUTE}/{token}/other.png", f"{ROUTE}/{token}", f"{ROUTE}/%2e%2e/p.png",
                 f"{ROUTE}/{token}/..%2Fp.png", f"{ROUTE}/{token[:-1]}/p.png", f"{ROUTE}/{token}x/p.png"):
        assert http.get(path).status_code == 404, path
    assert links.open("..", "p.png") is None and links.open(token, "../p.png") is None


def test_only_pictures_and_exports_under_the_sessions_folder_get_a_link(root, tmp_path):
    links = PictureLinks(root)
    outside = png(tmp_path / "elsewhere.png")
    assert links.token(outside) is None, "a file outside the sessions folder"
    link = root / "a" / "link.png"
    os.symlink(outside, link)
    assert links.token(link) is None, "a symlink out of the folder"
    secret = root / "a" / "session.json"
    secret.write_text("{}")
    assert links.token(secret) is None, "not a picture or an export"
    assert links.token(root / "a" / "missing.png") is None and links.token(root / "a") is None
    assert links.token(root / "a" / ".." / ".." / "elsewhere.png") is None
    assert len(links) == 0


def test_a_rewritten_file_gets_a_new_link_and_the_old_one_serves_nothing(client, root):
    links, http, _ = client
    preview = png(root / "a" / "preview.png", "red")
    first = links.url(preview, BASE)
    time.sleep(0.01)
    png(preview, "blue")
    second = links.url(preview, BASE)
    assert second != first
    assert http.get(first).status_code == 404, "a token never serves other bytes than it showed"
    assert http.get(second).content == preview.read_bytes()
    assert len(links) == 1


def test_a_preview_download_under_way_keeps_its_bytes_when_the_next_preview_is_saved(client, root):
    """The next step's preview lands while a download of the last one is still being read: the download must get
    the whole picture it announced (in place, it read the new file's bytes or ended short of its Content-Length,
    and the server logged a traceback for it)."""
    links, http, _ = client
    state = ChatState(root / "a")
    noisy = Image.fromarray(np.random.default_rng(0).integers(0, 256, (64, 64, 3), dtype=np.uint8))
    first = state.save_preview(noisy)
    first_bytes = Path(first).read_bytes()
    token, name = links.url(first, BASE).rsplit("/", 2)[-2:]
    handle, _ = links.open(token, name)  # what the route holds while it streams
    with handle:
        second = state.save_preview(Image.new("RGB", (8, 8), "blue"))
        shown = handle.read()
    assert second == first and shown == first_bytes
    assert http.get(links.url(second, BASE)).content == Path(second).read_bytes() != first_bytes
    assert [p.name for p in (root / "a").iterdir()] == ["preview.png"], "nothing half-written is left beside it"


def test_tokens_are_random_and_memory_stays_bounded(root, monkeypatch):
    links = PictureLinks(root, max_links=5)
    tokens = {links.token(png(root / "a" / f"{i}.png")) for i in range(12)}
    assert len(tokens) == 12 and len(links) == 5, "the oldest links go past the bound"
    monkeypatch.setattr(pictures, "SWEEP_EVERY_S", 0.0)
    for path in (root / "a").glob("*.png"):
        path.unlink()
    links.token(png(root / "b" / "new.png"))  # a closed session's files are gone: their links are swept
    assert len(links) == 1


def test_the_route_asks_for_the_apps_password(client, root):
    links, http, app = client
    url = links.url(png(root / "a" / "p.png"), BASE)
    app.auth = [("me", "secret")]
    assert http.get(url).status_code == 401
    app.auth = None
    assert http.get(url).status_code == 200


def test_outputs_reach_the_page_as_links_and_everything_else_as_gradio_makes_it(root):
    links = PictureLinks(root)
    picture = png(root / "a" / "shown" / "drawing-chat-1-7.png")
    with gr.Blocks():
        chatbot, image, card, files = gr.Chatbot(), gr.Image(type="filepath"), gr.Markdown(), gr.File()
    messages = [{"role": "user", "content": ["hi"]},
                {"role": "assistant", "content": ["drawn", {"file": {"path": str(picture), "orig_name": picture.name,
                                                                     "mime_type": "image/png"}}]}]
    chat = postprocessed(chatbot, messages, links, BASE)
    shown = chat[1]["content"][1]["file"]
    assert shown["url"] == shown["path"] == links.url(picture, BASE) and shown["orig_name"] == picture.name
    assert postprocessed(image, str(picture), links, BASE)["url"] == links.url(picture, BASE)
    update = postprocessed(files, gr.update(value=str(picture), visible=True), links, BASE)
    assert update["visible"] and update["value"]["url"] == links.url(picture, BASE)
    assert postprocessed(card, "**card**", links, BASE) == "**card**"
    assert str(root) not in repr((chat, update))


def test_a_handler_gets_the_request_first_and_keeps_its_own_parameters(root):
    links = PictureLinks(root)
    with gr.Blocks():
        image = gr.Image()

    def handler(chat_state, choice, evt: gr.SelectData):
        yield str(png(root / "a" / "x.png"))

    served = serving(handler, [image], links)
    assert list(inspect.signature(served).parameters) == ["request", "chat_state", "choice", "evt"]
    assert served.__annotations__["request"] is gr.Request and served.__annotations__["evt"] is gr.SelectData
    assert inspect.isgeneratorfunction(served)
