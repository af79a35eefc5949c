"""Render replicas as a Ray Serve deployment, and the transport the front end reaches them through.

Imported only for `--render-backend ray`: the app runs without Ray installed. Each replica loads one pipeline
(`RenderWorker`); renders stream their step progress back and stop within a step when the caller cancels.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ray
from ray import serve
from ray.exceptions import ActorUnavailableError, RayActorError
from ray.serve.exceptions import BackPressureError, DeploymentUnavailableError, RequestCancelledError

from generator.control_maps import parse_control_model
from generator.errors import GeneratorError, RenderCancelled
from serving.options import ReplicaOptions
from serving.remote import RemoteGenerator, RenderersBusy, ReplicaLost
from serving.worker import AnyOf, RenderWorker

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "drawchat-renderer"
CALL_TIMEOUT_S = 600.0  # a small call that has not come back in this long is treated like a lost replica
# A replica's death reaches the caller as one of these (the actor died, or could not be reached for a while).
LOST = (RayActorError, ActorUnavailableError, DeploymentUnavailableError)


class _End:
    def __init__(self, value: Any) -> None:
        self.value = value


@serve.deployment(name="RenderReplica")
class RenderReplica:
    """One pipeline per replica. Renders are async generators: progress while drawing, then the result."""

    def __init__(self, model: str, threads: int, load: dict[str, Any]) -> None:
        import torch

        torch.set_num_threads(threads)
        self.worker = RenderWorker.load(model, **load)

    def facts(self) -> dict[str, Any]:
        return self.worker.facts()

    def check_prompt(self, prompt: str) -> dict[str, Any]:
        return self.worker.check_prompt(prompt)

    def prompt_difference(self, *args: Any) -> bytes:
        return self.worker.prompt_difference(*args)

    def process_id(self) -> int:
        """This replica's process, for the load test that kills one mid-load."""
        return os.getpid()

    async def render(self, wire: dict[str, Any]):
        loop = asyncio.get_running_loop()
        messages: asyncio.Queue = asyncio.Queue()
        stop = threading.Event()

        def emit(message: dict[str, Any]) -> None:
            loop.call_soon_threadsafe(messages.put_nowait, message)

        def run() -> None:
            try:
                final: Any = self.worker.render(wire, emit, AnyOf(stop))
            except BaseException as error:  # noqa: BLE001 - raised on the event loop, where Serve reports it
                final = error
            loop.call_soon_threadsafe(messages.put_nowait, _End(final))

        drawing = loop.run_in_executor(None, run)
        try:
            while not isinstance(message := await messages.get(), _End):
                yield message
            if isinstance(message.value, BaseException):
                raise message.value
            yield message.value
        finally:  # the caller cancelled or went away: the render stops at its next step
            stop.set()
            await asyncio.shield(drawing)


class RayTransport:
    """Calls through a Serve deployment handle; Ray's failures become the transport's ReplicaLost / busy."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.streaming = handle.options(stream=True)

    def call(self, method: str, *args: Any) -> Any:
        try:
            return getattr(self.handle, method).remote(*args).result(timeout_s=CALL_TIMEOUT_S)
        except BackPressureError as error:
            raise RenderersBusy(str(error)) from error
        except LOST as error:
            raise ReplicaLost(f"{type(error).__name__}: {str(error)[:200]}") from error
        except TimeoutError as error:
            raise ReplicaLost(f"no answer to {method} in {CALL_TIMEOUT_S:.0f} s") from error

    def stream(self, wire: dict[str, Any], cancel: threading.Event | None) -> Iterator[dict[str, Any]]:
        response = self.streaming.render.remote(wire)
        finished = threading.Event()

        def watch() -> None:  # cancel reaches the replica even while the render waits in the queue
            while not finished.wait(0.05):
                if cancel is not None and cancel.is_set():
                    response.cancel()
                    return

        watcher = threading.Thread(target=watch, name="render-cancel", daemon=True)
        watcher.start()
        try:
            yield from response
        except BackPressureError as error:
            raise RenderersBusy(str(error)) from error
        except RequestCancelledError:
            raise RenderCancelled("Cancelled.") from None
        except LOST as error:
            if cancel is not None and cancel.is_set():
                raise RenderCancelled("Cancelled.") from None
            raise ReplicaLost(f"{type(error).__name__}: {str(error)[:200]}") from error
        finally:
            finished.set()
            watcher.join()


def start_renderer(model: str, options: ReplicaOptions, address: str | None = None, local_device: str = "cpu",
                   **load: Any) -> RemoteGenerator:
    """Join the Ray cluster at `address` (None: start one on this machine), deploy the replicas, and return the
    generator the engine renders on. Blocks until every replica has loaded its pipeline.

    `load` is what `Generator.load` takes (device, dtype, quantization, low_vram, compile, fuse_qkv, vae_tiling,
    vae_slicing, loras, controlnet, control_models): every replica loads its pipeline with exactly these, as the
    local backend does. A keyword it does not take is refused here, before any replica starts; a model a replica
    cannot load is a `GeneratorError` with the replica's own words."""
    from generator.generator import Generator

    inspect.signature(Generator.load).bind(model, **load)  # TypeError: not an option of Generator.load
    load = replica_load_options(load)  # a bad KIND= is refused here
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
    serve.start(proxy_location="Disabled")  # the replicas are reached by handle only: no HTTP port is opened
    app = RenderReplica.options(**options.deployment_options(ROOT)).bind(_absolute(model), options.threads, load)
    try:
        handle = serve.run(app, name=APP_NAME, route_prefix=None)
    except RuntimeError:  # Serve says only "Deploying application … failed"; the reason is in its status
        reason = _replica_load_error()
        serve.delete(APP_NAME)  # replicas that cannot load are not left retrying (on a cluster, for ever)
        if reason is None:
            raise
        raise GeneratorError(reason) from None
    where = f"Ray Serve at {address or 'a local Ray cluster'}: {options.describe()}"
    log.info("render replicas ready: %s", where)
    return RemoteGenerator(RayTransport(handle), where=where, device=local_device)


def replica_load_options(load: dict[str, Any]) -> dict[str, Any]:
    """`Generator.load`'s options with the adapters' local paths made absolute, for a replica: "PATH_OR_ID[:SCALE]"
    LoRAs and ControlNets keep their scale, "KIND=PATH_OR_ID" map models their kind (a spec without a known KIND is a
    `GeneratorError`). Everything else (dtype, compile, fused QKV, VAE tiling, …) goes as it is."""
    load = dict(load)
    if load.get("loras"):
        load["loras"] = tuple(_absolute_weighted(spec) for spec in load["loras"])
    if load.get("controlnet"):
        load["controlnet"] = _absolute_weighted(load["controlnet"])
    if load.get("control_models"):
        load["control_models"] = tuple(_absolute_control_model(spec) for spec in load["control_models"])
    return load


def _absolute(source: str) -> str:
    """A local folder or file as an absolute path (a replica does not run in this process's working folder; on a
    cluster every node needs it at that path, like the code); a hub id as it is."""
    path = Path(source).expanduser()
    return str(path.resolve()) if path.exists() else source


def _absolute_weighted(spec: str) -> str:
    """`--lora` / `--controlnet PATH_OR_ID[:SCALE]` with its path made absolute and its scale kept (a LoRA keeps
    its name)."""
    from generator.adapters import AdapterSpec

    source = AdapterSpec.parse(spec).source
    return _absolute(source) + spec[len(source):]  # the ":SCALE" as it was written, or nothing


def _absolute_control_model(spec: str) -> str:
    """`--control-model KIND=PATH_OR_ID` with its path made absolute; a spec that names no kind is a
    `GeneratorError` before any replica starts."""
    kind, source = parse_control_model(spec)
    return f"{kind}={_absolute(source)}"


def _replica_load_error() -> str | None:
    """The `GeneratorError` a replica raised while loading (a model that is not there, or not such a model), read
    from the end of the traceback Serve keeps in the deployment's status; None for any other failure."""
    status = serve.status().applications.get(APP_NAME)
    for deployment in status.deployments.values() if status else ():
        _, found, message = (deployment.message or "").rpartition("GeneratorError: ")
        if found and message.strip():
            return message.strip()
    return None


def replica_names() -> list[str]:
    """The render replicas' actor names in Serve's namespace (for operators and the load test's kill)."""
    return sorted(a["name"] for a in ray.util.list_named_actors(all_namespaces=True)
                  if a["namespace"] == "serve" and a["name"].startswith(f"SERVE_REPLICA::{APP_NAME}#"))


def kill_replica(name: str) -> None:
    """Kill one replica as a crash would (its renders fail mid-step); Serve starts a new one in its place."""
    ray.kill(ray.get_actor(name, namespace="serve"), no_restart=True)


def stop_renderer() -> None:
    """Take the replicas down (and the local cluster, if this process started it)."""
    serve.delete(APP_NAME)
    ray.shutdown()
