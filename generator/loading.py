"""Load a HunyuanDiT checkpoint (hub id or local folder) once: device, dtype, quantization and placement.

`HunyuanDiTPipeline.from_pretrained` is the only loading path, for the real model and the small ones alike.
Every fallback (e.g. no CUDA for a bitsandbytes transformer) is recorded in `notes`, never silent.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

import torch
from diffusers import BitsAndBytesConfig as DiffusersBnbConfig
from diffusers import HunyuanDiTPipeline, PipelineQuantizationConfig
from transformers import BitsAndBytesConfig as TransformersBnbConfig
from transformers import T5Config

from generator.errors import GeneratorError

QUANTIZATION_MODES = ("none", "int8", "nf4")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpeedOptions:
    """What a GPU user may turn on for speed or memory; all off by default, each measured by
    `benchmarks/bench_realsize.py`. None changes what is drawn beyond floating-point rounding."""

    compile_backend: str | None = None  # regional torch.compile of the transformer's blocks ("inductor"), or off
    fuse_qkv: bool = False  # diffusers' fused query/key/value projections in the transformer's attention
    vae_tiling: bool = False  # decode in overlapping tiles: less memory at 1024² and up, a little slower
    vae_slicing: bool = False  # decode a batch one picture at a time (renders here are one picture: no effect)

    def describe(self) -> list[str]:
        parts = []
        if self.compile_backend:
            parts.append(f"transformer blocks compiled ({self.compile_backend})")
        if self.fuse_qkv:
            parts.append("fused QKV")
        if self.vae_tiling:
            parts.append("VAE tiling")
        if self.vae_slicing:
            parts.append("VAE slicing")
        return parts


@dataclass
class LoadedPipeline:
    pipe: HunyuanDiTPipeline
    model_id: str
    folder: Path | None  # the local folder, when loaded from one
    device: torch.device
    dtype: torch.dtype
    quantization: str
    quantized: list[str] = field(default_factory=list)  # components really stored in 8/4 bit
    low_vram: bool = False
    speed: SpeedOptions = field(default_factory=SpeedOptions)
    notes: list[str] = field(default_factory=list)  # fallbacks and placement decisions, for describe()


def choose_device(device: str | torch.device | None) -> torch.device:
    """CUDA when present, else CPU; an explicit choice must exist."""
    if device is None:
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    chosen = torch.device(device)
    if chosen.type == "cuda" and not torch.cuda.is_available():
        raise GeneratorError(f"Device {device!r} was asked for but this machine has no CUDA GPU: use device='cpu'.")
    return chosen


def choose_dtype(device: torch.device, dtype: torch.dtype | str | None) -> torch.dtype:
    """fp16 on CUDA (HunyuanDiT ships an fp16-safe VAE), fp32 on CPU where half precision is slow or missing."""
    if dtype is None:
        return torch.float16 if device.type == "cuda" else torch.float32
    if isinstance(dtype, str):
        named = getattr(torch, dtype, None)
        if not isinstance(named, torch.dtype):
            raise GeneratorError(f"Unknown dtype {dtype!r}: use float32, float16 or bfloat16.")
        return named
    return dtype


# bitsandbytes' CPU 4-bit kernel packs output features in blocks of 32 and reads inputs in quantization blocks of
# 64, so every mT5 linear width must be a multiple of 64 (the real mT5's are; tiny test models must choose so).
CPU_NF4_WIDTH = 64


def mt5_widths(model: str) -> list[int] | None:
    """Output widths of the mT5 encoder's linear layers, read from its config (None when it cannot be read)."""
    try:
        config = T5Config.from_pretrained(model, subfolder="text_encoder_2")
    except (OSError, ValueError):
        return None
    return [config.d_model, config.num_heads * config.d_kv, config.d_ff]


# HunyuanDiT's text pooler hands its projections' weights to F.multi_head_attention_forward instead of calling
# them, so quantized they break the transformer's first step ("self and mat2 must have the same dtype, but got
# Half and Char": seen on an H200; tests/test_generator_loading.py swaps the layers on the CPU). It is 4 small
# layers of 471: kept in the compute dtype.
DIT_UNQUANTIZED = ("time_extra_emb.pooler",)


def quantization_plan(
    quantization: str, device: torch.device, dtype: torch.dtype, text_widths: list[int] | None = None
) -> tuple[PipelineQuantizationConfig | None, list[str], list[str]]:
    """The quantization config for `from_pretrained`, the components it covers, and notes on what fell back.

    mT5 goes through transformers' bitsandbytes (works on CPU too; 4-bit there needs layer widths divisible by
    64, true of the real mT5 but not of every small checkpoint); the transformer through diffusers', which
    refuses to run without a GPU, so on CPU it stays unquantized and the note says so.
    """
    if quantization not in QUANTIZATION_MODES:
        raise GeneratorError(f"Unknown quantization {quantization!r}: use one of {', '.join(QUANTIZATION_MODES)}.")
    if quantization == "none":
        return None, [], []
    if quantization == "int8":
        text_config = TransformersBnbConfig(load_in_8bit=True)
        transformer_config = DiffusersBnbConfig(load_in_8bit=True, llm_int8_skip_modules=list(DIT_UNQUANTIZED))
    else:
        text_config = TransformersBnbConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=dtype
        )
        transformer_config = DiffusersBnbConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=dtype,
            llm_int8_skip_modules=list(DIT_UNQUANTIZED),
        )
    mapping: dict[str, object] = {}
    notes = []
    loaded_as = str(dtype).removeprefix("torch.")
    if quantization == "nf4" and device.type == "cpu" and text_widths and any(w % CPU_NF4_WIDTH for w in text_widths):
        notes.append(
            f"nf4 requested for mT5 but bitsandbytes' CPU kernel needs layer widths divisible by {CPU_NF4_WIDTH} "
            f"(this checkpoint has {sorted(set(text_widths))}): loaded in {loaded_as}"
        )
    else:
        mapping["text_encoder_2"] = text_config
    if device.type == "cuda":
        mapping["transformer"] = transformer_config
    else:
        notes.append(
            f"{quantization} requested for the transformer but no CUDA device (diffusers' bitsandbytes needs a GPU): "
            f"loaded in {loaded_as}"
        )
    if not mapping:
        return None, [], notes
    return PipelineQuantizationConfig(quant_mapping=mapping), sorted(mapping), notes


def _looks_like_path(model: str) -> bool:
    return model.startswith(("/", ".", "~")) or model.count("/") > 1 or "\\" in model


def check_folder(folder: Path) -> None:
    """Say plainly what is wrong with a local folder before diffusers says it obscurely."""
    if not folder.is_dir():
        raise GeneratorError(f"Model folder {folder} does not exist: check the path (or give a hub id).")
    index = folder / "model_index.json"
    if not index.is_file():
        raise GeneratorError(
            f"{folder} is not a diffusers checkpoint (no model_index.json): point at the folder that holds "
            "model_index.json, transformer/, vae/, text_encoder/ ..."
        )
    try:
        class_name = json.loads(index.read_text(encoding="utf-8")).get("_class_name")
    except ValueError as error:
        raise GeneratorError(f"{index} is not valid JSON ({error}): the checkpoint is damaged.") from error
    if class_name != "HunyuanDiTPipeline":
        raise GeneratorError(f"{folder} holds a {class_name} checkpoint; this app needs a HunyuanDiTPipeline one.")
    missing = [name for name in ("transformer", "vae", "text_encoder", "text_encoder_2")
               if not (folder / name).is_dir()]
    if missing:
        raise GeneratorError(f"{folder} is incomplete: missing {', '.join(missing)}/. Copy or download it again.")


def place_components(loaded: LoadedPipeline) -> None:
    """Put every unquantized component on the device; in low-VRAM mode the text encoders wait on the CPU.

    bitsandbytes components were placed by `from_pretrained` and cannot move; they are small, so they stay.
    """
    pipe, device = loaded.pipe, loaded.device
    for name in ("transformer", "vae", "text_encoder", "text_encoder_2"):
        module = getattr(pipe, name)
        if name in loaded.quantized:
            continue
        offload = loaded.low_vram and device.type != "cpu" and name.startswith("text_encoder")
        module.to("cpu" if offload else device)
    if loaded.low_vram:
        pipe.vae.enable_tiling()
        if device.type != "cpu":
            loaded.notes.append("low-VRAM: text encoders wait on the CPU and visit the GPU only for new prompts")


def compile_blocks(transformer: torch.nn.Module, backend: str = "inductor", **options: object) -> int:
    """Regional compilation: `torch.compile` on each of the transformer's repeated blocks, not the whole model.

    HunyuanDiT's 40 blocks are two kinds (with and without the long skip), so the compiler traces about two graphs
    and reuses them, which takes seconds instead of the minutes a whole-model compile takes, for about the same
    speed. Compilation itself happens on the first render (and again for a new size). Returns the blocks compiled.
    """
    blocks = getattr(transformer, "blocks", None)
    if not isinstance(blocks, torch.nn.ModuleList) or not len(blocks):
        raise GeneratorError(f"{type(transformer).__name__} has no repeated blocks to compile.")
    for block in blocks:
        block.compile(backend=backend, **options)
    return len(blocks)


def apply_speed_options(loaded: LoadedPipeline) -> None:
    """Turn on what `loaded.speed` asks for; what cannot apply is said in `notes`, never skipped silently."""
    pipe, speed = loaded.pipe, loaded.speed
    if speed.fuse_qkv:
        if "transformer" in loaded.quantized:
            loaded.notes.append("fused QKV asked for but the transformer is quantized (its 8/4-bit weights cannot be "
                                "joined): left unfused")
            loaded.speed = speed = replace(speed, fuse_qkv=False)
        else:
            pipe.transformer.fuse_qkv_projections()
    if speed.vae_tiling:  # low-VRAM mode tiles anyway (place_components)
        pipe.vae.enable_tiling()
    if speed.vae_slicing:
        pipe.vae.enable_slicing()
    if speed.compile_backend:
        compile_blocks(pipe.transformer, speed.compile_backend)
    if speed.describe():
        loaded.notes.append("speed: " + ", ".join(speed.describe()))


def load_pipeline(
    model: str,
    device: str | torch.device | None = None,
    dtype: torch.dtype | str | None = None,
    quantization: str = "none",
    low_vram: bool = False,
    speed: SpeedOptions | None = None,
) -> LoadedPipeline:
    """Load and place a HunyuanDiT pipeline, or raise `GeneratorError` saying what is wrong."""
    chosen_device = choose_device(device)
    chosen_dtype = choose_dtype(chosen_device, dtype)
    folder = Path(model).expanduser()
    is_folder = folder.exists() or _looks_like_path(model)
    if is_folder:
        check_folder(folder)
    widths = mt5_widths(str(folder) if is_folder else model) if quantization == "nf4" else None
    quant_config, quantized, notes = quantization_plan(quantization, chosen_device, chosen_dtype, widths)
    try:
        pipe = HunyuanDiTPipeline.from_pretrained(
            str(folder) if is_folder else model,
            dtype=chosen_dtype,
            quantization_config=quant_config,
        )
    except (OSError, ValueError, RuntimeError, KeyError, TypeError, ImportError) as error:
        where = "folder" if is_folder else "hub id"
        hint = (
            "the files may be incomplete or damaged: copy them again"
            if is_folder
            else "it is not downloaded and the hub cannot be reached (offline?), or the id is wrong"
            f" (if you meant a local folder: {folder.resolve()} does not exist)"
        )
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise GeneratorError(f"Could not load the model {where} {model!r}: {hint}. ({first_line})") from error
    for name in ("tokenizer", "tokenizer_2", "text_encoder", "text_encoder_2", "transformer", "vae"):
        if getattr(pipe, name, None) is None:
            raise GeneratorError(f"The checkpoint {model!r} has no {name}; this app needs all of HunyuanDiT's parts.")
    pipe.set_progress_bar_config(disable=True)
    loaded = LoadedPipeline(
        pipe=pipe,
        model_id=model,
        folder=folder if is_folder else None,
        device=chosen_device,
        dtype=chosen_dtype,
        quantization=quantization,
        quantized=quantized,
        low_vram=low_vram,
        speed=speed or SpeedOptions(),
        notes=notes,
    )
    place_components(loaded)
    apply_speed_options(loaded)
    for note in loaded.notes:
        log.warning(note)
    return loaded
