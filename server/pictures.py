"""The files the page shows, served under opaque links: no server path reaches the page (issue 23).

Gradio serves a file it is handed as `/gradio_api/file=<absolute path of its cached copy>`, so the server's temp
folders would show in every picture's `src` and every download's `href`. Here each file the app produced and
shows (a session's pictures, the upload as shown in the person's message, a step preview, an exported chat)
gets a random 128-bit token the first time it is shown; the page gets `<root>/gradio_api/pictures/<token>/<name>`,
an http URL, which Gradio hands to the browser as it is (such a URL is neither copied into its cache nor
rewritten: `processing_utils.move_files_to_cache`).

The route serves a token's file only while it is the very file that was shown (same inode, size and time: a
token never serves other bytes), only from the app's sessions folder, only PNG pictures and zip exports, and
behind Gradio's own login check when the app has a password. A file rewritten in place (the step preview) gets
a new token and the old one goes; tokens of files that are gone (a closed session's folder is deleted by
`ChatState.close`) are swept, and at most MAX_LINKS are kept, so memory stays bounded.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import re
import secrets
import stat
import threading
import time
import typing
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.data_classes import GradioModel, GradioRootModel
from starlette.requests import Request

API_PREFIX = "/gradio_api"
# Under /gradio_api: with server-side rendering, Gradio's Node front passes only those paths on to Python.
ROUTE = f"{API_PREFIX}/pictures"
TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")  # secrets.token_urlsafe(16): 128 random bits
SAFE_NAME = re.compile(r"[A-Za-z0-9_.-]{1,100}")  # the name in the URL and the download's
MEDIA_TYPES = {".png": "image/png", ".zip": "application/zip"}
MAX_LINKS = 20_000
SWEEP_EVERY_S = 60.0
CHUNK = 1 << 16


@dataclass(frozen=True)
class _Link:
    path: Path
    name: str
    identity: tuple[int, int, int, int]  # device, inode, size, modification time (ns): the file as shown

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.path.suffix.lower()]


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


class PictureLinks:
    """Tokens for the files under `root` (the engine's sessions folder) that the page shows."""

    def __init__(self, root: Path, max_links: int = MAX_LINKS) -> None:
        self.root = Path(root).resolve()
        self.max_links = max_links
        self._links: OrderedDict[str, _Link] = OrderedDict()  # oldest first
        self._by_path: dict[Path, str] = {}
        self._lock = threading.Lock()
        self._swept = time.monotonic()

    def __len__(self) -> int:
        return len(self._links)

    def token(self, path: str | Path) -> str | None:
        """The token showing `path` as it is now; None for anything but a PNG or zip file under `root`."""
        shown = self._register(path)
        return None if shown is None else shown[0]

    def _register(self, path: str | Path) -> tuple[str, str] | None:
        """(token, name) for `path` as it is now, made or kept."""
        try:
            real = Path(path).resolve(strict=True)
            info = os.lstat(real)
        except (OSError, RuntimeError, ValueError):
            return None
        if not real.is_relative_to(self.root) or real == self.root or not stat.S_ISREG(info.st_mode) \
                or real.suffix.lower() not in MEDIA_TYPES:
            return None
        name = Path(path).name if SAFE_NAME.fullmatch(Path(path).name) else f"file{real.suffix.lower()}"
        link = _Link(real, name, _identity(info))
        with self._lock:
            self._sweep()
            known = self._by_path.get(real)
            if known is not None and self._links.get(known) == link:
                self._links.move_to_end(known)
                return known, name
            if known is not None:  # the file was rewritten (or renamed for download): its old token goes
                self._links.pop(known, None)
            token = secrets.token_urlsafe(16)
            self._links[token] = link
            self._by_path[real] = token
            while len(self._links) > self.max_links:
                evicted, oldest = self._links.popitem(last=False)
                if self._by_path.get(oldest.path) == evicted:
                    del self._by_path[oldest.path]
            return token, name

    def url(self, path: str | Path, base: str) -> str | None:
        shown = self._register(path)
        return None if shown is None else f"{base.rstrip('/')}{ROUTE}/{shown[0]}/{shown[1]}"

    def file_data(self, path: str | Path, base: str) -> dict[str, Any] | None:
        """A Gradio FileData for `path`, its URL the link (None where `path` is not one of ours)."""
        url = self.url(path, base)
        if url is None:
            return None
        name = url.rsplit("/", 1)[-1]
        return {"path": url, "url": url, "orig_name": name, "mime_type": MEDIA_TYPES[Path(name).suffix.lower()],
                "meta": {"_type": "gradio.FileData"}}

    def open(self, token: str, name: str) -> tuple[Any, _Link] | None:
        """The open file a token shows, checked to be the very file that was shown; None if there is none."""
        if not isinstance(token, str) or not TOKEN.fullmatch(token):
            return None
        with self._lock:
            link = self._links.get(token)
        if link is None or link.name != name:
            return None
        try:
            handle = open(link.path, "rb", opener=lambda p, flags: os.open(p, flags | os.O_NOFOLLOW))
        except OSError:
            self._drop(token)
            return None
        if _identity(os.fstat(handle.fileno())) != link.identity:
            handle.close()
            self._drop(token)
            return None
        return handle, link

    def _drop(self, token: str) -> None:
        with self._lock:
            link = self._links.pop(token, None)
            if link is not None and self._by_path.get(link.path) == token:
                del self._by_path[link.path]

    def _sweep(self) -> None:
        """Forget the tokens of files that are gone (closed sessions); at most once a minute. Holds the lock."""
        now = time.monotonic()
        if now - self._swept < SWEEP_EVERY_S:
            return
        self._swept = now
        for token, link in list(self._links.items()):
            if not link.path.exists():
                del self._links[token]
                if self._by_path.get(link.path) == token:
                    del self._by_path[link.path]

    # ------------------------------------------------------------------------------------------ the routes
    def routes(self) -> list[Any]:
        """The routes to hand Gradio's app before its own: `launch(app_kwargs={"routes": links.routes()})`.

        The page fetches `ROUTE/<token>/<name>`. `gradio_client` fetches every file of an answer as
        `/gradio_api/file=<its path>`, and for a link the path is the link itself, which Gradio's own route would
        fetch over the network (refused for a private address, and without the person's login): the second route,
        ahead of Gradio's, answers exactly those requests, and any other `file=` request still goes to Gradio's.
        Both ask for the app's password as Gradio's own routes do.
        """
        from fastapi import Depends
        from fastapi.responses import Response, StreamingResponse
        from fastapi.routing import APIRoute

        def picture(token: str, name: str) -> Response:
            found = self.open(token, name)
            if found is None:
                return Response(status_code=404)
            handle, link = found

            def chunks() -> Iterator[bytes]:
                with handle:
                    while chunk := handle.read(CHUNK):
                        yield chunk

            disposition = "attachment" if link.media_type == "application/zip" else "inline"
            return StreamingResponse(chunks(), media_type=link.media_type, headers={
                "Content-Length": str(link.identity[2]),
                "Content-Disposition": f'{disposition}; filename="{link.name}"',
                "Cache-Control": "private, max-age=86400, immutable",  # a token never serves other bytes
                "X-Content-Type-Options": "nosniff",
            })

        def picture_for_client(link: str, token: str, name: str) -> Response:  # noqa: ARG001 (the link's root)
            return picture(token, name)

        guarded = {"methods": ["GET"], "dependencies": [Depends(_logged_in)], "include_in_schema": False}
        return [APIRoute(f"{ROUTE}/{{token}}/{{name}}", picture, **guarded),
                APIRoute(f"{API_PREFIX}/file={{link:path}}{ROUTE}/{{token}}/{{name}}", picture_for_client, **guarded)]


async def _logged_in(request: Request) -> None:
    """Gradio's own password check (its /gradio_api/user and /gradio_api/login_check): 401 unless logged in or the
    app has no password. Fails closed: without those routes nothing is served."""
    endpoints = {getattr(r, "path", ""): getattr(r, "endpoint", None) for r in _routes(request.app)}
    current_user, login_check = endpoints.get(f"{API_PREFIX}/user"), endpoints.get(f"{API_PREFIX}/login_check")
    if current_user is None or login_check is None:
        raise RuntimeError("Gradio's login check was not found: the pictures are not served without it")
    user = current_user(request)
    login_check(await user if inspect.isawaitable(user) else user)


def _routes(app: Any) -> Iterator[Any]:
    """Every route of `app`, those of included routers too (newer FastAPI keeps an included router whole)."""
    for route in app.routes:
        yield route
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _routes(included)


# ---------------------------------------------------------------------------------------------- the page
def root_url(request: gr.Request | None) -> str | None:
    """The app's public root as the browser reaches it, worked out the way Gradio does for its own file URLs
    (`route_utils.get_root_url` on the request that started the event, less its /gradio_api/... route)."""
    from gradio import route_utils

    http = getattr(request, "request", None) if request is not None else None
    if http is None:
        return None
    path = http.url.path
    at = path.find(f"{API_PREFIX}/")
    root_path = getattr(http.scope.get("app"), "root_path", "") or None
    return route_utils.get_root_url(http, path[at:] if at >= 0 else path, root_path)


def _message_links(message: Any, links: PictureLinks, base: str) -> Any:
    if not isinstance(message, dict):
        return message
    content = message.get("content")
    items = content if isinstance(content, list) else [content]
    shown = []
    for item in items:
        file = item.get("file") if isinstance(item, dict) else None
        data = links.file_data(file["path"], base) if isinstance(file, dict) and "path" in file else None
        shown.append(item if data is None else {**item, "file": {**file, **data}})
    return {**message, "content": shown if isinstance(content, list) else shown[0]}


def postprocessed(component: Any, value: Any, links: PictureLinks, base: str | None) -> Any:
    """`value` for `component` as the page receives it: what Gradio's own postprocessing makes of it, except that
    our files are links (a file of an Image or a File, the files in a Chatbot's messages)."""
    if getattr(component, "stateful", False):  # a gr.State: Gradio keeps it on the server as it is
        return value
    if isinstance(value, dict) and value.get("__type__") == "update":
        if "value" not in value:
            return value
        return {**value, "value": postprocessed(component, value["value"], links, base)}
    if base is not None and isinstance(component, (gr.Image, gr.File)) and isinstance(value, (str, Path)):
        data = links.file_data(value, base)
        if data is not None:
            return data
    if base is not None and isinstance(component, gr.Chatbot) and isinstance(value, list):
        value = [_message_links(message, links, base) for message in value]
    result = component.postprocess(value)
    return result.model_dump() if isinstance(result, (GradioModel, GradioRootModel)) else result


def serving(fn: Callable, outputs: Sequence[Any], links: PictureLinks) -> Callable:
    """`fn` as an event handler whose files reach the page as links; wire it with `postprocess=False`.

    Gradio copies a component for a session when an event updates its properties, so a component's own
    postprocessing cannot be changed for good; instead the event's outputs are postprocessed here, as Gradio
    would, with our files as links (an http URL passes Gradio's file handling as it is). Gradio passes the request
    (for the app's public root) first, as to any handler with a `gr.Request` parameter; the API's parameters stay
    `fn`'s."""
    outputs = list(outputs)

    def shown(values: Any, request: gr.Request) -> Any:
        base = root_url(request)
        if len(outputs) == 1:
            return postprocessed(outputs[0], values, links, base)
        return tuple(postprocessed(c, v, links, base) for c, v in zip(outputs, values, strict=True))

    if inspect.isgeneratorfunction(fn):
        def handler(request: gr.Request, *args: Any) -> Iterator[Any]:
            with contextlib.closing(fn(*args)) as updates:  # a closed page closes the render's generator too
                for values in updates:
                    yield shown(values, request)
    else:
        def handler(request: gr.Request, *args: Any) -> Any:
            return shown(fn(*args), request)

    signature = inspect.signature(fn)
    handler.__signature__ = signature.replace(parameters=[  # type: ignore[attr-defined]
        inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=gr.Request),
        *signature.parameters.values()])
    handler.__annotations__ = {"request": gr.Request, **typing.get_type_hints(fn)}
    handler.__name__ = handler.__qualname__ = getattr(fn, "__name__", "handler")
    return handler
