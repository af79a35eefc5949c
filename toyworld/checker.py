"""Read a 64 x 64 picture back into toy-world terms and judge it against what a caption named.

Pure numpy. Specified in toyworld/README.md ("How a picture is checked"). The rule is the spec's: nearest
palette colour per pixel, regions of an object colour with at least 20 pixels, shape from the bounding-box fill
ratio, size from the bounding box, position from the centroid's grid cell, background from the most common
colour. One addition for generated pictures: a region counts only if some 3 x 3 block lies inside it, so the
thin blended rim a decoder leaves around a shape (e.g. pink between red and white) is not read as a second
object; every rendered shape has such a block.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from toyworld.scene import ATTRIBUTES, ObjectDescription, SceneDescription
from toyworld.spec import BACKGROUNDS, CANVAS, COLOURS, POSITIONS

MIN_PIXELS = 20
_NAMES = list(COLOURS) + list(BACKGROUNDS)
_PALETTE = np.array([COLOURS[c] for c in COLOURS] + [BACKGROUNDS[b] for b in BACKGROUNDS], dtype=np.float32)
_N_OBJECT_COLOURS = len(COLOURS)
_CELL_OF = {cell: name for name, cell in POSITIONS.items()}


@dataclass(frozen=True)
class DetectedObject:
    """An object found in a picture, with the measurements its attributes were read from."""

    shape: str
    colour: str
    size: str
    position: str
    pixels: int
    fill: float
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 inclusive
    centroid: tuple[float, float]

    def attribute(self, name: str) -> str:
        return getattr(self, name)


@dataclass(frozen=True)
class Reading:
    """What the checker sees in a picture."""

    background: str | None  # None when the most common colour is an object colour
    objects: tuple[DetectedObject, ...]


@dataclass(frozen=True)
class AttributeCheck:
    """One named attribute of one described object (or the background, object -1) and whether it matched."""

    object: int
    attribute: str
    expected: str
    found: str | None
    ok: bool


@dataclass(frozen=True)
class CheckResult:
    """Per-attribute verdicts; `follows` is the spec's "every attribute the caption names matches"."""

    follows: bool
    count_ok: bool
    checks: tuple[AttributeCheck, ...]
    reading: Reading = field(repr=False)

    def failed(self) -> list[AttributeCheck]:
        return [c for c in self.checks if not c.ok]


def classify_pixels(image: np.ndarray) -> np.ndarray:
    """Index into the object colours then backgrounds (`_NAMES`) of each pixel's nearest palette colour."""
    pixels = np.asarray(image, dtype=np.float32)[..., :3]
    distances = ((pixels[:, :, None, :] - _PALETTE[None, None]) ** 2).sum(-1)
    return distances.argmin(-1)


def _components(mask: np.ndarray) -> list[np.ndarray]:
    """4-connected regions of a boolean mask, each as an (n, 2) array of (y, x)."""
    seen = np.zeros_like(mask, dtype=bool)
    regions = []
    height, width = mask.shape
    for y0, x0 in zip(*np.nonzero(mask)):
        if seen[y0, x0]:
            continue
        seen[y0, x0] = True
        queue, region = deque([(y0, x0)]), []
        while queue:
            y, x = queue.popleft()
            region.append((y, x))
            for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                if 0 <= ny < height and 0 <= nx < width and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    queue.append((ny, nx))
        regions.append(np.array(region))
    return regions


def _has_solid_block(region: np.ndarray, shape: tuple[int, int]) -> bool:
    mask = np.zeros(shape, dtype=bool)
    mask[region[:, 0], region[:, 1]] = True
    core = mask[1:-1, 1:-1].copy()
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            core &= mask[dy:dy + shape[0] - 2, dx:dx + shape[1] - 2]
    return bool(core.any())


def _shape_from_fill(fill: float) -> str:
    # rendered fills: triangle 0.55-0.58, circle 0.78-0.79, square 1.0
    if fill < 0.68:
        return "triangle"
    return "circle" if fill < 0.9 else "square"


def _cell(coordinate: float, canvas: int) -> int:
    return min(2, int(coordinate // (canvas / 3)))


def read_picture(image: np.ndarray) -> Reading:
    """The background and the objects of a picture (H x W x 3, uint8 or float 0-255)."""
    labels = classify_pixels(image)
    height, width = labels.shape
    most_common = int(np.bincount(labels.ravel(), minlength=len(_NAMES)).argmax())
    background = _NAMES[most_common] if most_common >= _N_OBJECT_COLOURS else None
    objects = []
    for index in range(_N_OBJECT_COLOURS):
        for region in _components(labels == index):
            if len(region) < MIN_PIXELS or not _has_solid_block(region, (height, width)):
                continue
            (y0, x0), (y1, x1) = region.min(0), region.max(0)
            side = max(x1 - x0 + 1, y1 - y0 + 1)
            fill = len(region) / ((x1 - x0 + 1) * (y1 - y0 + 1))
            cy, cx = region.mean(0) + 0.5
            objects.append(DetectedObject(
                shape=_shape_from_fill(fill), colour=_NAMES[index], size="small" if side < 16 else "big",
                position=_CELL_OF[(_cell(cx, width), _cell(cy, height))], pixels=len(region), fill=float(fill),
                box=(int(x0), int(y0), int(x1), int(y1)), centroid=(float(cx), float(cy))))
    return Reading(background, tuple(objects))


def _object_checks(index: int, wanted: ObjectDescription, found: DetectedObject | None) -> list[AttributeCheck]:
    return [AttributeCheck(index, name, value, found.attribute(name) if found else None,
                           found is not None and found.attribute(name) == value)
            for name, value in wanted.named().items()]


def check(image: np.ndarray, description: SceneDescription) -> CheckResult:
    """Judge a picture against a description: object count, then each named attribute under the best pairing."""
    if np.asarray(image).shape[:2] != (CANVAS, CANVAS):
        raise ValueError(f"the checker reads {CANVAS} x {CANVAS} pictures, got {np.asarray(image).shape[:2]}")
    reading = read_picture(image)
    checks: list[AttributeCheck] = []
    if description.background is not None:
        checks.append(AttributeCheck(-1, "background", description.background, reading.background,
                                     reading.background == description.background))
    wanted = description.objects
    found = list(reading.objects) + [None] * max(0, len(wanted) - len(reading.objects))
    best: list[AttributeCheck] = []
    best_score = -1
    for pairing in itertools.permutations(found, len(wanted)):
        candidate = [c for i, (w, f) in enumerate(zip(wanted, pairing)) for c in _object_checks(i, w, f)]
        score = sum(c.ok for c in candidate)
        if score > best_score:
            best, best_score = candidate, score
    checks.extend(best)
    count_ok = len(reading.objects) == len(wanted)
    return CheckResult(count_ok and all(c.ok for c in checks), count_ok, tuple(checks), reading)


__all__ = ["ATTRIBUTES", "AttributeCheck", "CheckResult", "DetectedObject", "Reading", "check", "read_picture"]
