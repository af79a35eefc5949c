"""How big the LLM's input is per turn over a 30-turn chat, and how long one decision takes.

    python benchmarks/bench_enhancer.py                  # tiny offline model (built in a temp folder)
    python benchmarks/bench_enhancer.py --model FOLDER   # any local chat model folder (or cached hub id)

The goal for the input: turn 30 <= 1.2 x turn 3 (it holds the Scene and the last k turns, never the whole chat).
The tiny model's answers are noise, so its decision time is two full generations (answer + one retry) and the
rules' fallback: the worst case. Ends with one JSON line: tokens_turn3, tokens_turn30, decision_seconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dialog.decision import Exchange  # noqa: E402
from dialog.scene import Scene, Subject  # noqa: E402
from prompt_enhancer.llm import LLMConfig, LLMEnhancer, load_llm  # noqa: E402
from prompt_enhancer.rules import RuleEnhancer  # noqa: E402

COLOURS = ["red", "blue", "green", "yellow", "purple", "orange", "pink", "brown"]
POSITIONS = ["left", "right", "top left", "bottom right", "center", "top", "bottom", "top right"]


def conversation(turns: int) -> list[tuple[Scene, list[Exchange], str]]:
    """Scene, history and message at every turn of a chat where each turn changes the picture a little."""
    history: list[Exchange] = []
    states = []
    for turn in range(1, turns + 1):
        colour, place = COLOURS[turn % 8], POSITIONS[turn % 8]
        subjects = [Subject(f"s{turn + i}", ["circle", "square"][i], {"colour": colour}, place, "small")
                    for i in range(1 + turn % 2)]
        scene = Scene(subjects=subjects, background=["gray", "white", "beige"][turn % 3])
        message = f"now make the circle {colour} and move it to the {place}, keep the rest as it is"
        states.append((scene, list(history), message))
        history.append(Exchange(message, f"Done: the circle is {colour} at the {place}."))
    return states


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help="a local chat model folder or cached hub id (default: a tiny offline one)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--quantization", default="auto", choices=["none", "int8", "nf4", "auto"])
    parser.add_argument("--turns", type=int, default=30)
    parser.add_argument("--decisions", type=int, default=3, help="decide() calls to time")
    parser.add_argument("--max-new-tokens", type=int, default=LLMConfig.max_new_tokens)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        model_path = args.model
        if model_path is None:
            from tests.tiny_llm import build_tiny_llava_model

            model_path = str(build_tiny_llava_model(Path(folder)))
        started = time.perf_counter()
        model, processor = load_llm(model_path, args.device, args.quantization)
        load_seconds = time.perf_counter() - started
        config = LLMConfig(model=model_path, device=args.device, max_new_tokens=args.max_new_tokens)
        fallback = RuleEnhancer()
        enhancer = LLMEnhancer(model, processor, fallback, config)
        print(f"model {type(model).__name__} loaded in {load_seconds:.2f} s; fallback {type(fallback).__name__}; "
              f"history_turns={config.history_turns}, max_new_tokens={config.max_new_tokens}")

        states = conversation(args.turns)
        tokens = [enhancer.input_tokens(scene, history, message) for scene, history, message in states]
        for turn, count in enumerate(tokens, start=1):
            print(f"turn {turn:2d}: {count:5d} input tokens")

        seconds, sources = [], []
        for scene, history, message in states[-args.decisions:]:
            started = time.perf_counter()
            decision = enhancer.decide(scene, history, message)
            seconds.append(time.perf_counter() - started)
            sources.append(decision.source)
        print(f"decide(): median {statistics.median(seconds):.3f} s over {len(seconds)} calls "
              f"(min {min(seconds):.3f}, max {max(seconds):.3f}); answered by {sorted(set(sources))}")

    turn3, turn30 = tokens[min(2, len(tokens) - 1)], tokens[-1]
    print(f"turn {len(tokens)} / turn 3 = {turn30 / turn3:.3f} (goal <= 1.2)")
    print(json.dumps({"tokens_turn3": turn3, "tokens_turn30": turn30,
                      "decision_seconds": round(statistics.median(seconds), 4)}))


if __name__ == "__main__":
    main()
