"""A Session saved as a zip of session.json + images/<turn id>.png, and read back.

Reading treats the archive as hostile: every name, size, field and image is checked before anything is built,
and every problem is one `SessionImportError` whose message a person can act on. Scenes are read by the one
Scene reader (`dialog.scene_schema`). Writes no file and decodes no pixel.
"""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from dialog.decision import Action, Decision, EditKind
from dialog.message import DEFAULT_MAX_CHARS, MessageRejected, clean_message
from dialog.scene_schema import SUBJECT_ID, SceneLimits, SceneRules, read_scene
from dialog.session import Session, Turn

FORMAT = "drawing-chat-session"
VERSION = 1
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_TURN_ID = re.compile(r"^t[1-9][0-9]{0,8}$")
_IMAGE_NAME = re.compile(r"^images/(t[1-9][0-9]{0,8})\.png$")


class SessionImportError(ValueError):
    """A session archive that cannot be imported; the message says what is wrong with it."""


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
    # A PNG barely compresses: an image member that unpacks to more than this many times its packed size is no
    # PNG (a run of zeros), and is refused after reading at most that much.
    max_image_ratio: int = 4
    # What a person can send live is what an archive may hold: the app's message limit, and replies, prompts and
    # Scene texts bounded by it.
    max_message_chars: int = DEFAULT_MAX_CHARS

    @property
    def max_text_chars(self) -> int:
        """Replies and prompts: a reply may quote a message and the Scene, a prompt renders the whole Scene."""
        return 4 * self.max_message_chars

    def scene_rules(self) -> SceneRules:
        text = self.max_message_chars
        return SceneRules(SceneLimits(subjects=16, attributes=16, name_chars=text, key_chars=64, text_chars=text,
                                      list_items=64), app_ids=True)


def export_session(session: Session, images: dict[str, bytes] | None = None) -> bytes:
    """A zip of session.json and images/<turn id>.png for the turns `images` (turn id -> PNG bytes) has."""
    images = dict(images or {})
    turns_json = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for turn in session.turns.values():
            png = images.get(turn.id)
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
        current = session.current.id if session.current is not None else None
        document = {"format": FORMAT, "version": VERSION, "current": current, "redo": session.redo_targets,
                    "turns": turns_json}
        archive.writestr(_entry("session.json"), json.dumps(document, ensure_ascii=False, indent=1),
                         compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def import_session(data: bytes, limits: ImportLimits | None = None) -> tuple[Session, dict[str, bytes]]:
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
        images[turn_id] = content  # checked as a PNG while it was read
    return session, images


def _check_png_header(head: bytes, what: str, limits: ImportLimits) -> None:
    """The signature and the IHDR chunk that must open every PNG, checked from its first 33 bytes."""
    if not head.startswith(PNG_SIGNATURE):
        raise SessionImportError(f"{what} is not a PNG image.")
    header = head[len(PNG_SIGNATURE):]
    if len(header) < 25 or header[4:8] != b"IHDR" or struct.unpack(">I", header[:4])[0] != 13:
        raise SessionImportError(f"{what} is a damaged PNG (no header).")
    if zlib.crc32(header[4:21]) & 0xFFFFFFFF != struct.unpack(">I", header[21:25])[0]:
        raise SessionImportError(f"{what} is a damaged PNG (checksum mismatch).")
    width, height = struct.unpack(">II", header[8:16])
    if not (0 < width <= limits.max_image_side and 0 < height <= limits.max_image_side):
        raise SessionImportError(f"{what} is {width}×{height} pixels; the limit is {limits.max_image_side} a side.")


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


# -------------------------------------------------------------------------------------------- the zip


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip member with a fixed date: the same session always exports to the same bytes."""
    return zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))


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
            image = name != "session.json"
            cap = limits.max_image_bytes if image else limits.max_json_bytes
            if info.file_size > cap:
                raise SessionImportError(f"{name} is too large ({info.file_size} bytes; the limit is {cap}).")
            if image:  # a PNG is about as large unpacked as packed
                cap = min(cap, max(64 * 1024, limits.max_image_ratio * info.compress_size))
            try:
                with archive.open(info) as handle:
                    if image:  # its header is checked before the rest is read
                        content = handle.read(len(PNG_SIGNATURE) + 25)
                        _check_png_header(content, name, limits)
                        content += handle.read(cap + 1 - len(content))
                    else:
                        content = handle.read(cap + 1)  # the declared size may lie: never read past the cap
            except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError,
                    zlib.error) as error:
                if isinstance(error, SessionImportError):
                    raise
                raise SessionImportError(f"{name} in the archive cannot be read ({error}).") from None
            if len(content) > cap:
                raise SessionImportError(f"{name} is too large when unpacked (over {cap} bytes).")
            if image:
                _check_png(content, name, limits)
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


# -------------------------------------------------------------------------------------------- session.json


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
        raise _not_a_session(problem)


def _not_a_session(problem: str) -> SessionImportError:
    return SessionImportError(f"session.json does not describe a session: {problem}.")


def _is_str_or_none(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _is_text(value: Any, limit: int) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _check_message(value: Any, where: str, limits: ImportLimits) -> str:
    """A message as live input is read (`clean_message`, the app's length limit): the same text, or refused."""
    _expect(isinstance(value, str), f"{where} must be a string")
    try:
        message = clean_message(value, max_chars=limits.max_message_chars)
    except MessageRejected:
        raise _not_a_session(f"{where} must be a message of 1 to {limits.max_message_chars} characters, as typed "
                             "in the chat") from None
    _expect(message == value, f"{where} holds characters a message cannot hold")
    return message


_RENDER_TEXT = ("prompt", "negative_prompt", "model_id", "region")


def _check_render(render: Any, where: str, limits: ImportLimits) -> dict[str, Any] | None:
    """A render record as the app writes it; its "image" entry is dropped (it named a file on another machine)."""
    if render is None:
        return None
    _expect(isinstance(render, dict), f"{where} must be an object or null")
    seed = render.get("seed")
    _expect(isinstance(seed, int) and not isinstance(seed, bool) and 0 <= seed < 2**63,
            f"{where}.seed must be a whole number from 0 to 2**63 - 1")
    for key in _RENDER_TEXT:
        _expect(render.get(key) is None or _is_text(render[key], limits.max_text_chars),
                f"{where}.{key} must be a string of at most {limits.max_text_chars} characters")
    for key in ("plan", "settings"):
        _expect(render.get(key) is None or isinstance(render[key], dict), f"{where}.{key} must be an object")
    seconds = render.get("seconds", 0)
    _expect(isinstance(seconds, (int, float)) and not isinstance(seconds, bool), f"{where}.seconds must be a number")
    return {k: v for k, v in render.items() if k != "image"}


def _is_value_of(value: Any, enum: type) -> bool:
    return isinstance(value, str) and value in {member.value for member in enum}  # a list is not hashable


def _one_of(enum: type) -> str:
    return ", ".join(repr(member.value) for member in enum)


def _check_decision(data: Any, where: str, limits: ImportLimits) -> Decision:
    _expect(isinstance(data, dict), f"{where} must be an object")
    _expect(_is_value_of(data.get("action"), Action), f"{where}.action must be one of {_one_of(Action)}")
    _expect(_is_value_of(data.get("edit_kind", "new"), EditKind),
            f"{where}.edit_kind must be one of {_one_of(EditKind)}")
    _expect(_is_text(data.get("reply"), limits.max_text_chars),
            f"{where}.reply must be a string of at most {limits.max_text_chars} characters")
    changed = data.get("changed", [])
    _expect(isinstance(changed, list) and len(changed) <= 64
            and all(isinstance(c, str) and SUBJECT_ID.fullmatch(c) for c in changed),
            f"{where}.changed must be a list of subject ids")
    _expect(_is_text(data.get("source", "rules"), 64), f"{where}.source must be a short string")
    scene, problems = read_scene(data.get("scene"), limits.scene_rules(), where=f"{where}.scene")
    if problems:
        raise _not_a_session(problems[0])
    return Decision(Action(data["action"]), data["reply"], scene, EditKind(data.get("edit_kind", "new")),
                    tuple(changed), data.get("source", "rules"))


def _build_session(document: Any, limits: ImportLimits) -> Session:
    _expect(isinstance(document, dict), "the top level must be an object")
    _expect(document.get("format") == FORMAT, f"format is not {FORMAT!r}")
    _expect(document.get("version") == VERSION, f"version {document.get('version')!r} is not {VERSION} (export it "
                                                "again with this version of the app)")
    turns = document.get("turns")
    _expect(isinstance(turns, list), "turns must be a list")
    _expect(len(turns) <= limits.max_turns, f"it has {len(turns)} turns; the limit is {limits.max_turns}")
    built: list[Turn] = []
    ids: set[str] = set()
    for i, t in enumerate(turns):
        where = f"turn {i + 1}"
        _expect(isinstance(t, dict), f"{where} must be an object")
        turn_id = t.get("id")
        _expect(isinstance(turn_id, str) and bool(_TURN_ID.match(turn_id)), f"{where}.id must be a turn id like t1")
        _expect(turn_id not in ids, f"turn id {turn_id} appears twice")
        ids.add(turn_id)
        _expect(_is_str_or_none(t.get("parent")), f"{where}.parent must be a turn id or null")
        message = _check_message(t.get("message"), f"{where}.message", limits)
        render = _check_render(t.get("render"), f"{where}.render", limits)
        decision = _check_decision(t.get("decision"), f"{where}.decision", limits)
        built.append(Turn(turn_id, t.get("parent"), message, decision, render))
    current = document.get("current")
    _expect(_is_str_or_none(current), "current must be a turn id or null")
    redo = document.get("redo", {})
    _expect(isinstance(redo, dict) and all(isinstance(child, str) for child in redo.values()),
            "redo must be an object of turn ids")
    try:
        return Session.restore(built, current, redo)
    except ValueError as error:  # the tree does not hold together: a parent, the current turn or redo is wrong
        raise _not_a_session(str(error)) from None
