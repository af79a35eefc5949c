"""`Generator`: one loaded HunyuanDiT pipeline behind one `render(request) -> result` call.

It owns the pipeline, the prompt-embedding cache, low-VRAM sequencing, progress/cancel, and turning failures into
`GeneratorError`s. It knows nothing of chat: requests come in fully decided (see the editing room, `editing.editor`).
"""

from __future__ import annotations

import gc
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import torch
from diffusers import HunyuanDiTPipeline
from PIL import Image

from generator.adapters import AdapterSpec, LoraSet
from generator.blend import LatentBlend, prompt_difference
from generator.conditioning import encode_text
from generator.control import adapter_settings, load_control_models, load_controlnet, prepare_control
from generator.embedding_cache import EmbeddingCache, TextEmbeddings
from generator.errors import BadOutputError, GeneratorError, GeneratorOutOfMemory, RenderCancelled
from generator.loading import LoadedPipeline, SpeedOptions, load_pipeline
from generator.previews import DenoisedTap, StepReporter, approx_preview
from generator.prompt_check import PromptReport, check_prompt
from generator.request import RenderRequest, RenderResult, StepProgress
from generator.sampling import Sampling, decode, encode, image_to_image, start_step, text_to_image
from generator.settings import REAL_NATIVE_SIZE, GenerationDefaults, check_size, load_defaults, size_presets

OnStep = Callable[[StepProgress], None]


@dataclass(frozen=True)
class _Resolved:
    """A request with every default filled in: what is actually drawn and recorded."""

    prompt: str
    negative_prompt: str
    width: int
    height: int
    steps: int
    guidance: float
    seed: int
    strength: float

    def settings(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _is_out_of_memory(error: BaseException) -> bool:
    if isinstance(error, torch.OutOfMemoryError):
        return True
    text = str(error).lower()
    return isinstance(error, RuntimeError) and ("out of memory" in text or "can't allocate memory" in text)


class Generator:
    """A loaded model that draws `RenderRequest`s. Thread-safe: renders are serialised by a lock."""

    def __init__(self, loaded: LoadedPipeline, cache_size: int = 32) -> None:
        self._loaded = loaded
        self._pipe = loaded.pipe
        self._lock = threading.Lock()  # one render at a time: a diffusers pipeline is not thread-safe
        # Fast tokenizers raise "Already borrowed" when two threads use one with different truncation settings;
        # check_prompt may be called from another thread (the enhancer) while a render encodes.
        self._tokenizer_lock = threading.Lock()
        self.cache = EmbeddingCache(self._encode, max_entries=cache_size)
        transformer = self._pipe.transformer
        self.native_size = transformer.config.sample_size * self._pipe.vae_scale_factor
        self.defaults: GenerationDefaults = load_defaults(loaded.folder, self.native_size, loaded.model_id)
        self.size_presets: list[tuple[int, int]] = size_presets(self.native_size)
        self.loras = LoraSet(transformer)  # hooked into the transformer; scaled per render, unloaded in place
        self.controlnet: torch.nn.Module | None = None
        self.controlnet_id: str | None = None
        self.controlnet_scale = 1.0  # its own weight (`--controlnet PATH:SCALE`); the chat's strength multiplies it
        self.map_models: dict[str, Callable[[Image.Image], Image.Image]] = {}  # depth / pose maps, by kind

    @classmethod
    def load(
        cls,
        model: str,
        device: str | torch.device | None = None,
        dtype: torch.dtype | str | None = None,
        quantization: str = "none",
        low_vram: bool = False,
        compile: bool | str = False,
        fuse_qkv: bool = False,
        vae_tiling: bool = False,
        vae_slicing: bool = False,
        loras: Sequence[str] = (),
        controlnet: str | None = None,
        control_models: Sequence[str] = (),
    ) -> Generator:
        """Load a hub id or local folder in diffusers layout; `GeneratorError` says what is wrong if it fails.

        Speed options (`generator.loading.SpeedOptions`): `compile` compiles each transformer block with
        torch.compile (True: inductor, or a backend's name); `dtype` float16 / bfloat16 on a GPU.
        `loras` ("PATH_OR_ID[:SCALE]" each), `controlnet` and its `control_models` ("depth=…") load after the base.
        """
        speed = SpeedOptions(compile_backend="inductor" if compile is True else (compile or None),
                             fuse_qkv=fuse_qkv and not loras, vae_tiling=vae_tiling, vae_slicing=vae_slicing)
        loaded = load_pipeline(model, device=device, dtype=dtype, quantization=quantization, low_vram=low_vram,
                               speed=speed)
        if fuse_qkv and loras:  # an adapter targets the separate q / k / v projections that fusing replaces
            loaded.notes.append("fused QKV asked for but a LoRA is loaded (it adapts the separate projections): "
                                "left unfused")
        generator = cls(loaded)
        for spec in loras:
            generator.load_lora(spec)
        if controlnet:
            generator.load_controlnet(controlnet, control_models)
        return generator

    # -- adapters ----------------------------------------------------------------------------------------------

    def load_lora(self, spec: str) -> str:
        """Hook a LoRA ("PATH_OR_ID[:SCALE]") into the transformer without reloading it; returns its name."""
        with self._lock:
            return self.loras.add(AdapterSpec.parse(spec))

    def unload_lora(self, name: str) -> None:
        """Remove a LoRA: the transformer computes exactly what it did before it was loaded."""
        with self._lock:
            self.loras.remove(name)

    def load_controlnet(self, source: str | None, map_models: Sequence[str] = ()) -> None:
        """Load (or, with None, drop) the ControlNet renders follow ("PATH_OR_ID[:SCALE]") and its depth / pose map
        models ("KIND=…")."""
        spec = AdapterSpec.parse(source, "--controlnet") if source is not None else None
        if spec is not None and not 0 <= spec.scale <= 5:
            raise GeneratorError(f"--controlnet {source!r}: the scale must be between 0 and 5.")
        with self._lock:
            self.controlnet = None if spec is None else load_controlnet(
                spec.source, self._pipe.transformer, self._loaded.device, self._loaded.dtype)
            self.controlnet_id = spec.source if spec else None
            self.controlnet_scale = spec.scale if spec else 1.0
            self.map_models = load_control_models(map_models, self._loaded.device)

    # -- what the UI shows -------------------------------------------------------------------------------------

    @property
    def model_id(self) -> str:
        return self._loaded.model_id

    @property
    def device(self) -> torch.device:
        return self._loaded.device

    @property
    def pipeline(self) -> HunyuanDiTPipeline:
        """The diffusers pipeline itself, for benchmarks and tools that need its parts."""
        return self._pipe

    def describe(self) -> str:
        """One line for the UI: model, device, dtype, quantization, low-VRAM, and every fallback that happened."""
        loaded = self._loaded
        dtype = str(loaded.dtype).removeprefix("torch.")
        quant = loaded.quantization
        if loaded.quantized:
            quant += f" ({', '.join(loaded.quantized)})"
        parts = [loaded.model_id, f"{loaded.device}", dtype, f"quantization {quant}",
                 f"low-VRAM {'on' if loaded.low_vram else 'off'}"]
        adapters = [f"LoRA {self.loras.describe()}"] if self.loras.names else []
        if self.controlnet_id:
            weight = f" ×{self.controlnet_scale:g}" if self.controlnet_scale != 1 else ""
            maps = "".join(f" + {kind} maps" for kind in self.map_models)
            adapters.append(f"ControlNet {self.controlnet_id}{weight}{maps}")
        return " · ".join(parts + loaded.notes + adapters)

    def prompt_difference(self, latents: torch.Tensor, before: str, after: str, strength: float = 0.5,
                          draws: int = 4, seed: int = 0) -> torch.Tensor:
        """Where this model's predictions for `before` and `after` differ on a picture's latents (H x W, float32):
        DiffEdit's mask estimate, for an edit to find what to change (`generator.blend.prompt_difference`)."""
        before_text, after_text = self.cache.get(before), self.cache.get(after)
        with self._lock:
            return prompt_difference(self._pipe, latents, before_text, after_text, strength, draws,
                                     torch.Generator("cpu").manual_seed(seed))

    def check_prompt(self, prompt: str) -> PromptReport:
        """Token counts against the 77 (CLIP) and 256 (mT5) limits, and the text that would be cut."""
        with self._tokenizer_lock:
            return check_prompt(self._pipe.tokenizer, self._pipe.tokenizer_2, prompt)

    # -- rendering ---------------------------------------------------------------------------------------------

    def render(
        self, request: RenderRequest, on_step: OnStep | None = None, cancel: threading.Event | None = None
    ) -> RenderResult:
        """Draw one picture. Raises `RenderCancelled`, `GeneratorOutOfMemory`, `BadOutputError` or `GeneratorError`."""
        request.validate()
        resolved = self._resolve(request)
        with self._lock:
            failure: BaseException | None = None
            try:
                return self._render(request, resolved, on_step, cancel)
            except RuntimeError as error:  # torch.OutOfMemoryError is one
                if not _is_out_of_memory(error):
                    raise
                failure = error
            # Outside the except block, so the traceback no longer pins the tensors that filled the memory.
            del failure
            self._free_memory()
            raise GeneratorOutOfMemory(self._out_of_memory_advice(resolved))

    def _resolve(self, request: RenderRequest) -> _Resolved:
        defaults = self.defaults
        width = request.width if request.width is not None else defaults.width
        height = request.height if request.height is not None else defaults.height
        check_size(width, height)
        negative = request.negative_prompt if request.negative_prompt is not None else defaults.negative_prompt
        return _Resolved(
            prompt=request.prompt,
            negative_prompt=negative,
            width=width,
            height=height,
            steps=request.steps if request.steps is not None else defaults.steps,
            guidance=float(request.guidance if request.guidance is not None else defaults.guidance),
            seed=int(request.seed) if request.seed is not None else secrets.randbelow(2**32),
            strength=float(request.strength),
        )

    def _render(
        self, request: RenderRequest, resolved: _Resolved, on_step: OnStep | None, cancel: threading.Event | None
    ) -> RenderResult:
        started = time.perf_counter()
        pipe, device, dtype = self._pipe, self._loaded.device, self._pipe.transformer.dtype
        warnings: list[str] = []
        report = self.check_prompt(resolved.prompt)
        if not report.fits:
            warnings.append(report.summary())
        size = (resolved.width, resolved.height)
        if self.native_size == REAL_NATIVE_SIZE and size not in self.size_presets:
            warnings.append(
                f"{size[0]}×{size[1]} is not one of HunyuanDiT's trained resolutions; pictures may come out "
                "cropped or repeated. The size presets are safe."
            )
        latent_shape = self._latent_shape(resolved)
        noise = self._initial_noise(request.initial_noise, resolved.seed, latent_shape)
        init_latents = self._checked_latents(request.init_latents, latent_shape)
        if request.init_image is not None:
            if request.init_image.size != size:
                raise GeneratorError(f"The start picture is {request.init_image.width}×{request.init_image.height} "
                                     f"but this render is {size[0]}×{size[1]}.")
            init_latents = encode(pipe, request.init_image).to("cpu", torch.float32)
        if cancel is not None and cancel.is_set():
            raise RenderCancelled("Cancelled before drawing started.")

        prompt = self.cache.get(resolved.prompt)
        negative = self.cache.get(resolved.negative_prompt) if resolved.guidance > 1 else None
        lora_scales = self.loras.set_scales(request.lora_scale)
        control, shown_map = prepare_control(self.controlnet, request, size, lambda i: encode(pipe, i),
                                             self.map_models, self.controlnet_scale)
        encoded = time.perf_counter()

        progress = StepReporter(on_step, cancel, request, (resolved.width, resolved.height), self._preview_image)
        callback = progress
        if request.keep_latents is not None:  # blended: the kept picture outside the mask at every step
            blend = LatentBlend(self._checked_latents(request.keep_latents, latent_shape),
                                self._checked_mask(request.keep_mask, latent_shape), noise)

            def callback(pipe: Any, index: int, timestep: torch.Tensor, tensors: dict) -> dict:
                return progress(pipe, index, timestep, blend(pipe, index, timestep, tensors))
        sampling = Sampling(
            prompt=prompt,
            negative=negative,
            width=resolved.width,
            height=resolved.height,
            steps=resolved.steps,
            guidance=resolved.guidance,
            generator=torch.Generator("cpu").manual_seed(resolved.seed),
            callback=callback,
            control=control,
        )
        device_noise = noise.to(device=device, dtype=dtype)
        with DenoisedTap(pipe.scheduler) as tap:
            progress.denoised = tap
            if init_latents is None and control is not None:  # only our own loop runs a ControlNet; at strength
                progress.total = resolved.steps  # 1 it is text-to-image exactly (tests/test_generator_render.py)
                latents = image_to_image(pipe, sampling, device_noise, torch.zeros(latent_shape), 1.0)
            elif init_latents is None:
                progress.total = resolved.steps
                latents = text_to_image(pipe, sampling, device_noise)
            else:
                progress.total = _steps_run(resolved)
                latents = image_to_image(pipe, sampling, device_noise, init_latents, resolved.strength)
        denoised = time.perf_counter()
        if progress.cancelled:
            raise RenderCancelled(f"Cancelled after {progress.done} of {progress.total} steps.")
        if not torch.isfinite(latents).all():
            raise BadOutputError(self._nan_advice())

        pixels = self._decode(latents)
        if request.restore_unchanged and request.init_image is not None:
            pixels = self._restore_unchanged(pixels, request.init_image, init_latents)
        image = self._to_image(pixels)
        decoded = time.perf_counter()
        settings = resolved.settings()
        settings.update(adapter_settings(lora_scales, control and (self.controlnet_id, control, request.control_kind)))
        metadata = {**settings, "model_id": self.model_id}
        return RenderResult(
            image=image,
            latents=latents.detach().to("cpu", torch.float32),
            initial_noise=noise,
            seed=resolved.seed,
            settings=settings,
            timings={
                "encode_s": encoded - started,
                "denoise_s": denoised - encoded,
                "decode_s": decoded - denoised,
                "total_s": decoded - started,
            },
            prompt_report=report,
            model_id=self.model_id,
            metadata=metadata,
            warnings=warnings,
            control_map=shown_map,
        )

    # -- pieces of a render ------------------------------------------------------------------------------------

    def _latent_shape(self, resolved: _Resolved) -> tuple[int, int, int, int]:
        factor = self._pipe.vae_scale_factor
        channels = self._pipe.transformer.config.in_channels
        return (1, channels, resolved.height // factor, resolved.width // factor)

    @staticmethod
    def _initial_noise(given: torch.Tensor | None, seed: int, shape: tuple[int, ...]) -> torch.Tensor:
        """The seed's noise, made on the CPU in float32 so the same seed gives the same noise on every device."""
        if given is None:
            return torch.randn(shape, generator=torch.Generator("cpu").manual_seed(seed), dtype=torch.float32)
        if tuple(given.shape) != shape:
            raise GeneratorError(
                f"The initial noise has shape {tuple(given.shape)} but this size needs {shape}: "
                "it was made for another size or model."
            )
        return given.detach().to("cpu", torch.float32)

    @staticmethod
    def _checked_mask(given: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
        if tuple(given.shape) != (1, 1, *shape[-2:]):
            raise GeneratorError(f"The edit's mask has shape {tuple(given.shape)} but this size needs "
                                 f"{(1, 1, *shape[-2:])}.")
        return given.detach().to("cpu", torch.float32).clamp(0, 1)

    @staticmethod
    def _checked_latents(given: torch.Tensor | None, shape: tuple[int, ...]) -> torch.Tensor | None:
        if given is not None and tuple(given.shape) != shape:
            raise GeneratorError(
                f"The previous latents have shape {tuple(given.shape)} but this size needs {shape}: "
                "an edit must keep the size of the picture it starts from."
            )
        return given

    def _encode(self, text: str) -> TextEmbeddings:
        """Both text encoders on one text, as the pipeline encodes a prompt (used only on cache misses)."""
        with self._tokenizer_lock, self._text_encoders_on_device(), torch.no_grad():
            return encode_text(self._pipe, text, self._loaded.device, self._pipe.transformer.dtype)

    @contextmanager
    def _text_encoders_on_device(self) -> Iterator[None]:
        """Low-VRAM on a GPU: bring the (unquantized) text encoders over for one encode, then send them back."""
        loaded = self._loaded
        if not loaded.low_vram or loaded.device.type == "cpu":
            yield
            return
        movable = [getattr(self._pipe, n) for n in ("text_encoder", "text_encoder_2") if n not in loaded.quantized]
        for module in movable:
            module.to(loaded.device)
        try:
            yield
        finally:
            for module in movable:
                module.to("cpu")
            self._empty_device_cache()

    def _decode(self, latents: torch.Tensor) -> torch.Tensor:
        """VAE decode; on out-of-memory retry once with tiled decoding (the usual place a big render fails)."""
        vae = self._pipe.vae
        retry_tiled = False
        try:
            pixels = decode(self._pipe, latents)
        except RuntimeError as error:
            if not _is_out_of_memory(error) or vae.use_tiling:
                raise
            retry_tiled = True
        if retry_tiled:
            self._empty_device_cache()
            vae.enable_tiling()
            try:
                pixels = decode(self._pipe, latents)
            finally:
                if not self._loaded.low_vram:
                    vae.disable_tiling()
        if not torch.isfinite(pixels).all():
            raise BadOutputError(self._nan_advice())
        return pixels

    def _restore_unchanged(self, pixels: torch.Tensor, start: Image.Image, start_latents: torch.Tensor
                           ) -> torch.Tensor:
        """`start` plus only the change the model made: decode(latents) - decode(encode(start)).

        A VAE round trip is not the identity: it softens edges and, on small shapes, moves outlines. Starting from
        a picture and decoding the result would pass every pixel through it, even those the model left alone.
        Measuring the model's change against the start's own round trip and adding it to the start keeps those
        pixels exact. Meant for low strengths: where the model redraws much, the start's fine detail (what the
        VAE loses) would show through what was redrawn.
        """
        reference = self._decode(start_latents)
        original = self._pipe.image_processor.preprocess(start.convert("RGB")).to(pixels)
        return (original + pixels - reference).clamp(-1.0, 1.0)

    def _to_image(self, pixels: torch.Tensor) -> Image.Image:
        image = self._pipe.image_processor.postprocess(pixels, output_type="pil")[0]
        if max(high for _, high in image.getextrema()) == 0:
            raise BadOutputError(
                "The picture came out completely black, which usually means a numeric overflow: "
                "try another seed, or load with dtype=float32."
            )
        return image

    def _preview_image(self, latents: torch.Tensor, mode: str, size: tuple[int, int]) -> Image.Image | None:
        if mode == "approx":
            approx = approx_preview(latents, size)  # the factors are for latents in the model's (scaled) space
            if approx is not None:
                return approx
        return self._pipe.image_processor.postprocess(decode(self._pipe, latents), output_type="pil")[0]

    # -- failures ----------------------------------------------------------------------------------------------

    def _free_memory(self) -> None:
        self.cache.clear()
        self._pipe._interrupt = False
        gc.collect()
        self._empty_device_cache()

    def _empty_device_cache(self) -> None:
        if self._loaded.device.type == "cuda":
            torch.cuda.empty_cache()

    def _out_of_memory_advice(self, resolved: _Resolved) -> str:
        smaller = [p for p in self.size_presets if p[0] * p[1] < resolved.width * resolved.height]
        size_hint = f"a smaller size (e.g. {smaller[-1][0]}×{smaller[-1][1]})" if smaller else "a smaller size"
        modes = []
        if not self._loaded.low_vram:
            modes.append("low-VRAM mode")
        if self._loaded.quantization != "nf4":
            modes.append("nf4 quantization")
        mode_hint = f", or restart with {' and '.join(modes)}" if modes else ""
        return (
            f"Out of memory drawing {resolved.width}×{resolved.height} on {self._loaded.device}. "
            f"Memory was freed and the next render can go ahead: try {size_hint}{mode_hint}."
        )

    def _nan_advice(self) -> str:
        dtype = str(self._pipe.transformer.dtype).removeprefix("torch.")
        return (
            f"The sampler produced invalid numbers (NaN/inf) in {dtype}: try another seed or fewer guidance, "
            "or load with dtype=float32 (or bfloat16 on a GPU)."
        )


def _steps_run(resolved: _Resolved) -> int:
    return resolved.steps - start_step(resolved.steps, resolved.strength)
