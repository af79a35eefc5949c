"""Build and save the tests' tiny HunyuanDiT pipeline (random weights, offline tokenizers), once per session.

Every generator test loads it back through `Generator.load`, the same code that loads the real checkpoint.
"""

from __future__ import annotations

from pathlib import Path

from generator.components import Architecture, build_pipeline
from toyworld import spec

SEED = 0
# mT5 widths are multiples of 64 because bitsandbytes' CPU 4-bit kernel needs that (the real mT5's are);
# everything else is the lead's default tiny architecture.
TINY = Architecture(t5_hidden=64, t5_heads=2, t5_ff=128)


def tiny_texts() -> list[str]:
    """Every word the tests use, in English and Chinese, so both tokenizers cover them without [UNK]."""
    english = [f"a {size} {colour} {shape} at the {position} on a {background} background"
               for size in spec.SIZES for colour in spec.COLOURS for shape in spec.SHAPES
               for position in list(spec.POSITIONS)[:3] for background in list(spec.BACKGROUNDS)[:2]]
    chinese = [f"{spec.ZH_BACKGROUNDS[b]}背景上，{spec.ZH_POSITIONS[p]}有一个"
               f"{spec.ZH_SIZES[s]}的{spec.ZH_COLOURS[c]}{spec.ZH_SHAPES[h]}"
               for b in spec.BACKGROUNDS for p in spec.POSITIONS for s in spec.SIZES
               for c in spec.COLOURS for h in spec.SHAPES][::7]
    extra = ["make it blue", "blurry, low quality, watermark", "add a small square on the left"]
    return english[::5] + chinese + extra


def save_tiny_pipeline(folder: Path, arch: Architecture = TINY) -> Path:
    """Write a loadable tiny checkpoint to `folder` and return it."""
    build_pipeline(tiny_texts(), arch=arch, seed=SEED).save_pretrained(folder)
    return folder
