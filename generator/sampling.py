"""The two ways of sampling latents, both from the parts of one `HunyuanDiTPipeline`.

Text-to-image goes through the pipeline's own `__call__` (precomputed embeddings, our noise as `latents=`,
`output_type="latent"` so we decode once ourselves). Image-to-image (SDEdit) has no pipeline in diffusers, so it
is built from the same parts: the pipeline's `prepare_latents`, scheduler and transformer, with the conditioning
(rotary grid, style, size ids) from `generator.conditioning`, which computes it as `__call__` does. At strength 1
it equals text-to-image exactly; a test holds it to that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from diffusers import HunyuanDiTPipeline
from PIL import Image

from generator.conditioning import CROPS_TOP_LEFT, ORIGINAL_SIZE, concat_text, predict, transformer_inputs
from generator.control import Control
from generator.embedding_cache import TextEmbeddings

# Called after every step like diffusers' callback_on_step_end: (pipe, index, timestep, {"latents": ...}) -> dict
StepCallback = Callable[[HunyuanDiTPipeline, int, torch.Tensor, dict], dict]


@dataclass
class Sampling:
    """Everything both paths need besides the latents: text conditioning, size, steps, guidance, randomness."""

    prompt: TextEmbeddings
    negative: TextEmbeddings | None  # None when guidance ≤ 1 (no classifier-free guidance)
    width: int
    height: int
    steps: int
    guidance: float
    generator: torch.Generator  # the scheduler's per-step noise (DDPM draws some every step)
    callback: StepCallback | None = None
    control: Control | None = None  # a ControlNet and its map: sampled by `denoise` (the pipeline's loop has none)

    @property
    def guided(self) -> bool:
        return self.guidance > 1


def text_to_image(pipe: HunyuanDiTPipeline, sampling: Sampling, noise: torch.Tensor) -> torch.Tensor:
    """Final latents from pure noise, through `HunyuanDiTPipeline.__call__`."""
    negative = sampling.negative
    return pipe(
        prompt_embeds=sampling.prompt.embeds,
        prompt_attention_mask=sampling.prompt.mask,
        prompt_embeds_2=sampling.prompt.embeds_2,
        prompt_attention_mask_2=sampling.prompt.mask_2,
        negative_prompt_embeds=negative.embeds if negative else None,
        negative_prompt_attention_mask=negative.mask if negative else None,
        negative_prompt_embeds_2=negative.embeds_2 if negative else None,
        negative_prompt_attention_mask_2=negative.mask_2 if negative else None,
        width=sampling.width,
        height=sampling.height,
        num_inference_steps=sampling.steps,
        guidance_scale=sampling.guidance,
        generator=sampling.generator,
        latents=noise,
        output_type="latent",
        callback_on_step_end=sampling.callback,
        use_resolution_binning=False,  # sizes are checked and resolved before; binning would break small models
        original_size=ORIGINAL_SIZE,
        crops_coords_top_left=CROPS_TOP_LEFT,
    ).images


def start_step(steps: int, strength: float) -> int:
    """Index of the first timestep an SDEdit start runs (diffusers' img2img rule); `steps` means none run."""
    init_steps = min(int(steps * strength), steps)
    return max(steps - init_steps, 0)


@torch.no_grad()
def image_to_image(
    pipe: HunyuanDiTPipeline, sampling: Sampling, noise: torch.Tensor, init_latents: torch.Tensor, strength: float
) -> torch.Tensor:
    """Final latents after noising `init_latents` to the timestep `strength` gives and denoising from there.

    Strength 1 starts from the noise alone (so it is text-to-image); strength 0 returns `init_latents`.
    """
    device, dtype = pipe._execution_device, pipe.transformer.dtype
    scheduler = pipe.scheduler
    scheduler.set_timesteps(sampling.steps, device=device)
    first = start_step(sampling.steps, strength) * scheduler.order
    timesteps = scheduler.timesteps[first:]
    if hasattr(scheduler, "set_begin_index"):
        scheduler.set_begin_index(first)
    init_latents = init_latents.to(device=device, dtype=dtype)
    if len(timesteps) == 0:
        return init_latents
    if strength >= 1.0:
        channels = pipe.transformer.config.in_channels
        latents = pipe.prepare_latents(
            1, channels, sampling.height, sampling.width, dtype, device, sampling.generator, noise
        )
    else:
        latents = scheduler.add_noise(init_latents, noise.to(device), timesteps[:1])
    return denoise(pipe, sampling, latents, timesteps)


def denoise(
    pipe: HunyuanDiTPipeline, sampling: Sampling, latents: torch.Tensor, timesteps: torch.Tensor
) -> torch.Tensor:
    """Run the scheduler over `timesteps` with classifier-free guidance; stops when `pipe.interrupt` is set."""
    device = pipe._execution_device
    text = concat_text([sampling.negative, sampling.prompt]) if sampling.guided else sampling.prompt
    inputs = transformer_inputs(pipe.transformer, text, sampling.height, sampling.width, device)
    step_kwargs = pipe.prepare_extra_step_kwargs(sampling.generator, 0.0)
    pipe._interrupt = False
    for index, t in enumerate(timesteps):
        if pipe.interrupt:
            break
        model_input = torch.cat([latents] * 2) if sampling.guided else latents
        model_input = pipe.scheduler.scale_model_input(model_input, t)
        t_expand = torch.tensor([t] * model_input.shape[0], device=device).to(dtype=model_input.dtype)
        step_inputs = inputs
        if sampling.control is not None:  # the residuals are consumed (popped) by the transformer: new each step
            residuals = sampling.control.residuals(model_input, t_expand, inputs)
            step_inputs = {**inputs, "controlnet_block_samples": residuals}
        noise_pred = predict(pipe.transformer, model_input, t_expand, step_inputs)
        if sampling.guided:
            uncond, cond = noise_pred.chunk(2)
            noise_pred = uncond + sampling.guidance * (cond - uncond)
        latents = pipe.scheduler.step(noise_pred, t, latents, **step_kwargs, return_dict=False)[0]
        if sampling.callback is not None:
            latents = sampling.callback(pipe, index, t, {"latents": latents}).pop("latents", latents)
    return latents


@torch.no_grad()
def decode(pipe: HunyuanDiTPipeline, latents: torch.Tensor) -> torch.Tensor:
    """VAE decode to an image tensor in [-1, 1] (what `__call__` does before post-processing)."""
    vae = pipe.vae
    return vae.decode(latents.to(device=vae.device, dtype=vae.dtype) / vae.config.scaling_factor, return_dict=False)[0]


@torch.no_grad()
def encode(pipe: HunyuanDiTPipeline, image: Image.Image) -> torch.Tensor:
    """A picture into the transformer's latent space: the VAE's mean, scaled (the inverse of `decode`)."""
    vae = pipe.vae
    pixels = pipe.image_processor.preprocess(image.convert("RGB")).to(device=vae.device, dtype=vae.dtype)
    return vae.encode(pixels).latent_dist.mean * vae.config.scaling_factor
