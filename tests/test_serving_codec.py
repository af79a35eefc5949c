"""Renders as plain data (serving.codec) and the RemoteGenerator the engine uses for remote replicas, without Ray.

The wire carries tensors as bytes and pictures as PNG: a render sent through it must give the very picture,
latents and noise a local render gives, and a replica lost mid-render is retried once, then reported, with the
session untouched.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch
from PIL import Image

from chat.engine import ChatEngine
from chat.state import TurnSettings
from generator.errors import BadOutputError, GeneratorError, RenderCancelled
from generator.generator import Generator
from generator.request import RenderRequest
from prompt_enhancer.rules import RuleEnhancer
from serving.codec import (
    decode_error,
    decode_request,
    decode_result,
    encode_error,
    encode_request,
    encode_result,
)
from serving.remote import InProcessTransport, RemoteGenerator, ReplicaLost
from serving.worker import RenderWorker

pytestmark = pytest.mark.usefixtures("single_torch_thread")
FAST = TurnSettings(steps=2)
PLAIN = (str, int, float, bool, bytes, type(None))


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir) -> Generator:
    return Generator.load(str(tiny_pipeline_dir))


@pytest.fixture
def remote(generator) -> RemoteGenerator:
    return RemoteGenerator(InProcessTransport(RenderWorker(generator)), where="in-process test")


def plain(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(plain(v) for v in value)
    return isinstance(value, PLAIN)


def edit_request(generator: Generator, seed: int = 3) -> RenderRequest:
    """An edit as the editing room sends one: init latents, kept latents outside a mask, the scene's noise."""
    first = generator.render(RenderRequest("a big red circle at the top left on a gray background", steps=6,
                                           seed=seed))
    mask = torch.zeros(1, 1, *first.latents.shape[-2:])
    mask[..., :2, :2] = 1.0
    return RenderRequest("a big blue circle at the top left on a gray background", steps=6, seed=seed,
                         initial_noise=first.initial_noise, init_latents=first.latents, strength=0.6,
                         keep_latents=first.latents, keep_mask=mask, preview_every=1, negative_prompt="blurry")


def test_a_request_is_plain_data_and_comes_back_exactly(generator):
    request = edit_request(generator)
    request.init_image = Image.new("RGB", (16, 16), (10, 200, 30))
    wire = encode_request(request)
    assert plain(wire)
    back = decode_request(wire)
    for name in ("initial_noise", "init_latents", "keep_latents", "keep_mask"):
        sent, got = getattr(request, name), getattr(back, name)
        assert got.dtype == sent.dtype and torch.equal(got, sent), name
    assert np.array_equal(np.asarray(back.init_image), np.asarray(request.init_image))
    for name in ("prompt", "negative_prompt", "steps", "seed", "strength", "preview_every", "preview_mode"):
        assert getattr(back, name) == getattr(request, name)


def test_an_adapter_request_is_plain_data_and_comes_back_exactly():
    """What a LoRA or ControlNet render needs travels: the control image as PNG (every pixel), its kind and scale,
    the LoRA strength."""
    pixels = np.random.default_rng(0).integers(0, 256, (24, 32, 3), dtype=np.uint8)
    request = RenderRequest("a red circle", steps=2, seed=4, lora_scale=0.35, control_image=Image.fromarray(pixels),
                            control_kind="as-is", control_scale=1.7)
    wire = encode_request(request)
    assert plain(wire) and isinstance(wire["control_image"], bytes)
    back = decode_request(wire)
    assert back.control_image.size == (32, 24) and np.array_equal(np.asarray(back.control_image), pixels)
    assert (back.lora_scale, back.control_kind, back.control_scale) == (0.35, "as-is", 1.7)
    plain_back = decode_request(encode_request(RenderRequest("a red circle")))
    assert (plain_back.control_image, plain_back.lora_scale, plain_back.control_kind, plain_back.control_scale) == (
        None, None, "edges", 1.0)


def test_a_results_control_map_comes_back(generator):
    result = generator.render(RenderRequest("a small green square", steps=2, seed=5))
    assert decode_result(encode_result(result)).control_map is None
    result.control_map = Image.new("RGB", (16, 16), (255, 255, 255))
    result.control_map.putpixel((3, 4), (0, 0, 0))
    wire = encode_result(result)
    assert plain(wire)
    assert np.array_equal(np.asarray(decode_result(wire).control_map), np.asarray(result.control_map))


def test_a_half_precision_tensor_keeps_its_dtype():
    noise = torch.randn(1, 4, 2, 2).to(torch.bfloat16)
    back = decode_request(encode_request(RenderRequest("x", initial_noise=noise))).initial_noise
    assert back.dtype == torch.bfloat16 and torch.equal(back, noise)


def test_a_result_is_plain_data_and_comes_back_exactly(generator):
    result = generator.render(RenderRequest("a small green square", steps=2, seed=5))
    wire = encode_result(result)
    assert plain(wire)
    back = decode_result(wire)
    assert np.array_equal(np.asarray(back.image), np.asarray(result.image))
    assert torch.equal(back.latents, result.latents) and torch.equal(back.initial_noise, result.initial_noise)
    assert (back.seed, back.settings, back.metadata, back.model_id) == (
        result.seed, result.settings, result.metadata, result.model_id)
    assert back.prompt_report == result.prompt_report


def test_generator_errors_keep_their_kind_and_words():
    error = decode_error(encode_error(BadOutputError("NaN latents: try another seed")))
    assert type(error) is BadOutputError and str(error) == "NaN latents: try another seed"


def test_a_remote_render_is_the_local_render(generator, remote):
    """Same request, same seed: the same pixels, latents and noise, for a new picture and for an edit."""
    for request in (RenderRequest("a big red circle on a gray background", steps=3, seed=11),
                    edit_request(generator)):
        local = generator.render(request)
        previews = []
        far = remote.render(request, on_step=previews.append)
        assert np.array_equal(np.asarray(far.image), np.asarray(local.image))
        assert torch.equal(far.latents, local.latents) and torch.equal(far.initial_noise, local.initial_noise)
        assert far.settings == local.settings
    assert [p.step for p in previews] == list(range(1, len(previews) + 1)) and previews[0].preview is not None


def test_the_remote_generator_answers_what_the_engine_asks(generator, remote):
    assert remote.defaults == generator.defaults and remote.size_presets == generator.size_presets
    assert remote.pipeline.vae_scale_factor == generator.pipeline.vae_scale_factor
    assert remote.check_prompt("a red circle") == generator.check_prompt("a red circle")
    latents = generator.render(RenderRequest("a red circle", steps=2, seed=1)).latents
    assert torch.equal(remote.prompt_difference(latents, "a red circle", "a blue circle"),
                       generator.prompt_difference(latents, "a red circle", "a blue circle"))
    assert "in-process test" in remote.describe()


def test_a_replicas_own_error_comes_back_as_itself(generator, remote):
    wrong = torch.zeros(1, 1, 3, 3)
    with pytest.raises(GeneratorError, match="previous latents have shape"):
        remote.render(RenderRequest("a red circle", steps=2, seed=1, init_latents=wrong, strength=0.5))


def test_cancel_reaches_the_replica_and_stops_the_render(remote):
    """Progress travels behind the replica's steps, so cancel lands a few steps later, never at the end."""
    cancel, steps = threading.Event(), []

    def on_step(progress):
        steps.append(progress.step)
        cancel.set()

    with pytest.raises(RenderCancelled):
        remote.render(RenderRequest("a red circle", steps=40, seed=1), on_step, cancel)
    assert steps and max(steps) < 40


class LosingTransport(InProcessTransport):
    """The worker's replica dies after the first step of the first `losses` renders (the fault under test)."""

    def __init__(self, worker: RenderWorker, losses: int) -> None:
        super().__init__(worker)
        self.losses, self.renders = losses, 0

    def stream(self, wire, cancel):
        self.renders += 1
        lose = self.renders <= self.losses
        for message in super().stream(wire, cancel):
            if lose and "progress" in message:
                raise ReplicaLost("actor died")
            yield message


def test_a_lost_replica_is_retried_once_and_the_picture_is_the_same(generator):
    request = RenderRequest("a big red circle on a gray background", steps=3, seed=11)
    transport = LosingTransport(RenderWorker(generator), losses=1)
    far = RemoteGenerator(transport).render(request)
    assert transport.renders == 2
    assert np.array_equal(np.asarray(far.image), np.asarray(generator.render(request).image))


def test_losing_two_replicas_says_so_and_leaves_the_session_untouched(generator, tmp_path):
    transport = LosingTransport(RenderWorker(generator), losses=0)
    engine = ChatEngine(RemoteGenerator(transport), RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, FAST).ok
    before = (tuple(state.session.turns), state.session.current.id, state.session.current_scene.to_json(),
              dict(state.pictures))
    transport.losses = transport.renders + 2
    result = engine.send(state, "make it blue", None, FAST)
    assert not result.ok and "stopped" in result.message and "nothing in your chat changed" in result.message
    assert (tuple(state.session.turns), state.session.current.id, state.session.current_scene.to_json(),
            dict(state.pictures)) == before
    assert engine.send(state, "make it blue", None, FAST).ok  # the replicas are back: the same turn goes through
