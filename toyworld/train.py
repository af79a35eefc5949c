"""Train the embedded model: the VAE on toy-world pictures, then the transformer and text encoders, then the decoder.

    python -m toyworld.train --run runs/embedded                 # train (resumes from runs/embedded/state.pt)
    python -m toyworld.train --run runs/embedded --export-to assets/embedded   # ship the EMA weights

The shipped model's recipe (defaults = the final settings): about 107 minutes on 2 CPU cores with nothing else
running, measured stage by stage on this project's 2-core machine:

    python -m toyworld.train --run runs/embedded --threads 2
        # vae      1,500 steps                                          ~7 min
        # dit      7,000 steps, transformer and text encoders          ~75 min
        # decoder  3,000 steps, sharpen the decoder on the encoder's latents   ~12 min
        # readout  sample 3,000 latents, then 1,500 decoder steps on them       ~13 min
    python -m toyworld.train --run runs/embedded --export-to assets/embedded

How the shipped weights were actually made (assets/embedded/training.json records every step): the VAE and
decoder are runs/v2's (the vae and decoder stages); the transformer and text encoders were then trained from
scratch on that VAE with the transformer stage's defaults, by
`python benchmarks/ablate_embedded.py --name plus1 --loss-weighting min_snr_plus_one --steps 7000 --threads 2`
(75 minutes); the readout stage then ran on that run, from the shipped decoder:
`python -m toyworld.train --run runs/readout --stages readout --vae-from assets/embedded --threads 2`
(runs/readout a copy of runs/ablate/plus1; 7.5 + 5.5 minutes).

Every stage prints progress, resumes from its last checkpoint (every 50 steps) and uses the GPU when there is
one. The VAE, decoder and readout stages print how many held-out reconstructions the checker still reads
correctly.

Deterministic given --seed: every batch is drawn from a generator seeded by (seed, stage, step), so a resumed
run sees the same data as an uninterrupted one. Held-out scenes (`scene.is_held_out`) are never drawn.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from diffusers import DDPMScheduler, DPMSolverMultistepScheduler, HunyuanDiTPipeline

from generator.components import VAE_SCALE_FACTOR, Architecture, build_pipeline
from toyworld.captions import caption, vocabulary_corpus
from toyworld.checker import check
from toyworld.model import EMBEDDED_ARCH, encode_captions, predict, rotary_embedding
from toyworld.render import render
from toyworld.scene import ToyScene, sample_scene
from toyworld.spec import BACKGROUNDS, CANVAS

STATE = "state.pt"
# The shipped default, from `benchmarks/tune_embedded.py --guidance 1.5,2,2.5,3,4 --n 100` on the
# min_snr_plus_one model (training split, one / two objects): 0.86/0.62, 0.87/0.65, 0.89/0.60, 0.82/0.54, 0.77/0.51.
GUIDANCE = 2.0
STEPS = 20  # the shipped default step count (generation_defaults.json)
BASE = "base"  # the untrained pipeline with its tokenizers, saved once so a resume reuses the same vocabulary
HISTORY = "settings.jsonl"  # one line per (re)start of a run
READOUT_POOL = "readout_pool.pt"  # the readout stage's sampled latents and their scenes
TRAINED_STAGES = ("dit", "decoder", "readout")  # a run in one of these stages has a trained transformer
LOSS_WEIGHTINGS = ("min_snr_plus_one", "min_snr", "uniform")  # see Settings.loss_weighting


@dataclass(frozen=True)
class Settings:
    """Every knob of a run; saved next to the weights so the shipped model says how it was made."""

    seed: int = 0
    vae_steps: int = 1500
    vae_batch: int = 32
    vae_lr: float = 1e-3
    vae_kl_weight: float = 1e-6
    vae_object_weight: float = 4.0  # object pixels are ~3% of a picture: weigh them up so colours come out right
    dit_steps: int = 7000
    dit_batch: int = 48
    dit_lr: float = 6e-4
    dit_warmup: int = 150
    # Extra loss weight on latent cells that hold an object. Off: the weight depends on the picture, so it tilts
    # the learned distribution towards objects (too many blobs when the caption leaves the position out). The
    # shipped run used 4.0 for its first 1,050 steps, then 0 (training.json has every restart).
    dit_object_weight: float = 0.0
    ema_decay: float = 0.998
    caption_dropout: float = 0.1  # empty captions teach the unconditional prediction classifier-free guidance needs
    full_caption_share: float = 0.5  # the rest leave attributes out (each kept with p=0.7)
    object_counts: tuple[float, float, float] = (0.1, 0.4, 0.5)
    min_snr_gamma: float = 5.0
    # "min_snr": min(SNR, gamma) / (SNR + 1) on the v-loss, which all but silences the noisiest timesteps;
    # "uniform": every timestep's v-loss counts the same;
    # "min_snr_plus_one": min(SNR + 1, gamma) / (SNR + 1): full weight wherever SNR < gamma - 1, capped like
    # min_snr where the picture is nearly clean (see `loss_weights`).
    # min_snr_plus_one against min_snr, both from scratch on the same VAE (ablate_embedded.py, 150 one-object
    # training-split captions): 0.373 against 0.200 of pictures right after 3,000 steps.
    loss_weighting: str = "min_snr_plus_one"
    prediction_type: str = "v_prediction"
    decoder_steps: int = 3000  # after the transformer: sharpen the decoder on the frozen encoder's latents
    decoder_lr: float = 1e-3
    decoder_latent_noise: float = 0.1  # in latent std: sampled latents are never exactly the encoder's
    decoder_edge_weight: float = 8.0
    # last: teach the decoder to read the latents the transformer samples (see train_readout)
    readout_pool: int = 3000  # sampled latents of fully named training captions, drawn once
    readout_steps: int = 1500
    readout_lr: float = 3e-4
    checkpoint_every: int = 50
    log_every: int = 20
    probe_every: int = 250


def training_scheduler(settings: Settings) -> DDPMScheduler:
    return DDPMScheduler(num_train_timesteps=1000, beta_schedule="linear", beta_start=1e-4, beta_end=0.02,
                         prediction_type=settings.prediction_type, clip_sample=False)


def sampling_scheduler(settings: Settings) -> DPMSolverMultistepScheduler:
    """The scheduler shipped with the model: few-step DPM-Solver++ over the training noise schedule."""
    return DPMSolverMultistepScheduler(num_train_timesteps=1000, beta_schedule="linear", beta_start=1e-4,
                                       beta_end=0.02, prediction_type=settings.prediction_type,
                                       timestep_spacing="trailing", final_sigmas_type="zero")


def sampling_pipeline(pipe: HunyuanDiTPipeline, settings: Settings, modules: torch.nn.ModuleDict | None = None
                      ) -> HunyuanDiTPipeline:
    """`pipe` (or `modules` in place of its transformer and text encoders) with the shipped sampling scheduler."""
    sampling = HunyuanDiTPipeline(**{**pipe.components, **dict((modules or {}).items()),
                                     "scheduler": sampling_scheduler(settings)})
    sampling.set_progress_bar_config(disable=True)
    return sampling


def _batch_rng(settings: Settings, stage: str, step: int) -> random.Random:
    return random.Random(f"{settings.seed}-{stage}-{step}")


def draw_scenes(rng: random.Random, n: int, settings: Settings) -> list[ToyScene]:
    counts = rng.choices((0, 1, 2), weights=settings.object_counts, k=n)
    return [sample_scene(rng, c, held_out=False) for c in counts]


def pictures(scenes: list[ToyScene], device: torch.device) -> torch.Tensor:
    """Rendered scenes as a (n, 3, 64, 64) tensor in [-1, 1], the VAE's input range."""
    images = np.stack([render(s) for s in scenes])
    return torch.from_numpy(images).to(device).permute(0, 3, 1, 2).float() / 127.5 - 1


def on_objects(scenes: list[ToyScene], x: torch.Tensor) -> torch.Tensor:
    """(n, 1, 64, 64) float mask of the pixels that are not background."""
    backgrounds = torch.tensor([BACKGROUNDS[s.background] for s in scenes], device=x.device)
    backgrounds = backgrounds.float()[:, :, None, None] / 127.5 - 1
    return ((x - backgrounds).abs() > 1e-3).any(dim=1, keepdim=True).float()


def object_weights(scenes: list[ToyScene], x: torch.Tensor, weight: float) -> torch.Tensor:
    """Per-pixel loss weights: 1 on the background, 1 + weight on objects."""
    return 1.0 + weight * on_objects(scenes, x)


def edge_weights(scenes: list[ToyScene], x: torch.Tensor, weight: float, edge_weight: float) -> torch.Tensor:
    """`object_weights` plus `edge_weight` on the pixels along every object's outline.

    The checker reads shape from the fill of the bounding box, so a decoder that rounds a square's corners or
    a triangle's tip turns it into a circle; the outline is a few percent of the pixels and needs the weight.
    """
    mask = on_objects(scenes, x)
    outline = F.max_pool2d(mask, 3, 1, 1) + F.max_pool2d(-mask, 3, 1, 1)  # dilated minus eroded
    return 1.0 + weight * mask + edge_weight * outline


def latent_object_weights(scenes: list[ToyScene], x: torch.Tensor, weight: float) -> torch.Tensor:
    """Per-latent-cell loss weights: 1 + weight on every 8 x 8 cell an object touches."""
    return 1.0 + weight * F.max_pool2d(on_objects(scenes, x), VAE_SCALE_FACTOR)


def loss_weights(alpha_bar: torch.Tensor, settings: Settings) -> torch.Tensor:
    """Per-sample weights of the transformer's loss at noise levels with these cumulative alphas.

    With a fully named caption the picture is fixed, so at the noisiest timesteps the transformer must draw the
    caption from the text alone: the lesson that binds each colour, shape and size to its place. "min_snr"
    gives those timesteps a weight of about SNR (half of the 1,000 carry 3.5 % of the total weight);
    "min_snr_plus_one" gives them full weight and keeps min_snr's cap near the clean end.
    """
    if settings.loss_weighting not in LOSS_WEIGHTINGS:
        raise ValueError(f"unknown loss weighting {settings.loss_weighting!r}")
    if settings.loss_weighting == "uniform":
        return torch.ones_like(alpha_bar)
    snr = alpha_bar / (1 - alpha_bar)
    if settings.loss_weighting == "min_snr_plus_one":
        if settings.prediction_type != "v_prediction":
            raise ValueError("min_snr_plus_one is defined for the v-loss")
        return torch.clamp(snr + 1, max=settings.min_snr_gamma) / (snr + 1)
    return torch.clamp(snr, max=settings.min_snr_gamma) / (snr + 1 if settings.prediction_type == "v_prediction"
                                                            else snr)


def training_captions(scenes: list[ToyScene], rng: random.Random, settings: Settings) -> list[str]:
    texts = []
    for scene in scenes:
        if rng.random() < settings.caption_dropout:
            texts.append("")
            continue
        keep = 1.0 if rng.random() < settings.full_caption_share else 0.7
        texts.append(caption(scene, rng, keep=keep)[0])
    return texts


def _cosine(progress: float) -> float:
    """Learning-rate factor from 1 down to 0.1 along a half cosine, for progress 0..1."""
    return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))


def _lr_factor(step: int, settings: Settings) -> float:
    if step < settings.dit_warmup:
        return (step + 1) / settings.dit_warmup
    return _cosine((step - settings.dit_warmup) / max(1, settings.dit_steps - settings.dit_warmup))


def _dit_modules(pipe: HunyuanDiTPipeline) -> torch.nn.ModuleDict:
    return torch.nn.ModuleDict({"transformer": pipe.transformer, "text_encoder": pipe.text_encoder,
                                "text_encoder_2": pipe.text_encoder_2})


def _save(state: dict, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    tmp.replace(path)  # atomic: a crash mid-save leaves the previous checkpoint intact


def _progress(stage: str, step: int, total: int, loss: float, started: float, first_step: int) -> None:
    done = step + 1 - first_step
    per_step = (time.time() - started) / max(1, done)
    eta = per_step * (total - step - 1) / 60
    print(f"[{stage}] step {step + 1}/{total} loss {loss:.4f} {per_step:.2f}s/step eta {eta:.1f} min", flush=True)


def record_start(run: Path, settings: Settings) -> None:
    """One line per (re)start in the run's settings.jsonl, which `export` ships: a resume may change step counts."""
    run.mkdir(parents=True, exist_ok=True)
    with (run / HISTORY).open("a") as log:
        log.write(json.dumps({"argv": sys.argv[1:], "settings": asdict(settings)}) + "\n")


def load_run(run: Path, settings: Settings, device: torch.device, arch: Architecture = EMBEDDED_ARCH
             ) -> tuple[HunyuanDiTPipeline, dict]:
    """The run's pipeline and saved state (empty on a fresh run, which first saves the untrained base)."""
    if not (run / BASE / "model_index.json").exists():
        pipe = build_pipeline(vocabulary_corpus(6000, seed=settings.seed), arch,
                              training_scheduler(settings), seed=settings.seed)
        pipe.save_pretrained(run / BASE)
    pipe = HunyuanDiTPipeline.from_pretrained(run / BASE).to(device)
    state = torch.load(run / STATE, map_location=device, weights_only=False) if (run / STATE).exists() else {}
    return pipe, state


def train_vae(pipe: HunyuanDiTPipeline, state: dict, run: Path, settings: Settings, device: torch.device) -> None:
    vae = pipe.vae.train()
    optimizer = torch.optim.AdamW(vae.parameters(), lr=settings.vae_lr, weight_decay=0.0)
    start = 0
    if state.get("stage") == "vae":
        vae.load_state_dict(state["vae"])
        optimizer.load_state_dict(state["vae_optimizer"])
        start = state["step"]
    started = time.time()
    for step in range(start, settings.vae_steps):
        rng = _batch_rng(settings, "vae", step)
        scenes = draw_scenes(rng, settings.vae_batch, settings)
        x = pictures(scenes, device)
        weights = object_weights(scenes, x, settings.vae_object_weight)
        for group in optimizer.param_groups:
            group["lr"] = settings.vae_lr * _cosine(step / settings.vae_steps)
        posterior = vae.encode(x).latent_dist
        reconstruction = vae.decode(posterior.sample()).sample
        error = reconstruction - x
        loss = ((error ** 2 + 0.5 * error.abs()) * weights).mean() + settings.vae_kl_weight * posterior.kl().mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if (step + 1) % settings.log_every == 0:
            _progress("vae", step, settings.vae_steps, loss.item(), started, start)
        if (step + 1) % settings.checkpoint_every == 0 or step + 1 == settings.vae_steps:
            _save({"stage": "vae", "step": step + 1, "vae": vae.state_dict(),
                   "vae_optimizer": optimizer.state_dict()}, run / STATE)
        if (step + 1) % settings.probe_every == 0 or step + 1 == settings.vae_steps:
            _probe_reconstructions("vae", step, vae)
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


def _probe_reconstructions(stage: str, step: int, vae: torch.nn.Module) -> None:
    rate = reconstruction_pass_rate(vae.eval())
    vae.train()
    print(f"[{stage}] step {step + 1}: the checker reads {rate:.1%} of held-out reconstructions", flush=True)


@torch.no_grad()
def latent_scale(pipe: HunyuanDiTPipeline, settings: Settings, device: torch.device) -> float:
    """1 / std of the VAE's latents over training pictures: the diffusion model then sees unit-variance latents."""
    scenes = draw_scenes(_batch_rng(settings, "scale", 0), 1024, settings)
    latents = torch.cat([pipe.vae.encode(pictures(scenes[i:i + 128], device)).latent_dist.mean
                         for i in range(0, len(scenes), 128)])
    return float(1.0 / latents.std())


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


def train_dit(pipe: HunyuanDiTPipeline, state: dict, run: Path, settings: Settings, device: torch.device,
              stop_at: int | None = None) -> None:
    """Train to `settings.dit_steps`, or stop at `stop_at` on the same schedule (a short ablation arm)."""
    modules = _dit_modules(pipe).train()
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
    rotary = rotary_embedding(pipe, CANVAS, CANVAS)
    scale = pipe.vae.config.scaling_factor
    started = time.time()
    end = min(settings.dit_steps, stop_at or settings.dit_steps)
    for step in range(start, end):
        rng = _batch_rng(settings, "dit", step)
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
        prediction = predict(pipe, noisy, timesteps, encode_captions(pipe, texts), rotary)
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
            _progress("dit", step, end, loss.item(), started, start)
        if (step + 1) % (2 * settings.probe_every) == 0 or step + 1 == end:
            rate = sampling_pass_rate(pipe, ema, settings)
            print(f"[dit] step {step + 1}: {rate:.0%} of held-out one-object pictures pass the checker", flush=True)
        if (step + 1) % settings.checkpoint_every == 0 or step + 1 == end:
            _save({"stage": "dit", "step": step + 1, "modules": modules.state_dict(), "ema": ema.state_dict(),
                   "optimizer": optimizer.state_dict(), "vae": pipe.vae.state_dict(),
                   "scaling_factor": scale}, run / STATE)


def _encoder_batch(vae: torch.nn.Module, rng: random.Random, n: int, settings: Settings, device: torch.device
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


def _fit_decoder(vae: torch.nn.Module, state: dict, run: Path, settings: Settings, stage: str, steps: int,
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
            group["lr"] = lr * _cosine(step / steps)
        error = vae.decode(latents).sample - x
        loss = ((error ** 2 + 0.5 * error.abs()) * weights).mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if (step + 1) % settings.log_every == 0:
            _progress(stage, step, steps, loss.item(), started, start)
        if (step + 1) % settings.checkpoint_every == 0 or step + 1 == steps:
            _save({**state, "stage": stage, f"{stage}_step": step + 1, "vae": vae.state_dict(),
                   f"{stage}_optimizer": optimizer.state_dict()}, run / STATE)
        if (step + 1) % settings.probe_every == 0 or step + 1 == steps:
            _probe_reconstructions(stage, step, vae)
    vae.eval().requires_grad_(False)


def train_decoder(pipe: HunyuanDiTPipeline, state: dict, run: Path, settings: Settings,
                  device: torch.device) -> None:
    """Sharpen the decoder alone. The transformer learned the encoder's latents, so the encoder stays frozen."""
    _fit_decoder(pipe.vae, state, run, settings, "decoder", settings.decoder_steps, settings.decoder_lr,
                 lambda step: _encoder_batch(pipe.vae, _batch_rng(settings, "decoder", step), settings.vae_batch,
                                             settings, device))


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
        rng = _batch_rng(settings, "readout-pool", len(pool["scenes"]) // chunk)
        scenes = draw_scenes(rng, chunk, settings)
        texts = [caption(scene, rng, keep=1)[0] for scene in scenes]
        generators = [torch.Generator().manual_seed(rng.getrandbits(63)) for _ in scenes]
        latents = sampler(texts, height=CANVAS, width=CANVAS, num_inference_steps=STEPS, guidance_scale=GUIDANCE,
                          generator=generators, use_resolution_binning=False, output_type="latent").images
        pool["latents"].append(latents / pipe.vae.config.scaling_factor)
        pool["scenes"].extend(scenes)
        _save(pool, path)
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
        rng = _batch_rng(settings, "readout", step)
        picked = rng.sample(range(len(scenes)), half)
        fresh, x, weights = _encoder_batch(vae, rng, settings.vae_batch - half, settings, device)
        sampled_weights = edge_weights([scenes[i] for i in picked], truth[picked], settings.vae_object_weight,
                                       settings.decoder_edge_weight)
        return torch.cat([pool[picked], fresh]), torch.cat([truth[picked], x]), torch.cat([sampled_weights, weights])

    _fit_decoder(vae, state, run, settings, "readout", settings.readout_steps, settings.readout_lr, batch)


def trained_vae(source: Path, device: torch.device = torch.device("cpu")) -> dict:
    """The VAE weights, latent scale and decoder steps of a run folder (its state.pt) or of a model folder.

    A model folder is what a fresh checkout has (runs/ is not in git): the shipped model's encoder is the one
    its transformer learned, so new transformer arms can start from it without the 11-minute VAE stage.
    """
    if (source / STATE).exists():
        state = torch.load(source / STATE, map_location=device, weights_only=False)
        return {**state, "history": _history(source)}
    if not (source / "vae" / "config.json").exists():
        raise SystemExit(f"{source} is neither a training run ({STATE}) nor a model folder (vae/)")
    from diffusers import AutoencoderKL

    vae = AutoencoderKL.from_pretrained(source / "vae").to(device)
    record = json.loads((source / "training.json").read_text()) if (source / "training.json").exists() else {}
    return {"vae": vae.state_dict(), "scaling_factor": vae.config.scaling_factor,
            "decoder_step": record.get("decoder_steps_trained", 0),
            "readout_step": record.get("readout_steps_trained", 0), "origin": record.get("vae_from"),
            "history": record.get("vae_runs", record.get("runs", []))}


def _origin(source: Path, vae_state: dict) -> str:
    return f"{source}, which took it from {vae_state['origin']}" if vae_state.get("origin") else str(source)


def _history(run: Path) -> list[dict]:
    log = run / HISTORY
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def export(run: Path, out: Path, settings: Settings, steps: int = STEPS, guidance: float = GUIDANCE,
           vae_from: Path | None = None, arch: Architecture = EMBEDDED_ARCH) -> None:
    """Write the shipped model folder from the run's EMA weights (loads with HunyuanDiTPipeline.from_pretrained)."""
    device = torch.device("cpu")
    pipe, state = load_run(run, settings, device, arch)
    if state.get("stage") not in TRAINED_STAGES:
        raise SystemExit(f"{run / STATE} has no transformer training yet (stage {state.get('stage')!r}); train first")
    vae_state = trained_vae(vae_from, device) if vae_from else state
    pipe.vae.load_state_dict(vae_state["vae"])  # the encoder is the same in both runs; only the decoder moved on
    pipe.vae.register_to_config(scaling_factor=state["scaling_factor"])
    _dit_modules(pipe).load_state_dict(state["ema"])
    pipe.scheduler = sampling_scheduler(settings)
    pipe.save_pretrained(out, safe_serialization=True)
    (out / "generation_defaults.json").write_text(json.dumps(
        {"steps": steps, "guidance": guidance, "width": CANVAS, "height": CANVAS, "negative_prompt": ""}) + "\n")
    record = {"dit_steps_trained": state["step"], "decoder_steps_trained": vae_state.get("decoder_step", 0),
              "readout_steps_trained": vae_state.get("readout_step", 0),
              "architecture": asdict(arch), "runs": _history(run)}
    if vae_from:  # where the VAE came from, and how that run (or model) was made
        record.update(vae_from=_origin(vae_from, vae_state), vae_runs=vae_state["history"])
    elif "vae_from" in state:  # the readout stage started from another run's decoder
        record.update(vae_from=state["vae_from"], vae_runs=state["vae_runs"])
    (out / "training.json").write_text(json.dumps(record, indent=1) + "\n")
    print(f"exported step {state['step']} to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=Path("runs/embedded"), help="checkpoint folder (resumable)")
    parser.add_argument("--seed", type=int, default=Settings.seed)
    parser.add_argument("--vae-steps", type=int, default=Settings.vae_steps)
    parser.add_argument("--dit-steps", type=int, default=Settings.dit_steps)
    parser.add_argument("--dit-batch", type=int, default=Settings.dit_batch)
    parser.add_argument("--dit-object-weight", type=float, default=Settings.dit_object_weight)
    parser.add_argument("--decoder-steps", type=int, default=Settings.decoder_steps)
    parser.add_argument("--decoder-lr", type=float, default=Settings.decoder_lr)
    parser.add_argument("--stages", default="vae,dit,decoder,readout",
                        help="comma-separated stages to run; the decoder stage only needs the VAE, so it can run "
                             "in a second process on a copy of the run while the transformer trains")
    parser.add_argument("--vae-from", type=Path, help="with --export-to, or for the readout stage: take the VAE "
                        "from this run (or model folder) instead")
    parser.add_argument("--threads", type=int, default=0, help="CPU threads for torch (0: torch's default)")
    parser.add_argument("--export-to", type=Path, help="instead of training, write the model folder here")
    parser.add_argument("--steps", type=int, default=STEPS, help="with --export-to: default sampling steps")
    parser.add_argument("--guidance", type=float, default=GUIDANCE, help="with --export-to: default guidance")
    args = parser.parse_args()
    settings = Settings(seed=args.seed, vae_steps=args.vae_steps, dit_steps=args.dit_steps,
                        dit_batch=args.dit_batch, dit_object_weight=args.dit_object_weight,
                        decoder_steps=args.decoder_steps,
                        decoder_lr=args.decoder_lr)
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.export_to:
        export(args.run, args.export_to, settings, args.steps, args.guidance, args.vae_from)
        return
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    print(f"training on {device}: {settings}", flush=True)
    record_start(args.run, settings)
    pipe, state = load_run(args.run, settings, device)
    torch.manual_seed(settings.seed)
    stages = set(args.stages.split(","))
    if state.get("stage") in (None, "vae"):
        if "vae" not in stages and state.get("step", 0) < settings.vae_steps:
            raise SystemExit(f"the VAE of {args.run} is not trained yet: include the vae stage in --stages")
        train_vae(pipe, state, args.run, settings, device)  # resumes; does nothing once complete
        state = torch.load(args.run / STATE, map_location=device, weights_only=False)
    else:
        pipe.vae.load_state_dict(state["vae"])
    pipe.vae.requires_grad_(False).eval()
    if "scaling_factor" in state:
        pipe.vae.register_to_config(scaling_factor=state["scaling_factor"])
    else:
        pipe.vae.register_to_config(scaling_factor=latent_scale(pipe, settings, device))
        print(f"latent scaling factor {pipe.vae.config.scaling_factor:.4f}", flush=True)
    if "dit" in stages and state.get("stage") not in ("decoder", "readout"):
        train_dit(pipe, state, args.run, settings, device)
        state = torch.load(args.run / STATE, map_location=device, weights_only=False)
    if "decoder" in stages and state.get("stage") != "readout":
        train_decoder(pipe, state, args.run, settings, device)
        state = torch.load(args.run / STATE, map_location=device, weights_only=False)
    if "readout" in stages:
        if state.get("stage") not in TRAINED_STAGES or "ema" not in state:
            raise SystemExit(f"{args.run} has no trained transformer: include the dit stage in --stages")
        if args.vae_from and state.get("stage") != "readout":
            source = trained_vae(args.vae_from, device)
            pipe.vae.load_state_dict(source["vae"])
            state = {**state, "decoder_step": source.get("decoder_step", 0), "vae_from": _origin(args.vae_from, source),
                     "vae_runs": source["history"]}
        _dit_modules(pipe).load_state_dict(state["ema"])
        train_readout(pipe, state, args.run, settings, device)
    print("done", flush=True)


if __name__ == "__main__":
    main()
