"""The toy world's verifier: a toy-world-only helper that checks an embedded-model picture against a Scene.

It reads the picture exactly (`toyworld.checker`) and reports each named attribute that does not match, so the
engine can redraw (`chat.verification.Verifier` is the protocol it meets). It takes the Scene by its
attributes and answers with its own `Mismatch` records (the fields `chat.verification.Problem` has), so it
imports nothing from the dialog or the chat; values outside the toy world are not checked (the dialog manager
refuses those before anything is drawn).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from PIL import Image

from toyworld.checker import check
from toyworld.reader import SubjectLike
from toyworld.scene import ObjectDescription, SceneDescription
from toyworld.spec import BACKGROUNDS, CANVAS, COLOURS, POSITIONS, SHAPES, SIZES


class _Scene(Protocol):
    subjects: Sequence[SubjectLike]
    background: str | None


@dataclass(frozen=True)
class Mismatch:
    """One way the picture differs: kind "wrong", "missing", "count" or "background" (see Problem)."""

    kind: str
    subject: str | None = None
    field: str | None = None
    expected: str | None = None
    found: str | None = None
    text: str = ""


_FIELD = {"shape": "name", "colour": "colour", "size": "size", "position": "position"}


class ToyWorldVerifier:
    name = "toy world reader"

    def check(self, image: Image.Image, scene: _Scene) -> list[Mismatch] | None:
        """Every mismatch ([] when the picture shows the Scene); None for a picture of another size."""
        pixels = np.asarray(image.convert("RGB"))
        if pixels.shape[:2] != (CANVAS, CANVAS):
            return None
        wanted = SceneDescription(
            scene.background if scene.background in BACKGROUNDS else None,
            tuple(_described(s) for s in scene.subjects))
        result = check(pixels, wanted)
        problems: list[Mismatch] = []
        if not result.count_ok:
            problems.append(Mismatch("count", expected=str(len(wanted.objects)),
                                    found=str(len(result.reading.objects))))
        missing: set[int] = set()
        for failed in result.failed():
            if failed.object < 0:
                problems.append(Mismatch("background", expected=failed.expected, found=failed.found))
            elif failed.found is None:
                if failed.object not in missing:
                    missing.add(failed.object)
                    problems.append(Mismatch("missing", subject=scene.subjects[failed.object].id))
            else:
                problems.append(Mismatch("wrong", subject=scene.subjects[failed.object].id,
                                        field=_FIELD[failed.attribute], expected=failed.expected,
                                        found=failed.found))
        if missing and not result.count_ok:  # "the circle is missing" says it better than a count
            problems = [p for p in problems if p.kind != "count"]
        return problems


def _described(subject: Any) -> ObjectDescription:
    colour = subject.attributes.get("colour")
    return ObjectDescription(
        shape=subject.name if subject.name in SHAPES else None,
        colour=colour if colour in COLOURS else None,
        size=subject.size if subject.size in SIZES else None,
        position=subject.position if subject.position in POSITIONS else None,
    )
