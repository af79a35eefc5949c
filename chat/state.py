"""One browser session's data, and the plain data the chat engine takes and gives.

`ChatState` holds the turn tree, the pictures' files and tensors and the cancel flag of one person; the engine
that acts on it is built once and holds none of this.
"""

from __future__ import annotations

import os
import random
import shutil
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from dialog.session import Session, Turn
from editing.editor import Picture


@dataclass(frozen=True)
class ChatLimits:
    max_message_chars: int = 2000
    max_image_pixels: int = 4096 * 4096
    max_import_bytes: int = 50 * 1024 * 1024
    max_concurrent_imports: int = 2  # over all sessions: each import may unpack up to ImportLimits' caps


@dataclass(frozen=True)
class TurnSettings:
    """What the UI's settings panel says for one action; None means the model's default."""

    width: int | None = None
    height: int | None = None
    steps: int | None = None
    guidance: float | None = None
    seed: int | None = None  # set only when the user locked the seed
    enhance: bool = True
    negative_prompt: str | None = None
    strength: float | None = None  # None: the strategy chooses
    preview_every: int | None = None  # None: about five previews per picture
    verify_tries: int | None = None  # redraws when a picture does not show the Scene; None: the engine's default
    lora_scale: float | None = None  # every loaded LoRA at its --lora scale times this; None: 1, 0: off
    control: str = "off"  # with a ControlNet: follow "off", the "previous" picture's edges, or the "upload"'s
    control_kind: str = "edges"  # the map followed: "edges", or "depth" / "pose" with such a --control-model
    control_scale: float | None = None  # how strongly the control map counts; None: 1


@dataclass(frozen=True)
class ActionResult:
    ok: bool
    message: str


class ChatState:
    """One browser session: its turn tree, its pictures' files and tensors, its cancel flag."""

    def __init__(self, folder: Path, seed: int | None = None) -> None:
        self.session = Session()
        self.folder = folder
        self.rng = random.Random(seed)
        self.pictures: dict[str, Picture] = {}
        self.cancel = threading.Event()
        self._busy = threading.Lock()  # one action at a time per session (a double click, an API client)

    @contextmanager
    def one_action(self) -> Iterator[bool]:
        """Hold the session for one action; yields False (and holds nothing) while another action runs."""
        acquired = self._busy.acquire(blocking=False)
        try:
            yield acquired
        finally:
            if acquired:
                self._busy.release()

    def files(self) -> Path:
        """The session's folder, made on the first file it keeps: a page opened and left without drawing leaves
        no empty folder behind until its time to live runs out."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder

    def save_preview(self, image: Image.Image) -> str:
        """Step previews go to one file per session, never part of the record. Each is written beside it and moved
        into place, never rewritten in place: a download of the last preview already under way keeps its own bytes
        (in place, it would read the next preview's, or end short of the length it announced)."""
        path = self.files() / "preview.png"
        pending = path.with_name(f".preview-{uuid.uuid4().hex}.part")
        image.save(pending, format="PNG")
        os.replace(pending, path)
        return str(path)

    def close(self) -> None:
        """Drop the session's tensors and files (tab closed, idle timeout, or shutdown)."""
        self.pictures.clear()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __deepcopy__(self, memo: dict) -> ChatState:  # gr.State may copy values; a session is never shared
        return self

    def image_path(self, turn: Turn) -> Path | None:
        name = (turn.render or {}).get("image")
        path = self.folder / name if name else None
        return path if path is not None and path.is_file() else None
