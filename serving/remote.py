"""`RemoteGenerator`: what the ChatEngine renders on when the pictures are drawn elsewhere.

It looks like a `Generator` to the engine and the UI (render, check_prompt, prompt_difference,
defaults, sizes, the replicas' LoRAs by name, whether they hold a ControlNet and which kinds of map their
--control-model models compute) and sends plain data (`serving.codec`) through a transport. A replica that dies
mid-call is answered by one retry, which the transport routes to another replica; if that fails too the person
gets a sentence saying so, and since the engine records a turn only after a render succeeds, nothing in the
session changes.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import torch

from generator.errors import GeneratorError, RenderCancelled
from generator.prompt_check import PromptReport
from generator.request import RenderRequest, RenderResult
from generator.settings import GenerationDefaults
from serving.codec import (
    bytes_tensor,
    decode_error,
    decode_progress,
    decode_report,
    decode_result,
    encode_request,
    tensor_bytes,
)
from serving.worker import RenderWorker, stream_render

log = logging.getLogger(__name__)
ATTEMPTS = 2  # the first try and one retry elsewhere


class ReplicaLost(Exception):
    """The replica serving a call died or became unreachable before answering (raised by transports)."""


class RenderersBusy(Exception):
    """Every replica is busy and the render queue is full (the serving engine's back-pressure)."""


class Transport(Protocol):
    """How calls reach a replica. `stream` yields a render's messages: {"progress"}..., then {"result"|"error"}."""

    def call(self, method: str, *args: Any) -> Any: ...

    def stream(self, wire: dict[str, Any], cancel: threading.Event | None) -> Iterator[dict[str, Any]]: ...


class InProcessTransport:
    """A worker in this process, reached through the same plain data as a remote one (tests, benchmarks)."""

    def __init__(self, worker: RenderWorker) -> None:
        self.worker = worker

    def call(self, method: str, *args: Any) -> Any:
        return getattr(self.worker, method)(*args)

    def stream(self, wire: dict[str, Any], cancel: threading.Event | None) -> Iterator[dict[str, Any]]:
        return stream_render(self.worker, wire, cancel)


@dataclass(frozen=True)
class PipelineFacts:
    """The one pipeline fact the engine plans with (latent size = picture size / vae_scale_factor)."""

    vae_scale_factor: int


@dataclass(frozen=True)
class ReplicaLoras:
    """The LoRAs every replica has loaded, by name: what the UI asks of a Generator's `loras` (its strength slider
    shows when there are any). Loading and unloading happen on the replicas, at start-up only."""

    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReplicaControlNet:
    """The ControlNet every replica holds (its weights stay there): where `Generator.controlnet` is a model, the
    engine only asks whether there is one, to send a control image."""

    source: str


@dataclass(frozen=True)
class ReplicaMapModel:
    """A depth / pose map model (--control-model) every replica holds, its weights there. Where
    `Generator.map_models` maps a kind to the model, the UI only asks which kinds there are, to offer them under
    "Layout read as"; the replica computes the map and sends it back as the render's `control_map`."""

    kind: str


class RemoteGenerator:
    """A Generator whose renders run on replicas; built once, shared by every session like the local one."""

    def __init__(self, transport: Transport, where: str = "remote", device: str = "cpu",
                 prompt_cache: int = 256) -> None:
        self.transport = transport
        self.where = where
        self.device = torch.device(device)  # where this process runs its own models (an LLM enhancer)
        facts = self._call("facts")
        self.model_id: str = facts["model_id"]
        self._describe: str = facts["describe"]
        self.defaults = GenerationDefaults(**facts["defaults"])
        self.size_presets: list[tuple[int, int]] = [tuple(size) for size in facts["size_presets"]]
        self.native_size: int = facts["native_size"]
        self.pipeline = PipelineFacts(facts["vae_scale_factor"])
        self.loras = ReplicaLoras(tuple(facts.get("loras", ())))
        self.controlnet_id: str | None = facts.get("controlnet")
        self.controlnet = ReplicaControlNet(self.controlnet_id) if self.controlnet_id else None
        self.map_models = {kind: ReplicaMapModel(kind) for kind in facts.get("map_models", ())}
        self._reports: OrderedDict[str, PromptReport] = OrderedDict()
        self._reports_size = prompt_cache
        self._reports_lock = threading.Lock()

    def describe(self) -> str:
        return f"{self._describe} · rendered by {self.where}"

    def check_prompt(self, prompt: str) -> PromptReport:
        """The replicas' tokenizers' count, remembered: the dialog asks again for the same prompt."""
        with self._reports_lock:
            if prompt in self._reports:
                self._reports.move_to_end(prompt)
                return self._reports[prompt]
        report = decode_report(self._call("check_prompt", prompt))
        with self._reports_lock:
            self._reports[prompt] = report
            while len(self._reports) > self._reports_size:
                self._reports.popitem(last=False)
        return report

    def prompt_difference(self, latents: torch.Tensor, before: str, after: str, strength: float = 0.5,
                          draws: int = 4, seed: int = 0) -> torch.Tensor:
        return bytes_tensor(self._call("prompt_difference", tensor_bytes(latents), before, after, strength,
                                       draws, seed))

    def render(self, request: RenderRequest, on_step=None, cancel: threading.Event | None = None) -> RenderResult:
        """Draw on a replica; the same errors as `Generator.render`, plus a GeneratorError when no replica can."""
        request.validate()  # a bad request is refused here, before it travels
        wire = encode_request(request)
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return self._render_once(wire, on_step, cancel)
            except ReplicaLost as lost:
                if cancel is not None and cancel.is_set():
                    raise RenderCancelled("Cancelled while the render server was failing.") from None
                log.warning("render replica lost (attempt %d of %d): %s", attempt, ATTEMPTS, lost)
            except RenderersBusy:
                raise GeneratorError("Every render server is busy and the queue is full: try again in a "
                                     "moment. Nothing in your chat changed.") from None
        raise GeneratorError("The render server drawing your picture stopped, and so did the one that tried "
                             "again: nothing in your chat changed. Send your message again in a moment.")

    def _render_once(self, wire: dict[str, Any], on_step, cancel: threading.Event | None) -> RenderResult:
        for message in self.transport.stream(wire, cancel):
            if "progress" in message:
                if on_step is not None:
                    on_step(decode_progress(message["progress"]))
            elif "result" in message:
                return decode_result(message["result"])
            elif "error" in message:
                raise decode_error(message["error"])
        if cancel is not None and cancel.is_set():
            raise RenderCancelled("Cancelled.")
        raise ReplicaLost("the render stream ended without a picture")

    def _call(self, method: str, *args: Any) -> Any:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return self.transport.call(method, *args)
            except ReplicaLost as lost:
                log.warning("replica lost during %s (attempt %d of %d): %s", method, attempt, ATTEMPTS, lost)
            except RenderersBusy:
                raise GeneratorError("Every render server is busy and the queue is full: try again in a "
                                     "moment.") from None
        raise GeneratorError(f"The render servers did not answer ({method}), twice: check that they run.")

