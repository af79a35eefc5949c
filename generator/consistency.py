"""How to sample a turn so the picture changes only where asked: seed, initial noise, start latents and region.

A new scene gets a new seed. `same-seed` re-renders every edit from the scene's seed (hence the same initial
noise). `ours` keeps that seed, starts from the picture being edited (SDEdit, at a strength chosen by edit
kind) and, where a `Locator` can find the Scene's subjects in that picture, keeps every pixel outside the
edit's region exactly as it was (`confine_edit`). With a palette too, the edit is first roughed into that
picture (`generator.rough_edit`: recoloured, moved, resized, erased, repainted in pixels) and the model cleans
it up at a low strength, with the pixels it did not change kept exactly (no VAE round trip). Chaining from the
last picture piles up drift only when the whole picture is re-rendered; with the region kept, drift stays
inside what the person asked to change.
Nothing here renders or knows about chat: it maps an edit kind, the user's overrides and two Scenes to data.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

import numpy as np
import torch
from PIL import Image

from dialog.decision import EditKind
from dialog.scene import Scene, Subject

MAX_SEED = 2**31 - 1


class Strategy(str, Enum):
    FRESH = "fresh"  # new noise every turn: the naive baseline
    SAME_SEED = "same-seed"  # one seed per scene, every edit re-rendered from the same initial noise
    OURS = "ours"  # same seed + start from the edited picture at a strength by kind + keep pixels outside the edit


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


# The same, when the edit was roughed into the start picture (`generator.rough_edit`): the model only has to
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

    `roughed`: the edit could be roughed into the picture being edited (`generator.rough_edit`); `ours` then
    starts from that picture, at the lower strengths that only have to clean a paint-over up.
    """
    fresh_scene = edit_kind == EditKind.NEW or anchor_seed is None
    if overrides.seed is not None:
        seed, why = overrides.seed, "seed locked by the user"
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


# ------------------------------------------------------------------------------------------ edit regions

# Finds the Scene's subjects in a picture: subject id -> boolean pixel mask (H x W) of the pixels it covers.
# Subjects it cannot find are left out; things in the picture that are no subject may come under ids starting
# with "?" (the model drew more than was asked: an edit keeps those too). Model-specific: the toy world reads pictures exactly (`toy_world_locator`);
# a real checkpoint would need a segmenter, and without one an edit is not confined.
Locator = Callable[[Image.Image, Scene], Mapping[str, np.ndarray]]

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
    if changes_everything(before, after):
        return None, "style, notes or time of day changed: the whole picture may change"
    region = np.zeros((height, width), dtype=bool)
    old = {s.id: s for s in before.subjects}
    new = {s.id: s for s in after.subjects}
    unchanged = [i for i in old if i in new and drawn(old[i]) == drawn(new[i])]
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
    if before.background != after.background:
        # the whole background changes: keep only the unchanged subjects' own pixels
        kept = np.zeros_like(region)
        for subject_id in unchanged:
            if subject_id in found:
                kept |= found[subject_id]
        region |= ~kept
    return region, f"{region.mean():.0%} of the picture may change"


def changes_everything(before: Scene, after: Scene) -> bool:
    """A new style, notes, avoid-list or time of day may touch every pixel: no region can be kept."""
    return (before.style, before.notes, before.avoid, before.time) != (after.style, after.notes, after.avoid,
                                                                       after.time)


def confine_edit(
    rendered: Image.Image,
    rendered_latents: torch.Tensor,
    edited: Image.Image,
    edited_latents: torch.Tensor | None,
    before: Scene,
    after: Scene,
    locator: Locator,
) -> Confined | None:
    """The rendered edit with every pixel outside its region taken from the edited picture; None if unknown.

    The latents get the same treatment at latent resolution (a latent cell is new if any of its pixels is), so
    the next edit starts from latents that agree with the picture the person saw.
    """
    if rendered.size != edited.size:
        return None
    region, note = edit_region(before, after, locator(edited, before), rendered.size)
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


def toy_world_locator(image: Image.Image, scene: Scene) -> dict[str, np.ndarray]:
    """The toy world's exact reading (toyworld.checker), each subject paired with an object as the checker pairs
    them (most named attributes matched; a subject is found if its object matches at least one named attribute,
    or the picture has exactly one object per subject). Objects paired with no subject come as "?0", "?1"...
    Only 64 x 64 pictures can be read; others give nothing."""
    from toyworld.checker import classify_pixels, read_picture
    from toyworld.spec import CANVAS, COLOURS

    pixels = np.asarray(image.convert("RGB"))
    if pixels.shape[:2] != (CANVAS, CANVAS):
        return {}
    objects = list(read_picture(pixels).objects)
    labels = classify_pixels(pixels)
    subjects = scene.subjects
    slots: list[Any] = objects + [None] * max(0, len(subjects) - len(objects))
    best, best_score = (), -1
    for pairing in itertools.permutations(slots, len(subjects)):
        score = sum(_matches(s, o) for s, o in zip(subjects, pairing))
        if score > best_score:
            best, best_score = pairing, score
    def pixels_of(obj: Any) -> np.ndarray:
        x0, y0, x1, y1 = obj.box
        mask = np.zeros(labels.shape, dtype=bool)
        mask[y0:y1 + 1, x0:x1 + 1] = labels[y0:y1 + 1, x0:x1 + 1] == list(COLOURS).index(obj.colour)
        return mask

    found: dict[str, np.ndarray] = {}
    for subject, obj in zip(subjects, best):
        if obj is not None and (_matches(subject, obj) >= min(1, len(_named(subject)))
                                or len(objects) == len(subjects)):
            found[subject.id] = pixels_of(obj)
    paired = [id(o) for s, o in zip(subjects, best) if s.id in found]
    for index, obj in enumerate(o for o in objects if id(o) not in paired):
        found[f"?{index}"] = pixels_of(obj)
    return found


def toy_world_palette() -> dict[str, tuple[int, int, int]]:
    """The embedded model's colours (objects and backgrounds), for roughing an edit in (`generator.rough_edit`)."""
    from toyworld.spec import BACKGROUNDS, COLOURS

    return {**COLOURS, **BACKGROUNDS}


def _matches(subject: Subject, obj: Any) -> int:
    return 0 if obj is None else sum(getattr(obj, k) == v for k, v in _named(subject).items())


def _named(subject: Subject) -> dict[str, str]:
    """What the Scene says about a subject, in the checker's attribute names."""
    named = {"shape": subject.name, "colour": subject.attributes.get("colour"), "size": subject.size,
             "position": subject.position}
    return {k: v for k, v in named.items() if v}


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


def drawn(subject: Subject) -> tuple:
    """What of a subject shows in a picture: equal for two Scenes means the edit did not touch it."""
    return subject.name, sorted(subject.attributes.items()), subject.position, subject.size


def _side(subject_size: str | None, size: tuple[int, int]) -> float:
    """A subject's box side with the margin; an unknown size counts as big."""
    return SIZE_FRACTION.get(subject_size or "", SIZE_FRACTION["big"]) * min(size) + 2 * _pixels(MARGIN, size)


def _big_side(size: tuple[int, int]) -> float:
    return _side("big", size)


def _pixels(fraction: float, size: tuple[int, int]) -> int:
    return max(1, round(fraction * min(size)))


def is_grid_position(position: str | None) -> bool:
    """Whether a position is one of the 3 x 3 grid's keys (free text such as "near the tree" is not)."""
    from toyworld.spec import POSITIONS

    return position in POSITIONS


def grid_cell_centre(position: str, size: tuple[int, int]) -> tuple[float, float]:
    """Pixel (x, y) of a grid position's cell centre in a picture of `size` (width, height)."""
    from toyworld.spec import POSITIONS

    col, row = POSITIONS[position]
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
