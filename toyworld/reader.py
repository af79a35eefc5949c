"""The toy world's picture reader for the editor: a toy-world-only helper for the embedded model.

It reads a picture exactly (`toyworld.checker`), so the `ours` editing strategy can find the Scene's subjects
and paint an edit in with the toy world's colours. The engine is given one only when it runs the embedded
model (`editing.regions.PictureReader` is the protocol it meets); no method meant for real models may use it.
It takes the Scene's subjects by their attributes (id, name, attributes, size, position), so it needs nothing
from the dialog.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import numpy as np
from PIL import Image

from toyworld.checker import classify_pixels, read_picture
from toyworld.spec import BACKGROUNDS, CANVAS, COLOURS


class SubjectLike(Protocol):
    """A Scene subject as the toy world reads it (dialog.scene.Subject meets it; toyworld imports no dialog)."""

    id: str
    name: str
    attributes: Mapping[str, str]
    size: str | None
    position: str | None


class SceneLike(Protocol):
    subjects: Sequence[SubjectLike]


class ToyWorldReader:
    """Finds a Scene's subjects in a toy-world picture; its palette is the toy world's colours by name."""

    def __init__(self, with_palette: bool = True) -> None:
        # Without a palette the editor keeps what lies outside an edit but paints nothing in (`--no-rough`).
        self.palette: dict[str, tuple[int, int, int]] | None = {**COLOURS, **BACKGROUNDS} if with_palette else None

    def locate(self, image: Image.Image, scene: SceneLike) -> dict[str, np.ndarray]:
        """Each subject paired with an object as the checker pairs them (most named attributes matched; a
        subject is found if its object matches at least one named attribute, or the picture has exactly one
        object per subject). Objects paired with no subject come as "?0", "?1"... Only 64 x 64 pictures can
        be read; others give nothing."""
        pixels = np.asarray(image.convert("RGB"))
        if pixels.shape[:2] != (CANVAS, CANVAS):
            return {}
        objects = list(read_picture(pixels).objects)
        labels = classify_pixels(pixels)
        subjects = scene.subjects
        slots: list[Any] = objects + [None] * max(0, len(subjects) - len(objects))
        best, best_score = (), -1
        for pairing in itertools.permutations(slots, len(subjects)):
            score = sum(_matches(s, o) for s, o in zip(subjects, pairing))
            if score > best_score:
                best, best_score = pairing, score

        def pixels_of(obj: Any) -> np.ndarray:
            x0, y0, x1, y1 = obj.box
            mask = np.zeros(labels.shape, dtype=bool)
            mask[y0:y1 + 1, x0:x1 + 1] = labels[y0:y1 + 1, x0:x1 + 1] == list(COLOURS).index(obj.colour)
            return mask

        found: dict[str, np.ndarray] = {}
        for subject, obj in zip(subjects, best):
            if obj is not None and (_matches(subject, obj) >= min(1, len(_named(subject)))
                                    or len(objects) == len(subjects)):
                found[subject.id] = pixels_of(obj)
        paired = [id(o) for s, o in zip(subjects, best) if s.id in found]
        for index, obj in enumerate(o for o in objects if id(o) not in paired):
            found[f"?{index}"] = pixels_of(obj)
        return found


def _matches(subject: SubjectLike, obj: Any) -> int:
    return 0 if obj is None else sum(getattr(obj, k) == v for k, v in _named(subject).items())


def _named(subject: SubjectLike) -> dict[str, str]:
    """What the Scene says about a subject, in the checker's attribute names."""
    named = {"shape": subject.name, "colour": subject.attributes.get("colour"), "size": subject.size,
             "position": subject.position}
    return {k: v for k, v in named.items() if v}
