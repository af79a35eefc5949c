"""Try a change to the embedded model's recipe on a short run before paying for a full one.

    # from scratch: a deeper text side, 3,000 steps of the shipped 7,000-step schedule, on the shipped VAE
    python benchmarks/ablate_embedded.py --name deep --bert-layers 3 --t5-layers 2 --steps 3000
    # resumed: a training run's transformer, 800 more steps at a constant 3e-4 with another loss weighting
    python benchmarks/ablate_embedded.py --name uniform --resume --vae-run runs/v2 --loss-weighting uniform \
        --steps 800 --lr 3e-4
    # judge a model folder on the same captions (the shipped one, say)
    python benchmarks/ablate_embedded.py --judge assets/embedded

A from-scratch arm gets a new transformer and new text encoders but the trained VAE of `--vae-run` (a run, or
by default the shipped model folder, whose encoder is the one its transformer learned), so arms differ only in
what they compare (the VAE stage takes 11 minutes and does not depend on them). Its learning rate
follows the full recipe's schedule (`--schedule-steps`), so 3,000 steps are the first 3,000 of a full run. A
resumed arm continues `--vae-run`'s own transformer. Arms are exported with the decoder of `--decoder-run` and
judged on training-split captions that name every attribute (bench_embedded.py keeps the held-out ones): the
share of pictures that pass, and the share of named attributes drawn right, which moves long before the pass
rate does on a young model. Judging n pictures takes about n / 10 seconds on 2 cores. The shipped decoder has
been through the readout stage, which fits it to the shipped transformer's latents: to compare arms with the
shipped model on equal terms, judge them all with a decoder from before that stage (a run's `--decoder-run`),
or run the readout stage on each arm.

Prints one JSON line per arm. Checkpoints go to runs/ablate/<name> and resume like the training script's.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_embedded import draw, load  # noqa: E402

from toyworld import train  # noqa: E402
from toyworld.captions import caption  # noqa: E402
from toyworld.checker import check  # noqa: E402
from toyworld.model import EMBEDDED_ARCH  # noqa: E402
from toyworld.scene import sample_scene  # noqa: E402


def judge(model: Path, n: int) -> dict:
    """Pass rate, attribute accuracy and failure counts on n one-object and n / 2 two-object captions."""
    pipe, defaults = load(model)
    out = {}
    for count, m in ((1, n), (2, n // 2)):
        rng = random.Random(f"ablate-{count}")
        captions = [caption(sample_scene(rng, count, held_out=False), rng, rng.choice(("en", "zh")), keep=1)
                    for _ in range(m)]
        images = draw(pipe, defaults, [c[0] for c in captions], list(range(m)))
        results = [check(image, c[1]) for image, c in zip(images, captions)]
        failed = Counter(c.attribute for r in results for c in r.failed())
        failed["object count"] = sum(not r.count_ok for r in results)
        named = sum(len(r.checks) for r in results)
        out["one_object" if count == 1 else "two_objects"] = {
            "follows": round(sum(r.follows for r in results) / m, 3),
            "attributes_right": round(1 - sum(len(r.failed()) for r in results) / named, 3),
            "failed": dict(failed.most_common()),
        }
    return out


def run_arm(args: argparse.Namespace) -> dict:
    arch = dataclasses.replace(EMBEDDED_ARCH, bert_layers=args.bert_layers, t5_layers=args.t5_layers)
    run = Path("runs/ablate") / args.name
    run.mkdir(parents=True, exist_ok=True)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    finished = train.trained_vae(args.vae_run, device)
    if args.resume:
        if "ema" not in finished:
            raise SystemExit(f"--resume needs a training run with a transformer, not {args.vae_run}")
        if arch != EMBEDDED_ARCH:
            raise SystemExit("a resumed arm keeps the finished run's architecture")
        if not (run / train.STATE).exists():  # start from the finished run's transformer, text encoders and EMA
            train._save(finished, run / train.STATE)
        base = args.vae_run / train.BASE
        if not (run / train.BASE).exists():
            import shutil

            shutil.copytree(base, run / train.BASE)
        start = finished["step"]
        # a constant rate: the cosine over a practically endless schedule stays at its peak
        settings = dataclasses.replace(train.Settings(), dit_lr=args.lr, dit_steps=10 ** 9, dit_warmup=0,
                                       loss_weighting=args.loss_weighting, probe_every=10 ** 9)
        stop_at = start + args.steps
    else:
        settings = dataclasses.replace(train.Settings(), dit_steps=args.schedule_steps, dit_lr=args.lr,
                                       loss_weighting=args.loss_weighting, dit_object_weight=0.0)
        stop_at = args.steps
    train.record_start(run, settings)
    pipe, state = train.load_run(run, settings, device, arch)
    pipe.vae.load_state_dict(finished["vae"])
    pipe.vae.requires_grad_(False).eval()
    pipe.vae.register_to_config(scaling_factor=finished["scaling_factor"])
    torch.manual_seed(settings.seed)
    started = time.time()
    train.train_dit(pipe, state, run, settings, device, stop_at=stop_at)
    minutes = (time.time() - started) / 60
    model = run / "model"
    train.export(run, model, settings, vae_from=args.decoder_run, arch=arch)
    return {"arm": args.name, "steps": stop_at, "train_minutes": round(minutes, 1),
            "architecture": {"bert_layers": arch.bert_layers, "t5_layers": arch.t5_layers},
            "lr": args.lr, "loss_weighting": args.loss_weighting, **judge(model, args.n)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--name", help="the arm's folder under runs/ablate")
    parser.add_argument("--judge", type=Path, help="only judge this model folder")
    parser.add_argument("--steps", type=int, default=3000, help="transformer steps this arm trains")
    parser.add_argument("--schedule-steps", type=int, default=train.Settings.dit_steps,
                        help="the learning-rate schedule's length (from scratch)")
    parser.add_argument("--resume", action="store_true", help="continue --vae-run's transformer instead")
    parser.add_argument("--lr", type=float, default=train.Settings.dit_lr)
    parser.add_argument("--loss-weighting", choices=train.LOSS_WEIGHTINGS,
                        default=train.Settings.loss_weighting)
    parser.add_argument("--bert-layers", type=int, default=EMBEDDED_ARCH.bert_layers)
    parser.add_argument("--t5-layers", type=int, default=EMBEDDED_ARCH.t5_layers)
    parser.add_argument("--vae-run", type=Path, default=Path("assets/embedded"), help="a finished run: its VAE "
                        "(and, with --resume, its transformer); or a model folder: its VAE")
    parser.add_argument("--decoder-run", type=Path, default=Path("assets/embedded"),
                        help="the sharpened decoder: a run or a model folder")
    parser.add_argument("--n", type=int, default=150, help="one-object captions judged (half as many two)")
    parser.add_argument("--threads", type=int, default=0, help="CPU threads for torch (0: torch's default)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.judge:
        print(json.dumps({"model": str(args.judge), **judge(args.judge, args.n)}))
    elif args.name:
        print(json.dumps(run_arm(args)))
    else:
        parser.error("give --name for an arm or --judge for a model folder")


if __name__ == "__main__":
    main()
