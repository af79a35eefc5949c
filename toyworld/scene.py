"""Toy scenes as plain data: what a picture contains (ToyScene) and what a caption says about it (descriptions).

A `ToyScene` is complete ground truth; a `SceneDescription` may leave any attribute out (None), which is what
a caption names and what the checker judges. Sampling obeys the spec's layout rules; no drawing happens here.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

from toyworld.spec import BACKGROUNDS, COLOURS, MAX_OBJECTS, POSITIONS, SHAPES, SIZES, neighbours

ATTRIBUTES: tuple[str, ...] = ("shape", "colour", "size", "position")


@dataclass(frozen=True)
class ToyObject:
    """One shape on the canvas, every attribute known (canonical English keys of `toyworld.spec`)."""

    shape: str
    colour: str
    size: str
    position: str

    def __post_init__(self) -> None:
        for name, value, allowed in (("shape", self.shape, SHAPES), ("colour", self.colour, COLOURS),
                                     ("size", self.size, SIZES), ("position", self.position, POSITIONS)):
            if value not in allowed:
                raise ValueError(f"unknown {name} {value!r}; expected one of {sorted(allowed)}")


@dataclass(frozen=True)
class ToyScene:
    """Ground truth of one picture: a background and 0-2 objects that follow the layout rules."""

    background: str
    objects: tuple[ToyObject, ...] = ()

    def __post_init__(self) -> None:
        if self.background not in BACKGROUNDS:
            raise ValueError(f"unknown background {self.background!r}; expected one of {sorted(BACKGROUNDS)}")
        if len(self.objects) > MAX_OBJECTS:
            raise ValueError(f"at most {MAX_OBJECTS} objects, got {len(self.objects)}")
        if not layout_allowed(self.objects):
            raise ValueError(f"objects break the layout rules (same cell, or big neighbours): {self.objects}")

    def key(self) -> str:
        """Canonical text of the scene, independent of object order (used for held-out splits)."""
        parts = sorted(f"{o.size} {o.colour} {o.shape} @ {o.position}" for o in self.objects)
        return f"{self.background} | " + " ; ".join(parts)

    def describe(self) -> SceneDescription:
        """The description that names every attribute."""
        return SceneDescription(self.background, tuple(
            ObjectDescription(o.shape, o.colour, o.size, o.position) for o in self.objects))


@dataclass(frozen=True)
class ObjectDescription:
    """What a caption says about one object; None means the caption leaves that attribute to the model."""

    shape: str | None = None
    colour: str | None = None
    size: str | None = None
    position: str | None = None

    def named(self) -> dict[str, str]:
        return {a: getattr(self, a) for a in ATTRIBUTES if getattr(self, a) is not None}


@dataclass(frozen=True)
class SceneDescription:
    """What a caption says about a scene: background (or None) and one description per object."""

    background: str | None = None
    objects: tuple[ObjectDescription, ...] = field(default_factory=tuple)


def layout_allowed(objects: tuple[ToyObject, ...] | list[ToyObject]) -> bool:
    """Spec rule: never two objects in one cell, never two big objects in neighbouring cells."""
    for i, a in enumerate(objects):
        for b in objects[i + 1:]:
            if a.position == b.position:
                return False
            if a.size == "big" and b.size == "big" and neighbours(a.position, b.position):
                return False
    return True


def is_held_out(scene: ToyScene) -> bool:
    """About one scene in ten is reserved for evaluation and never drawn during training (stable hash)."""
    digest = hashlib.sha256(scene.key().encode("utf-8")).digest()
    return digest[0] % 10 == 0


def sample_scene(rng: random.Random, n_objects: int | None = None, held_out: bool | None = None) -> ToyScene:
    """A uniformly random valid scene; `held_out` True/False restricts to the evaluation/training split."""
    while True:
        n = rng.choice((0, 1, 2)) if n_objects is None else n_objects
        objects: list[ToyObject] = []
        while len(objects) < n:
            candidate = ToyObject(rng.choice(SHAPES), rng.choice(list(COLOURS)), rng.choice(list(SIZES)),
                                  rng.choice(list(POSITIONS)))
            if layout_allowed(objects + [candidate]):
                objects.append(candidate)
        scene = ToyScene(rng.choice(list(BACKGROUNDS)), tuple(objects))
        if held_out is None or is_held_out(scene) == held_out:
            return scene
