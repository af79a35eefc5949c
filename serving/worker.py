"""One loaded Generator answering plain-data calls: what a render replica runs, with or without Ray around it.

`render` takes an encoded request and gives back an encoded result or the generator's own error (by kind and
message); step progress goes out through `emit` as it happens, and `cancel` stops the render within a step.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from generator.errors import GeneratorError
from serving.codec import (
    bytes_tensor,
    decode_request,
    encode_error,
    encode_progress,
    encode_report,
    encode_result,
    tensor_bytes,
)

Emit = Callable[[dict[str, Any]], None]


class RenderWorker:
    """The replica's side of the wire: facts about the model, prompt checks, DiffEdit masks and renders."""

    def __init__(self, generator: Any) -> None:
        self.generator = generator

    @classmethod
    def load(cls, model: str, **options: Any) -> RenderWorker:
        """`options` are `Generator.load`'s own, passed as they are, so a replica loads its pipeline exactly as the
        app's local backend does: device, dtype, quantization, low-VRAM, compile, fused QKV (left off while a LoRA
        is loaded), VAE tiling and slicing, `loras`, `controlnet` and its `control_models` (a render's depth or
        pose map is computed here, beside the ControlNet)."""
        from generator.generator import Generator

        return cls(Generator.load(model, **options))

    def facts(self) -> dict[str, Any]:
        """What the front end shows and plans with, fetched once: the model, its defaults and sizes, its adapters."""
        generator = self.generator
        return {
            "model_id": generator.model_id,
            "describe": generator.describe(),
            "defaults": generator.defaults.to_dict(),
            "size_presets": [list(size) for size in generator.size_presets],
            "native_size": int(generator.native_size),
            "vae_scale_factor": int(generator.pipeline.vae_scale_factor),
            "loras": list(generator.loras.names),
            "controlnet": generator.controlnet_id if generator.controlnet is not None else None,
            "map_models": list(generator.map_models),  # the kinds of map it computes: "depth", "pose"
        }

    def check_prompt(self, prompt: str) -> dict[str, Any]:
        return encode_report(self.generator.check_prompt(prompt))

    def prompt_difference(self, latents: bytes, before: str, after: str, strength: float, draws: int,
                          seed: int) -> bytes:
        difference = self.generator.prompt_difference(bytes_tensor(latents), before, after, strength, draws, seed)
        return tensor_bytes(difference)

    def render(self, wire: dict[str, Any], emit: Emit | None = None,
               cancel: threading.Event | None = None) -> dict[str, Any]:
        """{"result": ...} or {"error": ...}; anything but a GeneratorError is a fault and raises."""
        def on_step(progress) -> None:
            if emit is not None:
                emit({"progress": encode_progress(progress)})

        try:
            result = self.generator.render(decode_request(wire), on_step, cancel)
        except GeneratorError as error:
            return {"error": encode_error(error)}
        return {"result": encode_result(result)}


class AnyOf:
    """Set when any of its events is set: the caller's cancel, or the stream's own stop when it is abandoned."""

    def __init__(self, *events: threading.Event | None) -> None:
        self.events = [event for event in events if event is not None]

    def is_set(self) -> bool:
        return any(event.is_set() for event in self.events)


def stream_render(worker: RenderWorker, wire: dict[str, Any],
                  cancel: threading.Event | None = None) -> Iterator[dict[str, Any]]:
    """The render's messages as they come (progress..., then the result or error), drawn on a thread of its own.

    Leaving the loop early stops the render at its next step (the caller's `cancel` is only read, never set)."""
    messages: queue.Queue = queue.Queue()
    done, stop = object(), threading.Event()

    def run() -> None:
        try:
            messages.put(worker.render(wire, messages.put, AnyOf(cancel, stop)))
        except BaseException as error:  # noqa: BLE001 - handed to the consumer, raised there
            messages.put(error)
        messages.put(done)

    thread = threading.Thread(target=run, name="render", daemon=True)
    thread.start()
    try:
        while (message := messages.get()) is not done:
            if isinstance(message, BaseException):
                raise message
            yield message
    finally:
        stop.set()
        thread.join()
