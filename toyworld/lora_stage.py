"""An adapter stage: a style LoRA on the shipped transformer that draws in "negative style" (see `adapter_data`).

Only the low-rank pairs train; the transformer, the text encoders and the VAE stay frozen, so the adapter is a
few hundred KB and the base model without it (or at strength 0) draws exactly as before. Every caption of a batch
is the base model's own kind (some with "negative style" said, some empty) and every picture its negative. The
result is written in peft's layout, the way `generator.adapters` reads any LoRA, and `--lora` loads it like any
other.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from diffusers import HunyuanDiTPipeline
from safetensors.torch import save_file

from generator.conditioning import predict
from toyworld.adapter_training import freeze, loss, noisy_batch, resume, set_lr
from toyworld.adapter_data import as_tensor, negative_case
from toyworld.batches import batch_rng
from toyworld.losses import latent_object_weights
from toyworld.recipe import Settings
from toyworld.render import render
from toyworld.scene import ToyScene
from toyworld.runs import print_progress, save_checkpoint
from toyworld.spec import CANVAS

# Attention, the feed-forward and the shift each block takes from the time and pooled-text embedding: a style is a
# global switch (the pooled text tells it), a colour swap a change of what each cell holds (the feed-forward).
TARGETS = ("attn1.to_q", "attn1.to_k", "attn1.to_v", "attn1.to_out.0",
           "attn2.to_q", "attn2.to_k", "attn2.to_v", "attn2.to_out.0", "ff.net.0.proj", "ff.net.2", "norm1.linear")
STATE = "lora.pt"


@dataclass(frozen=True)
class LoraSettings:
    """Every knob of the LoRA stage; written beside the adapter."""

    steps: int = 8000
    batch: int = 24
    lr: float = 1e-3
    warmup: int = 50
    rank: int = 8
    alpha: float = 8.0
    trigger_share: float = 0.25  # captions that also say "negative style", as a person asking for it would
    caption_dropout: float = 0.1
    timestep_sampling: str = "uniform"  # see adapter_training.sample_timesteps
    # Extra loss weight on the latent cells an object touches. The style changes only the objects, a few cells
    # of 64; the rest of the error is the base model's own, which the LoRA must leave alone.
    object_weight: float = 4.0
    seed: int = 0


class TrainableLora(torch.nn.Module):
    """Low-rank pairs hooked into the transformer's linear layers while training: output + alpha/r * B(A(x))."""

    def __init__(self, transformer: torch.nn.Module, rank: int, alpha: float, seed: int) -> None:
        super().__init__()
        generator = torch.Generator().manual_seed(seed)
        self.names: list[str] = []
        self.down = torch.nn.ParameterList()
        self.up = torch.nn.ParameterList()
        self.weight = alpha / rank
        self._handles = []
        for name, module in transformer.named_modules():
            if name.startswith("blocks.") and name.endswith(TARGETS) and isinstance(module, torch.nn.Linear):
                down = torch.randn(rank, module.in_features, generator=generator) / module.in_features ** 0.5
                self.down.append(torch.nn.Parameter(down))
                self.up.append(torch.nn.Parameter(torch.zeros(module.out_features, rank)))
                self.names.append(name)
                self._handles.append(module.register_forward_hook(self._hook(len(self.names) - 1)))

    def _hook(self, index: int):
        def add(module: torch.nn.Module, inputs: tuple, output: torch.Tensor) -> torch.Tensor:
            update = F.linear(F.linear(inputs[0], self.down[index]), self.up[index])
            return output + self.weight * update
        return add

    def remove(self) -> None:
        for handle in self._handles:
            handle.remove()

    def save(self, folder: Path, settings: LoraSettings, notes: dict) -> None:
        """peft's layout on diffusers' names: adapter_model.safetensors and adapter_config.json."""
        folder.mkdir(parents=True, exist_ok=True)
        tensors = {}
        for name, down, up in zip(self.names, self.down, self.up):
            tensors[f"base_model.model.{name}.lora_A.weight"] = down.detach().cpu().contiguous()
            tensors[f"base_model.model.{name}.lora_B.weight"] = up.detach().cpu().contiguous()
        save_file(tensors, str(folder / "adapter_model.safetensors"))
        config = {"peft_type": "LORA", "r": settings.rank, "lora_alpha": settings.alpha,
                  "target_modules": list(TARGETS), "use_rslora": False, "use_dora": False, "bias": "none"}
        (folder / "adapter_config.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
        (folder / "training.json").write_text(json.dumps({"settings": asdict(settings), **notes}, indent=1),
                                              encoding="utf-8")


def lora_batch(step: int, settings: LoraSettings, base: Settings) -> tuple[list[str], list, list[ToyScene]]:
    """One step's captions, as the base model learned them (some saying the style, some empty), the negative
    pictures of what they name, and the scenes drawn."""
    rng = batch_rng(base, "lora", step)
    texts, images, scenes = [], [], []
    for _ in range(settings.batch):
        text, _, _, drawn = negative_case(rng, held_out=False, keep=rng.choice((1.0, 0.7)),
                                          n_objects=rng.choice((1, 2)), trigger=rng.random() < settings.trigger_share)
        texts.append("" if rng.random() < settings.caption_dropout else text)
        images.append(render(drawn))
        scenes.append(drawn)
    return texts, images, scenes


@torch.no_grad()
def probe(pipe: HunyuanDiTPipeline, base: Settings, step: int, n: int = 24) -> float:
    """Share of training-split captions drawn in negative style, sampled as the app samples with the LoRA in
    training: a cheap look (bench_adapters.py is the measure)."""
    import numpy as np

    from toyworld.checker import check
    from toyworld.recipe import GUIDANCE, STEPS, sampling_pipeline

    rng = random.Random(f"lora-probe-{step}")
    cases = [negative_case(rng, held_out=False) for _ in range(n)]
    images = sampling_pipeline(pipe, base)([c[0] for c in cases], height=CANVAS, width=CANVAS,
                                           num_inference_steps=STEPS, guidance_scale=GUIDANCE,
                                           use_resolution_binning=False, output_type="np",
                                           generator=[torch.Generator().manual_seed(i) for i in range(n)]).images
    hits = [check((np.asarray(i) * 255).round().astype(np.uint8), c[2]).follows for i, c in zip(images, cases)]
    return sum(hits) / n


def train_lora(pipe: HunyuanDiTPipeline, run: Path, out: Path, settings: LoraSettings, device: torch.device,
               notes: dict | None = None) -> Path:
    """Train (resuming from `run`) and write the adapter to `out`."""
    base = Settings(seed=settings.seed)
    freeze(pipe)
    lora = TrainableLora(pipe.transformer, settings.rank, settings.alpha, settings.seed).to(device)
    optimizer = torch.optim.AdamW(lora.parameters(), lr=settings.lr, weight_decay=0.0)
    start = resume(run / STATE, "lora", lora, optimizer, device)
    started = time.time()
    for step in range(start, settings.steps):
        texts, images, scenes = lora_batch(step, settings, base)
        batch = noisy_batch(pipe, images, texts, base, "lora", step, device, settings.timestep_sampling)
        cells = latent_object_weights(scenes, as_tensor(images, device), settings.object_weight) \
            if settings.object_weight else None
        set_lr(optimizer, settings.lr, step, settings.warmup, settings.steps)
        value = loss(predict(pipe.transformer, batch.noisy, batch.timesteps, batch.inputs), batch, base, cells)
        optimizer.zero_grad(set_to_none=True)
        value.backward()
        optimizer.step()
        if (step + 1) % 20 == 0:
            print_progress("lora", step, settings.steps, value.item(), started, start)
        if (step + 1) % 300 == 0 or step + 1 == settings.steps:
            print(f"[lora] step {step + 1}: {probe(pipe, base, step + 1):.0%} of captions drawn in negative style "
                  "(training split)", flush=True)
        if (step + 1) % 50 == 0 or step + 1 == settings.steps:
            save_checkpoint({"step": step + 1, "lora": lora.state_dict(), "optimizer": optimizer.state_dict()},
                            run / STATE)
    lora.remove()
    lora.save(out, settings, {"steps_trained": settings.steps, **(notes or {})})
    return out

