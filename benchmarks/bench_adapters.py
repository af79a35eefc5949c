"""The embedded model's adapters, judged by the toy world's checker, through the app's own `Generator`.

    python benchmarks/bench_adapters.py                       # held-out scenes (the reported figure)
    python benchmarks/bench_adapters.py --split tuning        # training-split scenes: what settings are tried on

- ControlNet (`assets/adapters/toy-edges-controlnet`): a toy picture is given as the control image (its edges are
  computed by the app, as for an upload); the caption names only what each object is ("a red circle and a blue
  square"), never where or how big. A picture follows when the checker finds every object, with the caption's
  shape and colour, at the control picture's position and size. The same captions without the control image
  give the rate of following the layout by chance.
- LoRA (`assets/adapters/toy-negative-lora`): captions with "negative style" / "反色风格". The effect is present
  when every object has the named shape (where named) in the complement of the named colour (red <-> green ...),
  measured with the LoRA loaded and with it unloaded (the same `Generator`, so the base is bit for bit the app's).
  Plain captions with the LoRA loaded must still be drawn as the base draws them: `lora_plain_follows` against
  `base_plain_follows`.
- Seconds per picture with each adapter against none: medians of renders taking turns on one caption.

Held-out scenes (`toyworld.scene.is_held_out`) were never drawn in any training stage. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from generator.generator import Generator  # noqa: E402
from generator.request import RenderRequest  # noqa: E402
from toyworld.adapter_data import layout_caption, negative_case, picture  # noqa: E402
from toyworld.adapter_stages import CONTROLNET_NAME, LORA_NAME  # noqa: E402
from toyworld.captions import caption  # noqa: E402
from toyworld.checker import check  # noqa: E402
from toyworld.scene import SceneDescription, sample_scene  # noqa: E402

MODEL = ROOT / "assets" / "embedded"
ADAPTERS = ROOT / "assets" / "adapters"
SEEDS = {"tuning": "adapters-tuning", "held-out": "adapters-held-out"}


def draw(generator: Generator, prompt: str, seed: int, **fields) -> np.ndarray:
    result = generator.render(RenderRequest(prompt=prompt, seed=seed, **fields))
    return np.asarray(result.image.convert("RGB").resize((64, 64)))


def seconds_side_by_side(generator: Generator, control: bool, lora: bool, rounds: int = 12) -> dict[str, float]:
    """Median seconds a picture with no adapter, with the LoRA, with the ControlNet, taking turns on one prompt
    each round (LoRA strength 0 skips its layers entirely: the base model's work)."""
    scene = sample_scene(random.Random("timing"), 2)
    text, _ = layout_caption(scene, random.Random("timing"))
    arms = {"none": {"lora_scale": 0.0}}
    if lora:
        arms["lora"] = {"lora_scale": 1.0}
    if control:
        arms["control"] = {"lora_scale": 0.0, "control_image": picture(scene)}
    seconds: dict[str, list[float]] = {arm: [] for arm in arms}
    for i in range(rounds + 1):
        for arm, fields in arms.items():
            started = time.perf_counter()
            draw(generator, text, 40_000 + i, **fields)
            if i:  # the first round warms up
                seconds[arm].append(time.perf_counter() - started)
    base = statistics.median(seconds["none"])
    found = {"seconds_per_picture": round(base, 4)}
    for arm in arms.keys() - {"none"}:
        found[f"{arm}_cost_ratio"] = round(statistics.median(seconds[arm]) / base, 2)
    return found


def follows(image: np.ndarray, description: SceneDescription) -> bool:
    return check(image, description).follows


def bench_control(generator: Generator, rng: random.Random, held_out: bool, n: int, scale: float
                  ) -> dict[str, float]:
    """Share of pictures at the control picture's layout, with the control image and without it."""
    with_control = without = 0
    for i in range(n):
        scene = sample_scene(rng, rng.choice((1, 2)), held_out=held_out)
        text, _ = layout_caption(scene, rng)
        full = SceneDescription(None, scene.describe().objects)  # the layout: what, where and how big
        seed = 10_000 + i
        without += follows(draw(generator, text, seed, lora_scale=0.0), full)
        with_control += follows(draw(generator, text, seed, lora_scale=0.0,
                                     control_image=picture(scene), control_scale=scale), full)
    return {"control_follows": with_control / n, "layout_by_chance": without / n}


def bench_lora(generator: Generator, name: str, rng: random.Random, held_out: bool, n: int
               ) -> dict[str, float]:
    """The LoRA's effect with it and without it, and plain captions with it loaded against without."""
    cases = [negative_case(rng, held_out=held_out, keep=rng.choice((1.0, 0.7))) for _ in range(n)]
    plain = []
    for _ in range(n):
        scene = sample_scene(rng, rng.choice((1, 2)), held_out=held_out)
        plain.append(caption(scene, rng, keep=1.0))
    counts = {"with": 0, "without": 0, "named_without": 0, "plain_with": 0, "plain_without": 0}
    for loaded in (True, False):
        if not loaded:
            spec = generator.loras.specs()[0]
            generator.unload_lora(name)
        key = "with" if loaded else "without"
        for i, (text, named, wanted, _) in enumerate(cases):
            image = draw(generator, text, 20_000 + i)
            counts[key] += follows(image, wanted)
            if not loaded:
                counts["named_without"] += follows(image, named)
        for i, (text, description) in enumerate(plain):
            image = draw(generator, text, 30_000 + i)
            counts[f"plain_{key}"] += follows(image, description)
    generator.load_lora(f"{spec.source}:{spec.scale}")
    return {"lora_effect_with": counts["with"] / n, "lora_effect_without": counts["without"] / n,
            "base_follows_named_colour": counts["named_without"] / n,
            "lora_plain_follows": counts["plain_with"] / n, "base_plain_follows": counts["plain_without"] / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=tuple(SEEDS), default="held-out")
    parser.add_argument("--n", type=int, default=100, help="cases per measure")
    parser.add_argument("--model", default=str(MODEL))
    parser.add_argument("--lora", default=str(ADAPTERS / LORA_NAME))
    parser.add_argument("--controlnet", default=str(ADAPTERS / CONTROLNET_NAME))
    parser.add_argument("--control-scale", type=float, default=1.0)
    parser.add_argument("--only", choices=("control", "lora"), help="load and measure one adapter")
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    held_out = args.split == "held-out"
    generator = Generator.load(args.model, device="cpu", loras=(args.lora,) if args.only != "control" else (),
                               controlnet=args.controlnet if args.only != "lora" else None)
    name = generator.loras.names[0] if generator.loras.names else ""
    found: dict[str, float | str | int] = {"split": args.split, "n": args.n}
    if args.only != "lora":
        found.update(bench_control(generator, random.Random(SEEDS[args.split] + "-control"), held_out, args.n,
                                   args.control_scale))
    if args.only != "control":
        found.update(bench_lora(generator, name, random.Random(SEEDS[args.split] + "-lora"), held_out, args.n))
    found.update(seconds_side_by_side(generator, args.only != "lora", args.only != "control"))
    for key, value in found.items():
        print(f"{key:>28}: {value:.3f}" if isinstance(value, float) else f"{key:>28}: {value}")
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in found.items()}))


if __name__ == "__main__":
    main()
