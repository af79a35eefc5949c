"""The first stage: the VAE on toy-world pictures, the checker's read of its held-out reconstructions (the
ceiling of the whole model), and the latent scale the transformer then learns at."""

from __future__ import annotations

import random
import time
from pathlib import Path

import torch
from diffusers import HunyuanDiTPipeline

from toyworld.batches import batch_rng, draw_scenes, pictures
from toyworld.checker import check
from toyworld.losses import object_weights, pixel_loss
from toyworld.recipe import Settings, cosine_factor
from toyworld.runs import STATE, print_progress, save_checkpoint
from toyworld.scene import sample_scene


def train_vae(pipe: HunyuanDiTPipeline, state: dict, run: Path, settings: Settings, device: torch.device) -> None:
    """Train the VAE to `settings.vae_steps` (resuming a VAE-stage state), weighing object pixels up."""
    vae = pipe.vae.train()
    optimizer = torch.optim.AdamW(vae.parameters(), lr=settings.vae_lr, weight_decay=0.0)
    start = 0
    if state.get("stage") == "vae":
        vae.load_state_dict(state["vae"])
        optimizer.load_state_dict(state["vae_optimizer"])
        start = state["step"]
    started = time.time()
    for step in range(start, settings.vae_steps):
        rng = batch_rng(settings, "vae", step)
        scenes = draw_scenes(rng, settings.vae_batch, settings)
        x = pictures(scenes, device)
        weights = object_weights(scenes, x, settings.vae_object_weight)
        for group in optimizer.param_groups:
            group["lr"] = settings.vae_lr * cosine_factor(step / settings.vae_steps)
        posterior = vae.encode(x).latent_dist
        reconstruction = vae.decode(posterior.sample()).sample
        error = reconstruction - x
        loss = pixel_loss(error, weights) + settings.vae_kl_weight * posterior.kl().mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if (step + 1) % settings.log_every == 0:
            print_progress("vae", step, settings.vae_steps, loss.item(), started, start)
        if (step + 1) % settings.checkpoint_every == 0 or step + 1 == settings.vae_steps:
            save_checkpoint({"stage": "vae", "step": step + 1, "vae": vae.state_dict(),
                             "vae_optimizer": optimizer.state_dict()}, run / STATE)
        if (step + 1) % settings.probe_every == 0 or step + 1 == settings.vae_steps:
            probe_reconstructions("vae", step, vae)
    vae.eval()


@torch.no_grad()
def reconstruction_pass_rate(vae: torch.nn.Module, n: int = 256) -> float:
    """Share of held-out scenes whose encode -> decode round trip the checker still reads as the scene.

    The transformer cannot draw better than its VAE decodes, so this is the ceiling of the whole model.
    """
    rng = random.Random("reconstruction-1")
    scenes = [sample_scene(rng, rng.choice((1, 2)), held_out=True) for _ in range(n)]
    device = next(vae.parameters()).device
    passed = 0
    for i in range(0, n, 64):
        batch = scenes[i:i + 64]
        decoded = vae.decode(vae.encode(pictures(batch, device)).latent_dist.mean).sample
        images = ((decoded.clamp(-1, 1) + 1) * 127.5).round().byte().permute(0, 2, 3, 1).cpu().numpy()
        passed += sum(check(image, scene.describe()).follows for image, scene in zip(images, batch))
    return passed / n


def probe_reconstructions(stage: str, step: int, vae: torch.nn.Module) -> None:
    """Print `reconstruction_pass_rate` mid-stage and put the VAE back in training mode."""
    rate = reconstruction_pass_rate(vae.eval())
    vae.train()
    print(f"[{stage}] step {step + 1}: the checker reads {rate:.1%} of held-out reconstructions", flush=True)


@torch.no_grad()
def latent_scale(pipe: HunyuanDiTPipeline, settings: Settings, device: torch.device) -> float:
    """1 / std of the VAE's latents over training pictures: the diffusion model then sees unit-variance latents."""
    scenes = draw_scenes(batch_rng(settings, "scale", 0), 1024, settings)
    latents = torch.cat([pipe.vae.encode(pictures(scenes[i:i + 128], device)).latent_dist.mean
                         for i in range(0, len(scenes), 128)])
    return float(1.0 / latents.std())
