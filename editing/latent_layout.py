"""Moves for the `masked` strategy, done on the picture's latents before the model redraws.

Redrawing a moved subject from noise lets the model draw it anew: another shape, another shade, and often the
subject again where it stood, since the scene's noise there once drew it. Instead, as a person would cut and
paste: the model finds the subject (DiffEdit: where its predictions for the prompt with and without the subject
differ), its latent cells are copied to the new place, the place it leaves is filled with the latents around it,
and the model then only settles the result (`generator.blend.LatentBlend` holds the laid-out latents for the
first steps of each cell, as differential diffusion's change map says).

Where a place is comes from the words alone: "left" is the left third of the frame, "top" the top third, and
so on. Nothing here reads a picture's pixels or knows a toy world: it takes latents, two Scenes and the model's
`prompt_difference`. Tried on bench_consistency's tuning split (100 conversations, unchanged): moves 36.7 % ->
49.0 %; resizing the carried latents (resampled) 51.2 -> 44.2 % and removals filled from around 83.7 -> 76.7 %,
so those two are left to the model (`editing.masked.edit_region`).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from editing.masked import MaskSettings, PromptDifference
from editing.places import place_point


@dataclass(frozen=True)
class Arranged:
    """What the render holds and frees: `keep` the latents with the edit laid in (1 x C x H x W), `change` the
    change map (1 x 1 x H x W, the share of the steps each cell is the model's), `edited` 1 where the new
    picture's pixels are taken (elsewhere the previous picture's come back)."""

    keep: torch.Tensor
    change: torch.Tensor
    edited: torch.Tensor


def subject_weights(latents: torch.Tensor, scene: Scene, subject: Subject, difference: PromptDifference,
                    settings: MaskSettings) -> torch.Tensor:
    """H x W in [0, 1]: how much each cell belongs to `subject`, as the model sees it. 1 from `threshold` of the
    peak difference up, fading to 0 at half of it, so the subject's edges go with it."""
    without = Scene.from_dict({**scene.to_dict(), "subjects": [
        s.to_dict() for s in scene.subjects if s.id != subject.id]})
    found = difference(latents, render_prompt(scene, count_alike=settings.count_alike),
                       render_prompt(without, count_alike=settings.count_alike)).float()
    peak = float(found.max())
    if peak <= 0:
        return torch.zeros(found.shape)
    low = settings.threshold / 2
    weights = ((found / peak - low) / (settings.threshold - low)).clamp(0, 1)
    core = _around_peak(found / peak >= settings.threshold, int(found.argmax()))
    size = 2 * max(1, settings.carry_grow) + 1
    near = F.max_pool2d(core.float()[None, None], size, stride=1, padding=max(1, settings.carry_grow))[0, 0]
    if settings.carry_grow:  # the subject's cells and those around it, whole
        return near
    return weights * near  # the subject only, not what else the prompt's words stir up elsewhere


def _around_peak(cells: torch.Tensor, peak: int) -> torch.Tensor:
    """The cells of `cells` (H x W, bool) joined to the peak cell (a flat index) side by side: one subject."""
    height, width = cells.shape
    found = torch.zeros_like(cells)
    todo = [divmod(peak, width)]
    while todo:
        row, column = todo.pop()
        if not (0 <= row < height and 0 <= column < width) or found[row, column] or not cells[row, column]:
            continue
        found[row, column] = True
        todo += [(row + 1, column), (row - 1, column), (row, column + 1), (row, column - 1)]
    return found


def surrounding_fill(latents: torch.Tensor, weights: torch.Tensor, reach: int = 2) -> torch.Tensor:
    """1 x C x 1 x 1: the per-channel median of the cells around a subject (within `reach` cells, not its own),
    what its place most likely shows without it; the whole picture's outside cells if there are none."""
    inside = weights > 0
    size = 2 * reach + 1
    near = F.max_pool2d(inside.float()[None, None], size, stride=1, padding=reach)[0, 0] > 0
    ring = near & ~inside
    if not bool(ring.any()):
        ring = ~inside
    if not bool(ring.any()):
        return latents.mean(dim=(-2, -1), keepdim=True)
    cells = latents[0][:, ring]  # C x N
    return cells.median(dim=1).values[None, :, None, None]


def carried(latents: torch.Tensor, weights: torch.Tensor, dx: int, dy: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The subject's latents and weights moved by whole cells (`dx` right, `dy` down): copied, not resampled."""
    height, width = weights.shape
    moved_latents, moved_weights = torch.zeros_like(latents), torch.zeros_like(weights)
    src_y, dst_y = slice(max(0, -dy), min(height, height - dy)), slice(max(0, dy), min(height, height + dy))
    src_x, dst_x = slice(max(0, -dx), min(width, width - dx)), slice(max(0, dx), min(width, width + dx))
    moved_latents[..., dst_y, dst_x] = latents[..., src_y, src_x]
    moved_weights[dst_y, dst_x] = weights[src_y, src_x]
    return moved_latents, moved_weights


def arrange(before: Scene, after: Scene, latents: torch.Tensor, difference: PromptDifference,
            settings: MaskSettings) -> Arranged | None:
    """A move laid into `latents` (those of the picture drawn for `before`): None when the edit is not only
    moves (subjects at new places, nothing else about them changed, none added or removed), or the model could
    not find a subject it moves."""
    new = {s.id: s for s in after.subjects}
    if [s.id for s in before.subjects] != list(new):
        return None
    moved = [s for s in before.subjects if s.position != new[s.id].position]
    if not moved or any(s.size != new[s.id].size or (s.position != new[s.id].position
                                                     and place_point(new[s.id].position) is None)
                        for s in before.subjects):
        return None
    height, width = latents.shape[-2:]
    source = latents.float()
    keep = source.clone()
    vacated, placed = torch.zeros((height, width)), torch.zeros((height, width))
    pastes: list[tuple[torch.Tensor, torch.Tensor]] = []
    for subject in moved:
        weights = subject_weights(latents, before, subject, difference, settings)
        if float(weights.sum()) <= 0:
            return None
        keep = weights * surrounding_fill(source, weights) + (1 - weights) * keep
        vacated = torch.maximum(vacated, weights)
        pastes.append(carried(source, weights, *_shift(place_point(new[subject.id].position), weights)))
    for moved_latents, moved_weights in pastes:
        keep = moved_weights * moved_latents + (1 - moved_weights) * keep
        placed = torch.maximum(placed, moved_weights)
    left = vacated * (1 - placed)
    change = torch.full((height, width), settings.settle)
    change = torch.maximum(change, (left > 0).float() * settings.vacated)
    change = torch.where(placed > 0, torch.full_like(change, settings.placed), change)
    edited = ((left > 0) | (placed > 0)).float()
    if settings.grow:
        size = 2 * settings.grow + 1
        rim = F.max_pool2d(edited[None, None], size, stride=1, padding=settings.grow)[0, 0]
        change = torch.where((rim > 0) & (edited == 0), torch.maximum(change, torch.full_like(change, settings.rim)),
                             change)
        edited = rim
    return Arranged(keep.to(latents.dtype), change[None, None], edited[None, None])


def _shift(target: tuple[float, float], weights: torch.Tensor) -> tuple[int, int]:
    """Whole cells (dx, dy) that carry a subject from where the model drew it (the centre of its weights) to
    `target` (fractions of the frame), no further than keeps all of its cells inside the frame."""
    height, width = weights.shape
    total = float(weights.sum())
    ys, xs = torch.meshgrid(torch.arange(height, dtype=torch.float32) + 0.5,
                            torch.arange(width, dtype=torch.float32) + 0.5, indexing="ij")
    cx, cy = float((weights * xs).sum()) / total, float((weights * ys).sum()) / total
    dx, dy = round(target[0] * width - cx), round(target[1] * height - cy)
    rows, columns = (weights > 0).any(dim=1).nonzero(), (weights > 0).any(dim=0).nonzero()
    dx = min(max(dx, -int(columns.min())), width - 1 - int(columns.max()))
    dy = min(max(dy, -int(rows.min())), height - 1 - int(rows.max()))
    return dx, dy
