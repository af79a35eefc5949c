"""An uploaded picture: opened safely (its size checked before decoding, then re-encoded as plain RGB), kept to
show in the person's message, and used as the picture a turn starts from (img2img).

An enhancer that can look at pictures (a multimodal LLM) describes an upload into the Scene itself; one that
cannot (the rules) would read "draw this picture" as a thing called "picture". `for_upload` reads such a
message as "start from my picture" instead, and `start_from_upload` makes any turn start from the upload.
"""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageOps

from dialog.decision import Action, Decision, EditKind
from dialog.scene import Scene
from dialog.texts import say
from generator.errors import GeneratorError

if TYPE_CHECKING:  # annotations only
    from chat.state import ChatState
    from dialog.session import Turn
    from editing.editor import Edit

UPLOADS_FOLDER = "uploads"  # a session's uploads, by the id of the turn they came with, to show in the chat
PENDING = "pending.png"  # the upload of the message being drawn
SHOWN_SIDE = 512  # an upload is shown (and kept) at most this large
# How much of an uploaded picture a turn redraws: enough to draw the Scene into it, little enough to keep its
# layout and colours. With nothing described, less: the picture itself is the request.
UPLOAD_STRENGTH = 0.6
UPLOAD_ONLY_STRENGTH = 0.45

# Words that only point at the upload ("draw this picture", "use this", 画这张图): not a thing to draw.
_POINTER_WORDS = re.compile(
    r"\b(?:draw|use|copy|redraw|paint|make|this|that|the|my|attached|uploaded|one|picture|image|photo|pic|"
    r"drawing|screenshot)s?\b|[这那此该张幅个的图片照画]", re.IGNORECASE)


def read_upload(upload: str | Path, max_pixels: int, lang: str) -> Image.Image:
    """The picture in `upload`, or a `GeneratorError` whose message a person can act on."""

    def too_large(size: str) -> GeneratorError:
        return GeneratorError(say("chat.upload_too_large", lang, size=size, limit=f"{max_pixels:,}"))

    try:
        with Image.open(upload) as probe:
            width, height = probe.size
            if width * height > max_pixels:
                raise too_large(f"{width}×{height}")
            probe.load()
            image = probe.convert("RGB")
    except GeneratorError:
        raise
    except Image.DecompressionBombError as error:  # Pillow refuses huge headers before we can read the size
        raise too_large(say("chat.over_pillow_limit", lang)) from error
    except Exception as error:  # not an image, truncated, a decompression bomb...
        raise GeneratorError(say("chat.upload_unreadable", lang)) from error
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")  # re-encoded: nothing of the original file travels further
    buffer.seek(0)
    return Image.open(buffer)


# ------------------------------------------------------------------------------------ shown in the chat
def keep_pending(state: ChatState, upload: Any, max_pixels: int) -> Path | None:
    """A safe copy of the upload of the message being drawn (re-encoded, at most SHOWN_SIDE), to show in the
    chat at once; None when there is none or it cannot be read (the engine then says why)."""
    if not isinstance(upload, (str, Path)) or not upload:
        return None
    try:
        image = read_upload(upload, max_pixels, "en")
    except GeneratorError:
        return None
    image.thumbnail((SHOWN_SIDE, SHOWN_SIDE))
    target = state.files() / UPLOADS_FOLDER / PENDING
    target.parent.mkdir(exist_ok=True)
    image.save(target, format="PNG")
    return target


def attach_pending(state: ChatState, turn: Turn | None) -> None:
    """The pending upload becomes `turn`'s (the message that brought it was recorded as `turn`)."""
    pending = state.folder / UPLOADS_FOLDER / PENDING
    if turn is not None and pending.is_file():
        pending.replace(pending.with_name(f"{turn.id}.png"))
    else:
        pending.unlink(missing_ok=True)


def upload_path(state: ChatState, turn: Turn) -> Path | None:
    """The picture the person sent with `turn`'s message, if any."""
    path = state.folder / UPLOADS_FOLDER / f"{turn.id}.png"
    return path if path.is_file() else None


def forget_uploads(state: ChatState) -> None:
    """Drop the kept uploads: after a new chat or an import, turn ids start again and would point at them."""
    folder = state.folder / UPLOADS_FOLDER
    for path in folder.glob("*.png") if folder.is_dir() else ():
        path.unlink(missing_ok=True)


# ------------------------------------------------------------------------------------ a turn started from it
def sees_images(enhancer: Any) -> bool:
    """Whether the enhancer looks at uploaded pictures (an image+text LLM) or reads words only (the rules)."""
    backend = getattr(enhancer, "backend", None)
    return bool(getattr(enhancer, "sees_images", False) or getattr(backend, "sees_images", False))


def only_points_at_upload(name: str) -> bool:
    """Whether a subject's name is only words pointing at the upload ("picture", "this picture", "张图")."""
    return not _POINTER_WORDS.sub("", name).strip(" ,.!?，。！？")


def for_upload(decision: Decision, before: Scene, message: str, lang: str, enhancer_sees_images: bool) -> Decision:
    """The Decision for a message that came with a picture, when the turn will start from that picture.

    An enhancer that sees pictures already described it, and a chat answer (a question about it) draws
    nothing: those Decisions stand, unless the message only pointed at the picture ("use this"). Otherwise a
    "thing" that only points at the upload ("draw this picture") is dropped, so a message that said nothing
    else draws the Scene as it was, from the upload. The reply says the picture was started from, not read.
    """
    if enhancer_sees_images or (decision.action == Action.CHAT and not only_points_at_upload(message)):
        return decision
    scene = decision.scene.copy()
    pointers = [s for s in scene.subjects if only_points_at_upload(s.name) and before.subject(s.id) is None]
    scene.subjects = [s for s in scene.subjects if s not in pointers]
    if scene.focus and scene.subject(scene.focus) is None:
        scene.focus = scene.subjects[-1].id if scene.subjects else None
    reply = decision.reply.replace(say("rules.no_image", lang), "").strip()
    if pointers or decision.action == Action.CHAT:
        reply = ""  # it described the pointer ("Drew a picture.") or asked what "this" is
    reply = " ".join(p for p in (reply, say("chat.upload_started", lang)) if p)
    return dataclasses.replace(decision, action=Action.DRAW, edit_kind=EditKind.NEW, scene=scene, reply=reply,
                               changed=tuple(i for i in decision.changed if scene.subject(i) is not None))


def start_from_upload(edit: Edit, image: Image.Image, size: tuple[int, int], strength: float | None,
                      described: bool) -> Edit:
    """`edit` drawn from the uploaded picture (img2img at `strength`, or the default for how much was said),
    fitted to the picture's `size` (width, height); nothing of the previous picture is kept."""
    from editing.editor import Edit, Finished  # the editing room is below: imported only when a turn needs it

    strength = strength if strength is not None else (UPLOAD_STRENGTH if described else UPLOAD_ONLY_STRENGTH)
    start = ImageOps.fit(image.convert("RGB"), size, Image.Resampling.LANCZOS)
    request = dataclasses.replace(edit.request, init_image=start, init_latents=None, strength=strength,
                                  restore_unchanged=False, keep_latents=None, keep_mask=None, initial_noise=None)
    plan = dataclasses.replace(edit.plan, start_from="upload", strength=strength, keep_outside=False,
                               restore_unchanged=False, reason="started from the uploaded picture")
    return Edit(request, plan, lambda result: Finished(result, None))
