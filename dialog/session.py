"""One person's conversation as a tree of turns: a current pointer, undo / redo, branches, retry, new chat, and
export / import as a zip of JSON + PNGs.

The Session records what happened; it never renders. The app renders first and records the turn only when the
render succeeded, so a failed render (or a rejected message, or an enhancer that raises) leaves the Session as
it was. Import treats the archive as hostile: every name, size, field and image is checked before anything is
built, and every problem is one `SessionImportError` whose message a person can act on.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dialog.decision import Action, Decision, EditKind, Exchange
from dialog.message import DEFAULT_MAX_CHARS, clean_message
from dialog.scene import Scene

if TYPE_CHECKING:
    from PIL.Image import Image

    from prompt_enhancer.base import Enhancer

FORMAT = "drawing-chat-session"
VERSION = 1
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_TURN_ID = re.compile(r"^t[1-9][0-9]{0,8}$")
_IMAGE_NAME = re.compile(r"^images/(t[1-9][0-9]{0,8})\.png$")


class SessionImportError(ValueError):
    """A session archive that cannot be imported; the message says what is wrong with it."""


class EnhancerFailed(RuntimeError):
    """The enhancer raised on a message; the Session is unchanged. The message is for the person."""


@dataclass(frozen=True)
class ImportLimits:
    """Caps that keep a hostile archive from exhausting memory or disk."""

    max_archive_bytes: int = 64 * 1024 * 1024
    max_members: int = 2001
    max_turns: int = 1000
    max_json_bytes: int = 16 * 1024 * 1024
    max_image_bytes: int = 16 * 1024 * 1024
    max_total_bytes: int = 256 * 1024 * 1024  # uncompressed, all members together
    max_image_side: int = 4096


@dataclass
class Turn:
    """One message and what came of it. `render` is the app's record (seed, prompt, settings, image name)."""

    id: str
    parent_id: str | None
    message: str
    decision: Decision
    render: dict[str, Any] | None = None
    image: bytes | None = None  # PNG, kept only when the app wants it exported with the session

    @property
    def scene(self) -> Scene:
        """The Scene after this turn (the Decision's; a chat turn's Decision carries the Scene unchanged)."""
        return self.decision.scene


class Session:
    """A tree of Turns with a pointer to the current one (None: before the first message)."""

    def __init__(self) -> None:
        self.turns: dict[str, Turn] = {}
        self._current: str | None = None
        self._redo: dict[str, str] = {}  # parent id ("" for the root) -> the child redo goes back to
        self._last_id = 0

    # ---------------------------------------------------------------------------------------- reading
    @property
    def current(self) -> Turn | None:
        return self.turns.get(self._current) if self._current else None

    @property
    def current_scene(self) -> Scene:
        """A copy of the Scene at the pointer, so callers cannot edit history by accident."""
        turn = self.current
        return turn.scene.copy() if turn else Scene()

    def path(self) -> list[Turn]:
        """Turns from the first message to the current one: what the chat shows."""
        out: list[Turn] = []
        turn = self.current
        while turn is not None:
            out.append(turn)
            turn = self.turns.get(turn.parent_id) if turn.parent_id else None
        return out[::-1]

    def recent_exchanges(self, k: int = 4) -> tuple[Exchange, ...]:
        """The last k exchanges on the current path: the enhancer's bounded context."""
        if k <= 0:
            return ()
        return tuple(Exchange(t.message, t.decision.reply) for t in self.path()[-k:])

    def children(self, turn_id: str | None) -> list[Turn]:
        return [t for t in self.turns.values() if t.parent_id == turn_id]

    @property
    def can_undo(self) -> bool:
        return self._current is not None

    @property
    def can_redo(self) -> bool:
        return self._redo.get(self._current or "") in self.turns

    # ---------------------------------------------------------------------------------------- changing
    def record(
        self,
        message: str,
        decision: Decision,
        render: dict[str, Any] | None = None,
        *,
        image: bytes | None = None,
        sibling_of: Turn | None = None,
    ) -> Turn:
        """Add a turn after the current one (or next to `sibling_of`: a retry) and make it current."""
        if not isinstance(decision, Decision):
            raise TypeError(f"record() needs a Decision, got {type(decision).__name__}")
        _check_render(render)
        if image is not None:
            _check_png(image, "the image", ImportLimits(), ValueError)
        if sibling_of is not None and sibling_of.id not in self.turns:
            raise ValueError(f"turn {sibling_of.id!r} is not in this session")
        parent = sibling_of.parent_id if sibling_of is not None else self._current
        self._last_id += 1
        # The Scene inside a Decision is mutable: history keeps its own copy.
        decision = dataclasses.replace(decision, scene=decision.scene.copy())
        turn = Turn(f"t{self._last_id}", parent, message, decision, dict(render) if render else render, image)
        self.turns[turn.id] = turn
        self._redo[parent or ""] = turn.id
        self._current = turn.id
        return turn

    def apply(
        self,
        message: str,
        enhancer: Enhancer,
        *,
        image: Image | None = None,
        recent: int = 4,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> Turn:
        """Clean a message, let the enhancer decide, record the turn (without a render yet).

        Raises MessageRejected (bad message) or EnhancerFailed (the enhancer raised or returned no Decision);
        either way the Session is exactly as it was.
        """
        text = clean_message(message, max_chars=max_chars)
        scene = self.current_scene
        try:
            decision = enhancer.decide(scene, self.recent_exchanges(recent), text, image)
        except Exception as error:  # an enhancer must not raise; if one does, the chat must not break
            raise EnhancerFailed("Sorry, I could not read that message; nothing changed. / "
                                 "抱歉，没能理解这条消息；什么都没有改变。") from error
        if not isinstance(decision, Decision) or not isinstance(decision.scene, Scene):
            raise EnhancerFailed("The assistant gave an answer I cannot use; nothing changed. / "
                                 "助手的回答无法使用；什么都没有改变。")
        return self.record(text, decision)

    def retry(self, render: dict[str, Any] | None = None, *, image: bytes | None = None) -> Turn:
        """The current turn again (same message, same Decision) as its sibling, with a new render record."""
        turn = self.current
        if turn is None:
            raise ValueError("nothing to retry: the session has no turn yet")
        return self.record(turn.message, turn.decision, render, image=image, sibling_of=turn)

    def set_render(self, turn_id: str, render: dict[str, Any], *, image: bytes | None = None) -> None:
        """Attach the app's render record (and optionally the PNG) to a turn recorded before rendering."""
        turn = self.turns[turn_id]
        _check_render(render)
        if image is not None:
            _check_png(image, "the image", ImportLimits(), ValueError)
            turn.image = image
        turn.render = dict(render)

    def undo(self) -> bool:
        """Move the pointer to the parent; False when already before the first message."""
        turn = self.current
        if turn is None:
            return False
        self._redo[turn.parent_id or ""] = turn.id
        self._current = turn.parent_id
        return True

    def redo(self) -> bool:
        """Move back down to the child undo came from (or the latest branch); False when there is none."""
        child = self._redo.get(self._current or "")
        if child not in self.turns:
            return False
        self._current = child
        return True

    def new_chat(self) -> None:
        """Forget every turn: an empty session (export first to keep the old one)."""
        self.turns.clear()
        self._redo.clear()
        self._current = None
        self._last_id = 0

    # ---------------------------------------------------------------------------------------- export / import
    def export_zip(self, images: dict[str, bytes] | None = None) -> bytes:
        """A zip of session.json and images/<turn id>.png, from `images` or the turns' own PNG bytes."""
        images = dict(images or {})
        turns_json = []
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for turn in self.turns.values():
                png = images.get(turn.id, turn.image)
                name = None
                if png is not None:
                    _check_png(png, f"the image of turn {turn.id}", ImportLimits(), ValueError)
                    name = f"images/{turn.id}.png"
                    archive.writestr(_entry(name), png, compress_type=zipfile.ZIP_STORED)  # PNG is compressed already
                turns_json.append({
                    "id": turn.id,
                    "parent": turn.parent_id,
                    "message": turn.message,
                    "decision": turn.decision.to_dict(),
                    "render": turn.render,
                    "image": name,
                })
            document = {"format": FORMAT, "version": VERSION, "current": self._current, "redo": self._redo,
                        "turns": turns_json}
            archive.writestr(_entry("session.json"), json.dumps(document, ensure_ascii=False, indent=1),
                             compress_type=zipfile.ZIP_DEFLATED)
        return buffer.getvalue()

    @classmethod
    def import_zip(cls, data: bytes, limits: ImportLimits | None = None) -> tuple[Session, dict[str, bytes]]:
        """A Session and its images (turn id -> PNG bytes) from an export; SessionImportError on anything wrong.

        A render record's "image" entry is dropped: it named a file on the exporting machine, and a name taken
        from an archive must never be used as a path. The app files the returned images under its own names.
        """
        limits = limits or ImportLimits()
        members = _read_members(data, limits)
        if "session.json" not in members:
            raise SessionImportError("This archive has no session.json: it is not a drawing-chat session export.")
        document = _parse_json(members.pop("session.json"))
        session = _build_session(document, limits)
        images: dict[str, bytes] = {}
        for name, content in members.items():
            turn_id = _IMAGE_NAME.match(name).group(1)  # names were checked in _read_members
            if turn_id not in session.turns:
                raise SessionImportError(f"The archive has an image for turn {turn_id}, which does not exist.")
            _check_png(content, name, limits)
            images[turn_id] = content
        return session, images


# -------------------------------------------------------------------------------------------- checks


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip member with a fixed date: the same session always exports to the same bytes."""
    return zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))


def _check_render(render: dict[str, Any] | None) -> None:
    if render is None:
        return
    if not isinstance(render, dict):
        raise TypeError(f"a render record is a dict, got {type(render).__name__}")
    try:
        json.dumps(render, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"a render record must be plain JSON data (it is exported): {error}") from None


def _check_png(data: bytes, what: str, limits: ImportLimits, fail: type[ValueError] = SessionImportError) -> None:
    """A well-formed PNG of sane dimensions: signature, IHDR first, every chunk's CRC, IDAT, IEND last.

    No pixel is decoded, so a decompression bomb costs nothing here; its declared size is refused instead.
    """
    if not isinstance(data, (bytes, bytearray)) or not data.startswith(PNG_SIGNATURE):
        raise fail(f"{what} is not a PNG image.")
    pos, seen_idat, first = len(PNG_SIGNATURE), False, True
    while True:
        if pos + 8 > len(data):
            raise fail(f"{what} is a damaged PNG (it ends in the middle of a chunk).")
        length, kind = struct.unpack(">I4s", data[pos: pos + 8])
        end = pos + 8 + length + 4
        if end > len(data):
            raise fail(f"{what} is a damaged PNG (a chunk runs past the end of the file).")
        body = data[pos + 8: pos + 8 + length]
        (crc,) = struct.unpack(">I", data[end - 4: end])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise fail(f"{what} is a damaged PNG (checksum mismatch).")
        if first:
            if kind != b"IHDR" or length != 13:
                raise fail(f"{what} is a damaged PNG (no header).")
            width, height = struct.unpack(">II", body[:8])
            if not (0 < width <= limits.max_image_side and 0 < height <= limits.max_image_side):
                raise fail(f"{what} is {width}×{height} pixels; the limit is {limits.max_image_side} a side.")
            first = False
        seen_idat |= kind == b"IDAT"
        pos = end
        if kind == b"IEND":
            break
    if not seen_idat:
        raise fail(f"{what} is a damaged PNG (it has no image data).")


def _read_members(data: bytes, limits: ImportLimits) -> dict[str, bytes]:
    """Every member's bytes, after checking names, counts and sizes; reads never exceed the caps."""
    if not isinstance(data, (bytes, bytearray)):
        raise SessionImportError("Nothing to import: expected the bytes of a .zip file.")
    if len(data) > limits.max_archive_bytes:
        raise SessionImportError(f"The archive is {len(data) // (1024 * 1024)} MB; the limit is "
                                 f"{limits.max_archive_bytes // (1024 * 1024)} MB.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise SessionImportError("This file is not a readable .zip archive.") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise SessionImportError(f"The archive has {len(infos)} files; a session export has at most "
                                     f"{limits.max_members}.")
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            name = info.filename
            _check_member_name(name)
            if name.endswith("/"):
                continue  # a folder entry: nothing to read
            if name in members:
                raise SessionImportError(f"The archive holds {name!r} twice.")
            if info.flag_bits & 0x1:
                raise SessionImportError("The archive is encrypted; export the session again without a password.")
            cap = limits.max_json_bytes if name == "session.json" else limits.max_image_bytes
            if info.file_size > cap:
                raise SessionImportError(f"{name} is too large ({info.file_size} bytes; the limit is {cap}).")
            try:
                with archive.open(info) as handle:
                    content = handle.read(cap + 1)  # the declared size may lie: never read past the cap
            except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError,
                    zlib.error) as error:
                raise SessionImportError(f"{name} in the archive cannot be read ({error}).") from None
            if len(content) > cap:
                raise SessionImportError(f"{name} is too large when unpacked (over {cap} bytes).")
            total += len(content)
            if total > limits.max_total_bytes:
                raise SessionImportError(f"The archive unpacks to more than {limits.max_total_bytes} bytes.")
            members[name] = content
    return members


def _check_member_name(name: str) -> None:
    if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        raise SessionImportError(f"The archive contains an unsafe file name ({name!r}): refusing to import it.")
    if ".." in name.split("/"):
        raise SessionImportError(f"The archive contains a file name that escapes its folder ({name!r}).")
    if name in ("session.json", "images/") or _IMAGE_NAME.match(name):
        return
    raise SessionImportError(f"The archive contains an unexpected file ({name!r}); a session export holds only "
                             "session.json and images/<turn>.png.")


def _parse_json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise SessionImportError("session.json is not UTF-8 text.") from None
    except (json.JSONDecodeError, ValueError) as error:
        raise SessionImportError(f"session.json is not valid JSON ({error}).") from None
    except RecursionError:
        raise SessionImportError("session.json is nested too deeply to be a session.") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _expect(condition: bool, problem: str) -> None:
    if not condition:
        raise SessionImportError(f"session.json does not describe a session: {problem}.")


def _is_str_or_none(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _check_scene(data: Any, where: str) -> Scene:
    _expect(isinstance(data, dict), f"{where} is not an object")
    subjects = data.get("subjects", [])
    _expect(isinstance(subjects, list), f"{where}.subjects is not a list")
    for s in subjects:
        _expect(isinstance(s, dict) and isinstance(s.get("id"), str) and isinstance(s.get("name"), str),
                f"a subject in {where} has no id or name")
        attributes = s.get("attributes", {})
        _expect(isinstance(attributes, dict) and all(isinstance(v, str) for v in attributes.values()),
                f"a subject's attributes in {where} are not text")
        _expect(_is_str_or_none(s.get("position")) and _is_str_or_none(s.get("size")),
                f"a subject's position or size in {where} is not text")
    for key in ("background", "style", "focus", "time"):
        _expect(_is_str_or_none(data.get(key)), f"{where}.{key} is not text")
    for key in ("avoid", "notes"):
        value = data.get(key, [])
        _expect(isinstance(value, list) and all(isinstance(v, str) for v in value), f"{where}.{key} is not a list "
                                                                                     "of text")
    _expect(data.get("language", "en") in ("en", "zh"), f"{where}.language is neither en nor zh")
    return Scene.from_dict(data)


def _check_decision(data: Any, where: str) -> Decision:
    _expect(isinstance(data, dict), f"{where} is not an object")
    _expect(data.get("action") in {a.value for a in Action}, f"{where}.action is unknown")
    _expect(data.get("edit_kind", "new") in {k.value for k in EditKind}, f"{where}.edit_kind is unknown")
    _expect(isinstance(data.get("reply"), str), f"{where}.reply is not text")
    changed = data.get("changed", [])
    _expect(isinstance(changed, list) and all(isinstance(c, str) for c in changed), f"{where}.changed is not a "
                                                                                     "list of ids")
    _expect(isinstance(data.get("source", "rules"), str), f"{where}.source is not text")
    scene = _check_scene(data.get("scene"), f"{where}.scene")
    return Decision(Action(data["action"]), data["reply"], scene, EditKind(data.get("edit_kind", "new")),
                    tuple(changed), data.get("source", "rules"))


def _build_session(document: Any, limits: ImportLimits) -> Session:
    _expect(isinstance(document, dict), "the top level is not an object")
    _expect(document.get("format") == FORMAT, f"format is not {FORMAT!r}")
    _expect(document.get("version") == VERSION, f"version {document.get('version')!r} is not {VERSION} (export it "
                                                "again with this version of the app)")
    turns = document.get("turns")
    _expect(isinstance(turns, list), "turns is not a list")
    _expect(len(turns) <= limits.max_turns, f"it has {len(turns)} turns; the limit is {limits.max_turns}")
    session = Session()
    for i, t in enumerate(turns):
        where = f"turn {i + 1}"
        _expect(isinstance(t, dict), f"{where} is not an object")
        turn_id = t.get("id")
        _expect(isinstance(turn_id, str) and bool(_TURN_ID.match(turn_id)), f"{where} has a bad id")
        _expect(turn_id not in session.turns, f"turn id {turn_id} appears twice")
        _expect(_is_str_or_none(t.get("parent")), f"{where}.parent is not an id")
        _expect(isinstance(t.get("message"), str), f"{where}.message is not text")
        render = t.get("render")
        _expect(render is None or isinstance(render, dict), f"{where}.render is not an object")
        if render is not None:
            render = {k: v for k, v in render.items() if k != "image"}
        decision = _check_decision(t.get("decision"), f"{where}.decision")
        session.turns[turn_id] = Turn(turn_id, t.get("parent"), t["message"], decision, render)
    for turn in session.turns.values():
        _expect(turn.parent_id is None or turn.parent_id in session.turns,
                f"turn {turn.id} has a parent that does not exist")
        seen = {turn.id}
        parent = turn.parent_id
        while parent is not None:
            _expect(parent not in seen, f"turn {turn.id} is its own ancestor")
            seen.add(parent)
            parent = session.turns[parent].parent_id
    current = document.get("current")
    _expect(current is None or current in session.turns, "current points to a turn that does not exist")
    redo = document.get("redo", {})
    _expect(isinstance(redo, dict), "redo is not an object")
    for parent, child in redo.items():
        _expect(child in session.turns and (session.turns[child].parent_id or "") == parent,
                "redo names a turn that is not a child of its key")
    session._current = current
    session._redo = dict(redo)
    session._last_id = max((int(i[1:]) for i in session.turns), default=0)
    return session

