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

The adapter stages train on a finished model folder (the shipped one by default) and write the adapters the app
loads with --lora and --controlnet (measured by benchmarks/bench_adapters.py):

    python -m toyworld.train --run runs/adapters --stages lora --threads 1     # assets/adapters/toy-negative-lora
    python -m toyworld.train --run runs/adapters --stages control --threads 1  # .../toy-edges-controlnet
    python -m toyworld.train --run runs/sketch --stages control --control-map sketch \
        --control-from assets/adapters/toy-edges-controlnet --adapter-steps 3000   # .../toy-sketch-controlnet

(8,000 and 7,000 steps, 0.5-1.0 and 0.3-0.9 s a step on one core: about an hour and more each; they ran side by side,
one thread each, as two threads each on a busy 2-core machine ran ten times slower; each adapter's
training.json says how it was resumed)

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
from pathlib import Path

import torch

from toyworld.adapter_stages import ADAPTER_STAGES, CONTROLNET_NAMES, train_adapters
from toyworld.batches import pictures
from toyworld.decoder_stage import train_decoder
from toyworld.dit_stage import train_dit
from toyworld.losses import edge_weights, latent_object_weights, loss_weights, object_weights
from toyworld.model import EMBEDDED_ARCH, dit_modules
from toyworld.readout_stage import sampled_latents, train_readout
from toyworld.recipe import GUIDANCE, LOSS_WEIGHTINGS, STEPS, Settings
from toyworld.runs import (BASE, STATE, TRAINED_STAGES, export, load_run, record_start, save_checkpoint,
                           trained_vae, vae_origin)
from toyworld.vae_stage import latent_scale, train_vae

# This module is the command line and the order of the stages (its docstring is the --help text). Each stage has
# its own module, on the recipe (`recipe`), the batches (`batches`), the loss weights (`losses`) and the run
# folder (`runs`); what benchmarks and tests use is importable from here as it was before the split.
__all__ = ["BASE", "EMBEDDED_ARCH", "GUIDANCE", "LOSS_WEIGHTINGS", "STATE", "STEPS", "Settings", "edge_weights",
           "export", "latent_object_weights", "latent_scale", "load_run", "loss_weights", "main", "object_weights",
           "pictures", "record_start", "sampled_latents", "save_checkpoint", "train_decoder", "train_dit",
           "train_readout", "train_vae", "trained_vae"]
_save = save_checkpoint  # the name benchmarks/ablate_embedded.py calls


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
    parser.add_argument("--base", type=Path, default=Path("assets/embedded"),
                        help="the adapter stages (lora, control): the model folder they adapt")
    parser.add_argument("--adapters-to", type=Path, default=Path("assets/adapters"),
                        help="the adapter stages: where the trained adapters are written")
    parser.add_argument("--adapter-steps", type=int, default=0, help="the adapter stages: steps (0: the recipe's)")
    parser.add_argument("--control-map", choices=tuple(CONTROLNET_NAMES), default="edges",
                        help="the control stage: the map the ControlNet reads (edges, or a sketch: edges over a "
                             "coarse colour wash)")
    parser.add_argument("--control-from", type=Path, help="the control stage: start from this ControlNet folder "
                        "instead of a fresh copy of the transformer's first blocks")
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
    stages = set(args.stages.split(","))
    if stages & ADAPTER_STAGES:
        if stages - ADAPTER_STAGES:
            raise SystemExit("the adapter stages (lora, control) run on a finished model: give them on their own")
        train_adapters(stages, args.base, args.run, args.adapters_to, args.adapter_steps, device, args.control_map,
                       args.control_from)
        return
    print(f"training on {device}: {settings}", flush=True)
    record_start(args.run, settings)
    pipe, state = load_run(args.run, settings, device)
    torch.manual_seed(settings.seed)
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
            state = {**state, "decoder_step": source.get("decoder_step", 0),
                     "vae_from": vae_origin(args.vae_from, source), "vae_runs": source["history"]}
        dit_modules(pipe).load_state_dict(state["ema"])
        train_readout(pipe, state, args.run, settings, device)
    print("done", flush=True)


if __name__ == "__main__":
    main()
