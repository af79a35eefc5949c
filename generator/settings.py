"""What a checkpoint supports and prefers: size presets, size checks, and generation defaults.

The real HunyuanDiT (1024-pixel native size) gets its published resolution list and defaults; a small checkpoint
gets its own native size, and an optional `generation_defaults.json` in the model folder overrides the defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from diffusers.pipelines.hunyuandit.pipeline_hunyuandit import SUPPORTED_SHAPE

from generator.errors import GeneratorError

REAL_NATIVE_SIZE = 1024  # HunyuanDiT's transformer sample_size 128 × the VAE's 8
SIZE_MULTIPLE = 16  # the pipeline silently floors sizes to a multiple of 16: we refuse instead
MAX_PIXELS = 2048 * 2048  # beyond this no supported checkpoint draws anything sensible
DEFAULTS_FILE = "generation_defaults.json"
# HunyuanDiT's own default negative prompt (from its reference sampler), in the language it was trained on.
HUNYUAN_NEGATIVE = "错误的眼睛，糟糕的人脸，毁容，糟糕的艺术，变形，多余的肢体，模糊的颜色，模糊，重复，病态，残缺，"


@dataclass(frozen=True)
class GenerationDefaults:
    steps: int
    guidance: float
    width: int
    height: int
    negative_prompt: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def size_presets(native_size: int) -> list[tuple[int, int]]:
    """(width, height) choices: the published list for the real model, the native size for small ones."""
    if native_size == REAL_NATIVE_SIZE:
        return [(w, h) for h, w in SUPPORTED_SHAPE]  # diffusers lists them as (height, width)
    return [(native_size, native_size)]


def check_size(width: int, height: int) -> None:
    """Refuse sizes the pipeline would change silently or cannot draw, saying what would work."""
    for name, value in (("width", width), ("height", height)):
        if not isinstance(value, int) or value <= 0:
            raise GeneratorError(f"The {name} must be a positive whole number of pixels, got {value!r}.")
        if value % SIZE_MULTIPLE:
            lower = max(SIZE_MULTIPLE, value - value % SIZE_MULTIPLE)
            raise GeneratorError(
                f"The {name} must be a multiple of {SIZE_MULTIPLE}, got {value}: "
                f"try {lower} or {lower + SIZE_MULTIPLE}."
            )
    if width * height > MAX_PIXELS:
        raise GeneratorError(
            f"{width}×{height} is too large ({width * height:,} pixels; the limit is {MAX_PIXELS:,}): "
            "pick a smaller size."
        )


def builtin_defaults(native_size: int, model_id: str) -> GenerationDefaults:
    """HunyuanDiT's published defaults for the real model (the distilled one needs half the steps)."""
    if native_size == REAL_NATIVE_SIZE:
        steps = 25 if "distilled" in model_id.lower() else 50
        return GenerationDefaults(steps, 5.0, REAL_NATIVE_SIZE, REAL_NATIVE_SIZE, HUNYUAN_NEGATIVE)
    return GenerationDefaults(20, 5.0, native_size, native_size, "")


def load_defaults(folder: Path | None, native_size: int, model_id: str) -> GenerationDefaults:
    """Built-in defaults, overridden field by field by `generation_defaults.json` when the folder has one."""
    defaults = builtin_defaults(native_size, model_id)
    if folder is None or not (folder / DEFAULTS_FILE).is_file():
        return defaults
    path = folder / DEFAULTS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GeneratorError(f"{path} is not valid JSON ({error}): fix or delete it.") from error
    known = {f.name: f.type for f in fields(GenerationDefaults)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise GeneratorError(f"{path} has unknown keys {unknown}; allowed: {sorted(known)}.")
    try:
        cast = {"steps": int, "guidance": float, "width": int, "height": int, "negative_prompt": str}
        return replace(defaults, **{key: cast[key](value) for key, value in data.items()})
    except (TypeError, ValueError) as error:
        raise GeneratorError(f"{path} has a value of the wrong type: {error}.") from error
