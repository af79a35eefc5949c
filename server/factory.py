"""Build the one ChatEngine the app serves: the Generator and Enhancer loaded once, the Editor's strategy chosen.

The toy world plugs in here only: its picture reader for the embedded model, its placeholder when that model is
missing. The heavy imports wait inside `build_engine`, so reading the configuration stays quick.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from server.config import EMBEDDED_MODEL, AppConfig

if TYPE_CHECKING:
    from chat.engine import ChatEngine


def build_engine(config: AppConfig, render_wrapper: Callable[[Callable], Callable] | None = None) -> ChatEngine:
    """Load the models once; every handler gets this one engine. `render_wrapper` decorates the render once."""
    from chat.engine import ChatEngine
    from chat.state import ChatLimits
    from dialog.prompt import render_prompt
    from editing.editor import Editor
    from editing.masked import MaskSettings
    from editing.plan import Strategy
    from generator.adapters import AdapterSpec
    from generator.generator import Generator
    from prompt_enhancer.profile import OPEN, load_profile
    from prompt_enhancer.registry import load_enhancer

    model, placeholder = config.model, False
    embedded = Path(model).resolve() == EMBEDDED_MODEL  # however the folder was spelled
    if embedded and not (EMBEDDED_MODEL / "model_index.json").is_file():
        from toyworld.placeholder import placeholder_model_dir

        model, placeholder = placeholder_model_dir(), True
    if config.render_backend == "ray":  # the replicas hold the pipelines; this process keeps the sessions
        generator = remote_generator(config, str(model))
    else:
        generator = Generator.load(model, **generator_options(config))

    def prompt_check(scene) -> str | None:  # the LLM's enriched prompt is measured with the real tokenizers
        report = generator.check_prompt(render_prompt(scene))
        return None if report.fits else report.summary()

    # The LLM's model calls borrow the GPU the way renders do (ZeroGPU's `spaces.GPU` through `render_wrapper`);
    # with --low-vram the LLM waits on the CPU between turns, so the GPU is the renderer's while it draws.
    enhancer = load_enhancer(config.enhancer, device=str(generator.device), prompt_check=prompt_check,
                             quantization=config.llm_quant, park_on_cpu=config.low_vram, device_call=render_wrapper)
    limits = ChatLimits(
        max_message_chars=config.max_message_chars,
        max_image_pixels=config.max_image_pixels,
    )
    if placeholder:
        notice = "The embedded model is missing: this is an UNTRAINED placeholder that draws noise."
    else:  # a model folder may say what it can and cannot do yet; the page shows it rather than overpromise
        notice_file = Path(model) / "notice.txt"
        notice = notice_file.read_text(encoding="utf-8").strip() if notice_file.is_file() else ""
    # `ours` keeps what an edit did not name where it can find the Scene's subjects in a picture: a program can
    # do that for the toy world the embedded model draws. `masked` asks the model itself where an edit changes
    # the picture, so it works on any HunyuanDiT.
    reader = verifier = None
    # The toy world's reader and checker know the base model's palette; a LoRA restyles what it draws (the
    # shipped one swaps every colour), so with one loaded neither reads the pictures.
    if embedded and not placeholder and not config.lora:
        from toyworld.reader import ToyWorldReader
        from toyworld.verifier import ToyWorldVerifier

        reader = ToyWorldReader()
        verifier = ToyWorldVerifier()  # checks each picture; a miss is redrawn (default 2 redraws)
    if verifier is None:  # elsewhere an LLM that sees checks the pictures (None for the rules or a text-only LLM)
        verifier = getattr(enhancer, "verifier", None)
    # auto: `ours` where it was measured to win (bench_consistency, the embedded model: see the README's table);
    # `masked` on every other model, where `ours` could neither keep the outside nor rough an edit in.
    strategy = config.strategy if config.strategy != "auto" else ("ours" if reader else "masked")
    # What the model draws (its folder's vocabulary.json; a HunyuanDiT without one draws anything), and
    # what each --lora folder's vocabulary.json adds (a style the LoRA teaches).
    profile = OPEN if placeholder else load_profile(model if Path(str(model)).is_dir() else None,
                                                    [AdapterSpec.parse(spec).source for spec in config.lora])
    return ChatEngine(
        generator=generator,
        enhancer=enhancer,
        editor=Editor(Strategy(strategy), reader, difference=generator.prompt_difference,
                      masking=MaskSettings(count_alike=profile.counts)),
        limits=limits,
        notice=notice,
        render_wrapper=render_wrapper,
        safety_checker=load_safety_checker(config.safety_checker) if config.safety_checker else None,
        profile=profile,
        verifier=verifier,
    )


def generator_options(config: AppConfig) -> dict[str, Any]:
    """`Generator.load`'s options from the settings: the local backend and every Ray render replica load their
    pipeline with these same ones (dtype, compile, fused QKV, VAE tiling and slicing, low-VRAM, adapters, …)."""
    return {"device": config.device, "dtype": config.dtype, "quantization": config.quant,
            "low_vram": config.low_vram, "compile": config.compile, "fuse_qkv": config.fuse_qkv,
            "vae_tiling": config.vae_tiling, "vae_slicing": config.vae_slicing, "loras": config.lora,
            "controlnet": config.controlnet, "control_models": config.control_model}


def remote_generator(config: AppConfig, model: str) -> Any:
    """Ray Serve replicas of `model` (serving/), each loaded with `generator_options` as the local backend would
    load it: imported only here, so the app needs no Ray to run."""
    try:
        from serving.ray_backend import start_renderer
    except ImportError as error:
        raise SystemExit(f"--render-backend ray needs Ray Serve: pip install -r requirements-ray.txt ({error})"
                         ) from None
    from serving.options import ReplicaOptions

    options = ReplicaOptions(replicas=config.ray_replicas, max_replicas=config.ray_max_replicas,
                             max_queued=config.ray_max_queued, gpus=config.ray_gpus_per_replica,
                             cpus=config.ray_cpus_per_replica)
    import torch

    local = config.device or ("cuda" if torch.cuda.is_available() else "cpu")  # for this process's LLM enhancer
    return start_renderer(model, options, address=config.ray_address, local_device=local,
                          **generator_options(config))


def load_safety_checker(spec: str) -> Callable[[Any], str | None]:
    """The operator's checker named as "package.module:function" (configuration, never user input)."""
    module_name, _, function_name = spec.partition(":")
    try:
        checker = getattr(importlib.import_module(module_name), function_name)
    except (ImportError, AttributeError, ValueError) as error:
        raise SystemExit(f"DRAWCHAT_SAFETY_CHECKER={spec!r} does not name a function (package.module:function): "
                         f"{error}") from None
    if not callable(checker):
        raise SystemExit(f"DRAWCHAT_SAFETY_CHECKER={spec!r} is not callable")
    return checker
