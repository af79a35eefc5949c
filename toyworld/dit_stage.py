"""The second stage: the transformer and both text encoders, on the frozen VAE's latents, with an EMA copy.

The transformer is conditioned through `toyworld.model.predict_from_captions`, the generator's own conditioning,
so it learns from exactly what the app later gives it.
"""

from __future__ import annotations

import copy
import random
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from diffusers import HunyuanDiTPipeline

from toyworld.batches import batch_rng, draw_scenes, pictures, training_captions
from toyworld.captions import caption
from toyworld.checker import check
from toyworld.losses import latent_object_weights, loss_weights
from toyworld.model import dit_modules, predict_from_captions
from toyworld.recipe import STEPS, Settings, cosine_factor, sampling_pipeline, training_scheduler
from toyworld.runs import STATE, print_progress, save_checkpoint
from toyworld.scene import sample_scene
from toyworld.spec import CANVAS


@torch.no_grad()
def sampling_pass_rate(pipe: HunyuanDiTPipeline, modules: torch.nn.ModuleDict, settings: Settings,
                       n: int = 24) -> float:
    """Share of held-out one-object English captions (all named) whose pictures, sampled as the app samples,
    pass the checker.

    A cheap look at the transformer mid-training (the benchmark is the real measure).
    """
    sampler = sampling_pipeline(pipe, settings, modules)
    rng = random.Random("probe-1")
    scenes = [sample_scene(rng, 1, held_out=True) for _ in range(n)]
    captions = [caption(scene, rng, "en", keep=1) for scene in scenes]
    images = sampler([c[0] for c in captions], height=CANVAS, width=CANVAS, num_inference_steps=STEPS,
                     guidance_scale=4.0, generator=[torch.Generator().manual_seed(i) for i in range(n)],
                     use_resolution_binning=False, output_type="np").images
    images = [(np.asarray(image) * 255).round().astype(np.uint8) for image in images]
    return sum(check(image, c[1]).follows for image, c in zip(images, captions)) / n


def _lr_factor(step: int, settings: Settings) -> float:
    if step < settings.dit_warmup:
        return (step + 1) / settings.dit_warmup
    return cosine_factor((step - settings.dit_warmup) / max(1, settings.dit_steps - settings.dit_warmup))


def train_dit(pipe: HunyuanDiTPipeline, state: dict, run: Path, settings: Settings, device: torch.device,
              stop_at: int | None = None) -> None:
    """Train to `settings.dit_steps`, or stop at `stop_at` on the same schedule (a short ablation arm)."""
    modules = dit_modules(pipe).train()
    ema = copy.deepcopy(modules).eval().requires_grad_(False)
    optimizer = torch.optim.AdamW(modules.parameters(), lr=settings.dit_lr, weight_decay=0.01)
    start = 0
    if state.get("stage") == "dit":
        modules.load_state_dict(state["modules"])
        ema.load_state_dict(state["ema"])
        optimizer.load_state_dict(state["optimizer"])
        start = state["step"]
    scheduler = training_scheduler(settings)
    alphas = scheduler.alphas_cumprod.to(device)
    scale = pipe.vae.config.scaling_factor
    started = time.time()
    end = min(settings.dit_steps, stop_at or settings.dit_steps)
    for step in range(start, end):
        rng = batch_rng(settings, "dit", step)
        scenes = draw_scenes(rng, settings.dit_batch, settings)
        texts = training_captions(scenes, rng, settings)
        generator = torch.Generator().manual_seed(rng.getrandbits(63))
        with torch.no_grad():
            x = pictures(scenes, device)
            latents = pipe.vae.encode(x).latent_dist.mean * scale
            cell_weights = latent_object_weights(scenes, x, settings.dit_object_weight)
        noise = torch.randn(latents.shape, generator=generator).to(device)
        timesteps = torch.randint(0, 1000, (len(scenes),), generator=generator).to(device)
        noisy = scheduler.add_noise(latents, noise, timesteps)
        target = scheduler.get_velocity(latents, noise, timesteps) if settings.prediction_type == "v_prediction" \
            else noise
        for group in optimizer.param_groups:
            group["lr"] = settings.dit_lr * _lr_factor(step, settings)
        prediction = predict_from_captions(pipe, noisy, timesteps, texts)
        weight = loss_weights(alphas[timesteps], settings)
        error = F.mse_loss(prediction, target, reduction="none") * cell_weights
        loss = (error.mean(dim=(1, 2, 3)) * weight).mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(modules.parameters(), 1.0)
        optimizer.step()
        decay = min(settings.ema_decay, (1 + step) / (10 + step))
        with torch.no_grad():
            for e, p in zip(ema.parameters(), modules.parameters()):
                e.lerp_(p, 1 - decay)
        if (step + 1) % settings.log_every == 0:
            print_progress("dit", step, end, loss.item(), started, start)
        if (step + 1) % (2 * settings.probe_every) == 0 or step + 1 == end:
            rate = sampling_pass_rate(pipe, ema, settings)
            print(f"[dit] step {step + 1}: {rate:.0%} of held-out one-object pictures pass the checker", flush=True)
        if (step + 1) % settings.checkpoint_every == 0 or step + 1 == end:
            save_checkpoint({"stage": "dit", "step": step + 1, "modules": modules.state_dict(),
                             "ema": ema.state_dict(), "optimizer": optimizer.state_dict(),
                             "vae": pipe.vae.state_dict(), "scaling_factor": scale}, run / STATE)
