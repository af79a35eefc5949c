"""How well the shipped embedded model draws the toy world, judged by the checker on held-out captions.

    python benchmarks/bench_embedded.py              # 200 captions per group (several minutes on 2 cores)
    python benchmarks/bench_embedded.py --n 20       # quick look

Prints a table, then one JSON line. Scenes come from the held-out split (`toyworld.scene.is_held_out`), which
training never draws; sampling uses the model's generation_defaults.json through HunyuanDiTPipeline.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from diffusers import HunyuanDiTPipeline  # noqa: E402

from toyworld.captions import caption  # noqa: E402
from toyworld.checker import CheckResult, check  # noqa: E402
from toyworld.scene import SceneDescription, sample_scene  # noqa: E402

BARS = {"one_object": 0.90, "two_objects": 0.60}


def load(model: Path) -> tuple[HunyuanDiTPipeline, dict]:
    if not (model / "model_index.json").exists():
        raise SystemExit(f"no model at {model}: train it with `python -m toyworld.train` and export it first")
    pipe = HunyuanDiTPipeline.from_pretrained(model)
    pipe.set_progress_bar_config(disable=True)
    return pipe, json.loads((model / "generation_defaults.json").read_text())


def draw(pipe: HunyuanDiTPipeline, defaults: dict, prompts: list[str], seeds: list[int], batch: int = 25
         ) -> list[np.ndarray]:
    """Pictures for prompts, one seeded generator each, so a picture does not depend on its batch."""
    images = []
    for i in range(0, len(prompts), batch):
        out = pipe(prompts[i:i + batch], height=defaults["height"], width=defaults["width"],
                   num_inference_steps=defaults["steps"], guidance_scale=defaults["guidance"],
                   negative_prompt=[defaults["negative_prompt"]] * len(prompts[i:i + batch]),
                   generator=[torch.Generator().manual_seed(s) for s in seeds[i:i + batch]],
                   use_resolution_binning=False, output_type="np")
        images.extend((np.asarray(im) * 255).round().astype(np.uint8) for im in out.images)
    return images


def judge(pipe, defaults, prompts, descriptions, seeds) -> list[CheckResult]:
    return [check(im, d) for im, d in zip(draw(pipe, defaults, prompts, seeds), descriptions)]


def failures(results: list[CheckResult]) -> str:
    counts = Counter(c.attribute for r in results for c in r.failed())
    counts.update({"object count": sum(not r.count_ok for r in results)})
    return ", ".join(f"{k} {v}" for k, v in counts.most_common() if v) or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("assets/embedded"))
    parser.add_argument("--n", type=int, default=200, help="captions per group")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--steps", type=int, help="override the model's default step count")
    parser.add_argument("--guidance", type=float, help="override the model's default guidance")
    args = parser.parse_args()
    pipe, defaults = load(args.model)
    defaults = {**defaults, **{k: v for k, v in (("steps", args.steps), ("guidance", args.guidance)) if v}}
    rng = random.Random(args.seed)
    seeds = [args.seed * 1000 + i for i in range(args.n)]
    rows = []
    rates = {}

    for group, count in (("one_object", 1), ("two_objects", 2)):
        scenes = [sample_scene(rng, count, held_out=True) for _ in range(args.n)]
        per_language = {}
        for language in ("en", "zh"):
            captions = [caption(s, rng, language, keep=1) for s in scenes]
            results = judge(pipe, defaults, [c[0] for c in captions], [c[1] for c in captions], seeds)
            per_language[language] = sum(r.follows for r in results) / len(results)
            rows.append((f"{group} ({language})", len(results), per_language[language],
                         f">= {BARS[group]:.0%}" if language == "en" else "", failures(results)))
            print("progress:", *rows[-1], flush=True)
        rates[group] = per_language

    # Position left out: one object, everything else named; where does the model put it?
    scenes = [sample_scene(rng, 1, held_out=True) for _ in range(args.n)]
    descriptions = [replace(s.describe(), objects=(replace(s.describe().objects[0], position=None),))
                    for s in scenes]
    prompts = [caption_text for caption_text in (_caption_for(d, rng, i) for i, d in enumerate(descriptions))]
    results = judge(pipe, defaults, prompts, descriptions, seeds)
    cells = Counter(r.reading.objects[0].position for r in results if len(r.reading.objects) == 1)
    max_cell_share = max(cells.values(), default=0) / max(1, sum(cells.values()))
    rows.append(("position left out", len(results), sum(r.follows for r in results) / len(results),
                 "cell <= 30%", f"top cell {cells.most_common(1)[0] if cells else '-'}, "
                                f"{len(cells)} cells used"))
    # Same seed, different batch order: the same position.
    k = min(len(prompts), 50)
    again = judge(pipe, defaults, prompts[:k][::-1], descriptions[:k][::-1], seeds[:k][::-1])[::-1]
    same = sum(bool(a.reading.objects) and bool(b.reading.objects) and
               a.reading.objects[0].position == b.reading.objects[0].position
               for a, b in zip(results[:k], again)) / k

    timings = []
    for i in range(6):
        started = time.perf_counter()
        draw(pipe, defaults, ["a small blue square at the center on a white background"], [i])
        timings.append(time.perf_counter() - started)
    seconds = statistics.median(timings[1:])

    print(f"\nembedded model {args.model}  steps {defaults['steps']}  guidance {defaults['guidance']}  "
          f"{args.n} held-out captions per group\n")
    print(f"{'group':<22}{'n':>5}{'follows':>10}  {'bar':<12}failed attributes")
    for name, n, rate, bar, note in rows:
        print(f"{name:<22}{n:>5}{rate:>10.1%}  {bar:<12}{note}")
    zh_gap = 100 * statistics.mean(rates[g]["en"] - rates[g]["zh"] for g in rates)
    print(f"{'zh gap (points)':<22}{'':>5}{zh_gap:>10.1f}  {'<= 5':<12}English minus Chinese, same scenes")
    print(f"{'max cell share':<22}{'':>5}{max_cell_share:>10.1%}  {'<= 30%':<12}{dict(cells)}")
    print(f"{'same seed same cell':<22}{k:>5}{same:>10.1%}")
    print(f"{'seconds per image':<22}{'':>5}{seconds:>10.3f}  {'< 1 s':<12}batch 1, median of 5, "
          f"{torch.get_num_threads()} threads\n")
    print(json.dumps({"one_object": round(rates["one_object"]["en"], 3),
                      "two_objects": round(rates["two_objects"]["en"], 3),
                      "zh_gap_points": round(zh_gap, 1), "max_cell_share": round(max_cell_share, 3),
                      "same_seed_same_position": round(same, 3), "seconds_per_image": round(seconds, 3)}))


def _caption_for(description: SceneDescription, rng: random.Random, i: int) -> str:
    from toyworld.captions import caption_en, caption_zh

    return caption_en(description, rng) if i % 2 == 0 else caption_zh(description, rng)


if __name__ == "__main__":
    main()
