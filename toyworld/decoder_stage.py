"""The third stage: sharpen the decoder alone on the frozen encoder's latents, and the loop it shares with the
readout stage (`fit_decoder`)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import torch
from diffusers import HunyuanDiTPipeline

from toyworld.batches import batch_rng, draw_scenes, pictures
from toyworld.losses import edge_weights, pixel_loss
from toyworld.recipe import Settings, cosine_factor
from toyworld.runs import STATE, print_progress, save_checkpoint
from toyworld.vae_stage import probe_reconstructions


def encoder_batch(vae: torch.nn.Module, rng: random.Random, n: int, settings: Settings, device: torch.device
                  ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(latents, pictures, loss weights) for the decoder: the frozen encoder's latents of fresh training scenes,
    with noise, since sampled latents are never exactly the encoder's."""
    scenes = draw_scenes(rng, n, settings)
    x = pictures(scenes, device)
    weights = edge_weights(scenes, x, settings.vae_object_weight, settings.decoder_edge_weight)
    generator = torch.Generator().manual_seed(rng.getrandbits(63))
    with torch.no_grad():
        latents = vae.encode(x).latent_dist.mean
        latents = latents + settings.decoder_latent_noise * latents.std() * torch.randn(
            latents.shape, generator=generator).to(device)
    return latents, x, weights


def fit_decoder(vae: torch.nn.Module, state: dict, run: Path, settings: Settings, stage: str, steps: int,
                lr: float, batch: Callable[[int], tuple[torch.Tensor, torch.Tensor, torch.Tensor]]) -> None:
    """The decoder and readout stages' shared loop: `batch(step)` gives (latents, pictures, loss weights).

    Only the decoder trains; the state is saved as `stage` with its own step count and optimizer, so either
    stage resumes where it stopped.
    """
    decoder = torch.nn.ModuleList([vae.post_quant_conv, vae.decoder]).train().requires_grad_(True)
    optimizer = torch.optim.AdamW(decoder.parameters(), lr=lr, weight_decay=0.0)
    start = 0
    if state.get("stage") == stage:
        optimizer.load_state_dict(state[f"{stage}_optimizer"])
        start = state[f"{stage}_step"]
    started = time.time()
    for step in range(start, steps):
        latents, x, weights = batch(step)
        for group in optimizer.param_groups:
            group["lr"] = lr * cosine_factor(step / steps)
        error = vae.decode(latents).sample - x
        loss = pixel_loss(error, weights)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if (step + 1) % settings.log_every == 0:
            print_progress(stage, step, steps, loss.item(), started, start)
        if (step + 1) % settings.checkpoint_every == 0 or step + 1 == steps:
            save_checkpoint({**state, "stage": stage, f"{stage}_step": step + 1, "vae": vae.state_dict(),
                             f"{stage}_optimizer": optimizer.state_dict()}, run / STATE)
        if (step + 1) % settings.probe_every == 0 or step + 1 == steps:
            probe_reconstructions(stage, step, vae)
    vae.eval().requires_grad_(False)


def train_decoder(pipe: HunyuanDiTPipeline, state: dict, run: Path, settings: Settings,
                  device: torch.device) -> None:
    """Sharpen the decoder alone. The transformer learned the encoder's latents, so the encoder stays frozen."""
    fit_decoder(pipe.vae, state, run, settings, "decoder", settings.decoder_steps, settings.decoder_lr,
                lambda step: encoder_batch(pipe.vae, batch_rng(settings, "decoder", step), settings.vae_batch,
                                           settings, device))
