"""The Ray backend end to end on a local Ray cluster: two CPU replicas of the tiny pipeline (needs `ray[serve]`,
requirements-ray.txt; skipped without it).

A picture drawn by a replica is the picture a local render gives for the same request and seed, previews stream
back while it draws, and a replica killed mid-render is answered by a retry on the other one.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
import torch

pytest.importorskip("ray.serve")

from chat.engine import ChatEngine  # noqa: E402
from chat.state import TurnSettings  # noqa: E402
from generator.generator import Generator  # noqa: E402
from generator.request import RenderRequest  # noqa: E402
from prompt_enhancer.rules import RuleEnhancer  # noqa: E402
from serving.options import ReplicaOptions  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("single_torch_thread")]


@pytest.fixture(scope="module")
def local(tiny_pipeline_dir) -> Generator:
    return Generator.load(str(tiny_pipeline_dir))


@pytest.fixture(scope="module")
def remote(tiny_pipeline_dir):
    from serving.ray_backend import start_renderer, stop_renderer

    # One call per replica at a time: two renders at once are on two replicas, so a kill always hits one.
    generator = start_renderer(str(tiny_pipeline_dir), ReplicaOptions(replicas=2, max_ongoing=1, max_queued=8))
    yield generator
    stop_renderer()


def same(a, b) -> bool:
    return np.array_equal(np.asarray(a.image), np.asarray(b.image)) and torch.equal(a.latents, b.latents)


def test_replicas_draw_what_a_local_render_draws(local, remote):
    first = local.render(RenderRequest("a big red circle on a gray background", steps=6, seed=21))
    mask = torch.zeros(1, 1, *first.latents.shape[-2:])
    mask[..., :2, :] = 1.0
    edit = RenderRequest("a big blue circle on a gray background", steps=6, seed=21, strength=0.7,
                         initial_noise=first.initial_noise, init_latents=first.latents,
                         keep_latents=first.latents, keep_mask=mask, preview_every=2)
    previews = []
    assert same(remote.render(RenderRequest("a big red circle on a gray background", steps=6, seed=21)), first)
    assert same(remote.render(edit, on_step=previews.append), local.render(edit))
    assert [p.step for p in previews] and any(p.preview is not None for p in previews)
    assert remote.defaults == local.defaults and remote.check_prompt("a red circle") == local.check_prompt(
        "a red circle")


def test_a_replica_killed_mid_render_is_retried_on_the_other(local, remote, caplog):
    from serving.ray_backend import kill_replica, replica_names

    request = RenderRequest("a small green square on a white background", steps=1000, seed=5)
    results, errors, started = {}, [], threading.Barrier(3)

    def draw(key: int) -> None:
        steps = []
        started.wait()
        try:
            results[key] = remote.render(request, on_step=steps.append)
        except Exception as error:  # noqa: BLE001 - the test reports it
            errors.append(error)

    threads = [threading.Thread(target=draw, args=(k,)) for k in range(2)]
    for thread in threads:
        thread.start()
    started.wait()
    time.sleep(1.5)  # both renders are drawing, one on each replica
    names = replica_names()
    assert len(names) == 2
    kill_replica(names[0])
    for thread in threads:
        thread.join(timeout=300)
    assert not errors and len(results) == 2
    expected = local.render(request)
    assert all(same(result, expected) for result in results.values())
    assert "render replica lost" in caplog.text


def test_the_engine_on_replicas_keeps_sessions(remote, tmp_path):
    engine = ChatEngine(remote, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, TurnSettings(steps=2)).ok
    assert engine.send(state, "make it blue", None, TurnSettings(steps=2)).ok
    assert "blue" in state.session.current.render["prompt"] and len(state.pictures) == 2
