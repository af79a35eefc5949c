"""Do the pictures show what was said? Conversations typed as people type, through the app, judged by the checker.

    python benchmarks/bench_dialog_pictures.py                   # the held-out split: the figure to report
    python benchmarks/bench_dialog_pictures.py --split tuning    # the split to try ideas on
    python benchmarks/bench_dialog_pictures.py --n 20            # quick look

The conversations (`benchmarks/dialog_pictures/`, English, Chinese and mixed) leave attributes open as people
do ("draw a green square", "画一个红色的三角形") and were written blind to the rules, each turn with what the
picture must show given everything said so far. Every message goes through the app's own `ChatEngine` on the
embedded model as `server.factory` builds it (rule enhancer, the model's vocabulary, the toy world's verifier).
After each turn the current picture is read by `toyworld.checker` against what was said, and only that: a turn
follows when every stated attribute of every object and the background read as said and the picture holds
exactly as many objects as were asked for. The picture judged is the one the person sees after the turn (the
last drawn on the path: "make it bigger" of one already big draws nothing new); a turn refused or failed does not
follow.
Configurations, side by side on the same conversations and seeds:
- enriched_verified: the app's default (open attributes chosen, pictures checked, up to 2 redraws);
- enriched: the same without the verifier;
- parsed: the rule enhancer's Scene drawn as decided, nothing chosen (the app before enrichment);
- literal: the "enhance" switch off: the message itself is the prompt.
`undrawable.json` holds requests the embedded model cannot draw: the share answered with a refusal (nothing
drawn) is `refused_undrawable`; `honest_undrawable` also counts a reply that draws the rest and says what it left
out (a word no table knows); `false_refusals` counts refusals among the drawable turns above.
Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chat.engine import ChatEngine  # noqa: E402
from chat.state import ChatState, TurnSettings  # noqa: E402
from server.config import AppConfig  # noqa: E402
from server.factory import build_engine  # noqa: E402
from toyworld.checker import check  # noqa: E402
from toyworld.scene import ObjectDescription, SceneDescription  # noqa: E402

DATA = Path(__file__).resolve().parent / "dialog_pictures"
CONFIGS = ("enriched_verified", "enriched", "parsed", "literal")
BARS = {"enriched_verified": 0.90, "enriched": 0.85}


@dataclass
class Tally:
    follows: list[bool] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    tries: list[int] = field(default_factory=list)
    refusals: int = 0
    failures: dict[str, int] = field(default_factory=dict)

    def share(self) -> float:
        return sum(self.follows) / max(1, len(self.follows))


def load(split: str, n: int | None) -> list[dict[str, Any]]:
    name = {"tuning": "tuning.json", "held-out": "held_out.json"}[split]
    conversations = json.loads((DATA / name).read_text(encoding="utf-8"))["conversations"]
    return conversations[:n] if n else conversations


def expected_description(expected: dict[str, Any]) -> SceneDescription:
    return SceneDescription(expected.get("background"), tuple(
        ObjectDescription(o.get("shape"), o.get("colour"), o.get("size"), o.get("position"))
        for o in expected["objects"]))


def picture(state: ChatState) -> np.ndarray | None:
    """The picture the person sees after the turn: the last one drawn on the conversation's path."""
    drawn = [turn for turn in state.session.path() if turn.render]
    path = state.image_path(drawn[-1]) if drawn else None
    if path is None:
        return None
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


def configure(engine: ChatEngine, config: str, profile: Any, verifier: Any) -> TurnSettings:
    engine.profile = None if config in ("parsed", "literal") else profile
    engine.verifier = verifier if config == "enriched_verified" else None
    return TurnSettings(enhance=config != "literal")


def is_refusal(state: ChatState, before_turns: int) -> bool:
    turn = state.session.current
    return (len(state.session.turns) > before_turns and turn is not None and not turn.render
            and turn.decision.action.value == "chat" and ("cannot draw" in turn.decision.reply
                                                         or "画不了" in turn.decision.reply
                                                         or "at most" in turn.decision.reply
                                                         or "最多" in turn.decision.reply))


def run_conversation(engine: ChatEngine, config: str, index: int, conversation: dict[str, Any], profile, verifier,
                     seed: int, tally: Tally) -> None:
    settings = configure(engine, config, profile, verifier)
    state = ChatState(engine.root / f"{config}-{index}", seed=seed * 100_003 + index)
    for message, expected in conversation["turns"]:
        before = len(state.session.turns)
        started = time.perf_counter()
        result = engine.send(state, message, None, settings)
        tally.seconds.append(time.perf_counter() - started)
        refused = is_refusal(state, before)
        tally.refusals += refused
        image = picture(state) if result.ok and not refused else None
        if image is None:
            tally.follows.append(False)
            reason = "refused" if refused else ("no picture" if result.ok else "failed")
            tally.failures[reason] = tally.failures.get(reason, 0) + 1
            continue
        if state.session.current.render:
            tally.tries.append(int(state.session.current.render.get("tries", 1)))
        verdict = check(image, expected_description(expected))
        tally.follows.append(verdict.follows)
        if not verdict.count_ok:
            tally.failures["object count"] = tally.failures.get("object count", 0) + 1
        for failed in verdict.failed():
            tally.failures[failed.attribute] = tally.failures.get(failed.attribute, 0) + 1
    state.close()


def run_configs(engine: ChatEngine, configs: list[str], conversations: list[dict[str, Any]], profile, verifier,
                seed: int) -> dict[str, Tally]:
    """Every configuration on each conversation in turn (the order rotating), so the machine's load falls on all
    of them alike and the seconds compare side by side."""
    tallies = {config: Tally() for config in configs}
    for index, conversation in enumerate(conversations):
        shift = index % len(configs)
        for config in configs[shift:] + configs[:shift]:
            run_conversation(engine, config, index, conversation, profile, verifier, seed, tallies[config])
    return tallies


LEFT_OUT = ("left out", "could not read", "略过", "没能把")


def run_undrawable(engine: ChatEngine, profile, verifier, seed: int) -> tuple[int, int, int]:
    """(refused: nothing drawn, honest: refused or the reply says what it left out, cases)."""
    configure(engine, "enriched_verified", profile, verifier)
    cases = json.loads((DATA / "undrawable.json").read_text(encoding="utf-8"))["cases"]
    refused = honest = 0
    for index, case in enumerate(cases):
        state = ChatState(engine.root / f"undrawable-{index}", seed=seed + index)
        for turn_index, message in enumerate(case["turns"]):
            before = len(state.session.turns)
            result = engine.send(state, message, None, TurnSettings())
            if turn_index == case["undrawable_turn"]:
                no = is_refusal(state, before)
                refused += no
                honest += no or any(words in result.message for words in LEFT_OUT)
        state.close()
    return refused, honest, len(cases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("held-out", "tuning"), default="held-out")
    parser.add_argument("--n", type=int, help="only the first N conversations")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--configs", default=",".join(CONFIGS))
    args = parser.parse_args()
    conversations = load(args.split, args.n)
    engine = build_engine(AppConfig(open_browser=False))
    profile, verifier = engine.profile, engine.verifier
    turns = sum(len(c["turns"]) for c in conversations)
    print(f"{len(conversations)} conversations, {turns} turns ({args.split}); model {engine.describe()}")
    tallies = run_configs(engine, args.configs.split(","), conversations, profile, verifier, args.seed)
    for config, tally in tallies.items():
        failures = ", ".join(f"{k} {v}" for k, v in sorted(tally.failures.items(), key=lambda kv: -kv[1])) or "-"
        extra = f", pictures per turn {statistics.mean(tally.tries):.2f}" if tally.tries else ""
        print(f"{config:18s} follows {tally.share():6.1%} ({sum(tally.follows)}/{len(tally.follows)}), "
              f"{statistics.mean(tally.seconds):.3f} s per turn{extra}; refusals {tally.refusals}; misses: {failures}")
    refused, honest, cases = run_undrawable(engine, profile, verifier, args.seed)
    print(f"undrawable requests refused: {refused}/{cases}; refused or said to be left out: {honest}/{cases}")
    out = {"split": args.split, "conversations": len(conversations), "turns": turns}
    for config, tally in tallies.items():
        out[f"follows_{config}"] = round(tally.share(), 4)
    if "enriched_verified" in tallies and "enriched" in tallies:
        verified, unverified = (statistics.mean(tallies[c].seconds) for c in ("enriched_verified", "enriched"))
        out.update(seconds_per_turn_verified=round(verified, 4), seconds_per_turn_unverified=round(unverified, 4),
                   verified_cost_ratio=round(verified / unverified, 3))
    out["false_refusals"] = sum(t.refusals for c, t in tallies.items() if c != "literal")
    out["refused_undrawable"] = round(refused / max(1, cases), 4)
    out["honest_undrawable"] = round(honest / max(1, cases), 4)
    for config, bar in BARS.items():
        if config in tallies:
            print(f"bar {config} >= {bar:.0%}: {'met' if tallies[config].share() >= bar else 'NOT met'}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
