"""Where the model may draw, and where it must not: two tools for local edits that work on any HunyuanDiT.

`prompt_difference` is DiffEdit's mask estimate (Couairon et al., 2022): noise the picture's latents part of the
way with a few noise draws, ask the transformer what it predicts for the old and for the new prompt, and average
how much the two predictions differ at each latent cell. Where the prompts disagree is where the picture must
change. `LatentBlend` is blended latent diffusion (Avrahami et al., 2023): after every denoising step, the cells
outside the region are replaced by the kept picture's latents noised to the level the next step expects, so the
model redraws only inside and, after the last step, the outside is the kept latents exactly.
Neither knows what an edit is: they take latents, prompts and a mask.
"""

from __future__ import annotations

from typing import Any

import torch
from diffusers import HunyuanDiTPipeline

from generator.conditioning import concat_text, predict, transformer_inputs
from generator.embedding_cache import TextEmbeddings


@torch.no_grad()
def prompt_difference(
    pipe: HunyuanDiTPipeline,
    latents: torch.Tensor,
    before: TextEmbeddings,
    after: TextEmbeddings,
    strength: float,
    draws: int,
    generator: torch.Generator,
) -> torch.Tensor:
    """Mean |prediction(after) - prediction(before)| per latent cell (H x W, float32 on the CPU).

    `latents` are the picture's (1 x C x H x W); `strength` picks the noise level (0..1 of the training schedule)
    at which the two predictions are compared; `draws` noise samples from `generator` are averaged.
    """
    device, dtype = pipe._execution_device, pipe.transformer.dtype
    height, width = latents.shape[-2] * pipe.vae_scale_factor, latents.shape[-1] * pipe.vae_scale_factor
    inputs = transformer_inputs(pipe.transformer, concat_text([before, after]), height, width, device)
    train_steps = pipe.scheduler.config.num_train_timesteps
    step = min(train_steps - 1, max(0, round(strength * train_steps)))
    timestep = torch.tensor([step], device=device)
    clean = latents.to(device=device, dtype=dtype)
    total = torch.zeros(latents.shape[-2:], dtype=torch.float32)
    for _ in range(draws):
        noise = torch.randn(latents.shape, generator=generator, dtype=torch.float32).to(device=device, dtype=dtype)
        noisy = noised(pipe.scheduler, clean, noise, step)
        prediction = predict(pipe.transformer, torch.cat([noisy] * 2), timestep.repeat(2).to(dtype), inputs)
        old, new = prediction.float().chunk(2)
        total += (new - old).abs().mean(dim=(0, 1)).cpu()
    return total / max(1, draws)


class LatentBlend:
    """A step callback: where the picture must not change yet, the kept latents at the next noise level.

    `mask` (1 x 1 x H x W) says how much each cell may change, as differential diffusion reads a change map
    (Levin & Fried, 2023): a cell of 1 is the model's from the first step, a cell of 0 is the kept latents to
    the end, a cell of 0.3 is held to the kept latents until the last 30 % of the steps and then the model's, so
    its layout stays and its colours can settle with what changed around it. `noise` is the render's own
    initial noise, so a held cell follows the path it took when the kept picture was drawn from that noise.
    """

    def __init__(self, keep: torch.Tensor, mask: torch.Tensor, noise: torch.Tensor) -> None:
        self.keep, self.mask, self.noise = keep, mask, noise

    def __call__(self, pipe: Any, index: int, timestep: torch.Tensor, tensors: dict) -> dict:
        latents = tensors["latents"]
        keep = self.keep.to(device=latents.device, dtype=latents.dtype)
        mask = self.mask.to(device=latents.device, dtype=latents.dtype)
        timesteps = pipe.scheduler.timesteps
        position = (timesteps == timestep).nonzero()
        following = int(position[0, 0]) + 1 if len(position) else len(timesteps)
        if following < len(timesteps):  # still noisy: the kept latents at the level the next step denoises from
            noise = self.noise.to(device=latents.device, dtype=latents.dtype)
            keep = noised(pipe.scheduler, keep, noise, int(timesteps[following]))
        free = (mask > 1 - following / len(timesteps)).to(latents.dtype)  # the cells the model has by now
        tensors["latents"] = free * latents + (1 - free) * keep
        return tensors


def noised(scheduler: Any, latents: torch.Tensor, noise: torch.Tensor, timestep: int) -> torch.Tensor:
    """`latents` noised to training timestep `timestep`: sqrt(a) x + sqrt(1 - a) noise, a = alphas_cumprod[t].

    Written out rather than `scheduler.add_noise`, which some schedulers answer from their current step index
    (set by an earlier image-to-image render) instead of the timestep asked for.
    """
    alpha = scheduler.alphas_cumprod[timestep].to(device=latents.device, dtype=torch.float32)
    return (alpha.sqrt() * latents.float() + (1 - alpha).sqrt() * noise.float()).to(latents.dtype)
