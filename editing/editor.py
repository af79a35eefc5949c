"""The editing room's one door: a turn's change in, a render request and the step that finishes it out.

The chat engine says what changed (two Scenes and the edit kind), which pictures there are to build on and what
the person set; the `Editor` chooses seed and start (`editing.plan`), roughs the edit into the picture being
edited and keeps what lies outside the edit (`editing.rough_in`, `editing.regions`) where a `PictureReader`
was given to it. It never renders and knows nothing of sessions.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PIL import Image

from dialog.decision import EditKind
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from editing.latent_layout import arrange
from editing.masked import (MaskSettings, PromptDifference, edit_region, kept_pixels, plan_masked, region_note,
                            restore_pixels)
from editing.matte import rematte
from editing.plan import Overrides, SamplingPlan, Strategy, plan_sampling
from editing.regions import PictureReader, confine_edit
from editing.rough_in import rough_in
from generator.request import RenderRequest, RenderResult

UNKNOWN_REGION = "whole picture re-rendered (edit region unknown)"


@dataclass(frozen=True)
class Picture:
    """A rendered picture's tensors, kept in memory (not exported) so later edits can start from them."""

    latents: Any
    initial_noise: Any
    seed: int


@dataclass(frozen=True)
class Pictures:
    """What an edit can build on. `anchor`: the scene's first picture drawn with the current seed (its tensors
    may be gone: then only its seed is known); `current`: the tensors of the picture being edited, if kept;
    `image`: that picture's pixels (read only when the editor reads pictures, see `Editor.reads_pictures`)."""

    anchor: Picture | None = None
    current: Picture | None = None
    image: Image.Image | None = None


@dataclass(frozen=True)
class Finished:
    result: RenderResult
    region: str | None  # what of the picture the edit was allowed to change; None when no region is kept


@dataclass(frozen=True)
class Edit:
    """How to render one turn: the request, the plan recorded with the turn, and what to do with the result."""

    request: RenderRequest
    plan: SamplingPlan
    finish: Callable[[RenderResult], Finished]


class Editor:
    """Built once with the strategy and what it needs: for `ours`, a reader of the model's pictures (the toy
    world offers one); for `masked`, the model's own `prompt_difference` (any HunyuanDiT has one)."""

    def __init__(self, strategy: Strategy = Strategy.SAME_SEED, reader: PictureReader | None = None,
                 difference: PromptDifference | None = None, masking: MaskSettings = MaskSettings()) -> None:
        if strategy == Strategy.MASKED and difference is None:
            raise ValueError("the masked strategy needs the model's prompt_difference")
        self.strategy = strategy
        self.reader = reader
        self.difference = difference
        self.masking = masking

    @property
    def reads_pictures(self) -> bool:
        """Whether `plan` looks at the pixels of the picture being edited (so the caller should pass them)."""
        return (self.strategy == Strategy.OURS and self.reader is not None) or self.strategy == Strategy.MASKED

    def plan(
        self,
        before: Scene,
        after: Scene,
        kind: EditKind,
        pictures: Pictures,
        overrides: Overrides,
        base: RenderRequest,
        rng: random.Random,
        latent_size: tuple[int, int],
    ) -> Edit:
        """A message's turn. `base` says what to draw (prompt, size, steps...); the editor adds how to start."""
        if self.strategy == Strategy.MASKED:
            return self._plan_masked(before, after, kind, pictures, overrides, base, rng, latent_size)
        anchor = pictures.anchor if kind != EditKind.NEW else None
        located: list[Any] = []

        def found() -> Any:  # the reader's masks of the picture being edited, read at most once
            if not located:
                located.append(self.reader.locate(pictures.image, before))
            return located[0]

        roughed = None
        palette = self.reader.palette if self.reader is not None else None
        if anchor and self.reads_pictures and palette is not None and pictures.image is not None \
                and pictures.current is not None:
            roughed = rough_in(pictures.image, before, after, found(), palette)
        plan = plan_sampling(
            kind,
            anchor_seed=anchor.seed if anchor else None,
            rng=rng,
            strategy=self.strategy,
            overrides=overrides,
            roughed=roughed is not None,
        )
        if plan.start_from in ("current", "roughed"):  # ours builds on the picture being edited, not the first
            anchor = pictures.current
        start_image = roughed if plan.start_from == "roughed" and anchor else None
        request = _started(base, plan, anchor, start_image, latent_size)

        def finish(result: RenderResult) -> Finished:
            if not plan.keep_outside:
                return Finished(result, None)
            confined = None
            if self.reader is not None and pictures.image is not None:
                current = pictures.current
                confined = confine_edit(result.image, result.latents, pictures.image,
                                        current.latents if current else None, before, after, found())
            if confined is None:
                return Finished(result, UNKNOWN_REGION)
            return Finished(replace(result, image=confined.image, latents=confined.latents), confined.note)

        return Edit(request, plan, finish)

    def _plan_masked(self, before: Scene, after: Scene, kind: EditKind, pictures: Pictures, overrides: Overrides,
                     base: RenderRequest, rng: random.Random, latent_size: tuple[int, int]) -> Edit:
        anchor = pictures.anchor if kind != EditKind.NEW else None
        diff = SceneDiff(before, after)
        whole = kind == EditKind.STYLE or diff.changes_everything
        plan = plan_masked(kind, anchor.seed if anchor else None, rng, overrides, whole, self.masking)
        current = pictures.current
        usable = current is not None and current.latents is not None \
            and tuple(current.latents.shape[-2:]) == latent_size
        if not plan.keep_outside or not usable:  # the whole picture, from the current latents or the seed's noise
            request = _started(base, plan, current if plan.start_from else None, None, latent_size)
            return Edit(request, plan, lambda result: Finished(result, UNKNOWN_REGION if plan.keep_outside else None))
        arranged = arrange(before, after, current.latents, self.difference, self.masking) \
            if self.masking.layout and kind == EditKind.LAYOUT else None
        if arranged is not None:  # moved on the latents; the model settles it
            keep, region, edited, settle = arranged.keep, arranged.change, arranged.edited, 0.0
        else:
            region = edit_region(before, after, current.latents, self.difference, self.masking)
            keep, edited, settle = current.latents, region, self.masking.settle
        request = replace(_started(base, plan, current if plan.start_from else None, None, latent_size),
                          keep_latents=keep, keep_mask=region)

        def finish(result: RenderResult) -> Finished:
            image = result.image
            previous = pictures.image
            if previous is not None and self.masking.pixel_margin >= 0 and previous.size == image.size:
                kept = kept_pixels(edited, image.size, self.masking.pixel_margin, settle)  # read once, used twice
                image = restore_pixels(image, previous, kept)
                if self.masking.matte and arranged is None and diff.background_changed:
                    image = rematte(image, previous, kept)
            return Finished(replace(result, image=image), region_note(edited, settle))

        return Edit(request, plan, finish)

    def retry(self, base: RenderRequest, seed: int, latent_size: tuple[int, int]) -> Edit:
        """The same scene drawn again from a new seed's noise."""
        plan = SamplingPlan(self.strategy.value, seed, 1.0, None, "retry: same scene, new seed")
        return Edit(_started(base, plan, None, None, latent_size), plan, _as_is)

    def variation(self, base: RenderRequest, current: Picture, seed: int, strength: float,
                  latent_size: tuple[int, int]) -> Edit:
        """A close variant of the current picture: its latents re-noised part way with a new seed."""
        plan = SamplingPlan(self.strategy.value, seed, strength, "current", "variation of the current picture")
        return Edit(_started(base, plan, current, None, latent_size), plan, _as_is)


def _as_is(result: RenderResult) -> Finished:
    return Finished(result, None)


def _started(base: RenderRequest, plan: SamplingPlan, anchor: Picture | None, start_image: Image.Image | None,
             latent_size: tuple[int, int]) -> RenderRequest:
    """`base` with the plan's seed and start: the anchor's latents, or a start picture, at the plan's strength."""
    if anchor and anchor.latents is not None and tuple(anchor.latents.shape[-2:]) != latent_size:
        anchor = None  # the size changed: start from the seed's noise rather than from latents of another size
        start_image = None
    return replace(
        base,
        seed=plan.seed,
        init_latents=anchor.latents if plan.start_from and anchor and start_image is None else None,
        init_image=start_image,
        strength=plan.strength if plan.start_from and anchor else 1.0,
        restore_unchanged=plan.restore_unchanged,  # used only with a start picture
    )
