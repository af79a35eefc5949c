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

    python benchmarks/load_test.py --render-backend ray      # issue 26: the same load on Ray Serve replicas

runs the load on the local lane, then starts a Ray head on this machine (private temp dir, random auth token),
the app with `--render-backend ray --ray-address` and 2 CPU replicas of the model, runs the same load and kills
one replica (as a crash would) once a third of the turns are done. The JSON line adds `throughput_ratio` (Ray's
turns per second over the local lane's) and `replica_killed_survived` (killed mid-load, every turn done, no
error, no cross-talk). Needs requirements-ray.txt.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from app_server import free_port, running_app  # noqa: E402
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


@dataclass
class Run:
    """One load run: what the sessions saw, how long it took, and what the server served by path."""

    outcome: Outcome
    wall: float
    tried: int
    served: int
    killed: str | None = None  # the replica killed mid-load (ray), and when
    killed_at_turn: int = 0


def run_load(scripts: list[Conversation], args, app_flags: list[str], env: dict[str, str], label: str,
             during=None) -> Run:
    """Drive every session through an app started with `app_flags`; `during(outcome)` runs beside the load."""
    outcome, lock = Outcome(), threading.Lock()
    with tempfile.TemporaryDirectory(prefix="drawchat-load-") as tmp:
        tmpdir = Path(tmp)
        flags = ["--queue-size", str(max(16, args.sessions * 2)), *app_flags]
        with running_app(*flags, env={"TMPDIR": str(tmpdir), **env}, timeout=300) as url:
            assert urllib.parse.urlparse(url).hostname == "127.0.0.1"
            print(f"[{label}] app at {url} · {args.sessions} sessions × {args.turns} turns"
                  f" · steps {args.steps or 'model default'}", flush=True)
            started = time.monotonic()
            deadline = started + args.time_limit
            threads = [threading.Thread(target=drive, args=(url, c, args.steps, deadline, outcome, lock))
                       for c in scripts]
            side = threading.Thread(target=during, args=(outcome,)) if during else None
            for thread in threads + ([side] if side else []):
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.monotonic() - started
            if side:
                side.join()
            tried, served = files_served_by_path(url, tmpdir)
    if served:
        outcome.cross_talk.append(f"{served} of {tried} session files were served by their server path")
    return Run(outcome, wall, tried, served)


def report(run: Run, args, label: str) -> None:
    outcome = run.outcome
    for line in (outcome.errors + outcome.cross_talk)[:20]:
        print(f"  ! [{label}]", line)
    lat, first = outcome.latencies, outcome.first_update
    print(f"[{label}] turns done {outcome.turns_done}/{args.sessions * args.turns} in {run.wall:.1f} s "
          f"({outcome.turns_done / run.wall:.2f} turns/s)")
    if lat:
        print(f"[{label}] turn latency   p50 {percentile(lat, 0.5):6.2f} s   p95 {percentile(lat, 0.95):6.2f} s   "
              f"max {max(lat):6.2f} s   mean {statistics.fmean(lat):6.2f} s")
        print(f"[{label}] first update   p50 {percentile(first, 0.5):6.2f} s   p95 {percentile(first, 0.95):6.2f} s"
              "   (queue wait + enhancer + first step)")
    print(f"[{label}] session files requested by path: {run.tried}, served: {run.served}")
    print(f"[{label}] errors {len(outcome.errors)} · cross-talk {len(outcome.cross_talk)}")


@contextmanager
def local_ray_cluster(cpus: int, tmpdir: Path):
    """A Ray head on this machine (its own process group, a private temp dir, a random auth token); yields
    (address, the environment a client needs). Stopped, with everything it started, on leaving."""
    token = secrets.token_hex(16)
    env = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": token}
    os.environ.update(env)  # this process joins too (to kill a replica); Ray reads these when first imported
    port = free_port()
    head = subprocess.Popen(
        ["ray", "start", "--head", "--block", "--port", str(port), "--num-cpus", str(cpus),
         "--include-dashboard=false", "--disable-usage-stats", "--temp-dir", str(tmpdir)],
        env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        yield f"127.0.0.1:{port}", env
    finally:
        os.killpg(head.pid, signal.SIGTERM)  # the group this function started, by its id
        try:
            head.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)


def replica_killer(address: str, after_turns: int, run_info: dict):
    """Beside the load: once `after_turns` turns are done, kill one render replica as a crash would."""
    def during(outcome: Outcome) -> None:
        import ray

        from serving.ray_backend import kill_replica, replica_names

        try:
            while outcome.turns_done < after_turns and not run_info.get("stop"):
                time.sleep(0.05)
            names = replica_names()
            if names:
                kill_replica(names[0])
                run_info.update(killed=names[0], at_turn=outcome.turns_done, replicas_before=len(names))
                print(f"[ray] killed replica {names[0]} after {outcome.turns_done} turns", flush=True)
        finally:
            ray.shutdown()
    return during


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--steps", type=int, help="sampling steps per picture (default: the model's)")
    parser.add_argument("--time-limit", type=float, default=1200.0, help="seconds for each run")
    parser.add_argument("--render-backend", choices=["local", "ray"], default="local",
                        help="ray: the same load through Ray Serve replicas, after a local-lane run to compare")
    parser.add_argument("--replicas", type=int, default=2, help="Ray render replicas (CPU, one each)")
    parser.add_argument("--no-kill", action="store_true", help="ray: do not kill a replica mid-load")
    args = parser.parse_args()

    model = ROOT / "assets" / "embedded"
    which = "embedded model" if (model / "model_index.json").is_file() else "UNTRAINED placeholder (no embedded model)"
    print(f"model: {which}", flush=True)
    scripts = conversations(args.sessions, args.turns)
    total = args.sessions * args.turns
    local = run_load(scripts, args, [], {}, "local lane")
    report(local, args, "local lane")
    summary = {"sessions": args.sessions, "turns": args.turns, "render_backend": args.render_backend,
               "cross_talk": len(local.outcome.cross_talk), "errors": len(local.outcome.errors),
               "p95_s": round(percentile(local.outcome.latencies, 0.95), 3) if local.outcome.latencies else None}
    if args.render_backend == "ray":
        info: dict = {}
        with tempfile.TemporaryDirectory(prefix="drawchat-ray-") as raytmp, \
                local_ray_cluster(args.replicas, Path(raytmp)) as (address, env):
            import ray

            ray.init(address=address, log_to_driver=False, configure_logging=False)  # joined before the load
            flags = ["--render-backend", "ray", "--ray-address", address, "--ray-replicas", str(args.replicas)]
            during = None if args.no_kill else replica_killer(address, max(1, total // 3), info)
            ray_run = run_load(scripts, args, flags, env, "ray", during)
            info["stop"] = True
        report(ray_run, args, "ray")
        out = ray_run.outcome
        local_rate = local.outcome.turns_done / local.wall
        ray_rate = out.turns_done / ray_run.wall
        print(f"throughput: ray {ray_rate:.2f} turns/s against the local lane's {local_rate:.2f} "
              f"({ray_rate / local_rate:.2f} ×)")
        killed_mid_load = bool(info.get("killed")) and info.get("at_turn", total) < total
        survived = killed_mid_load and not out.errors and not out.cross_talk and out.turns_done == total
        summary.update({
            "cross_talk": len(out.cross_talk), "errors": len(out.errors),
            "p95_s": round(percentile(out.latencies, 0.95), 3) if out.latencies else None,
            "local_cross_talk": len(local.outcome.cross_talk), "local_errors": len(local.outcome.errors),
            "replicas": args.replicas, "turns_per_s": round(ray_rate, 3), "local_turns_per_s": round(local_rate, 3),
            "throughput_ratio": round(ray_rate / local_rate, 3),
            "replica_killed_at_turn": info.get("at_turn"),
            "replica_killed_survived": None if args.no_kill else survived,
        })
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
