"""The old background that a kept subject's cells bring back with it, replaced by the new one.

A background edit keeps every subject: the latent cells the model finds for a subject are held and their
pixels come back from the previous picture. A cell is 8 x 8 pixels (16 x 16 at 1024² with a real HunyuanDiT's
VAE and patch), so what comes back is the subject plus the old background around it: a box of the old colour
in the new scene. This mattes it out, with nothing but the two pictures: a kept pixel that continues the old
background (its colour is that of the redrawn region's old pixels next to it, and it joins that region
through such pixels) takes the new background there (the new picture's pixel where it continues the new
background, else the new background's colour next to it). The subject's own pixels differ from the
background around them and stay exactly as they were. Textured backgrounds are compared with their nearest
pixels only, so a matte follows a gradient; it never reaches more than `reach` pixels into a kept area.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image


def rematte(drawn: Image.Image, previous: Image.Image, kept: np.ndarray, tolerance: float = 32.0,
            reach: int = 24) -> Image.Image:
    """`drawn` (the previous picture's pixels where `kept`, H x W bool) with the old background inside the
    kept area replaced by the new one around it."""
    if drawn.size != previous.size or not kept.any() or kept.all():
        return drawn
    window = min(max(9, min(kept.shape) // 4) | 1, 4 * reach + 1)
    rows, columns = np.nonzero(kept)  # all the work is within reach of the kept pixels: a crop around them
    grow = reach + window // 2 + 1
    top, left = max(0, int(rows.min()) - grow), max(0, int(columns.min()) - grow)
    bottom, right = min(kept.shape[0], int(rows.max()) + grow + 1), min(kept.shape[1], int(columns.max()) + grow + 1)
    crop = (slice(top, bottom), slice(left, right))
    out = np.asarray(drawn.convert("RGB")).copy()
    out[crop] = _rematted(out[crop], np.asarray(previous.convert("RGB"))[crop], kept[crop], window, tolerance, reach)
    return Image.fromarray(out)


def _rematted(drawn: np.ndarray, previous: np.ndarray, kept: np.ndarray, window: int, tolerance: float,
              reach: int) -> np.ndarray:
    new = torch.from_numpy(drawn.astype(np.float32)).permute(2, 0, 1)[None]
    old = torch.from_numpy(previous.astype(np.float32)).permute(2, 0, 1)[None]
    redrawn = torch.from_numpy(~kept)[None, None].float()
    old_around, reached = _extend(old, _typical(old, redrawn, window, tolerance), reach)
    new_around, _ = _extend(new, _typical(new, redrawn, window, tolerance), reach)
    continues = (redrawn == 0) & (reached > 0) & ((old - old_around).abs().amax(1, keepdim=True) <= tolerance)
    halo = _joined(continues, redrawn > 0, reach)
    redrawn_like = (new - new_around).abs().amax(1, keepdim=True) <= tolerance
    filled = torch.where(redrawn_like, new, new_around)
    return torch.where(halo, filled, new)[0].permute(1, 2, 0).round().clamp(0, 255).byte().numpy()


def _typical(image: torch.Tensor, where: torch.Tensor, window: int, tolerance: float) -> torch.Tensor:
    """The pixels of `where` close to the mean of `where` around them: the background, not a thing drawn in it
    (part of a subject the region's edge cut through, or a new thing), so only the background is extended."""
    total, count = _box_sum(image * where, window // 2), _box_sum(where, window // 2)
    mean = total / count.clamp(min=1e-6)
    return where * ((image - mean).abs().amax(1, keepdim=True) <= tolerance).float()


def _box_sum(values: torch.Tensor, radius: int) -> torch.Tensor:
    """The sum over the (2 radius + 1)² square around each pixel, zeros beyond the edge: by an integral image, so
    a window a quarter of a 1024² picture wide costs no more than a small one."""
    size = 2 * radius + 1
    height, width = values.shape[-2:]
    integral = F.pad(values.double(), (radius + 1, radius, radius + 1, radius)).cumsum(-1).cumsum(-2)
    total = (integral[..., size:size + height, size:size + width] - integral[..., :height, size:size + width]
             - integral[..., size:size + height, :width] + integral[..., :height, :width])
    return total.to(values.dtype)


def _extend(image: torch.Tensor, known: torch.Tensor, steps: int) -> tuple[torch.Tensor, torch.Tensor]:
    """`image` where known; outside, ring by ring, the mean of the neighbours already filled (up to `steps`)."""
    values, have = image * known, known.clone()
    for _ in range(steps):
        total = F.avg_pool2d(values, 3, stride=1, padding=1, count_include_pad=False) * 9
        count = F.avg_pool2d(have, 3, stride=1, padding=1, count_include_pad=False) * 9
        fresh = (have == 0) & (count > 0)
        if not fresh.any():
            break
        values = torch.where(fresh, total / count.clamp(min=1e-6), values)
        have = torch.where(fresh, torch.ones_like(have), have)
    return values, have * (1 - known)


def _joined(candidates: torch.Tensor, seeds: torch.Tensor, steps: int) -> torch.Tensor:
    """The candidate pixels reached from `seeds` through candidates (8-neighbours), at most `steps` away."""
    reached = seeds.float()
    allowed = (candidates | seeds).float()
    for _ in range(steps):
        grown = F.max_pool2d(reached, 3, stride=1, padding=1) * allowed
        if torch.equal(grown, reached):
            break
        reached = grown
    return (reached > 0) & candidates
