"""One component of bench_realsize, measured in its own process: build it, then time its part of a render while
watching memory (CUDA: max_memory_allocated; CPU: resident memory above the process's baseline)."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import statistics
import time

import torch

from benchmarks.realsize_models import HUNYUAN, _empty, build, llm_dtype, parameter_count

BERT_TOKENS, T5_TOKENS = 77, 256
LLM_TEXT_TOKENS, LLM_NEW_TOKENS = 320, 8  # about a turn's prompt (bench_enhancer) and a short answer's start
FIRST_SPECIAL_ID = 151643  # Qwen2.5: <|endoftext|>; every id from here on is a special token


class Memory:
    """Memory of this process on one device, relative to what it held before the component was built."""

    def __init__(self, device: torch.device) -> None:
        self.device = device
        self.notes: list[str] = []
        self.settle()
        self.baseline = self._current()

    def _current(self) -> float:
        if self.device.type == "cuda":
            return torch.cuda.memory_allocated(self.device) / 2**20
        return _status_mb("VmRSS")

    def settle(self) -> None:
        """Give freed memory back (Python's, the C allocator's, CUDA's cache) so resident means held."""
        gc.collect()
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
            torch.cuda.empty_cache()
        else:
            with contextlib.suppress(OSError, AttributeError):
                ctypes.CDLL("libc.so.6").malloc_trim(0)

    def resident(self) -> float:
        self.settle()
        return self._current() - self.baseline

    def reset_peak(self) -> float:
        """Start a new peak; returns the peak so far (the build's)."""
        so_far = self.peak()
        if self.device.type == "cuda":
            torch.cuda.reset_peak_memory_stats(self.device)
        else:
            try:  # Linux: "5" resets the peak resident set size (VmHWM) to the current one
                with open("/proc/self/clear_refs", "w") as handle:
                    handle.write("5")
            except OSError:
                self.notes.append("could not reset the peak resident memory: run peak includes the build")
        return so_far

    def peak(self) -> float:
        if self.device.type == "cuda":
            return torch.cuda.max_memory_allocated(self.device) / 2**20 - self.baseline
        return _status_mb("VmHWM") - self.baseline


def _status_mb(key: str) -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"{key} not in /proc/self/status (Linux only)")


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def _ids(batch: int, length: int, vocab: int, device: torch.device) -> torch.Tensor:
    return torch.randint(0, vocab, (batch, length), generator=torch.Generator("cpu").manual_seed(0)).to(device)


def run_text_encoder(model, job: dict, device: torch.device) -> dict:
    """The prompt and the negative prompt at the pipeline's lengths (77 BERT / 256 mT5 tokens)."""
    length = BERT_TOKENS if job["component"] == "bert" else T5_TOKENS
    ids = _ids(2, length, model.config.vocab_size, device)
    with torch.no_grad():
        started = time.perf_counter()
        model(input_ids=ids, attention_mask=torch.ones_like(ids))
        _sync(device)
    return {"run_s": time.perf_counter() - started}


def _sdpa_context(name: str):
    if name in (None, "auto"):
        return contextlib.nullcontext()
    from torch.nn.attention import SDPBackend, sdpa_kernel

    backend = {"flash": SDPBackend.FLASH_ATTENTION, "efficient": SDPBackend.EFFICIENT_ATTENTION,
               "cudnn": SDPBackend.CUDNN_ATTENTION, "math": SDPBackend.MATH}[name]
    return sdpa_kernel([backend])


def run_transformer(model, job: dict, device: torch.device) -> dict:
    """`job['steps']` steps of the app's own denoising loop (generator.sampling.denoise) with guidance."""
    from diffusers import DDPMScheduler, HunyuanDiTPipeline

    from generator.embedding_cache import TextEmbeddings
    from generator.loading import compile_blocks
    from generator.sampling import Sampling, denoise

    dtype = next(p.dtype for p in model.parameters() if p.is_floating_point())
    extra: dict = {}
    if job.get("fuse_qkv"):
        model.fuse_qkv_projections()
    if job.get("compile"):
        extra["compiled_blocks"] = compile_blocks(model)
    scheduler = DDPMScheduler.from_pretrained(HUNYUAN / "scheduler")
    pipe = HunyuanDiTPipeline(vae=None, text_encoder=None, tokenizer=None, transformer=model, scheduler=scheduler,
                              safety_checker=None, feature_extractor=None, requires_safety_checker=False,
                              text_encoder_2=None, tokenizer_2=None)
    pipe.set_progress_bar_config(disable=True)
    config = model.config

    def text(seed: int) -> TextEmbeddings:
        random = torch.Generator("cpu").manual_seed(seed)
        return TextEmbeddings(torch.randn(1, BERT_TOKENS, config.cross_attention_dim, generator=random).to(device),
                              torch.ones(1, BERT_TOKENS, dtype=torch.long, device=device),
                              torch.randn(1, T5_TOKENS, config.cross_attention_dim_t5, generator=random).to(device),
                              torch.ones(1, T5_TOKENS, dtype=torch.long, device=device))

    width, height = job["width"], job["height"]
    marks: list[float] = []

    def on_step(pipe, index, timestep, tensors):
        _sync(device)
        marks.append(time.perf_counter())
        return tensors

    def noise() -> torch.Tensor:
        return torch.randn(1, config.in_channels, height // 8, width // 8,
                           generator=torch.Generator("cpu").manual_seed(0)).to(device, dtype)

    def sample(steps: int, blend=None) -> torch.Tensor:
        def step(pipe, index, timestep, tensors):
            return on_step(pipe, index, timestep, blend(pipe, index, timestep, tensors) if blend else tensors)

        sampling = Sampling(prompt=text(1), negative=text(2), width=width, height=height, steps=steps,
                            guidance=job["guidance"], generator=torch.Generator("cpu").manual_seed(0),
                            callback=step)
        scheduler.set_timesteps(steps, device=device)
        with torch.no_grad(), _sdpa_context(job.get("sdpa")):
            return denoise(pipe, sampling, noise(), scheduler.timesteps)

    if device.type == "cuda":  # the first steps compile (with --compile) and pick kernels: not what a user waits on
        started = time.perf_counter()
        sample(2)
        _sync(device)
        extra["warmup_s"] = time.perf_counter() - started
    marks.clear()
    started = time.perf_counter()
    marks.append(started)
    kept = sample(job["steps"])
    steps_s = [later - earlier for earlier, later in zip(marks, marks[1:])]
    result = dict(extra, run_s=marks[-1] - started, steps_s=steps_s, s_per_step=statistics.median(steps_s))
    if job.get("edit"):
        result["edit"] = time_masked_edit(pipe, kept, text, sample, device, job.get("sdpa"))
        result["edit"]["render_s"] = round(result["run_s"], 3)
        result["edit"]["ratio"] = round(result["edit"]["edit_s"] / result["run_s"], 3)
    return result


def time_masked_edit(pipe, kept: torch.Tensor, text, sample, device: torch.device, sdpa: str | None) -> dict:
    """What the `masked` strategy adds to a render, on this transformer: DiffEdit's difference between two
    prompts on the kept picture's latents (the app's draws and noise level), then the same steps with the kept
    latents blended in outside a region after every step (generator.blend.LatentBlend). Encoding and decoding
    are the same for both strategies and not counted here; a background edit asks one difference per subject."""
    from generator.blend import LatentBlend, prompt_difference

    draws, strength = 4, 0.5  # generator.Generator.prompt_difference's defaults, which the editor uses
    started = time.perf_counter()
    with torch.no_grad(), _sdpa_context(sdpa):
        difference = prompt_difference(pipe, kept, text(1), text(3), strength, draws,
                                       torch.Generator("cpu").manual_seed(1))
    _sync(device)
    difference_s = time.perf_counter() - started
    height, width = kept.shape[-2:]
    mask = torch.full((1, 1, height, width), 0.5)  # MaskSettings.settle outside, a quarter of the picture inside
    mask[..., height // 4: 3 * height // 4, width // 4: 3 * width // 4] = 1.0
    blend = LatentBlend(kept, mask, torch.randn(kept.shape, generator=torch.Generator("cpu").manual_seed(0)))
    started = time.perf_counter()
    sample(len(pipe.scheduler.timesteps), blend)
    _sync(device)
    blended_s = time.perf_counter() - started
    return {"difference_s": round(difference_s, 3), "difference_passes": draws, "blended_s": round(blended_s, 3),
            "edit_s": round(difference_s + blended_s, 3), "difference_shape": list(difference.shape)}


def run_vae(model, job: dict, device: torch.device) -> dict:
    """Decode one picture's latents (tiled when the job says: what --low-vram does)."""
    if job.get("tiling"):
        model.enable_tiling()
    dtype = next(model.parameters()).dtype
    latents = torch.randn(1, model.config.latent_channels, job["height"] // 8, job["width"] // 8).to(device, dtype)
    with torch.no_grad():
        if device.type == "cuda":
            model.decode(latents / model.config.scaling_factor)
            _sync(device)
        started = time.perf_counter()
        model.decode(latents / model.config.scaling_factor)
        _sync(device)
    return {"run_s": time.perf_counter() - started}


def run_llm(model, job: dict, device: torch.device) -> dict:
    """One turn's start: the current picture (at the render's size) and a prompt, then a few new tokens."""
    config = model.config
    vision = config.vision_config
    unit = vision.patch_size * vision.spatial_merge_size
    grid_h, grid_w = [max(unit, round(side / unit) * unit) // vision.patch_size
                      for side in (job["height"], job["width"])]
    patches = grid_h * grid_w
    image_tokens = patches // vision.spatial_merge_size**2
    text = _ids(1, LLM_TEXT_TOKENS, FIRST_SPECIAL_ID, device)  # ordinary text: ids below the special ones
    image = torch.full((1, image_tokens), config.image_token_id, device=device)
    start = torch.full((1, 1), config.vision_start_token_id, device=device)
    end = torch.full((1, 1), config.vision_end_token_id, device=device)
    ids = torch.cat([text[:, :40], start, image, end, text[:, 40:]], dim=1)
    visual_dtype = next(model.model.visual.parameters()).dtype
    pixels = torch.randn(patches, 3 * vision.temporal_patch_size * vision.patch_size**2).to(device, visual_dtype)
    with torch.no_grad():
        started = time.perf_counter()
        model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), pixel_values=pixels,
                       image_grid_thw=torch.tensor([[1, grid_h, grid_w]], device=device),
                       max_new_tokens=LLM_NEW_TOKENS, min_new_tokens=LLM_NEW_TOKENS, do_sample=False)
        _sync(device)
    return {"run_s": time.perf_counter() - started, "input_tokens": ids.shape[1], "new_tokens": LLM_NEW_TOKENS}


WORKLOADS = {"bert": run_text_encoder, "mt5": run_text_encoder, "dit": run_transformer, "vae": run_vae,
             "llm": run_llm}


def job_dtype(job: dict, device: torch.device) -> torch.dtype:
    """The app's dtype unless the job names one: float16 on CUDA, float32 on the CPU; the LLM its own on the CPU."""
    if job.get("dtype"):
        return getattr(torch, job["dtype"])
    if job["component"] == "llm" and device.type == "cpu":
        return llm_dtype()
    return torch.float16 if device.type == "cuda" else torch.float32


def run_worker(job: dict) -> dict:
    """Build one component, time its workload, and report its memory."""
    import bitsandbytes  # noqa: F401  (its libraries belong to the baseline, not to the component)

    device = torch.device(job["device"])
    torch.set_num_threads(job["threads"])
    dtype = job_dtype(job, device)
    memory = Memory(device)
    started = time.perf_counter()
    model, notes = build(job["component"], device, dtype, job["quant"])
    build_s = time.perf_counter() - started
    resident = memory.resident()
    build_peak = memory.reset_peak()
    result = WORKLOADS[job["component"]](model, job, device)
    params = parameter_count(job["component"])  # 4-bit storage packs two weights a byte: count the model's
    param_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    layer_types = sorted({type(m).__name__ for m in model.modules() if "Linear" in type(m).__name__})
    return dict(job, **result, dtype=str(dtype).removeprefix("torch."), params=params,
                param_mb=round(param_bytes / 2**20, 1), resident_mb=round(resident, 1),
                peak_mb=round(memory.peak(), 1), build_peak_mb=round(build_peak, 1), build_s=round(build_s, 2),
                linear_layers=layer_types, notes=notes + memory.notes)


def dit_flops_per_step(width: int, height: int, guided: bool = True) -> float:
    """FLOPs of one denoising step of the real DiT, counted by torch on the meta device (no compute)."""
    from torch.utils.flop_counter import FlopCounterMode

    from generator.conditioning import predict, transformer_inputs
    from generator.embedding_cache import TextEmbeddings

    model, meta = _empty("dit"), torch.device("meta")
    batch, config = (2 if guided else 1), model.config
    text = TextEmbeddings(torch.zeros(batch, BERT_TOKENS, config.cross_attention_dim, device=meta),
                          torch.ones(batch, BERT_TOKENS, dtype=torch.long, device=meta),
                          torch.zeros(batch, T5_TOKENS, config.cross_attention_dim_t5, device=meta),
                          torch.ones(batch, T5_TOKENS, dtype=torch.long, device=meta))
    inputs = transformer_inputs(model, text, height, width, meta)
    latents = torch.zeros(batch, config.in_channels, height // 8, width // 8, device=meta)
    with FlopCounterMode(display=False) as counter:
        predict(model, latents, torch.zeros(batch, device=meta), inputs)
    del model
    gc.collect()
    return float(counter.get_total_flops())
