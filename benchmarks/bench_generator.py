"""Benchmark the generator on the tiny pipeline: wrapper overhead vs a bare pipeline call, and the cache's effect.

    python benchmarks/bench_generator.py [--model FOLDER] [--steps 20] [--rounds 15] [--threads 1]

Both sides run interleaved in one process and are compared by medians (the machine is shared and noisy).
The last line printed is JSON: {"overhead_ratio": ..., "cache_speedup": ...}.
- overhead_ratio: Generator.render with its cache emptied before each call (so it encodes the prompts, like the
  bare call) / HunyuanDiTPipeline.__call__ with the same prompt, noise, seed, size and steps. Goal ≤ 1.05.
- cache_speedup: a 10-turn chat (a new prompt each turn, one fixed negative prompt) without the cache / with it.
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


def timed(call) -> tuple[float, object]:
    start = time.perf_counter()
    value = call()
    return time.perf_counter() - start, value


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
    times: dict[str, list[float]] = {"bare": [], "render": [], "render_cached": []}
    identical = True
    for _ in range(rounds):
        for name, call in (("bare", bare), ("render", render_cold), ("render_cached", render_warm)):
            seconds, image = timed(call)
            times[name].append(seconds)
            identical &= np.array_equal(np.asarray(image), np.asarray(reference.image))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"one picture, {size[0]}×{size[1]}, {steps} steps, median of {rounds} interleaved rounds:")
    for name, value in medians.items():
        print(f"  {name:14s} {value * 1000:8.1f} ms")
    print(f"  identical pixels on all sides: {identical}")
    return medians


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
    times: dict[str, list[float]] = {"no_cache": [], "cache": []}
    for _ in range(rounds):
        times["no_cache"].append(timed(lambda: chat(False))[0])
        times["cache"].append(timed(lambda: chat(True))[0])
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"10-turn chat, fixed negative prompt, median of {rounds} rounds: "
          f"no cache {medians['no_cache'] * 1000:.0f} ms, cache {medians['cache'] * 1000:.0f} ms "
          f"(cache: {generator.cache.misses} misses / {generator.cache.hits} hits in total)")
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help="a HunyuanDiT folder or hub id (default: build the tests' tiny pipeline)")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=15)
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
    print(json.dumps({
        "overhead_ratio": round(overhead["render"] / overhead["bare"], 3),
        "cache_speedup": round(chat["no_cache"] / chat["cache"], 3),
    }))


if __name__ == "__main__":
    main()
