"""Rough an edit into the picture being edited, so that the model only has to clean it up.

This is SDEdit's own use (Meng et al., 2022: "stroke painting to image", "image compositing"): paint the change
crudely, add noise part of the way, and let the model denoise it into a picture. For an `ours` edit, with a
`PictureReader`'s masks of where the Scene's subjects are and the two Scenes saying what changed, the start picture
gets the change done in pixels:
- a recoloured subject is filled with its new colour (its shading kept);
- a moved or resized subject is cut out and pasted, scaled about its centre, at its new place; its old place
  is filled with the background;
- a removed subject is filled with the background;
- a new background is painted everywhere no subject is;
- a new subject, or one the picture lacks, is blocked in as a disc of its colour and size at its place (the
  model draws its shape).
A subject is cut out with its soft rim: each pixel near it is read as a mix of the subject's colour and the
background's (`_CutOut`), so its outline survives being moved, recoloured or put on a new background.

Colours come from a palette (colour name -> RGB) that belongs to the model, like its reader: without one, or
when the edit names something the palette or the grid cannot place, or a change no paint-over can make (a new
shape, a material), nothing is roughed in and the edit starts from the picture as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from PIL import Image

from dialog.scene import Scene, Subject
from dialog.scene_diff import SceneDiff
from dialog.vocabulary import GRID_CELLS
from editing.regions import RGB, SIZE_FRACTION, grid_cell_centre, grow_mask, is_grid_position

Palette = Mapping[str, RGB]


def rough_in(picture: Image.Image, before: Scene, after: Scene, found: Mapping[str, np.ndarray],
             palette: Palette) -> Image.Image | None:
    """`picture` with the change from `before` to `after` painted in, or None if it cannot be (see module doc).

    `found` are the before-subjects' pixel masks in `picture` (ids starting with "?" are unasked objects).
    """
    diff = SceneDiff(before, after)
    if diff.changes_everything:
        return None
    source = np.asarray(picture.convert("RGB")).astype(np.float32)
    size = (source.shape[1], source.shape[0])
    taken = np.zeros(source.shape[:2], dtype=bool)
    for mask in found.values():
        taken |= mask
    background = _background_colour(source, taken)
    cutouts = {i: _CutOut.of(source, mask, background, taken & ~mask) for i, mask in found.items() if mask.any()}
    pixels = source.copy()
    if diff.background_changed:
        if after.background not in palette:
            return None
        background = np.array(palette[after.background], dtype=np.float32)
        pixels[:] = background
        for cutout in cutouts.values():
            cutout.paste(pixels)

    old = {s.id: s for s in before.subjects}
    new = {s.id: s for s in after.subjects}
    kept = diff.kept
    changed = [i for i in old if i not in kept]
    for subject_id in changed:  # clear every old place first, so a paste is never erased by a later clearing
        if subject_id in cutouts:
            cutouts[subject_id].clear(pixels, background)
    for subject_id in changed:
        if subject_id not in new:
            continue
        if subject_id in cutouts:
            moved = cutouts[subject_id].changed(old[subject_id], new[subject_id], palette, size)
            if moved is None:
                return None
            moved.paste(pixels)
        elif not _block_in(pixels, new[subject_id], found, palette, size):  # never drawn: draw it now
            return None
    for subject in after.subjects:
        if subject.id not in old and not _block_in(pixels, subject, found, palette, size):
            return None
    return Image.fromarray(pixels.round().clip(0, 255).astype(np.uint8))


@dataclass
class _CutOut:
    """A subject lifted off its background: how much of it each pixel of its box holds, and its colour there."""

    alpha: np.ndarray  # (h, w) in 0..1
    colour: np.ndarray  # (h, w, 3): the subject's own colour, unmixed from the background
    left: int
    top: int

    @classmethod
    def of(cls, pixels: np.ndarray, mask: np.ndarray, background: np.ndarray, others: np.ndarray) -> _CutOut:
        ys, xs = np.nonzero(mask)
        height, width = mask.shape
        top, left = max(0, ys.min() - RIM), max(0, xs.min() - RIM)
        bottom, right = min(height, ys.max() + RIM + 1), min(width, xs.max() + RIM + 1)
        box = pixels[top:bottom, left:right]
        core = np.median(pixels[mask], axis=0)
        direction = core - background
        norm = float(direction @ direction)
        if norm < 1.0:  # the subject is the background's colour: only its mask can tell them apart
            alpha = mask[top:bottom, left:right].astype(np.float32)
        else:
            alpha = np.clip((box - background) @ direction / norm, 0.0, 1.0)
            alpha[mask[top:bottom, left:right]] = 1.0
        alpha[others[top:bottom, left:right]] = 0.0
        safe = np.maximum(alpha, 1e-3)[..., None]
        # unmixing is only trustworthy where the subject dominates; its faint rim takes the subject's colour
        colour = np.where(alpha[..., None] > 0.6, (box - (1 - safe) * background) / safe, core)
        return cls(alpha, np.clip(colour, 0, 255), left, top)

    def clear(self, pixels: np.ndarray, background: np.ndarray) -> None:
        region = pixels[self.top:self.top + self.alpha.shape[0], self.left:self.left + self.alpha.shape[1]]
        region[self.alpha > 0] = background

    def paste(self, pixels: np.ndarray) -> None:
        height, width = pixels.shape[:2]
        h, w = self.alpha.shape
        y0, x0 = max(0, self.top), max(0, self.left)
        y1, x1 = min(height, self.top + h), min(width, self.left + w)
        if y0 >= y1 or x0 >= x1:
            return
        alpha = self.alpha[y0 - self.top:y1 - self.top, x0 - self.left:x1 - self.left, None]
        colour = self.colour[y0 - self.top:y1 - self.top, x0 - self.left:x1 - self.left]
        pixels[y0:y1, x0:x1] = alpha * colour + (1 - alpha) * pixels[y0:y1, x0:x1]

    def changed(self, old: Subject, new: Subject, palette: Palette, size: tuple[int, int]) -> _CutOut | None:
        """This cut-out recoloured, rescaled and moved as `new` says; None if a change cannot be painted."""
        if old.name != new.name or _besides_colour(old) != _besides_colour(new):  # a new shape or material
            return None
        alpha, colour = self.alpha, self.colour
        if new.attributes.get("colour") != old.attributes.get("colour"):
            if new.attributes.get("colour") not in palette:
                return None
            colour = _shade(colour, alpha, np.array(palette[new.attributes["colour"]], dtype=np.float32))
        h, w = alpha.shape
        centre = (self.left + w / 2, self.top + h / 2)
        if new.size != old.size:
            if new.size not in SIZE_FRACTION:
                return None
            inner = max(1, max(h, w) - 2 * RIM)  # the subject's own extent, without the rim
            scale = SIZE_FRACTION[new.size] * min(size) / inner
            out = (max(1, round(w * scale)), max(1, round(h * scale)))
            alpha = _resize(alpha, out)
            colour = np.stack([_resize(colour[..., c], out) for c in range(3)], axis=-1)
        if new.position != old.position:
            if not is_grid_position(new.position):
                return None
            centre = grid_cell_centre(new.position, size)
        h, w = alpha.shape
        return _CutOut(alpha, colour, round(centre[0] - w / 2), round(centre[1] - h / 2))


def _besides_colour(subject: Subject) -> dict[str, str]:
    return {k: v for k, v in subject.attributes.items() if k != "colour"}


RIM = 2  # pixels around a subject's mask that hold a mix of it and the background


def _background_colour(pixels: np.ndarray, taken: np.ndarray) -> np.ndarray:
    """The median colour of what no subject covers (its blended rim left out)."""
    free = ~grow_mask(taken, RIM)
    sample = pixels[free] if free.any() else pixels.reshape(-1, 3)
    return np.median(sample, axis=0)


def _block_in(pixels: np.ndarray, subject: Subject, found: Mapping[str, np.ndarray], palette: Palette,
              size: tuple[int, int]) -> bool:
    """A disc of the subject's colour and size at its place; no colour named: left to the model."""
    colour = subject.attributes.get("colour")
    if colour is None:
        return True
    if colour not in palette or (subject.position is not None and not is_grid_position(subject.position)):
        return False
    if (subject.size or "small") not in SIZE_FRACTION:
        return False
    side = SIZE_FRACTION[subject.size or "small"] * min(size)
    centre = grid_cell_centre(subject.position, size) if subject.position else _free_cell(found, size)
    height, width = pixels.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width]
    disc = (xs + 0.5 - centre[0]) ** 2 + (ys + 0.5 - centre[1]) ** 2 <= (side / 2) ** 2
    pixels[disc] = palette[colour]
    return True


def _free_cell(found: Mapping[str, np.ndarray], size: tuple[int, int]) -> tuple[float, float]:
    """The grid cell centre farthest from every found object (the model was told no place)."""
    taken = [np.argwhere(mask)[:, ::-1] + 0.5 for mask in found.values() if mask.any()]
    if not taken:
        return grid_cell_centre("center", size)
    points = np.concatenate(taken)
    centres = [grid_cell_centre(p, size) for p in GRID_CELLS]
    return max(centres, key=lambda c: float(np.min(np.hypot(points[:, 0] - c[0], points[:, 1] - c[1]))))


def _shade(colour: np.ndarray, alpha: np.ndarray, target: np.ndarray) -> np.ndarray:
    """`target` with each pixel's brightness relative to the subject's mean: a flat fill stays flat."""
    brightness = colour.mean(axis=-1, keepdims=True)
    weights = alpha > 0.5
    mean = float(brightness[weights].mean()) if weights.any() else float(brightness.mean())
    return np.clip(target * brightness / max(1.0, mean), 0, 255)


def _resize(channel: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    return np.asarray(Image.fromarray(channel.astype(np.float32)).resize(size, Image.Resampling.BILINEAR))  # mode F
