"""PNG files that carry their own recipe: prompt, negative prompt, seed, steps, guidance, size, strength, model id,
and the LoRAs and ControlNet in effect.

Written as iTXt chunks (UTF-8, so Chinese prompts survive) and read back with their types restored.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image, PngImagePlugin

# Field -> type it is read back as. The keys are the chunk keywords; the prefix keeps them apart from other tools'.
FIELDS: dict[str, type] = {
    "prompt": str,
    "negative_prompt": str,
    "seed": int,
    "steps": int,
    "guidance": float,
    "width": int,
    "height": int,
    "strength": float,
    "model_id": str,
    "lora": str,  # "name:scale, ..." of every LoRA in effect (generator.adapters)
    "controlnet": str,
    "control_scale": float,
}
PREFIX = "drawchat:"


def png_info(metadata: dict[str, Any]) -> PngImagePlugin.PngInfo:
    """iTXt chunks for every known field present in `metadata` (unknown keys are ignored, None is skipped)."""
    info = PngImagePlugin.PngInfo()
    for key in FIELDS:
        value = metadata.get(key)
        if value is not None:
            info.add_itxt(PREFIX + key, str(value))
    return info


def save_png(image: Image.Image, metadata: dict[str, Any], target: str | Path | io.BytesIO) -> None:
    """Save `image` as PNG with `metadata` embedded."""
    image.save(target, format="PNG", pnginfo=png_info(metadata))


def png_bytes(image: Image.Image, metadata: dict[str, Any]) -> bytes:
    buffer = io.BytesIO()
    save_png(image, metadata, buffer)
    return buffer.getvalue()


def read_png_metadata(source: str | Path | io.BytesIO | bytes) -> dict[str, Any]:
    """The fields `save_png` wrote, with their types; fields absent from the file are absent from the dict."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    with Image.open(source) as image:
        image.load()
        text = dict(getattr(image, "text", {}) or {})
    found: dict[str, Any] = {}
    for key, kind in FIELDS.items():
        raw = text.get(PREFIX + key)
        if raw is not None:
            found[key] = kind(str(raw))
    return found
