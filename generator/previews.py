"""Cheap looks at a render in progress: an exact VAE decode, or a linear latent→RGB approximation, and the step
callback that reports them with the progress (`StepReporter`).

A preview shows the sampler's current estimate of the *finished* latents when the scheduler exposes one
(`DenoisedTap`): the noisy latents of a step decode to noise for most of a render, so a preview of them shows
nothing until the last few steps.

The approximation uses published factors for the SDXL VAE (HunyuanDiT's VAE); it only applies to 4-channel
latents and costs a matrix product instead of a decoder pass.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

import torch
from PIL import Image

from generator.request import RenderRequest, StepProgress

# Rows: latent channel; columns: R, G, B. From ComfyUI's SDXL latent format (latents scaled by scaling_factor).
SDXL_LATENT_RGB = torch.tensor(
    [[0.3651, 0.4232, 0.4341], [-0.2533, -0.0042, 0.1068], [0.1076, 0.1111, -0.0362], [-0.3165, -0.2492, -0.2188]]
)
SDXL_LATENT_RGB_BIAS = torch.tensor([0.1084, -0.0175, -0.0011])


def approx_preview(latents: torch.Tensor, size: tuple[int, int]) -> Image.Image | None:
    """A rough RGB picture from 4-channel latents, scaled up to `size`; None for other latent layouts."""
    if latents.shape[1] != SDXL_LATENT_RGB.shape[0]:
        return None
    sample = latents[0].float().cpu()
    rgb = torch.einsum("chw,cr->hwr", sample, SDXL_LATENT_RGB) + SDXL_LATENT_RGB_BIAS
    pixels = ((rgb.clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8).numpy()
    return Image.fromarray(pixels, "RGB").resize(size, Image.Resampling.NEAREST)


def _data_prediction_history(scheduler: Any) -> list | None:
    """Multistep solvers that keep their converted model outputs as x0 estimates (DPM-Solver++, UniPC)."""
    config = scheduler.config
    if getattr(config, "algorithm_type", None) in ("dpmsolver++", "sde-dpmsolver++") or getattr(
            config, "predict_x0", False):
        return getattr(scheduler, "model_outputs", None)
    return None


class DenoisedTap:
    """While entered, keeps the latest estimate of the finished latents that `scheduler.step` produced.

    Schedulers that return `pred_original_sample` (DDPM, Euler, DDIM, ...) give it with each step; DPM-Solver++
    and UniPC keep it as their last model output. For any other scheduler `latest` stays None and a preview
    falls back to the noisy latents. The wrapper is an instance attribute removed on exit, so the scheduler is
    unchanged outside a render (renders are serialised, so no other render sees it).
    """

    def __init__(self, scheduler: Any) -> None:
        self.scheduler = scheduler
        self.latest: torch.Tensor | None = None

    def __enter__(self) -> DenoisedTap:
        step = self.scheduler.step  # the bound class method

        @functools.wraps(step)  # pipelines read step's signature to decide whether to pass `generator` and `eta`
        def tapped(*args: Any, **kwargs: Any) -> Any:
            out = step(*args, **kwargs)
            estimate = out[1] if isinstance(out, tuple) and len(out) > 1 else getattr(out, "pred_original_sample", None)
            if estimate is None:
                history = _data_prediction_history(self.scheduler)
                estimate = history[-1] if history else None
            self.latest = estimate
            return out

        self.latest = None
        self.scheduler.step = tapped
        return self

    def __exit__(self, *exc: object) -> None:
        vars(self.scheduler).pop("step", None)


class StepReporter:
    """The step callback both sampling paths share: progress, previews, and cancel within one step."""

    def __init__(
        self,
        on_step: Callable[[StepProgress], None] | None,
        cancel: threading.Event | None,
        request: RenderRequest,
        size: tuple[int, int],
        preview: Callable[[torch.Tensor, str, tuple[int, int]], Image.Image | None],
    ) -> None:
        self.on_step = on_step
        self.cancel = cancel
        self.every = request.preview_every
        self.mode = request.preview_mode
        self.size = size
        self.preview = preview
        self.denoised: DenoisedTap | None = None  # set for the render: previews show its estimate when it has one
        self.total = 0
        self.done = 0
        self.cancelled = False

    def __call__(self, pipe: Any, index: int, timestep: torch.Tensor, tensors: dict) -> dict:
        self.done = index + 1
        if self.on_step is not None:
            image = None
            if self.every and self.done % self.every == 0 and self.done < self.total:
                estimate = self.denoised.latest if self.denoised is not None else None
                image = self.preview(tensors["latents"] if estimate is None else estimate, self.mode, self.size)
            self.on_step(StepProgress(self.done, self.total, image))
        if self.cancel is not None and self.cancel.is_set():
            self.cancelled = True
            pipe._interrupt = True  # diffusers skips the remaining steps; we discard the result
        return tensors
