"""A training run's folder and what leaves it: checkpoint, settings history, untrained base, the VAE another
run or model folder offers, and the shipped model folder exported from the run's EMA weights."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

import torch
from diffusers import HunyuanDiTPipeline

from generator.components import Architecture, build_pipeline
from toyworld.captions import vocabulary_corpus
from toyworld.model import EMBEDDED_ARCH, dit_modules
from toyworld.recipe import GUIDANCE, STEPS, Settings, sampling_scheduler, training_scheduler
from toyworld.spec import CANVAS

STATE = "state.pt"
BASE = "base"  # the untrained pipeline with its tokenizers, saved once so a resume reuses the same vocabulary
HISTORY = "settings.jsonl"  # one line per (re)start of a run
READOUT_POOL = "readout_pool.pt"  # the readout stage's sampled latents and their scenes
TRAINED_STAGES = ("dit", "decoder", "readout")  # a run in one of these stages has a trained transformer


def save_checkpoint(state: dict, path: Path) -> None:
    """Save `state` to `path` so that a crash never leaves a half-written checkpoint."""
    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    tmp.replace(path)  # atomic: a crash mid-save leaves the previous checkpoint intact


def print_progress(stage: str, step: int, total: int, loss: float, started: float, first_step: int) -> None:
    """One line of a stage's progress: step, loss, time a step and the minutes left."""
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


def trained_vae(source: Path, device: torch.device = torch.device("cpu")) -> dict:
    """The VAE weights, latent scale and decoder steps of a run folder (its state.pt) or of a model folder.

    A model folder is what a fresh checkout has (runs/ is not in git): the shipped model's encoder is the one
    its transformer learned, so new transformer arms can start from it without the 11-minute VAE stage.
    """
    if (source / STATE).exists():
        state = torch.load(source / STATE, map_location=device, weights_only=False)
        return {**state, "history": run_history(source)}
    if not (source / "vae" / "config.json").exists():
        raise SystemExit(f"{source} is neither a training run ({STATE}) nor a model folder (vae/)")
    from diffusers import AutoencoderKL

    vae = AutoencoderKL.from_pretrained(source / "vae").to(device)
    record = json.loads((source / "training.json").read_text()) if (source / "training.json").exists() else {}
    return {"vae": vae.state_dict(), "scaling_factor": vae.config.scaling_factor,
            "decoder_step": record.get("decoder_steps_trained", 0),
            "readout_step": record.get("readout_steps_trained", 0), "origin": record.get("vae_from"),
            "history": record.get("vae_runs", record.get("runs", []))}


def vae_origin(source: Path, vae_state: dict) -> str:
    """Where a VAE taken from `source` came from, through as many hands as it passed (for training.json)."""
    return f"{source}, which took it from {vae_state['origin']}" if vae_state.get("origin") else str(source)


def run_history(run: Path) -> list[dict]:
    """Every (re)start `record_start` logged in the run, oldest first."""
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
    dit_modules(pipe).load_state_dict(state["ema"])
    pipe.scheduler = sampling_scheduler(settings)
    pipe.save_pretrained(out, safe_serialization=True)
    (out / "generation_defaults.json").write_text(json.dumps(
        {"steps": steps, "guidance": guidance, "width": CANVAS, "height": CANVAS, "negative_prompt": ""}) + "\n")
    record = {"dit_steps_trained": state["step"], "decoder_steps_trained": vae_state.get("decoder_step", 0),
              "readout_steps_trained": vae_state.get("readout_step", 0),
              "architecture": asdict(arch), "runs": run_history(run)}
    if vae_from:  # where the VAE came from, and how that run (or model) was made
        record.update(vae_from=vae_origin(vae_from, vae_state), vae_runs=vae_state["history"])
    elif "vae_from" in state:  # the readout stage started from another run's decoder
        record.update(vae_from=state["vae_from"], vae_runs=state["vae_runs"])
    (out / "training.json").write_text(json.dumps(record, indent=1) + "\n")
    print(f"exported step {state['step']} to {out}")
