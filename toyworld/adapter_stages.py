"""The adapter stages of `toyworld.train`: load the finished model folder, train one adapter, write it where the
app and the benchmark find it (`assets/adapters/<name>`)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import torch
from diffusers import HunyuanDiTPipeline

from toyworld.control_stage import ControlSettings, train_control
from toyworld.lora_stage import LoraSettings, train_lora

ADAPTER_STAGES = {"lora", "control"}
LORA_NAME = "toy-negative-lora"
CONTROLNET_NAME = "toy-edges-controlnet"
CONTROLNET_NAMES = {"edges": CONTROLNET_NAME, "sketch": "toy-sketch-controlnet"}  # by the map each reads
# The shipped ControlNets' own weight, run as `--controlnet assets/adapters/toy-sketch-controlnet:2`: on 200
# tuning cases of bench_adapters.py the sketch one followed the layout 0.84 of the time at 2 against 0.805 at 1
# (the edge one 0.754 at 2 against 0.671 at 1, on 240).
CONTROL_SCALE = 2.0


def train_adapters(stages: set[str], base: Path, run: Path, out: Path, steps: int, device: torch.device,
                   control_map: str = "edges", control_from: Path | None = None) -> None:
    """Each named adapter stage in turn, each resumable from its own checkpoint in `run`; the ControlNet reads
    `control_map` and starts from the ControlNet folder `control_from` when one is given."""
    pipe = HunyuanDiTPipeline.from_pretrained(base).to(device)
    notes = {"base": str(base), "argv": sys.argv[1:]}
    if "lora" in stages:
        settings = LoraSettings() if not steps else replace(LoraSettings(), steps=steps)
        print(f"training the LoRA on {device}: {settings}", flush=True)
        write_vocabulary(train_lora(pipe, run / "lora", out / LORA_NAME, settings, device, notes))
    if "control" in stages:
        settings = replace(ControlSettings(), map_kind=control_map, start_from=str(control_from or ""))
        settings = settings if not steps else replace(settings, steps=steps)
        print(f"training the ControlNet on {device}: {settings}", flush=True)
        train_control(pipe, run / "control", out / CONTROLNET_NAMES[control_map], settings, device, notes)
    print("done", flush=True)


def write_vocabulary(folder: Path) -> Path:
    """What the LoRA adds to the model's vocabulary (prompt_enhancer.profile reads it with --lora): its style, so
    the dialog manager passes "negative style" on to the closed model instead of refusing it."""
    folder.mkdir(parents=True, exist_ok=True)
    about = ('"negative style" / "反色风格": every object in its palette complement (red <-> green, blue <-> '
             'orange, yellow <-> purple, pink <-> brown). Trained by python -m toyworld.train --stages lora. Always on '
             'while loaded (it was trained on every caption), so "always" lists it: the chat says so beside each '
             'picture.')
    words = {"about": about, "styles": ["negative"], "always": ["negative"]}
    (folder / "vocabulary.json").write_text(json.dumps(words, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return folder
