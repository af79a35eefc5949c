"""The embedded model's adapters, judged by the toy world's checker, through the app's own `Generator`.

    python benchmarks/bench_adapters.py                       # held-out scenes (the reported figure)
    python benchmarks/bench_adapters.py --split tuning        # training-split scenes: what settings are tried on

- ControlNet (`assets/adapters/toy-sketch-controlnet` at its own weight 2, as the README runs it; the edge one
  with `--controlnet assets/adapters/toy-edges-controlnet:2`): a toy picture is given as the control image (its
  map, of the kind the ControlNet's training.json names, is computed by the app, as for an upload); the caption
  names only what each object is ("a red circle and a blue square"), never where or how big.
  `control_follows`: the checker finds as many objects as the control picture has, each at its position and size
  (the layout). `control_follows_with_shapes` also asks each object's shape
  (in the map's edges and the caption), `control_follows_all` its colour as captioned too (the base model's
  own limit: it draws fully named two-object captions right about 6 times in 10). The same captions without the
  control image give the rates by chance.
- LoRA (`assets/adapters/toy-negative-lora`, a style LoRA): captions naming each object's colour, half of them
  also saying "negative style" / "反色风格". The effect is present when every named colour's complement
  (red <-> green ...) is drawn and no object has a named colour, measured with the LoRA loaded
  (`lora_effect_with`) and unloaded (`lora_effect_without`: the same `Generator`, so the base is bit for bit
  the app's). Stricter, beside it: `lora_effect_and_count_*` also asks exactly as many objects as named (the
  base model adds or drops one now and then: `base_colours_as_named` is how often it draws the named colours
  and count), `lora_follows_all_with` every other named attribute too (shape, size, position), which the base
  model gets right `base_follows_all` of the time.
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

from generator.control import trained_map_kind  # noqa: E402
from generator.generator import Generator  # noqa: E402
from generator.request import RenderRequest  # noqa: E402
from toyworld.adapter_data import drawn_negative, layout_caption, negative_case, picture  # noqa: E402
from toyworld.adapter_stages import CONTROL_SCALE, CONTROLNET_NAMES, LORA_NAME  # noqa: E402
from toyworld.checker import check  # noqa: E402
from toyworld.scene import ObjectDescription, SceneDescription, sample_scene  # noqa: E402

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


def bench_control(generator: Generator, rng: random.Random, held_out: bool, n: int, scale: float,
                  kind: str = "edges") -> dict[str, float]:
    """Share of pictures at the control picture's layout (as many objects, each where and as big as there), with
    the control image and without it; and how many also have each object's shape, and its colour as captioned."""
    counts = {key: 0 for key in ("layout", "shapes", "all", "layout_chance", "all_chance", "layout_1", "layout_2")}
    cases = {1: 0, 2: 0}
    for i in range(n):
        scene = sample_scene(rng, rng.choice((1, 2)), held_out=held_out)
        cases[len(scene.objects)] += 1
        text, _ = layout_caption(scene, rng)
        wanted = {
            "layout": SceneDescription(None, tuple(ObjectDescription(None, None, o.size, o.position)
                                                   for o in scene.objects)),
            "shapes": SceneDescription(None, tuple(ObjectDescription(o.shape, None, o.size, o.position)
                                                   for o in scene.objects)),
            "all": SceneDescription(None, scene.describe().objects),
        }
        seed = 10_000 + i
        plain = draw(generator, text, seed, lora_scale=0.0)
        controlled = draw(generator, text, seed, lora_scale=0.0, control_image=picture(scene), control_scale=scale,
                          control_kind=kind)
        for key, description in wanted.items():
            counts[key] += follows(controlled, description)
        counts[f"layout_{len(scene.objects)}"] += follows(controlled, wanted["layout"])
        counts["layout_chance"] += follows(plain, wanted["layout"])
        counts["all_chance"] += follows(plain, wanted["all"])
    return {"control_follows": counts["layout"] / n, "control_follows_with_shapes": counts["shapes"] / n,
            "control_follows_all": counts["all"] / n, "layout_by_chance": counts["layout_chance"] / n,
            "all_by_chance": counts["all_chance"] / n,
            "control_follows_one_object": counts["layout_1"] / max(1, cases[1]),
            "control_follows_two_objects": counts["layout_2"] / max(1, cases[2])}


def colours_only(description: SceneDescription) -> SceneDescription:
    """As many objects, of these colours: what the LoRA changes, without what the base model may get wrong."""
    return SceneDescription(None, tuple(ObjectDescription(None, o.colour, None, None) for o in description.objects))


def bench_lora(generator: Generator, name: str, rng: random.Random, held_out: bool, n: int) -> dict[str, float]:
    """The LoRA's effect with it loaded and with it unloaded, on captions that say the style (half) or not: every
    object in the complement of its named colour. Also the strict figure, every named attribute right."""
    cases = [negative_case(rng, held_out=held_out, keep=rng.choice((1.0, 0.7)), trigger=i % 2 == 0)
             for i in range(n)]
    counts = {key: 0 for key in ("with", "without", "with_count", "without_count", "with_all", "named_without",
                                 "named_without_all")}
    spec = generator.loras.specs()[0]
    for loaded in (True, False):
        if not loaded:
            generator.unload_lora(name)
        for i, (text, named, wanted, _) in enumerate(cases):
            image = draw(generator, text, 20_000 + i)
            key = "with" if loaded else "without"
            counts[key] += drawn_negative(image, named)
            counts[f"{key}_count"] += follows(image, colours_only(wanted))
            if loaded:
                counts["with_all"] += follows(image, wanted)
            else:
                counts["named_without"] += follows(image, colours_only(named))
                counts["named_without_all"] += follows(image, named)
    generator.load_lora(f"{spec.source}:{spec.scale}")
    return {"lora_effect_with": counts["with"] / n, "lora_effect_without": counts["without"] / n,
            "lora_effect_and_count_with": counts["with_count"] / n,
            "lora_effect_and_count_without": counts["without_count"] / n,
            "lora_follows_all_with": counts["with_all"] / n,
            "base_colours_as_named": counts["named_without"] / n,
            "base_follows_all": counts["named_without_all"] / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=tuple(SEEDS), default="held-out")
    parser.add_argument("--n", type=int, default=100, help="cases per measure")
    parser.add_argument("--model", default=str(MODEL))
    parser.add_argument("--lora", default=str(ADAPTERS / LORA_NAME))
    parser.add_argument("--controlnet", default=f"{ADAPTERS / CONTROLNET_NAMES['sketch']}:{CONTROL_SCALE:g}",
                        help="PATH_OR_ID[:SCALE], as the app's flag (default: the shipped one at its own weight)")
    parser.add_argument("--control-scale", type=float, default=1.0, help="the chat's control strength (× SCALE)")
    parser.add_argument("--control-kind", help="the map the ControlNet reads (default: the one its training.json "
                        "names, else edges)")
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
        kind = args.control_kind or trained_map_kind(generator.controlnet_id)
        found["control_kind"] = kind
        found.update(bench_control(generator, random.Random(SEEDS[args.split] + "-control"), held_out, args.n,
                                   args.control_scale, kind))
    if args.only != "control":
        found.update(bench_lora(generator, name, random.Random(SEEDS[args.split] + "-lora"), held_out, args.n))
    found.update(seconds_side_by_side(generator, args.only != "lora", args.only != "control"))
    for key, value in found.items():
        print(f"{key:>28}: {value:.3f}" if isinstance(value, float) else f"{key:>28}: {value}")
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in found.items()}))


if __name__ == "__main__":
    main()
