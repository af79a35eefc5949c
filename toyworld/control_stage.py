"""An adapter stage: a ControlNet on the shipped transformer that follows the layout of a control map (edges, or a
sketch: edges over a coarse colour wash).

It starts as diffusers' `HunyuanDiT2DControlNetModel.from_transformer` does (a copy of the transformer's first
blocks, zero-initialised projections into the skips), or from a trained ControlNet's folder (`start_from`), and
trains alone; the transformer, text encoders and VAE stay frozen. Its input is what the app gives it:
`generator.control.control_map(picture, map_kind, ...)` through the VAE's mean, so an upload or the previous
picture controls the render exactly as in training. Most captions leave out where and how big the objects are, so
that only the map can tell.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from diffusers import HunyuanDiT2DControlNetModel, HunyuanDiTPipeline

from generator.conditioning import predict
from generator.control import control_map
from toyworld.adapter_training import freeze, loss, noisy_batch, resume, set_lr
from toyworld.adapter_data import as_tensor, layout_caption
from toyworld.batches import batch_rng, draw_scenes
from toyworld.captions import caption
from toyworld.losses import latent_object_weights
from toyworld.recipe import Settings
from toyworld.render import render
from toyworld.scene import ToyScene
from toyworld.runs import print_progress, save_checkpoint
from toyworld.spec import CANVAS

STATE = "controlnet.pt"


@dataclass(frozen=True)
class ControlSettings:
    """Every knob of the ControlNet stage; written beside the ControlNet."""

    steps: int = 7000
    batch: int = 16
    lr: float = 3e-4
    warmup: int = 50
    layout_free_share: float = 0.6  # captions that name only what the objects are, never where or how big
    caption_dropout: float = 0.1
    object_counts: tuple[float, float, float] = (0.0, 0.5, 0.5)
    timestep_sampling: str = "uniform"  # see adapter_training.sample_timesteps
    object_weight: float = 0.0  # extra loss weight on the latent cells an object touches (see LoraSettings)
    map_kind: str = "edges"  # the control map it reads: one of generator.control.CONTROL_KINDS computed here
    start_from: str = ""  # a ControlNet folder to train on from (e.g. the edge one for a sketch one); "": fresh
    seed: int = 0


def new_controlnet(transformer: torch.nn.Module) -> HunyuanDiT2DControlNetModel:
    """diffusers' own start (`from_transformer`): the transformer's first blocks copied, the projections into the
    skips at zero. Built from the whole config here, as `from_transformer` leaves out the pooled projection's
    width and the style flag, which the embedded model sets."""
    config = transformer.config
    controlnet = HunyuanDiT2DControlNetModel(
        num_attention_heads=config.num_attention_heads, attention_head_dim=config.attention_head_dim,
        in_channels=config.in_channels, patch_size=config.patch_size, activation_fn=config.activation_fn,
        sample_size=config.sample_size, hidden_size=config.hidden_size, transformer_num_layers=config.num_layers,
        mlp_ratio=config.mlp_ratio, cross_attention_dim=config.cross_attention_dim,
        cross_attention_dim_t5=config.cross_attention_dim_t5, pooled_projection_dim=config.pooled_projection_dim,
        text_len=config.text_len, text_len_t5=config.text_len_t5,
        use_style_cond_and_image_meta_size=config.use_style_cond_and_image_meta_size)
    missing, _ = controlnet.load_state_dict(transformer.state_dict(), strict=False)
    fresh = {"input_block", "controlnet_blocks"}
    if any(name.split(".")[0] not in fresh for name in missing):
        raise RuntimeError(f"the ControlNet does not mirror this transformer: {missing[:3]} were not copied")
    return controlnet


def start_controlnet(transformer: torch.nn.Module, settings: ControlSettings) -> HunyuanDiT2DControlNetModel:
    """A fresh ControlNet (`new_controlnet`), or the one in `settings.start_from` if it was made for this
    transformer."""
    if not settings.start_from:
        return new_controlnet(transformer)
    controlnet = HunyuanDiT2DControlNetModel.from_pretrained(settings.start_from)
    blocks = transformer.config.num_layers // 2 - 1
    if len(controlnet.blocks) != blocks or controlnet.inner_dim != transformer.inner_dim:
        raise ValueError(f"the ControlNet in {settings.start_from} was made for another transformer")
    return controlnet


def map_latents(pipe: HunyuanDiTPipeline, images: list[np.ndarray], device: torch.device, kind: str = "edges"
                ) -> torch.Tensor:
    """Each picture's control map of `kind` through the VAE's mean, scaled like picture latents: the ControlNet's
    input."""
    from PIL import Image

    maps = [np.asarray(control_map(Image.fromarray(i), kind, (CANVAS, CANVAS))) for i in images]
    return pipe.vae.encode(as_tensor(maps, device)).latent_dist.mean * pipe.vae.config.scaling_factor


def control_batch(step: int, settings: ControlSettings, base: Settings
                  ) -> tuple[list[str], list[np.ndarray], list[ToyScene]]:
    rng = batch_rng(base, "control", step)
    scenes = draw_scenes(rng, settings.batch, Settings(seed=settings.seed, object_counts=settings.object_counts))
    texts = []
    for scene in scenes:
        if rng.random() < settings.caption_dropout:
            texts.append("")
        elif rng.random() < settings.layout_free_share:
            texts.append(layout_caption(scene, rng)[0])
        else:
            texts.append(caption(scene, rng, keep=rng.choice((1.0, 0.7)))[0])
    return texts, [render(s) for s in scenes], scenes


def train_control(pipe: HunyuanDiTPipeline, run: Path, out: Path, settings: ControlSettings, device: torch.device,
                  notes: dict | None = None) -> Path:
    """Train (resuming from `run`) and write the ControlNet, in diffusers' layout, to `out`."""
    base = Settings(seed=settings.seed)
    freeze(pipe)
    controlnet = start_controlnet(pipe.transformer, settings).to(device).train()
    optimizer = torch.optim.AdamW(controlnet.parameters(), lr=settings.lr, weight_decay=0.0)
    start = resume(run / STATE, "controlnet", controlnet, optimizer, device)
    started = time.time()
    for step in range(start, settings.steps):
        texts, images, scenes = control_batch(step, settings, base)
        batch = noisy_batch(pipe, images, texts, base, "control", step, device, settings.timestep_sampling)
        cells = latent_object_weights(scenes, as_tensor(images, device), settings.object_weight) \
            if settings.object_weight else None
        with torch.no_grad():
            cond = map_latents(pipe, images, device, settings.map_kind)
        set_lr(optimizer, settings.lr, step, settings.warmup, settings.steps)
        residuals = controlnet(batch.noisy, batch.timesteps.to(batch.noisy.dtype), controlnet_cond=cond,
                               conditioning_scale=1.0, return_dict=False, **batch.inputs)[0]
        prediction = predict(pipe.transformer, batch.noisy, batch.timesteps,
                             {**batch.inputs, "controlnet_block_samples": list(residuals)})
        value = loss(prediction, batch, base, cells)
        optimizer.zero_grad(set_to_none=True)
        value.backward()
        torch.nn.utils.clip_grad_norm_(controlnet.parameters(), 1.0)
        optimizer.step()
        if (step + 1) % 20 == 0:
            print_progress("control", step, settings.steps, value.item(), started, start)
        if (step + 1) % 50 == 0 or step + 1 == settings.steps:
            save_checkpoint({"step": step + 1, "controlnet": controlnet.state_dict(),
                             "optimizer": optimizer.state_dict()}, run / STATE)
    controlnet.eval().save_pretrained(out)
    (out / "training.json").write_text(json.dumps({"settings": asdict(settings), "steps_trained": settings.steps,
                                                   **(notes or {})}, indent=1), encoding="utf-8")
    return out

