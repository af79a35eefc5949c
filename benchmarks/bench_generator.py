"""Benchmark the generator on the tiny pipeline: wrapper overhead vs a bare pipeline call, and the cache's effect.

    python benchmarks/bench_generator.py [--model FOLDER] [--steps 20] [--rounds 15] [--threads 1]

Both sides run interleaved in one process and are compared by medians (the machine is shared and noisy).
The last line printed is JSON: {"overhead_ratio": ..., "cache_speedup": ...}.
- overhead_ratio: Generator.render with its cache emptied before each call (so it encodes the prompts, like the
  bare call) / HunyuanDiTPipeline.__call__ with the same prompt, noise, seed, size and steps. Goal ≤ 1.05.
- cache_speedup: a 10-turn chat (a new prompt each turn, one fixed negative prompt) without the cache / with it.
Both are medians of per-round ratios (each pair runs back to back) of this process's CPU time, which other jobs
on a shared machine cannot inflate (torch runs one thread by default here); wall-clock ratios are printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from generator import Generator, RenderRequest  # noqa: E402

NEGATIVE = "blurry, low quality, watermark"
TURNS = [
    "a big red circle at the top left on a gray background",
    "make it blue",
    "a big blue circle at the top left on a gray background",
    "add a small square on the left",
    "a big blue circle at the top left and a small yellow square at the left on a gray background",
    "灰色背景上，左上角有一个大的蓝色圆形",
    "a small green triangle at the top on a white background",
    "make it blue",
    "a big pink square at the top right on a white background",
    "add a small square on the left",
]


def timed(call) -> tuple[float, float, object]:
    """Wall seconds and this process's CPU seconds. With one torch thread the CPU time is the work done,
    which other jobs on a shared machine cannot inflate; wall time is printed beside it."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = call()
    return time.perf_counter() - wall, time.process_time() - cpu, value


def bench_overhead(generator: Generator, steps: int, rounds: int) -> dict[str, float]:
    pipe = generator.pipeline
    size = generator.defaults.width, generator.defaults.height
    request = RenderRequest(TURNS[0], negative_prompt=NEGATIVE, steps=steps, seed=1, width=size[0], height=size[1])
    reference = generator.render(request)

    def bare():
        return pipe(
            prompt=request.prompt, negative_prompt=NEGATIVE, width=size[0], height=size[1],
            num_inference_steps=steps, guidance_scale=reference.settings["guidance"],
            latents=reference.initial_noise.to(pipe.device, pipe.transformer.dtype),
            generator=torch.Generator("cpu").manual_seed(1), use_resolution_binning=False,
        ).images[0]

    def render_cold():
        generator.cache.clear()
        return generator.render(request).image

    def render_warm():
        return generator.render(request).image

    bare(), render_cold(), render_warm()  # warm-up
    names = ("bare", "render", "render_cached")
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    identical = True
    for _ in range(rounds):
        for name, call in zip(names, (bare, render_cold, render_warm)):
            wall_s, cpu_s, image = timed(call)
            wall[name].append(wall_s)
            cpu[name].append(cpu_s)
            identical &= np.array_equal(np.asarray(image), np.asarray(reference.image))
    print(f"one picture, {size[0]}×{size[1]}, {steps} steps, median of {rounds} interleaved rounds (wall / CPU):")
    for name in names:
        print(f"  {name:14s} {statistics.median(wall[name]) * 1000:8.1f} ms / "
              f"{statistics.median(cpu[name]) * 1000:8.1f} ms")
    print(f"  identical pixels on all sides: {identical}")
    ratios = {"wall": paired_ratio(wall["render"], wall["bare"]), "cpu": paired_ratio(cpu["render"], cpu["bare"])}
    print(f"  render / bare (median of per-round ratios): wall {ratios['wall']:.3f}, CPU {ratios['cpu']:.3f}")
    return ratios


def paired_ratio(numerator: list[float], denominator: list[float]) -> float:
    """Median of round-by-round ratios: each pair ran back to back, so slow spells on a shared machine cancel."""
    return statistics.median(a / b for a, b in zip(numerator, denominator, strict=True))


def bench_cache(generator: Generator, steps: int, rounds: int) -> dict[str, float]:
    size = generator.defaults.width, generator.defaults.height

    def chat(use_cache: bool) -> None:
        generator.cache.clear()
        for seed, prompt in enumerate(TURNS):
            if not use_cache:
                generator.cache.clear()
            generator.render(RenderRequest(prompt, negative_prompt=NEGATIVE, steps=steps, seed=seed,
                                           width=size[0], height=size[1]))

    chat(True)
    wall: dict[bool, list[float]] = {False: [], True: []}
    cpu: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(rounds):
        for use_cache in (False, True):
            wall_s, cpu_s, _ = timed(lambda use_cache=use_cache: chat(use_cache))
            wall[use_cache].append(wall_s)
            cpu[use_cache].append(cpu_s)
    speedups = {"wall": paired_ratio(wall[False], wall[True]), "cpu": paired_ratio(cpu[False], cpu[True])}
    print(f"10-turn chat, fixed negative prompt, median of {rounds} rounds (wall / CPU): "
          f"no cache {statistics.median(wall[False]) * 1000:.0f} / {statistics.median(cpu[False]) * 1000:.0f} ms, "
          f"cache {statistics.median(wall[True]) * 1000:.0f} / {statistics.median(cpu[True]) * 1000:.0f} ms; "
          f"speedup wall {speedups['wall']:.3f}, CPU {speedups['cpu']:.3f}")
    return speedups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help="a HunyuanDiT folder or hub id (default: build the tests' tiny pipeline)")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--chat-rounds", type=int, default=9)
    parser.add_argument("--threads", type=int, default=1,
                        help="torch CPU threads; 1 keeps a tiny model's timings stable on a shared machine")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if model is None:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
            from tiny_pipeline import save_tiny_pipeline

            model = str(save_tiny_pipeline(Path(tmp) / "tiny"))
        generator = Generator.load(model)
        print(generator.describe(), f"· torch threads {torch.get_num_threads()}")
        overhead = bench_overhead(generator, args.steps, args.rounds)
        chat = bench_cache(generator, args.steps, args.chat_rounds)
    print(json.dumps({"overhead_ratio": round(overhead["cpu"], 3), "cache_speedup": round(chat["cpu"], 3)}))


if __name__ == "__main__":
    main()
