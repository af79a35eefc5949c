"""The rule enhancer's decision latency over the test conversations, and a 200-turn session's export/import.

Run from the repository root: `python benchmarks/bench_dialog.py`. Ends with one JSON line.
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from PIL import Image  # noqa: E402
from test_dialog_conversations import CHINESE, ENGLISH  # noqa: E402  (the conversations the tests check)

from dialog.archive import export_session, import_session  # noqa: E402
from dialog.session import Session  # noqa: E402
from prompt_enhancer.rules import RuleEnhancer  # noqa: E402

ROUNDS = 5


def decide_latencies(enhancer: RuleEnhancer) -> list[float]:
    """Seconds per decide() over every message of every test conversation, ROUNDS times."""
    times = []
    for _ in range(ROUNDS):
        for steps in [*ENGLISH.values(), *CHINESE.values()]:
            session = Session()
            for message, _expected in steps:
                if message.startswith("<"):  # session commands (<undo>, ...) are not messages
                    continue
                scene, recent = session.current_scene, session.recent_exchanges(4)
                started = time.perf_counter()
                decision = enhancer.decide(scene, recent, message)
                times.append(time.perf_counter() - started)
                session.record(message, decision)
    return sorted(times)


def main() -> None:
    enhancer = RuleEnhancer()
    times = decide_latencies(enhancer)

    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (128, 128, 128)).save(buffer, format="PNG")
    session = Session()
    for i in range(200):
        message = "draw a red circle" if i == 0 else "bigger"
        session.record(message, enhancer.decide(session.current_scene, [], message), {"seed": i})
    images = {turn_id: buffer.getvalue() for turn_id in session.turns}
    started = time.perf_counter()
    archive = export_session(session, images)
    export_s = time.perf_counter() - started
    started = time.perf_counter()
    import_session(archive)
    import_s = time.perf_counter() - started

    print(f"decide: {len(times)} messages, median {statistics.median(times) * 1e3:.3f} ms, "
          f"max {times[-1] * 1e3:.1f} ms")
    print(f"200-turn session: export {export_s * 1e3:.1f} ms, import {import_s * 1e3:.1f} ms, "
          f"{len(archive) // 1024} KB")
    print(json.dumps({
        "decide_messages": len(times),
        "decide_median_ms": round(statistics.median(times) * 1e3, 3),
        "decide_p99_ms": round(times[int(len(times) * 0.99)] * 1e3, 3),
        "export_200_turns_ms": round(export_s * 1e3, 1),
        "import_200_turns_ms": round(import_s * 1e3, 1),
        "zip_kb": len(archive) // 1024,
    }))


if __name__ == "__main__":
    main()
