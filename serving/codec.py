"""Render requests, results and step progress as plain data: str, int, float, bool, None, bytes, lists and dicts.

What crosses a process or machine boundary is only this, never a pickled class: tensors travel as safetensors
bytes (dtype and shape exact), pictures as PNG bytes (lossless), so a picture drawn by a replica is the very
picture a local render gives. Nothing here knows of Ray; the round trip is tested without it.
"""

from __future__ import annotations

import io
from dataclasses import asdict, fields
from typing import Any

import torch
from PIL import Image
from safetensors.torch import load as load_tensors
from safetensors.torch import save as save_tensors

from generator.errors import BadOutputError, GeneratorError, GeneratorOutOfMemory, RenderCancelled
from generator.prompt_check import EncoderCount, PromptReport
from generator.request import RenderRequest, RenderResult, StepProgress

WIRE_VERSION = 2  # 2: the adapters' fields (a control image as PNG, the result's control map)
_TENSOR_FIELDS = ("initial_noise", "init_latents", "keep_latents", "keep_mask")
_IMAGE_FIELDS = ("init_image", "control_image")
_ERRORS = {cls.__name__: cls for cls in (GeneratorError, RenderCancelled, GeneratorOutOfMemory, BadOutputError)}


def tensor_bytes(tensor: torch.Tensor | None) -> bytes | None:
    """A CPU copy of `tensor` as safetensors bytes (exact dtype, shape and values); None stays None."""
    if tensor is None:
        return None
    return save_tensors({"t": tensor.detach().to("cpu").contiguous()})


def bytes_tensor(data: bytes | None) -> torch.Tensor | None:
    return None if data is None else load_tensors(data)["t"]


def image_bytes(image: Image.Image | None) -> bytes | None:
    """PNG bytes: lossless, so every pixel comes back as it went."""
    if image is None:
        return None
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def bytes_image(data: bytes | None) -> Image.Image | None:
    if data is None:
        return None
    with Image.open(io.BytesIO(data)) as file:
        file.load()
        return file.copy()


def encode_request(request: RenderRequest) -> dict[str, Any]:
    wire: dict[str, Any] = {"version": WIRE_VERSION}
    for spec in fields(RenderRequest):
        value = getattr(request, spec.name)
        if spec.name in _TENSOR_FIELDS:
            value = tensor_bytes(value)
        elif spec.name in _IMAGE_FIELDS:
            value = image_bytes(value)
        wire[spec.name] = value
    return wire


def decode_request(wire: dict[str, Any]) -> RenderRequest:
    _check_version(wire)
    values = {spec.name: wire.get(spec.name) for spec in fields(RenderRequest) if spec.name in wire}
    for name in _TENSOR_FIELDS:
        values[name] = bytes_tensor(values.get(name))
    for name in _IMAGE_FIELDS:
        values[name] = bytes_image(values.get(name))
    return RenderRequest(**values)


def encode_result(result: RenderResult) -> dict[str, Any]:
    return {
        "version": WIRE_VERSION,
        "image": image_bytes(result.image),
        "latents": tensor_bytes(result.latents),
        "initial_noise": tensor_bytes(result.initial_noise),
        "seed": int(result.seed),
        "settings": dict(result.settings),
        "timings": dict(result.timings),
        "prompt_report": encode_report(result.prompt_report),
        "model_id": result.model_id,
        "metadata": dict(result.metadata),
        "warnings": list(result.warnings),
        "control_map": image_bytes(result.control_map),
    }


def decode_result(wire: dict[str, Any]) -> RenderResult:
    _check_version(wire)
    return RenderResult(
        image=bytes_image(wire["image"]),
        latents=bytes_tensor(wire["latents"]),
        initial_noise=bytes_tensor(wire["initial_noise"]),
        seed=int(wire["seed"]),
        settings=dict(wire["settings"]),
        timings=dict(wire["timings"]),
        prompt_report=decode_report(wire["prompt_report"]),
        model_id=wire["model_id"],
        metadata=dict(wire["metadata"]),
        warnings=list(wire["warnings"]),
        control_map=bytes_image(wire.get("control_map")),
    )


def encode_report(report: PromptReport) -> dict[str, Any]:
    return asdict(report)


def decode_report(wire: dict[str, Any]) -> PromptReport:
    return PromptReport(EncoderCount(**wire["clip"]), EncoderCount(**wire["t5"]))


def encode_progress(progress: StepProgress) -> dict[str, Any]:
    return {"step": progress.step, "total": progress.total, "preview": image_bytes(progress.preview)}


def decode_progress(wire: dict[str, Any]) -> StepProgress:
    return StepProgress(int(wire["step"]), int(wire["total"]), bytes_image(wire.get("preview")))


def encode_error(error: GeneratorError) -> dict[str, Any]:
    """A generator's own failure, by kind and message: the front end raises the same kind with the same words."""
    kind = next((name for name, cls in _ERRORS.items() if type(error) is cls), "GeneratorError")
    return {"kind": kind, "message": str(error)}


def decode_error(wire: dict[str, Any]) -> GeneratorError:
    return _ERRORS.get(wire.get("kind", ""), GeneratorError)(str(wire.get("message", "")))


def _check_version(wire: dict[str, Any]) -> None:
    if wire.get("version") != WIRE_VERSION:
        raise GeneratorError(f"The render server speaks wire version {wire.get('version')}, this app "
                             f"{WIRE_VERSION}: run the same version of the app on both.")
