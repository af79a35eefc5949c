"""Many people at once: N concurrent sessions × M turns through the real app's HTTP API, checking nobody sees
anyone else's work.

    python benchmarks/load_test.py                           # the issue's 8 sessions × 10 turns
    python benchmarks/load_test.py --sessions 3 --turns 3 --steps 2    # a smoke run

Starts `app.py` on a free 127.0.0.1 port (the embedded model when assets/embedded/model_index.json exists, else
the app's untrained placeholder) with a private TMPDIR, then drives each session from its own
`gradio_client.Client` (its own session hash, like a browser tab). Every session draws its own subject (a
shape × position × background no other session uses) and edits it; after every turn its chat, Scene and picture
must be exactly what this session's own messages give: the Scene is compared with the RuleEnhancer run locally
on the same messages, the picture's PNG metadata with the prompt rendered from that Scene. At the end every PNG
left in the server's session folders is requested by path over HTTP: none may be served. Prints per-turn p50/p95
latency, time to first update (queue wait + enhancer), errors, then one JSON line. Talks only to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from app_server import running_app  # noqa: E402
from dialog.decision import Exchange  # noqa: E402
from dialog.message import clean_message  # noqa: E402
from dialog.prompt import render_prompt  # noqa: E402
from dialog.scene import Scene  # noqa: E402
from generator.metadata import read_png_metadata  # noqa: E402
from prompt_enhancer.rules import RuleEnhancer  # noqa: E402
from toyworld import spec  # noqa: E402


@dataclass
class Conversation:
    """One session's script and what it must see back after each turn (computed locally, before the run)."""

    index: int
    messages: list[str]
    scenes: list[dict]  # the Scene after each message
    prompts: list[str]  # the enriched prompt of each message's picture


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)
    first_update: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cross_talk: list[str] = field(default_factory=list)
    turns_done: int = 0


def conversations(n: int, turns: int) -> list[Conversation]:
    """A unique subject per session (shape, position, background), then edits that never make it another's."""
    combos = list(itertools.product(spec.SHAPES, spec.POSITIONS, spec.BACKGROUNDS))
    if n > len(combos):
        raise SystemExit(f"at most {len(combos)} sessions have unique subjects in the toy world")
    combos = combos[::7] + [c for i, c in enumerate(combos) if i % 7]  # spread the first ones over every field
    colours, sizes = list(spec.COLOURS), list(spec.SIZES)
    enhancer = RuleEnhancer()
    out = []
    for i in range(n):
        shape, position, background = combos[i]
        colour = colours[(i + 1) % len(colours)]
        if colour == background:
            colour = colours[(i + 2) % len(colours)]
        messages = [f"draw a big {colour} {shape} at the {position} on a {background} background"]
        for k in range(1, turns):
            if k % 3 == 2:
                messages.append(f"make it {sizes[k // 3 % len(sizes)]}")
            else:
                messages.append(f"make it {colours[(i + 3 * k) % len(colours)]}")
        scene, recent, scenes, prompts = Scene(), [], [], []
        for message in messages:
            decision = enhancer.decide(scene, tuple(recent[-4:]), clean_message(message))
            scene = decision.scene
            recent.append(Exchange(clean_message(message), decision.reply))
            scenes.append(scene.to_dict())
            prompts.append(render_prompt(scene))
        out.append(Conversation(i, messages, scenes, prompts))
    return out


def send_arguments(client, text: str) -> list:
    """The /send endpoint's parameters: the message, then every setting at the app's default."""
    info = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/send"]["parameters"]
    values = []
    for parameter in info:
        name = parameter["parameter_name"]
        if name == "message":
            values.append({"text": text, "files": []})
        elif name == "choice":
            values.append("English")
        else:
            values.append(parameter.get("parameter_default"))
    return values


def drive(url: str, conversation: Conversation, steps: int | None, deadline: float, outcome: Outcome,
          lock: threading.Lock) -> None:
    from gradio_client import Client

    def fail(kind: list[str], text: str) -> None:
        with lock:
            kind.append(f"session {conversation.index}: {text}")

    client = Client(url, verbose=False)
    for turn, message in enumerate(conversation.messages):
        if time.monotonic() > deadline:
            fail(outcome.errors, f"turn {turn + 1} not sent: the run's time limit passed")
            continue
        arguments = send_arguments(client, message)
        if steps is not None:
            arguments[3] = steps  # message, language, size, steps, ...
        start = time.monotonic()
        first: float | None = None
        try:
            job = client.submit(*arguments, api_name="/send")
            for _ in job:  # each yield of the handler (progress, then the final view)
                first = first if first is not None else time.monotonic() - start
            chat, picture, _card, scene, status, *_ = job.result(timeout=max(1.0, deadline - time.monotonic()))
        except Exception as error:  # noqa: BLE001 - every failure is counted, none stops the run
            fail(outcome.errors, f"turn {turn + 1}: {type(error).__name__}: {error}")
            continue
        elapsed = time.monotonic() - start
        with lock:
            outcome.latencies.append(elapsed)
            outcome.first_update.append(first if first is not None else elapsed)
            outcome.turns_done += 1
        for problem in check_turn(conversation, turn, chat, picture, scene):
            fail(outcome.cross_talk, f"turn {turn + 1}: {problem}")
    client.close()


def check_turn(conversation: Conversation, turn: int, chat, picture, scene) -> list[str]:
    """Everything this session got back must be its own: messages, Scene, picture."""
    problems = []
    users = [m for m in chat if m.get("role") == "user"]
    said = [" ".join(str(c) for c in (m["content"] if isinstance(m["content"], list) else [m["content"]]))
            for m in users]
    expected = conversation.messages[: turn + 1]
    if len(said) != len(expected) or any(e.replace(" ", "") not in s.replace("\\", "").replace(" ", "")
                                         for s, e in zip(said, expected)):
        problems.append(f"the chat shows other messages: {said[-3:]}")
    if scene != conversation.scenes[turn]:
        problems.append(f"the Scene is not this session's: {json.dumps(scene)[:200]}")
    if not picture or not Path(picture).is_file():
        problems.append("no picture came back")
    else:
        prompt = read_png_metadata(picture).get("prompt")
        if prompt != conversation.prompts[turn]:
            problems.append(f"the picture was drawn for another prompt: {prompt!r}")
    return problems


def files_served_by_path(url: str, tmpdir: Path) -> tuple[int, int]:
    """(files tried, files served): every PNG in the server's session folders, requested by its path."""
    tried = served = 0
    for png in sorted(tmpdir.glob("drawchat-sessions-*/*/*.png")):
        tried += 1
        address = f"{url}gradio_api/file={urllib.parse.quote(str(png))}"
        try:
            with urllib.request.urlopen(address, timeout=10) as response:
                served += response.status == 200
        except urllib.error.HTTPError:
            pass  # 403: not served, as it should be
    return tried, served


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--steps", type=int, help="sampling steps per picture (default: the model's)")
    parser.add_argument("--time-limit", type=float, default=1200.0, help="seconds for the whole run")
    args = parser.parse_args()

    model = ROOT / "assets" / "embedded"
    which = "embedded model" if (model / "model_index.json").is_file() else "UNTRAINED placeholder (no embedded model)"
    scripts = conversations(args.sessions, args.turns)
    outcome, lock = Outcome(), threading.Lock()
    with tempfile.TemporaryDirectory(prefix="drawchat-load-") as tmp:
        tmpdir = Path(tmp)
        flags = ["--queue-size", str(max(16, args.sessions * 2))]
        with running_app(*flags, env={"TMPDIR": str(tmpdir)}) as url:
            assert urllib.parse.urlparse(url).hostname == "127.0.0.1"
            print(f"app at {url} · {which} · {args.sessions} sessions × {args.turns} turns"
                  f" · steps {args.steps or 'model default'}", flush=True)
            started = time.monotonic()
            deadline = started + args.time_limit
            threads = [threading.Thread(target=drive, args=(url, c, args.steps, deadline, outcome, lock))
                       for c in scripts]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.monotonic() - started
            tried, served = files_served_by_path(url, tmpdir)
    if served:
        outcome.cross_talk.append(f"{served} of {tried} session files were served by their server path")

    for line in (outcome.errors + outcome.cross_talk)[:20]:
        print("  !", line)
    lat, first = outcome.latencies, outcome.first_update
    print(f"turns done {outcome.turns_done}/{args.sessions * args.turns} in {wall:.1f} s "
          f"({outcome.turns_done / wall:.2f} turns/s)")
    if lat:
        print(f"turn latency   p50 {percentile(lat, 0.5):6.2f} s   p95 {percentile(lat, 0.95):6.2f} s   "
              f"max {max(lat):6.2f} s   mean {statistics.fmean(lat):6.2f} s")
        print(f"first update   p50 {percentile(first, 0.5):6.2f} s   p95 {percentile(first, 0.95):6.2f} s   "
              "(queue wait + enhancer + first step)")
    print(f"session files requested by path: {tried}, served: {served}")
    print(f"errors {len(outcome.errors)} · cross-talk {len(outcome.cross_talk)} · model: {which}")
    print(json.dumps({"sessions": args.sessions, "turns": args.turns, "cross_talk": len(outcome.cross_talk),
                      "errors": len(outcome.errors), "p95_s": round(percentile(lat, 0.95), 3) if lat else None}))


if __name__ == "__main__":
    main()
