"""The last stage: a pool of latents the transformer samples for fully named captions, and the decoder taught to
read them as the scenes they were sampled for."""

from __future__ import annotations

import time
from pathlib import Path

import torch
from diffusers import HunyuanDiTPipeline

from toyworld.batches import batch_rng, draw_scenes, pictures
from toyworld.captions import caption
from toyworld.decoder_stage import encoder_batch, fit_decoder
from toyworld.losses import edge_weights
from toyworld.recipe import GUIDANCE, STEPS, Settings, sampling_pipeline
from toyworld.runs import READOUT_POOL, save_checkpoint
from toyworld.scene import ToyScene
from toyworld.spec import CANVAS


@torch.no_grad()
def sampled_latents(pipe: HunyuanDiTPipeline, run: Path, settings: Settings, device: torch.device,
                    chunk: int = 50) -> tuple[torch.Tensor, list[ToyScene]]:
    """Latents the transformer samples (the app's defaults) for fully named training captions, with their scenes.

    Drawn in chunks, each from (seed, "readout-pool", chunk), and saved after each, so a resumed run continues
    the same pool.
    """
    run.mkdir(parents=True, exist_ok=True)
    path = run / READOUT_POOL
    pool = torch.load(path, map_location=device, weights_only=False) if path.exists() else \
        {"latents": [], "scenes": []}
    sampler = sampling_pipeline(pipe, settings)
    started, first = time.time(), len(pool["scenes"])
    while len(pool["scenes"]) < settings.readout_pool:
        rng = batch_rng(settings, "readout-pool", len(pool["scenes"]) // chunk)
        scenes = draw_scenes(rng, chunk, settings)
        texts = [caption(scene, rng, keep=1)[0] for scene in scenes]
        generators = [torch.Generator().manual_seed(rng.getrandbits(63)) for _ in scenes]
        latents = sampler(texts, height=CANVAS, width=CANVAS, num_inference_steps=STEPS, guidance_scale=GUIDANCE,
                          generator=generators, use_resolution_binning=False, output_type="latent").images
        pool["latents"].append(latents / pipe.vae.config.scaling_factor)
        pool["scenes"].extend(scenes)
        save_checkpoint(pool, path)
        per_picture = (time.time() - started) / (len(pool["scenes"]) - first)
        print(f"[readout] sampled {len(pool['scenes'])}/{settings.readout_pool} latents {per_picture:.2f}s each",
              flush=True)
    return torch.cat(pool["latents"])[:settings.readout_pool], pool["scenes"][:settings.readout_pool]


def train_readout(pipe: HunyuanDiTPipeline, state: dict, run: Path, settings: Settings,
                  device: torch.device) -> None:
    """Teach the decoder to read the latents the transformer actually samples; `pipe` holds the EMA weights.

    A fully named caption fixes the picture, so a latent sampled for it has a known right answer: the rendered
    scene. A decoder trained on the encoder's latents alone misreads sampled ones: of 19 one-object shape misses
    (200 training-split captions, the shipped model before this stage), 14 latents were nearest to the encoding
    of the captioned shape, mostly squares drawn as circles. Half of every batch is such pairs, half the decoder
    stage's batch, so the encoder's own latents still decode (the shipped run: 94.5 % of held-out
    reconstructions read right, from 98 %; the app only ever decodes sampled latents, img2img too). The encoder,
    and so everything the transformer learned, stays as it is.
    """
    vae = pipe.vae
    pool, scenes = sampled_latents(pipe, run, settings, device)
    truth = pictures(scenes, device)
    half = settings.vae_batch // 2

    def batch(step: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        rng = batch_rng(settings, "readout", step)
        picked = rng.sample(range(len(scenes)), half)
        fresh, x, weights = encoder_batch(vae, rng, settings.vae_batch - half, settings, device)
        sampled_weights = edge_weights([scenes[i] for i in picked], truth[picked], settings.vae_object_weight,
                                       settings.decoder_edge_weight)
        return torch.cat([pool[picked], fresh]), torch.cat([truth[picked], x]), torch.cat([sampled_weights, weights])

    fit_decoder(vae, state, run, settings, "readout", settings.readout_steps, settings.readout_lr, batch)
