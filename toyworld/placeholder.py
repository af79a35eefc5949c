"""An untrained stand-in for the embedded model, for a checkout whose assets/embedded/ is missing.

It has the embedded model's diffusers layout and tokenizers that cover the toy world's words, so the app still
starts (drawing noise, and saying so) through the normal loader.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.components import build_pipeline
from toyworld import spec


def placeholder_model_dir() -> str:
    """Save an untrained pipeline in a fresh temporary folder and return the folder, for `Generator.load`."""
    words = [*spec.COLOURS, *spec.BACKGROUNDS, *spec.SHAPES, *spec.SIZES, *spec.POSITIONS]
    words += [*spec.ZH_COLOURS.values(), *spec.ZH_BACKGROUNDS.values(), *spec.ZH_SHAPES.values()]
    words += [*spec.ZH_SIZES.values(), *spec.ZH_POSITIONS.values()]
    folder = Path(tempfile.mkdtemp(prefix="drawchat-placeholder-"))
    build_pipeline(words * 4).save_pretrained(folder)
    return str(folder)
