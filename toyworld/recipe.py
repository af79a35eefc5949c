"""The embedded model's training recipe: every knob of a run, the noise schedules, and how it samples.

Plain settings and schedulers only; the stages (`vae_stage`, `dit_stage`, `decoder_stage`, `readout_stage`) read
them and `toyworld.train` puts them in order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from diffusers import DDPMScheduler, DPMSolverMultistepScheduler, HunyuanDiTPipeline

# The shipped default, from `benchmarks/tune_embedded.py --guidance 1.5,2,2.5,3,4 --n 100` on the
# min_snr_plus_one model (training split, one / two objects): 0.86/0.62, 0.87/0.65, 0.89/0.60, 0.82/0.54, 0.77/0.51.
GUIDANCE = 2.0
STEPS = 20  # the shipped default step count (generation_defaults.json)
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
    """The noise schedule the model is trained on (linear betas, 1,000 steps)."""
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


def cosine_factor(progress: float) -> float:
    """Learning-rate factor from 1 down to 0.1 along a half cosine, for progress 0..1."""
    return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
