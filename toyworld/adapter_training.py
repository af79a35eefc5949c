"""What the adapter stages' training loops share: a frozen base, resuming, each step's noisy latents and text, the
learning-rate schedule and the loss, all as the transformer stage draws and weighs them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from diffusers import HunyuanDiTPipeline

from generator.conditioning import encode_text, transformer_inputs
from toyworld.adapter_data import as_tensor
from toyworld.batches import batch_rng
from toyworld.losses import loss_weights
from toyworld.recipe import Settings, cosine_factor, training_scheduler
from toyworld.spec import CANVAS


def freeze(pipe: HunyuanDiTPipeline) -> None:
    """The base model stays as shipped: only the adapter trains."""
    for part in (pipe.transformer, pipe.text_encoder, pipe.text_encoder_2, pipe.vae):
        part.requires_grad_(False).eval()


def resume(path: Path, key: str, module: torch.nn.Module, optimizer: torch.optim.Optimizer,
           device: torch.device) -> int:
    """Load the adapter and its optimizer from the run's checkpoint, if there is one; the step to go on from."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        return 0
    state = torch.load(path, map_location=device, weights_only=False)
    module.load_state_dict(state[key])
    optimizer.load_state_dict(state["optimizer"])
    return state["step"]


@dataclass
class NoisyBatch:
    """One step's pictures noised at random timesteps, the velocity to predict, and the transformer's inputs."""

    noisy: torch.Tensor
    timesteps: torch.Tensor
    target: torch.Tensor
    inputs: dict


TIMESTEP_SAMPLINGS = ("uniform", "cubic")


def sample_timesteps(count: int, sampling: str, generator: torch.Generator) -> torch.Tensor:
    """Training timesteps out of 1,000. "cubic" is T2I-Adapter's non-uniform sampling (Mou et al., 2023, t = (1 -
    u^3) T): most draws land near the noisy end, where a picture's layout is decided, which is what a structure
    adapter has to learn to steer; "uniform" draws every timestep alike, as the transformer stage does."""
    if sampling == "uniform":
        return torch.randint(0, 1000, (count,), generator=generator)
    if sampling == "cubic":
        u = torch.rand((count,), generator=generator)
        return ((1 - u ** 3) * 1000).long().clamp(0, 999)
    raise ValueError(f"unknown timestep sampling {sampling!r}: one of {', '.join(TIMESTEP_SAMPLINGS)}")


def noisy_batch(pipe: HunyuanDiTPipeline, images: list, texts: list[str], base: Settings, stage: str, step: int,
                device: torch.device, sampling: str = "uniform") -> NoisyBatch:
    """Seeded by (seed, stage, step), so a resumed run draws the noise an uninterrupted one would."""
    scheduler = training_scheduler(base)
    generator = torch.Generator().manual_seed(batch_rng(base, f"{stage}-noise", step).getrandbits(63))
    with torch.no_grad():
        latents = pipe.vae.encode(as_tensor(images, device)).latent_dist.mean * pipe.vae.config.scaling_factor
        text = encode_text(pipe, texts, device, pipe.transformer.dtype)
    noise = torch.randn(latents.shape, generator=generator).to(device)
    timesteps = sample_timesteps(len(texts), sampling, generator).to(device)
    return NoisyBatch(scheduler.add_noise(latents, noise, timesteps), timesteps,
                      scheduler.get_velocity(latents, noise, timesteps),
                      transformer_inputs(pipe.transformer, text, CANVAS, CANVAS, device))


def set_lr(optimizer: torch.optim.Optimizer, lr: float, step: int, warmup: int, steps: int) -> None:
    """Linear warm-up, then a half cosine down to a tenth."""
    progress = (step - warmup) / max(1, steps - warmup)
    factor = (step + 1) / warmup if step < warmup else cosine_factor(progress)
    for group in optimizer.param_groups:
        group["lr"] = lr * factor


def loss(prediction: torch.Tensor, batch: NoisyBatch, base: Settings,
         cell_weights: torch.Tensor | None = None) -> torch.Tensor:
    """The transformer stage's loss: the velocity error, weighed by noise level, and per latent cell where
    `cell_weights` (n, 1, h, w) are given (as the transformer stage's object weight does)."""
    alphas = training_scheduler(base).alphas_cumprod.to(prediction.device)
    error = F.mse_loss(prediction, batch.target, reduction="none")
    if cell_weights is not None:
        error = error * cell_weights
    return (error.mean(dim=(1, 2, 3)) * loss_weights(alphas[batch.timesteps], base)).mean()
