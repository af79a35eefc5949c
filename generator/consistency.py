"""How to sample a turn so the picture changes only where asked: seed, initial noise and start latents.

A new scene gets a new seed. An edit keeps the scene's *anchor* (the seed, hence the same initial noise, of the
scene's first picture) and renders the accumulated Scene from it, instead of chaining from the last output
(which piles up drift). Strategies are named so they can be compared side by side (issue 7 measures them).
Nothing here renders or knows about chat: it maps an edit kind and the user's overrides to a `SamplingPlan`.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

from dialog.decision import EditKind

MAX_SEED = 2**31 - 1


class Strategy(str, Enum):
    FRESH = "fresh"  # new noise every turn: the naive baseline
    SAME_SEED = "same-seed"  # one seed per scene, every edit re-rendered from the same initial noise
    OURS = "ours"  # same seed + start from the anchor's latents at a strength chosen by edit kind


# Edits that keep the layout can start from the anchor picture's latents; how much to re-noise them.
# Attribute and background edits need little freedom; adding or moving objects needs more.
EDIT_STRENGTH: dict[EditKind, float] = {
    EditKind.ATTRIBUTE: 0.6,
    EditKind.BACKGROUND: 0.6,
    EditKind.STYLE: 0.7,
    EditKind.ADD: 0.85,
    EditKind.REMOVE: 0.85,
    EditKind.LAYOUT: 1.0,
    EditKind.NEW: 1.0,
}


@dataclass(frozen=True)
class Overrides:
    """What the user set in the UI; each None means "let the strategy choose"."""

    seed: int | None = None  # a locked seed: used for every turn, new scene or not
    strength: float | None = None  # 0..1 for edits; 1 = re-render from noise


@dataclass(frozen=True)
class SamplingPlan:
    """Recorded in the turn so any picture can be reproduced exactly."""

    strategy: str
    seed: int
    strength: float  # 1.0 = text-to-image from the seed's noise
    start_from: str | None  # "anchor": start from the anchor's latents; None: from noise
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def new_seed(rng: random.Random) -> int:
    return rng.randint(0, MAX_SEED)


def plan_sampling(
    edit_kind: EditKind,
    anchor_seed: int | None,
    rng: random.Random,
    strategy: Strategy = Strategy.SAME_SEED,
    overrides: Overrides = Overrides(),
) -> SamplingPlan:
    """Choose seed and start for one turn. `anchor_seed` is the current scene's seed (None: no picture yet)."""
    fresh_scene = edit_kind == EditKind.NEW or anchor_seed is None
    if overrides.seed is not None:
        seed, why = overrides.seed, "seed locked by the user"
    elif fresh_scene or strategy == Strategy.FRESH:
        seed, why = new_seed(rng), ("new scene: new seed" if fresh_scene else "fresh strategy: new seed")
    else:
        seed, why = anchor_seed, "edit: same seed and initial noise as the scene's first picture"

    if fresh_scene or strategy != Strategy.OURS:
        strength = 1.0 if overrides.strength is None or fresh_scene else overrides.strength
    else:
        strength = EDIT_STRENGTH[edit_kind] if overrides.strength is None else overrides.strength
    strength = min(1.0, max(0.0, float(strength)))
    start_from = None if strength >= 1.0 or fresh_scene else "anchor"
    if start_from:
        why += f"; start from the anchor picture at strength {strength:.2f}"
    return SamplingPlan(strategy=strategy.value, seed=int(seed), strength=strength, start_from=start_from, reason=why)
