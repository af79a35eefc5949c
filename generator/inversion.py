"""Edit-friendly DDPM inversion (Huberman-Spiegelglas, Kulikov & Michaeli, CVPR 2024): a picture's own noise.

A redraw from the scene's first noise gives a picture of the new prompt, not the picture being edited: whatever
the prompt leaves open (a shape's outline, a size, a place) comes out as that noise and those words make it, and a
changed colour word makes it differently. Inversion instead finds the noise that draws *this* picture: noise its
latents to every level the sampler visits, each with its own independent draw, and keep at each step the
remainder between where the sampler's step under the old prompt lands and where the picture's path is at the next
level. Sampling the old prompt with those remainders gives the picture back exactly; the new prompt with the same
remainders changes what its words change and keeps the structure the remainders carry.

The sampler is DDPM's (DDIM with eta 1) on the model's own schedule and timesteps, so it serves any
HunyuanDiT whose scheduler has `alphas_cumprod` (all of them). The model's predictions for the path are
independent of one another, so they are made in batches. Nothing here knows what an edit is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from diffusers import HunyuanDiTPipeline

from generator.conditioning import concat_text, predict, transformer_inputs
from generator.embedding_cache import TextEmbeddings

BATCH_CELLS = 4096  # latent cells of path points predicted in one transformer call
ETA = 1.0  # DDPM: the remainders then look like noise to the sampler, which is what makes them edit-friendly


@dataclass
class Inverted:
    """`path[i]` is the picture's latents noised to `timesteps[i]` (and `path[-1]` the latents themselves);
    `remainders[i]` is what the step from `timesteps[i]` under the old prompt misses of `path[i + 1]`."""

    timesteps: torch.Tensor
    path: list[torch.Tensor]
    remainders: list[torch.Tensor]


@dataclass
class Guided:
    """A prompt with classifier-free guidance, as one step of the sampler uses it."""

    prompt: TextEmbeddings
    negative: TextEmbeddings | None  # None: no guidance
    guidance: float

    @property
    def text(self) -> TextEmbeddings:
        return concat_text([self.negative, self.prompt]) if self.negative is not None else self.prompt


def _alpha(pipe: HunyuanDiTPipeline, timestep: int) -> torch.Tensor:
    """alphas_cumprod at `timestep`; 1 (the clean picture) below 0."""
    if timestep < 0:
        return torch.tensor(1.0)
    return pipe.scheduler.alphas_cumprod[int(timestep)].float()


def _clean_and_noise(pipe: HunyuanDiTPipeline, prediction: torch.Tensor, latents: torch.Tensor,
                     alpha: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The model's estimate of the clean latents and of the noise, from its prediction of either (or of v)."""
    kind = pipe.scheduler.config.prediction_type
    a, s = alpha.sqrt(), (1 - alpha).sqrt()
    if kind == "v_prediction":
        return a * latents - s * prediction, a * prediction + s * latents
    if kind == "sample":
        return prediction, (latents - a * prediction) / s
    return (latents - s * prediction) / a, prediction


def _step_mean(pipe: HunyuanDiTPipeline, prediction: torch.Tensor, latents: torch.Tensor, timestep: int,
               following: int) -> torch.Tensor:
    """Where DDPM's step from `timestep` to `following` lands before its noise is added (DDIM, eta = ETA)."""
    alpha, alpha_next = _alpha(pipe, timestep), _alpha(pipe, following)
    clean, noise = _clean_and_noise(pipe, prediction.float(), latents.float(), alpha)
    sigma = ETA * ((1 - alpha_next) / (1 - alpha)).sqrt() * (1 - alpha / alpha_next).sqrt()
    return alpha_next.sqrt() * clean + (1 - alpha_next - sigma**2).clamp(min=0).sqrt() * noise


def _following(timesteps: torch.Tensor, index: int) -> int:
    return int(timesteps[index + 1]) if index + 1 < len(timesteps) else -1


def _guided_predictions(pipe: HunyuanDiTPipeline, latents: torch.Tensor, timesteps: torch.Tensor, text: Guided,
                        inputs: dict) -> torch.Tensor:
    """The guided prediction for each row of `latents` (n x C x H x W) at its own timestep."""
    dtype = pipe.transformer.dtype
    rows = latents.shape[0]
    batch = torch.cat([latents] * 2) if text.negative is not None else latents
    times = torch.cat([timesteps] * (2 if text.negative is not None else 1)).to(dtype)
    out = predict(pipe.transformer, batch.to(dtype), times, inputs).float()
    if text.negative is None:
        return out
    uncond, cond = out[:rows], out[rows:]
    return uncond + text.guidance * (cond - uncond)


def _inputs(pipe: HunyuanDiTPipeline, text: Guided, rows: int, height: int, width: int) -> dict:
    """Transformer inputs for `rows` latents: the negatives first, then the prompts (as `_guided_predictions`)."""
    parts = ([text.negative] * rows if text.negative is not None else []) + [text.prompt] * rows
    return transformer_inputs(pipe.transformer, concat_text(parts), height, width, pipe._execution_device)


@torch.no_grad()
def invert(pipe: HunyuanDiTPipeline, latents: torch.Tensor, source: Guided, timesteps: torch.Tensor,
           generator: torch.Generator, batch: int | None = None) -> Inverted:
    """The path and remainders that draw `latents` (1 x C x H x W) under `source` over `timesteps` (descending).

    `batch` path points go through the transformer at once; by default as many as fit in 4,096 latent cells
    (every point of the toy model's 8 x 8 at once, one at a time for a real model's 128 x 128)."""
    device = pipe._execution_device
    clean = latents.to(device=device, dtype=torch.float32)
    height, width = clean.shape[-2] * pipe.vae_scale_factor, clean.shape[-1] * pipe.vae_scale_factor
    path = []
    for t in timesteps:
        alpha = _alpha(pipe, int(t)).to(device)
        draw = torch.randn(clean.shape, generator=generator, dtype=torch.float32).to(device)
        path.append(alpha.sqrt() * clean + (1 - alpha).sqrt() * draw)
    path.append(clean)
    batch = batch or max(1, BATCH_CELLS // (clean.shape[-2] * clean.shape[-1]))
    predictions: list[torch.Tensor] = []
    for first in range(0, len(timesteps), batch):
        times = timesteps[first:first + batch].to(device)
        chunk = torch.cat(path[first:first + len(times)])
        inputs = _inputs(pipe, source, chunk.shape[0], height, width)
        predictions.extend(_guided_predictions(pipe, chunk, times, source, inputs).split(1))
    remainders = [path[i + 1] - _step_mean(pipe, predictions[i], path[i], int(t), _following(timesteps, i))
                  for i, t in enumerate(timesteps)]
    return Inverted(timesteps, path, remainders)


# Called after every step like diffusers' callback_on_step_end: (pipe, index, timestep, {"latents": ...}) -> dict
StepCallback = Callable[[HunyuanDiTPipeline, int, torch.Tensor, dict], dict]


@torch.no_grad()
def regenerate(pipe: HunyuanDiTPipeline, inverted: Inverted, target: Guided, mask: torch.Tensor | None = None,
               callback: StepCallback | None = None) -> torch.Tensor:
    """Sample `target` along the inverted path's remainders. With `mask` (1 x 1 x H x W, a change map as
    `generator.blend.LatentBlend` reads one) the cells not yet the model's follow the inverted path, so where
    the mask is 0 the result is the inverted latents exactly."""
    device = pipe._execution_device
    latents = inverted.path[0]
    height, width = latents.shape[-2] * pipe.vae_scale_factor, latents.shape[-1] * pipe.vae_scale_factor
    inputs = _inputs(pipe, target, 1, height, width)
    steps = len(inverted.timesteps)
    pipe._interrupt = False
    for index, t in enumerate(inverted.timesteps):
        if pipe.interrupt:
            break
        prediction = _guided_predictions(pipe, latents, t.reshape(1).to(device), target, inputs)
        latents = _step_mean(pipe, prediction, latents, int(t), _following(inverted.timesteps, index)) \
            + inverted.remainders[index]
        if mask is not None:
            free = (mask.to(device) > 1 - (index + 1) / steps).float()
            latents = free * latents + (1 - free) * inverted.path[index + 1]
        if callback is not None:
            latents = callback(pipe, index, t, {"latents": latents}).pop("latents", latents)
    return latents
