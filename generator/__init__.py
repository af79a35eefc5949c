"""The one place that turns a prompt into a picture: diffusers pipelines, quantization, low VRAM, previews.

It knows nothing of chat or sessions.
"""

from __future__ import annotations

import importlib
from typing import Any

# Exported names -> their modules, imported on first use (PEP 562): importing a light submodule such as
# generator.errors or generator.request must not pull in diffusers and torch.
_EXPORTS = {
    "BadOutputError": "generator.errors",
    "GeneratorError": "generator.errors",
    "GeneratorOutOfMemory": "generator.errors",
    "RenderCancelled": "generator.errors",
    "Generator": "generator.generator",
    "png_bytes": "generator.metadata",
    "read_png_metadata": "generator.metadata",
    "save_png": "generator.metadata",
    "PromptReport": "generator.prompt_check",
    "RenderRequest": "generator.request",
    "RenderResult": "generator.request",
    "StepProgress": "generator.request",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'generator' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
