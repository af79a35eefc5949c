"""What each training step draws: toy scenes from a generator seeded by (seed, stage, step), their pictures and
their captions. Held-out scenes are never drawn, so a resumed run sees the same data as an uninterrupted one."""

from __future__ import annotations

import random

import numpy as np
import torch

from toyworld.captions import caption
from toyworld.recipe import Settings
from toyworld.render import render
from toyworld.scene import ToyScene, sample_scene


def batch_rng(settings: Settings, stage: str, step: int) -> random.Random:
    """The generator of one step's batch: seeded by (seed, stage, step), so a resume draws what it would have."""
    return random.Random(f"{settings.seed}-{stage}-{step}")


def draw_scenes(rng: random.Random, n: int, settings: Settings) -> list[ToyScene]:
    """`n` training-split scenes with 0, 1 or 2 objects in the recipe's proportions (never a held-out one)."""
    counts = rng.choices((0, 1, 2), weights=settings.object_counts, k=n)
    return [sample_scene(rng, c, held_out=False) for c in counts]


def pictures(scenes: list[ToyScene], device: torch.device) -> torch.Tensor:
    """Rendered scenes as a (n, 3, 64, 64) tensor in [-1, 1], the VAE's input range."""
    images = np.stack([render(s) for s in scenes])
    return torch.from_numpy(images).to(device).permute(0, 3, 1, 2).float() / 127.5 - 1


def training_captions(scenes: list[ToyScene], rng: random.Random, settings: Settings) -> list[str]:
    """One caption a scene: some empty (for guidance's unconditional prediction), some naming every attribute,
    the rest leaving some out, so the model learns to fill in what a caption does not say."""
    texts = []
    for scene in scenes:
        if rng.random() < settings.caption_dropout:
            texts.append("")
            continue
        keep = 1.0 if rng.random() < settings.full_caption_share else 0.7
        texts.append(caption(scene, rng, keep=keep)[0])
    return texts
