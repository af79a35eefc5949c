"""How to sample a turn so the picture changes only where asked: seed, initial noise, start and strength.

A new scene gets a new seed. `same-seed` re-renders every edit from the scene's seed (hence the same initial
noise). `ours` keeps that seed, starts from the picture being edited (SDEdit, at a strength chosen by edit
kind) and, where a picture reader can find the Scene's subjects in that picture, keeps every pixel outside the
edit's region exactly as it was (`editing.regions`). With a palette too, the edit is first roughed into that
picture (`editing.rough_in`) and the model cleans it up at a low strength, with the pixels it did not change
kept exactly (no VAE round trip). Chaining from the last picture piles up drift only when the whole picture is
re-rendered; with the region kept, drift stays inside what the person asked to change.
Nothing here renders: it maps an edit kind and the user's overrides to data.
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
    OURS = "ours"  # same seed + start from the edited picture at a strength by kind + keep pixels outside the edit
    MASKED = "masked"  # same seed; the model finds the region (DiffEdit); outside it the previous latents are kept


# How much of the edited picture's latents to re-noise, by edit kind. Chosen on the benchmark's tuning split
# (`--split tuning --strength ...`, 40 conversations per setting, the step-7000 embedded model): the kept region
# hides what a high strength would disturb elsewhere; inside it, a colour change needs 0.7 (at 0.5 the object
# kept its old colour in 4 edits of 5) and a new object needs almost a fresh start. Tuning split, ours,
# followed / unchanged: attribute 0.5 + add 0.7 gave 0.733 / 0.550; 0.7 + 0.9 gave 0.825 / 0.567; 0.85 + 1.0
# gave 0.833 / 0.558.
EDIT_STRENGTH: dict[EditKind, float] = {
    EditKind.ATTRIBUTE: 0.7,
    EditKind.BACKGROUND: 0.8,
    EditKind.STYLE: 0.7,
    EditKind.ADD: 0.9,
    EditKind.REMOVE: 0.7,
    EditKind.LAYOUT: 0.8,
    EditKind.NEW: 1.0,
}


# The same, when the edit was roughed into the start picture (`editing.rough_in`): the model only has to
# clean a paint-over up, not redraw it. What a strength means depends on the noise schedule: with the embedded
# model's (linear betas 0.0001-0.02, 20 steps) 0.3 starts at t = 299, where the noise (std 0.78) outweighs the
# picture (0.63) and small shapes get redrawn; 0.1 starts at t = 99 (0.32 against 0.95), 0.05 at t = 49 (one step).
# Tuning split, 80 conversations, ours with the unchanged pixels restored (RESTORE_UP_TO), followed / unchanged:
# 0.3 gave 0.963 / 0.833 (not restored: 0.942 / 0.825), 0.1 gave 0.954 / 0.883 (0.946 / 0.842), 0.05 gave
# 0.963 / 0.904; the paint-over alone (0) 0.963 / 0.946, but then no model draws anything. A real picture's
# paste-over may need more blending than the flat-coloured toy world's: the UI's strength slider overrides this
# table. A new subject is only a disc of its colour, so additions keep a high strength: the model draws the shape.
ROUGHED_STRENGTH: dict[EditKind, float] = {
    EditKind.ATTRIBUTE: 0.05,
    EditKind.BACKGROUND: 0.05,
    EditKind.STYLE: 0.7,  # never roughed in (a style changes everything); listed so every kind has a value
    EditKind.ADD: 0.7,
    EditKind.REMOVE: 0.05,
    EditKind.LAYOUT: 0.05,
    EditKind.NEW: 1.0,
}

# Roughed starts up to this strength get the pixels the model did not change back exactly
# (`RenderRequest.restore_unchanged`); above it the model redraws enough that the start's fine detail would show
# through what it drew.
RESTORE_UP_TO = 0.3


@dataclass(frozen=True)
class Overrides:
    """What the user set in the UI; each None means "let the strategy choose"."""

    seed: int | None = None  # a locked seed: used for every turn, new scene or not
    strength: float | None = None  # 0..1 for edits; 1 = re-render from noise
    # A seed the engine drew for this turn, and why: a new scene's (drawn early, so the dialog manager can make
    # its choices from it) or the next seed of a redraw whose first picture did not match the Scene.
    drawn_seed: int | None = None
    drawn_why: str = ""


@dataclass(frozen=True)
class SamplingPlan:
    """Recorded in the turn so any picture can be reproduced exactly."""

    strategy: str
    seed: int
    strength: float  # 1.0 = text-to-image from the seed's noise
    # "current": the picture being edited; "roughed": that picture with the edit painted in roughly;
    # "anchor": the scene's first picture; None: noise
    start_from: str | None
    reason: str
    keep_outside: bool = False  # keep the edited picture's pixels outside the edit's region (confine_edit)
    restore_unchanged: bool = False  # a roughed start at a clean-up strength: see RenderRequest.restore_unchanged

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
    roughed: bool = False,
) -> SamplingPlan:
    """Choose seed and start for one turn. `anchor_seed` is the current scene's seed (None: no picture yet).

    `roughed`: the edit could be roughed into the picture being edited (`editing.rough_in`); `ours` then
    starts from that picture, at the lower strengths that only have to clean a paint-over up.
    """
    fresh_scene = edit_kind == EditKind.NEW or anchor_seed is None
    if overrides.seed is not None:
        seed, why = overrides.seed, "seed locked by the user"
    elif overrides.drawn_seed is not None:
        seed, why = overrides.drawn_seed, overrides.drawn_why or "seed drawn for this turn"
    elif fresh_scene or strategy == Strategy.FRESH:
        seed, why = new_seed(rng), ("new scene: new seed" if fresh_scene else "fresh strategy: new seed")
    else:
        seed, why = anchor_seed, "edit: same seed and initial noise as the scene's first picture"

    ours_edit = strategy == Strategy.OURS and not fresh_scene
    roughed = ours_edit and roughed
    if not ours_edit:
        strength = 1.0 if overrides.strength is None or fresh_scene else overrides.strength
    else:
        table = ROUGHED_STRENGTH if roughed else EDIT_STRENGTH
        strength = table[edit_kind] if overrides.strength is None else overrides.strength
    strength = min(1.0, max(0.0, float(strength)))
    start_from = None
    if strength < 1.0 and not fresh_scene:
        # ours builds on the picture being edited (its region is kept, so drift cannot pile up outside it),
        # with the edit roughed in where it could be; a strength slider on the other strategies starts from the
        # scene's first picture, as they render.
        start_from = ("roughed" if roughed else "current") if ours_edit else "anchor"
        why += f"; start from the {start_from} picture at strength {strength:.2f}"
    restore = start_from == "roughed" and strength <= RESTORE_UP_TO
    if restore:
        why += "; pixels the model did not change kept exactly (no VAE round trip)"
    if ours_edit:
        why += "; pixels outside the edited region kept"
    return SamplingPlan(strategy=strategy.value, seed=int(seed), strength=strength, start_from=start_from,
                        reason=why, keep_outside=ours_edit, restore_unchanged=restore)
