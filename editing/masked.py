"""The `masked` strategy: the model itself finds what an edit changes, and nothing else is redrawn.

For any HunyuanDiT, real checkpoints included, with nothing a picture reader provides:
- Where: DiffEdit. The transformer predicts the noise of the edited picture's latents (noised half way, a few
  draws) once for the old prompt and once for the new; where the predictions differ is where the picture must
  change (`generator.Generator.prompt_difference`). Normalised by its largest cell, thresholded and grown by a
  cell. A background edit changes everything but the subjects, and the two prompts differ faintly everywhere,
  so there the region is the complement of where each subject is: the difference between the old prompt and
  the old prompt without that subject.
- How: the new prompt is drawn from the scene's own initial noise, and after every step the latents outside the
  region are the previous picture's latents noised to that step (`generator.blend.LatentBlend`). Read as
  differential diffusion's change map, the region is 1, a rim around it 0.8 and the rest 0.5: the outside is
  held for the first half of the steps and then the model settles it, so what it redraws meets what it keeps
  without seams (held to the end, the toy model smeared textures along the region's edge). The decoded picture
  then takes the previous picture's pixels outside the region grown by the decoder's reach, so the outside
  comes back bit for bit.
- A style (or notes, time of day, things to avoid) may change every pixel: no region; the new prompt starts from
  the previous picture's latents at a strength, so its composition stays.
The toy world only judges this (benchmarks/bench_consistency.py); nothing here reads its pictures or words.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import torch
from PIL import Image

from dialog.decision import EditKind
from dialog.prompt import render_prompt
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from editing.plan import Overrides, SamplingPlan, Strategy, plan_sampling

# prompt_difference(latents, before, after) -> H x W difference at latent resolution (a generator's method).
PromptDifference = Callable[[torch.Tensor, str, str], torch.Tensor]


@dataclass(frozen=True)
class MaskSettings:
    """How a difference map becomes a region. Tuned on bench_consistency's tuning split (see the README)."""

    threshold: float = 0.4  # of the largest cell's difference
    grow: int = 1  # latent cells around the region on every side that may change late (a soft rim)
    rim: float = 0.8  # the share of the steps the rim is the model's (differential diffusion's change map)
    settle: float = 0.5  # the same for every other cell: the model settles them in the last steps, so what it
    # redraws meets what it keeps; their pixels then come back from the previous picture
    strength: float = 1.0  # inside the region: 1 redraws from the scene's noise, less starts from the picture
    style_strength: float = 0.6  # a whole-picture change starts from the previous latents this far
    matte: int = 1  # a background edit: the old background the subjects' kept cells bring back is replaced
    # by the new one (editing.matte); 0: kept as it was
    pixel_margin: int = 4  # pixels past the region the decoder may reach; beyond, the previous pixels come back
    # (negative: the decoded picture as it is)
    layout: int = 1  # a move carried out on the latents first (editing.latent_layout); 0: redrawn in its region
    placed: float = 0.6  # the change map where a moved subject is laid in: the model settles its last 60 %
    vacated: float = 0.8  # and where it was: filled with what surrounds it, then mostly the model's
    carry_grow: int = 1  # 0: a subject's cells carried by how much they are its; k: its cells and k around, whole
    count_alike: bool = True  # the prompts compared say things alike as the engine draws them ("two cats"; False:
    # "a cat and a cat", for a model whose captions never count: ModelProfile.counts)


def plan_masked(kind: EditKind, anchor_seed: int | None, rng: random.Random, overrides: Overrides,
                whole_picture: bool, settings: MaskSettings) -> SamplingPlan:
    """Seed as same-seed does (the scene's, or the locked one); a region kept unless the whole picture changes."""
    seeded = plan_sampling(kind, anchor_seed, rng, Strategy.SAME_SEED, replace(overrides, strength=None))
    if kind == EditKind.NEW or anchor_seed is None:
        return seeded
    strength = settings.style_strength if whole_picture else settings.strength
    strength = min(1.0, max(0.0, float(overrides.strength if overrides.strength is not None else strength)))
    start_from = "current" if strength < 1.0 else None
    why = seeded.reason
    if start_from:
        why += f"; start from the current picture at strength {strength:.2f}"
    why += ("; the whole picture may change (style, notes or time of day)" if whole_picture else
            "; redrawn only where the model's predictions for the old and new prompt differ")
    return SamplingPlan(strategy=Strategy.MASKED.value, seed=seeded.seed, strength=strength, start_from=start_from,
                        reason=why, keep_outside=not whole_picture)


def edit_region(before: Scene, after: Scene, latents: torch.Tensor, difference: PromptDifference,
                settings: MaskSettings) -> torch.Tensor:
    """1 x 1 x H x W at latent resolution, how much each cell may change (1 fully, 0 not at all): where going
    from `before` to `after` changes the picture whose latents these are, as the model sees it."""
    def render(scene: Scene) -> str:
        return render_prompt(scene, count_alike=settings.count_alike)

    old_prompt, new_prompt = render(before), render(after)
    diff = SceneDiff(before, after)

    if diff.background_changed:  # everything but the subjects: where removing each would change the picture
        subjects = torch.zeros(latents.shape[-2:])
        for subject in before.subjects:
            without = Scene.from_dict({**before.to_dict(), "subjects": [
                s.to_dict() for s in before.subjects if s.id != subject.id]})
            subjects = torch.maximum(subjects, _cells(difference(latents, old_prompt, render(without)),
                                                      settings))
        region = (subjects == 0).float()
    else:
        region = _cells(difference(latents, old_prompt, new_prompt), settings)
    return torch.maximum(region, torch.full_like(region, settings.settle))[None, None]


def _cells(difference: torch.Tensor, settings: MaskSettings) -> torch.Tensor:
    """1 for cells whose difference reaches `threshold` of the largest, `rim` for `grow` cells around them."""
    peak = float(difference.max())
    if peak <= 0:
        return torch.zeros(difference.shape)
    found = ((difference / peak) >= settings.threshold).float()
    if not settings.grow:
        return found
    size = 2 * settings.grow + 1
    around = torch.nn.functional.max_pool2d(found[None, None], size, stride=1, padding=settings.grow)[0, 0]
    return torch.maximum(found, around * settings.rim)


def keep_outside_pixels(drawn: Image.Image, previous: Image.Image, region: torch.Tensor, margin: int,
                        settle: float = 0.0) -> Image.Image:
    """`drawn` inside the region (cells above `settle`) grown by `margin` pixels, `previous` everywhere else."""
    if drawn.size != previous.size:
        return drawn
    return restore_pixels(drawn, previous, kept_pixels(region, drawn.size, margin, settle))


def restore_pixels(drawn: Image.Image, previous: Image.Image, kept: np.ndarray) -> Image.Image:
    """`previous` where `kept` (H x W bool), `drawn` elsewhere."""
    out = np.where(kept[..., None], np.asarray(previous.convert("RGB")), np.asarray(drawn.convert("RGB")))
    return Image.fromarray(out.astype(np.uint8))


def kept_pixels(region: torch.Tensor, size: tuple[int, int], margin: int, settle: float = 0.0) -> np.ndarray:
    """H x W, True where the previous picture's pixels come back: beyond the region (cells above `settle`)
    grown by `margin` pixels."""
    width, height = size
    pixels = torch.nn.functional.interpolate((region > settle).float(), size=(height, width), mode="nearest")
    if margin:
        pixels = torch.nn.functional.max_pool2d(pixels, 2 * margin + 1, stride=1, padding=margin)
    return pixels[0, 0].numpy() <= 0


def region_note(region: torch.Tensor, settle: float) -> str:
    return f"{float((region > settle).float().mean()):.0%} of the picture may change (found by the model)"
