"""Choose the embedded model's default guidance and step count on training-split scenes.

    python benchmarks/tune_embedded.py --guidance 3,4.5,6,8 --steps 20

Captions name every attribute; scenes come from the training split, so `bench_embedded.py`'s held-out scenes
stay unseen by whoever picks the defaults. Prints one line per setting: the share of one- and two-object
pictures that the checker reads as captioned.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_embedded import draw, load  # noqa: E402

from toyworld.captions import caption  # noqa: E402
from toyworld.checker import check  # noqa: E402
from toyworld.scene import sample_scene  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("assets/embedded"))
    parser.add_argument("--guidance", default="3,4.5,6,8", help="comma-separated guidance scales")
    parser.add_argument("--steps", default="20", help="comma-separated step counts")
    parser.add_argument("--n", type=int, default=32, help="captions per group")
    args = parser.parse_args()
    pipe, defaults = load(args.model)
    rng = random.Random("tune-embedded")
    groups = {k: [caption(sample_scene(rng, k, held_out=False), rng, keep=1) for _ in range(args.n)]
              for k in (1, 2)}
    seeds = list(range(args.n))
    for steps in (int(s) for s in args.steps.split(",")):
        for guidance in (float(g) for g in args.guidance.split(",")):
            settings = {**defaults, "steps": steps, "guidance": guidance}
            rates = []
            for captions in groups.values():
                images = draw(pipe, settings, [c[0] for c in captions], seeds)
                rates.append(sum(check(im, c[1]).follows for im, c in zip(images, captions)) / len(captions))
            print(f"steps {steps:>3}  guidance {guidance:>4}  one object {rates[0]:.2f}  two objects {rates[1]:.2f}",
                  flush=True)


if __name__ == "__main__":
    main()
