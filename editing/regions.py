"""Where an edit may change a picture, and keeping every pixel outside it (the `ours` strategy).

The region comes from a `PictureReader`: something that finds the Scene's subjects in a picture. The toy world
offers one for the embedded model (`toyworld.reader`), chosen where the engine is built; a real checkpoint has
none, and then an edit is not confined. Nothing here renders.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import torch
from PIL import Image

from dialog.scene import Scene, Subject
from dialog.scene_diff import SceneDiff
from dialog.vocabulary import GRID_CELLS

RGB = tuple[int, int, int]


class PictureReader(Protocol):
    """What a model's world offers the editor: where the Scene's subjects are, and its colours by name (None:
    no palette, so an edit is not roughed in, but what lies outside it is still kept)."""

    palette: Mapping[str, RGB] | None

    def locate(self, image: Image.Image, scene: Scene) -> Mapping[str, np.ndarray]:
        """Subject id -> boolean pixel mask (H x W) of the pixels it covers.

        Subjects it cannot find are left out; things in the picture that are no subject may come under ids
        starting with "?" (the model drew more than was asked: an edit keeps those too).
        """
        ...


GRID_CENTRES = (11 / 64, 32 / 64, 53 / 64)  # a 3 x 3 grid's cell centres, as fractions of the canvas
SIZE_FRACTION = {"small": 12 / 64, "big": 20 / 64}  # bounding-box side, as a fraction of the canvas
MARGIN = 3 / 64  # decoders blend a few pixels around a shape: the region reaches that far past it


@dataclass(frozen=True)
class Confined:
    """An edit's picture with everything outside its region taken from the picture it edited."""

    image: Image.Image
    latents: torch.Tensor
    region: np.ndarray  # True where the new render was used
    note: str


def edit_region(before: Scene, after: Scene, found: Mapping[str, np.ndarray], size: tuple[int, int]
                ) -> tuple[np.ndarray | None, str]:
    """Pixels (H x W, True = may change) that going from `before` to `after` needs, or None and why not.

    `found` are the before-subjects' pixel masks in the edited picture. A subject that changed must be found
    (or its new place named) for the region to be known; style, notes, avoid-lists and the time of day change
    everything.
    """
    width, height = size
    diff = SceneDiff(before, after)
    if diff.changes_everything:
        return None, "style, notes or time of day changed: the whole picture may change"
    region = np.zeros((height, width), dtype=bool)
    old = {s.id: s for s in before.subjects}
    new = {s.id: s for s in after.subjects}
    unchanged = list(diff.kept)
    unchanged += [i for i in found if i not in old and i not in new]  # drawn but never asked for: kept too
    for subject_id in old.keys() | new.keys():
        if subject_id in unchanged:
            continue
        mask = found.get(subject_id)
        if mask is not None and subject_id in new and _same_outline(old[subject_id], new[subject_id]):
            region |= grow_mask(mask, _pixels(MARGIN, size) - 1)  # a recolour needs its own pixels, not its box
            continue
        if mask is not None:
            region |= _box(mask, _pixels(MARGIN, size))
        elif subject_id in old and is_grid_position(old[subject_id].position):  # not seen, but the Scene says where
            region |= _square(grid_cell_centre(old[subject_id].position, size), _big_side(size), size)
        elif subject_id in old:
            return None, f"could not find subject {subject_id} in the picture being edited"
        if subject_id not in new:
            continue  # removed: its old place is the whole region
        subject = new[subject_id]
        centre = grid_cell_centre(subject.position, size) if is_grid_position(subject.position) else _centroid(mask)
        if centre is None:  # added without a place: anywhere the other subjects are not
            others = np.zeros_like(region)
            for other_id, other in found.items():
                if other_id != subject_id:
                    others |= _box(other, _pixels(MARGIN, size))
            region |= ~others
            continue
        region |= _square(centre, _side(subject.size, size), size)
    if diff.background_changed:
        # the whole background changes: keep only the unchanged subjects' own pixels
        kept = np.zeros_like(region)
        for subject_id in unchanged:
            if subject_id in found:
                kept |= found[subject_id]
        region |= ~kept
    return region, f"{region.mean():.0%} of the picture may change"


def confine_edit(
    rendered: Image.Image,
    rendered_latents: torch.Tensor,
    edited: Image.Image,
    edited_latents: torch.Tensor | None,
    before: Scene,
    after: Scene,
    found: Mapping[str, np.ndarray],
) -> Confined | None:
    """The rendered edit with every pixel outside its region taken from the edited picture; None if unknown.

    `found` are the before-subjects' pixel masks in the edited picture (`PictureReader.locate`).
    The latents get the same treatment at latent resolution (a latent cell is new if any of its pixels is), so
    the next edit starts from latents that agree with the picture the person saw.
    """
    if rendered.size != edited.size:
        return None
    region, note = edit_region(before, after, found, rendered.size)
    if region is None:
        return None
    new_pixels = np.asarray(rendered.convert("RGB"))
    old_pixels = np.asarray(edited.convert("RGB"))
    image = Image.fromarray(np.where(region[..., None], new_pixels, old_pixels))
    latents = rendered_latents
    if edited_latents is not None and edited_latents.shape == rendered_latents.shape:
        cells = _latent_cells(region, tuple(rendered_latents.shape[-2:]))
        latents = torch.where(cells, rendered_latents, edited_latents.to(rendered_latents))
    return Confined(image, latents, region, note)


def _same_outline(old: Subject, new: Subject) -> bool:
    return (old.name, old.position, old.size) == (new.name, new.position, new.size)


def grow_mask(mask: np.ndarray, pixels: int) -> np.ndarray:
    """The mask dilated by `pixels` in every direction (a square neighbourhood)."""
    padded = np.pad(mask, pixels)
    out = np.zeros_like(mask)
    height, width = mask.shape
    for dy in range(2 * pixels + 1):
        for dx in range(2 * pixels + 1):
            out |= padded[dy:dy + height, dx:dx + width]
    return out


def _side(subject_size: str | None, size: tuple[int, int]) -> float:
    """A subject's box side with the margin; an unknown size counts as big."""
    return SIZE_FRACTION.get(subject_size or "", SIZE_FRACTION["big"]) * min(size) + 2 * _pixels(MARGIN, size)


def _big_side(size: tuple[int, int]) -> float:
    return _side("big", size)


def _pixels(fraction: float, size: tuple[int, int]) -> int:
    return max(1, round(fraction * min(size)))


def is_grid_position(position: str | None) -> bool:
    """Whether a position is one of the 3 x 3 grid's keys (free text such as "near the tree" is not)."""
    return position in GRID_CELLS


def grid_cell_centre(position: str, size: tuple[int, int]) -> tuple[float, float]:
    """Pixel (x, y) of a grid position's cell centre in a picture of `size` (width, height)."""
    col, row = GRID_CELLS[position]
    return GRID_CENTRES[col] * size[0], GRID_CENTRES[row] * size[1]


def _centroid(mask: np.ndarray | None) -> tuple[float, float] | None:
    if mask is None or not mask.any():
        return None
    ys, xs = np.nonzero(mask)
    return float(xs.mean()) + 0.5, float(ys.mean()) + 0.5


def _square(centre: tuple[float, float], side: float, size: tuple[int, int]) -> np.ndarray:
    width, height = size
    ys, xs = np.mgrid[0:height, 0:width]
    half = side / 2
    return (np.abs(xs + 0.5 - centre[0]) <= half) & (np.abs(ys + 0.5 - centre[1]) <= half)


def _box(mask: np.ndarray, margin: int) -> np.ndarray:
    """The mask's bounding box grown by `margin` pixels on every side."""
    out = np.zeros_like(mask, dtype=bool)
    if not mask.any():
        return out
    ys, xs = np.nonzero(mask)
    out[max(0, ys.min() - margin):ys.max() + margin + 1, max(0, xs.min() - margin):xs.max() + margin + 1] = True
    return out


def _latent_cells(region: np.ndarray, latent_size: tuple[int, int]) -> torch.Tensor:
    """A pixel region at latent resolution: a cell counts if any of its pixels is in the region."""
    pixels = torch.from_numpy(region.astype(np.float32))[None, None]
    return torch.nn.functional.adaptive_max_pool2d(pixels, latent_size) > 0
