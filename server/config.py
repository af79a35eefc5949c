"""Every setting of the app in one dataclass, filled from defaults, environment variables (Spaces) and flags.

Nothing else in the code reads `os.environ` for a setting: it reads the `AppConfig` it is handed.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EMBEDDED_MODEL = ROOT / "assets" / "embedded"


@dataclass(frozen=True)
class AppConfig:
    """Every setting in one place; printed at start-up."""

    model: str = str(EMBEDDED_MODEL)  # hub id or local folder in diffusers layout
    enhancer: str = "rules"  # "rules" or an LLM hub id / local folder
    quant: str = "none"  # none | int8 | nf4
    llm_quant: str = "auto"  # the LLM's: none | int8 | nf4 | auto (nf4 on CUDA, none on the CPU)
    low_vram: bool = False
    device: str | None = None  # cuda | cpu | None (auto)
    dtype: str | None = None  # float16 | bfloat16 | float32 (default: float16 on CUDA, float32 on the CPU)
    compile: bool = False  # regional torch.compile of the transformer's blocks (each size compiles on its first render)
    fuse_qkv: bool = False  # fused query/key/value projections in the transformer
    vae_tiling: bool = False  # decode in tiles: less memory at 1024² and up
    vae_slicing: bool = False  # decode a batch one picture at a time
    lora: tuple[str, ...] = ()  # LoRA adapters, "PATH_OR_ID[:SCALE]" each (HunyuanDiT's or peft's layout)
    controlnet: str | None = None  # a HunyuanDiT2DControlNetModel (hub id or folder), e.g. a Canny one
    control_model: tuple[str, ...] = ()  # "depth=PATH_OR_ID", "pose=PATH_OR_ID": models that make its maps
    host: str = "127.0.0.1"
    port: int = 7860
    share: bool = False
    auth: str | None = None  # "user:password" (required with --share)
    open_browser: bool = True
    strategy: str = "auto"  # auto (ours where pictures can be read, else masked) | fresh | same-seed | ours | masked
    max_message_chars: int = 2000
    max_upload_mb: int = 10
    max_image_pixels: int = 4096 * 4096
    queue_size: int = 16
    session_ttl_s: int = 2 * 3600
    on_spaces: bool = False
    safety_checker: str | None = None  # "package.module:function", picture -> None or a reason to withhold it
    # Where pictures are drawn: "local" (this process, one lane) or "ray" (Ray Serve replicas, serving/).
    render_backend: str = "local"
    ray_address: str | None = None  # None: start a Ray cluster on this machine; "auto" or host:port: join one
    ray_replicas: int = 2  # render replicas, each holding one pipeline (one GPU each with ray_gpus_per_replica 1)
    ray_max_replicas: int = 0  # above ray_replicas: Serve autoscales up to this many while renders wait
    ray_max_queued: int = 16  # renders waiting for a replica before a person is told the servers are busy
    ray_gpus_per_replica: float = 0.0
    ray_cpus_per_replica: float = 1.0

    @property
    def render_lanes(self) -> int:
        """Renders the page may run at once: one local lane, or as many as there can be replicas."""
        return 1 if self.render_backend == "local" else max(self.ray_replicas, self.ray_max_replicas)


# Environment variable (for Spaces and containers) -> config field.
ENV_VARS = {
    "DRAWCHAT_MODEL": "model",
    "DRAWCHAT_ENHANCER": "enhancer",
    "DRAWCHAT_QUANT": "quant",
    "DRAWCHAT_LLM_QUANT": "llm_quant",
    "DRAWCHAT_LOW_VRAM": "low_vram",
    "DRAWCHAT_DEVICE": "device",
    "DRAWCHAT_DTYPE": "dtype",
    "DRAWCHAT_COMPILE": "compile",
    "DRAWCHAT_FUSE_QKV": "fuse_qkv",
    "DRAWCHAT_VAE_TILING": "vae_tiling",
    "DRAWCHAT_VAE_SLICING": "vae_slicing",
    "DRAWCHAT_LORA": "lora",  # several: separated by commas
    "DRAWCHAT_CONTROLNET": "controlnet",
    "DRAWCHAT_CONTROL_MODEL": "control_model",  # several: separated by commas
    "DRAWCHAT_HOST": "host",
    "DRAWCHAT_PORT": "port",
    "DRAWCHAT_AUTH": "auth",
    "DRAWCHAT_STRATEGY": "strategy",
    "DRAWCHAT_MAX_MESSAGE_CHARS": "max_message_chars",
    "DRAWCHAT_MAX_UPLOAD_MB": "max_upload_mb",
    "DRAWCHAT_MAX_IMAGE_PIXELS": "max_image_pixels",
    "DRAWCHAT_QUEUE_SIZE": "queue_size",
    "DRAWCHAT_SESSION_TTL_S": "session_ttl_s",
    "DRAWCHAT_SAFETY_CHECKER": "safety_checker",
    "DRAWCHAT_RENDER_BACKEND": "render_backend",
    "DRAWCHAT_RAY_ADDRESS": "ray_address",
    "DRAWCHAT_RAY_REPLICAS": "ray_replicas",
    "DRAWCHAT_RAY_MAX_REPLICAS": "ray_max_replicas",
    "DRAWCHAT_RAY_MAX_QUEUED": "ray_max_queued",
    "DRAWCHAT_RAY_GPUS_PER_REPLICA": "ray_gpus_per_replica",
    "DRAWCHAT_RAY_CPUS_PER_REPLICA": "ray_cpus_per_replica",
}


def _cast(name: str, raw: str) -> Any:
    kind = {f.name: f.type for f in fields(AppConfig)}[name]
    if kind == "bool":
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "tuple[str, ...]":
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    return raw or None if kind == "str | None" else raw


def parse_config(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> AppConfig:
    """Defaults, then environment variables, then command-line flags (the last word wins)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for var, name in ENV_VARS.items():
        if environ.get(var):
            values[name] = _cast(name, environ[var])
    on_spaces = bool(environ.get("SPACE_ID"))
    if on_spaces:  # behind the Spaces proxy: listen on all interfaces, never open a browser
        values.update(on_spaces=True, host="0.0.0.0", open_browser=False)
    if environ.get("GRADIO_SERVER_PORT"):
        values["port"] = int(environ["GRADIO_SERVER_PORT"])

    parser = argparse.ArgumentParser(description="Drawing Chat: a multi-turn drawing chat on HunyuanDiT.")
    parser.add_argument("--model", help="hub id or local folder of a HunyuanDiT checkpoint (diffusers layout)")
    parser.add_argument("--enhancer", help="'rules' (offline) or a chat LLM hub id / local folder")
    parser.add_argument("--quant", choices=["none", "int8", "nf4"])
    parser.add_argument("--llm-quant", choices=["none", "int8", "nf4", "auto"],
                        help="the LLM enhancer's quantization (auto: nf4 on CUDA, none on the CPU)")
    parser.add_argument("--low-vram", action="store_true", default=None, help="sequence models for 6 GB GPUs")
    parser.add_argument("--device", help="cuda, cpu (default: cuda when available)")
    parser.add_argument("--dtype", choices=["float16", "bfloat16", "float32"],
                        help="the model's dtype (default: float16 on CUDA, float32 on the CPU)")
    parser.add_argument("--compile", action="store_true", default=None,
                        help="compile the transformer's blocks with torch.compile (GPU; each size compiles once)")
    parser.add_argument("--fuse-qkv", action="store_true", default=None, help="fused QKV projections (transformer)")
    parser.add_argument("--vae-tiling", action="store_true", default=None, help="decode in tiles (less memory, 1024²+)")
    parser.add_argument("--vae-slicing", action="store_true", default=None, help="decode a batch one picture at a time")
    parser.add_argument("--lora", action="append", metavar="PATH_OR_ID[:SCALE]",
                        help="a LoRA for the transformer, HunyuanDiT's own or peft's layout (repeatable; the "
                             "settings' LoRA strength multiplies SCALE, default 1)")
    parser.add_argument("--controlnet", metavar="PATH_OR_ID[:SCALE]",
                        help="a HunyuanDiT ControlNet (diffusers layout): pictures can follow an upload's or the "
                             "previous picture's edges (or depth / pose, with --control-model); the settings' "
                             "control strength multiplies SCALE, default 1")
    parser.add_argument("--control-model", action="append", metavar="KIND=PATH_OR_ID",
                        help="a model that turns a picture into the map a --controlnet follows (repeatable): "
                             "depth=a transformers depth estimator (DPT, Depth Anything), pose=a ViTPose keypoint "
                             "model (the whole picture as one person, or each person found by "
                             "person-detector=an object detector: DETR, RT-DETR, …); the settings then offer that "
                             "kind of map")
    parser.add_argument("--host", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int)
    parser.add_argument("--share", action="store_true", default=None, help="public gradio.live link (needs --auth)")
    parser.add_argument("--auth", help="user:password for the web page")
    parser.add_argument("--no-browser", dest="open_browser", action="store_false", default=None)
    parser.add_argument("--strategy", choices=["auto", "fresh", "same-seed", "ours", "masked"],
                        help="how edits keep the picture (auto: ours on the embedded model, masked elsewhere)")
    parser.add_argument("--queue-size", type=int, help="most jobs waiting at once")
    parser.add_argument("--safety-checker", help="package.module:function run on every picture before it is shown")
    parser.add_argument("--render-backend", choices=["local", "ray"],
                        help="draw in this process (local, default) or on Ray Serve replicas (pip install -r "
                             "requirements-ray.txt)")
    parser.add_argument("--ray-address", help="Ray cluster to join (auto, host:port); default: start one here")
    parser.add_argument("--ray-replicas", type=int, help="render replicas to run (default 2)")
    parser.add_argument("--ray-max-replicas", type=int, help="autoscale up to this many replicas while renders wait")
    parser.add_argument("--ray-max-queued", type=int, help="renders waiting for a replica before 'busy' (default 16)")
    parser.add_argument("--ray-gpus-per-replica", type=float, help="GPUs each replica holds (1 on a GPU cluster)")
    parser.add_argument("--ray-cpus-per-replica", type=float, help="CPUs each replica holds (default 1)")
    args = parser.parse_args(argv)
    values.update({k: v for k, v in vars(args).items() if v is not None})
    for several in ("lora", "control_model"):
        if isinstance(values.get(several), list):
            values[several] = tuple(values[several])
    config = AppConfig(**values)
    if config.control_model and not config.controlnet:
        parser.error("--control-model makes maps for a ControlNet to follow: give --controlnet as well")
    if config.share and not config.auth:
        parser.error("--share makes the app public: give --auth user:password as well")
    if config.render_backend not in ("local", "ray"):
        parser.error(f"render backend must be local or ray, got {config.render_backend!r}")
    if config.ray_replicas < 1 or (config.ray_max_replicas and config.ray_max_replicas < config.ray_replicas):
        parser.error("--ray-replicas must be at least 1 and --ray-max-replicas (when given) at least as many")
    return config
