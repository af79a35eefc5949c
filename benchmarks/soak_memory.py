"""Memory over a long run: many generations in one process, sessions opened and dropped as a public app would.

    python benchmarks/soak_memory.py                                  # the issue's 200 generations
    python benchmarks/soak_memory.py --generations 30 --warmup 10 --steps 2    # a smoke run

Builds the engine exactly as `app.py` does (the embedded model when assets/embedded/model_index.json exists,
else the app's untrained placeholder) and runs chats through `ChatEngine` without Gradio: each session draws,
edits, retries and makes variations for `--turns-per-session` generations, then is closed the way Gradio's
`delete_callback` closes it (tab closed or idle timeout). Resident memory is sampled after every generation;
growth is counted from the end of the warm-up. Every closed session's folder must be gone. Ends with one JSON
line. Set MALLOC_ARENA_MAX=2 to tell allocator fragmentation from a leak; --tracemalloc shows Python's own
allocations that grew.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def rss_mb() -> float:
    """Resident set size of this process, from /proc (what the operating system charges the app for)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_MB


def conversation(index: int) -> list[str]:
    """A short chat that exercises every path that keeps something: draw, edits, retry, variation."""
    from toyworld import spec

    colours, shapes, positions = list(spec.COLOURS), spec.SHAPES, list(spec.POSITIONS)
    c = colours[index % len(colours)]
    return [
        f"draw a big {c} {shapes[index % 3]} at the {positions[index % len(positions)]} on a gray background",
        f"make it {colours[(index + 3) % len(colours)]}",
        "<retry>",
        f"add a small {colours[(index + 5) % len(colours)]} {shapes[(index + 1) % 3]} at the bottom right",
        "<variation>",
        "make it small",
        "undo",
        "make it big",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--generations", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=30, help="generations before the baseline is taken")
    parser.add_argument("--turns-per-session", type=int, default=10, help="generations before a session closes")
    parser.add_argument("--steps", type=int, help="sampling steps (default: the model's)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 is fastest on a busy machine)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    args = parser.parse_args()
    if args.warmup >= args.generations:
        parser.error("--warmup must be smaller than --generations")

    import torch

    from chat.state import TurnSettings
    from server.config import EMBEDDED_MODEL, parse_config
    from server.factory import build_engine

    torch.set_num_threads(args.threads)
    which = "embedded model" if (EMBEDDED_MODEL / "model_index.json").is_file() else "UNTRAINED placeholder"
    engine = build_engine(parse_config(["--no-browser"], environ={}))
    settings = TurnSettings(steps=args.steps)
    print(f"{which} · {args.generations} generations · steps {args.steps or engine.defaults.steps} · "
          f"a session closes every {args.turns_per_session} generations · MALLOC_ARENA_MAX="
          f"{os.environ.get('MALLOC_ARENA_MAX', 'unset')}", flush=True)

    curve: list[float] = []
    closed: list[Path] = []
    failures: list[str] = []
    baseline: float | None = None
    started = time.monotonic()
    state, session_index, in_session, messages = None, 0, 0, iter(())
    while len(curve) < args.generations:
        if state is None or in_session >= args.turns_per_session:
            if state is not None:
                state.close()  # what gr.State's delete_callback does
                closed.append(state.folder)
            state, in_session = engine.new_state(), 0
            messages = iter(conversation(session_index) * 10)
            session_index += 1
        message = next(messages)
        if message == "<retry>":
            result = engine.retry(state, settings)
        elif message == "<variation>":
            result = engine.variation(state, settings)
        else:
            result = engine.send(state, message, None, settings)
        if not result.ok:
            failures.append(f"{message}: {result.message}")
        if message == "undo" or not result.ok:
            continue  # no picture was drawn
        in_session += 1
        gc.collect()
        curve.append(rss_mb())
        if len(curve) == args.warmup:
            baseline = statistics.median(curve[-5:])
            if args.tracemalloc:
                tracemalloc.start(10)
                before = tracemalloc.take_snapshot()
        if len(curve) % 10 == 0:
            delta = f"{curve[-1] - baseline:+7.1f} MB since warm-up" if baseline is not None else "(warming up)"
            print(f"  generation {len(curve):4d}  rss {curve[-1]:8.1f} MB  {delta}  "
                  f"{(time.monotonic() - started) / len(curve):.2f} s/gen", flush=True)
    state.close()
    closed.append(state.folder)

    growth = statistics.median(curve[-5:]) - baseline
    leftover = [folder for folder in closed if folder.exists()]
    if args.tracemalloc:
        top = tracemalloc.take_snapshot().compare_to(before, "lineno")[:8]
        print("Python allocations that grew most after warm-up:")
        for stat in top:
            print("  ", stat)
    for failure in failures[:5]:
        print("  ! a turn failed:", failure)
    print(f"rss after warm-up {baseline:.1f} MB, at the end {curve[-1]:.1f} MB, peak {max(curve):.1f} MB; "
          f"growth {growth:+.1f} MB (limit 50) · sessions closed {len(closed)}, folders left behind {len(leftover)}"
          f" · failed turns {len(failures)}")
    print(json.dumps({"generations": len(curve), "growth_mb": round(growth, 1)}))
    if leftover:
        raise SystemExit(f"closed sessions left their folders behind: {leftover[:3]}")


if __name__ == "__main__":
    main()
