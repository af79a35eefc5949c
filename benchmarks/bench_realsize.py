"""Memory and speed of the real architectures (HunyuanDiT-v1.2 DiT-g/2, its CLIP-BERT and mT5-XL encoders, its VAE,
Qwen2.5-VL-3B), built from the published configs in benchmarks/realsize_configs/ with random weights: no download.

    python benchmarks/bench_realsize.py --device cpu --size 256 --steps 2          # the CPU smoke run (< 20 min)
    python benchmarks/bench_realsize.py --device cuda --size 1024 --steps 50 --dtype bfloat16 [--compile]
        [--fuse-qkv] [--sdpa auto|flash|efficient|cudnn|math] [--size 1024 768x1280 ...]

Each component runs in its own process, one at a time, so a measurement holds only that component: on CUDA
`torch.cuda.max_memory_allocated`, on the CPU resident memory above the process's own baseline (and parameter
bytes). The whole-pipeline and whole-chat figures under each mode are then composed from those measurements (what
is held at once plus the largest working set of whatever runs), never measured at once: on 2 cores and 24 GB the
fp32 pipeline (~14 GB) and the chat beside it do not fit with anything else running. The composition follows the
app: `low_vram` keeps the transformer and VAE on the device and brings the text encoders over for an encode, and
with --low-vram the LLM is parked off the device between turns.

Seconds: encoding (BERT + mT5 on the prompt and the negative prompt), denoising (`generator.sampling.denoise`, with
guidance, so batch 2) and decoding (the VAE). The last line printed is JSON: device, size, steps, s_per_step,
peak_mb keyed by mode, and what was not measured.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from benchmarks import realsize_measure as measure  # noqa: E402
from benchmarks.realsize_models import COMPONENTS, parameter_count  # noqa: E402

QUANTS = ("none", "int8", "nf4")
GUIDANCE = 5.0
# Dense fp16/bf16 tensor-core peaks from the vendors' datasheets (no sparsity), by a piece of the device's name.
PEAK_FLOPS = {"H200": 989e12, "H100 PCIe": 756e12, "H100": 989e12, "H800": 989e12, "A100": 312e12, "A800": 312e12,
              "L40S": 362e12, "L4": 121e12, "A10G": 70e12, "A10": 125e12, "RTX 4090": 165e12, "T4": 65e12}


def parse_size(text: str) -> tuple[int, int]:
    """'1024' or 'WxH' -> (width, height)."""
    width, _, height = text.lower().partition("x")
    return int(width), int(height or width)


def jobs(args: argparse.Namespace, size: tuple[int, int]) -> list[dict]:
    """One measurement per (component, mode): only modes that change the component are run."""
    cuda = args.device == "cuda"
    base = {"device": args.device, "dtype": args.dtype, "width": size[0], "height": size[1], "steps": args.steps,
            "guidance": GUIDANCE, "threads": args.threads}
    planned = [dict(base, component="bert", quant="none")]
    planned += [dict(base, component="mt5", quant=q) for q in args.quant]
    planned += [dict(base, component="dit", quant=q, compile=args.compile, fuse_qkv=args.fuse_qkv, sdpa=args.sdpa,
                     edit=args.edit and q == "none") for q in (args.quant if cuda else ["none"])]
    planned += [dict(base, component="vae", quant="none", tiling=False),
                dict(base, component="vae", quant="none", tiling=True)]
    if not args.no_llm:
        planned += [dict(base, component="llm", quant=q) for q in args.llm_quant]
    parts = getattr(args, "parts", None)
    return [job for job in planned if not parts or job["component"] in parts]


def run_job(job: dict, timeout: float) -> dict:
    """The job in a fresh process (a clean memory baseline); its last output line is its JSON."""
    env = dict(os.environ, OMP_NUM_THREADS=str(job["threads"]), MKL_NUM_THREADS=str(job["threads"]))
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, __file__, "--worker", json.dumps(job)], capture_output=True,
                              text=True, timeout=timeout, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return dict(job, error=f"timed out after {timeout:.0f} s")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return dict(job, error=f"exit {done.returncode}: {' | '.join(tail)[:400]}",
                    wall_s=time.perf_counter() - started)
    return dict(json.loads(lines[-1]), wall_s=time.perf_counter() - started)


def pick(results: list[dict], component: str, quant: str = "none", **match) -> dict | None:
    """The measurement of `component` under `quant`. A mode the app does not quantize it in (no job ran) falls back
    to its none figure; a job that failed gives None, so nothing built on it is reported."""
    for wanted in (quant, "none"):
        found = [r for r in results if r["component"] == component and r["quant"] == wanted
                 and all(r.get(k) == v for k, v in match.items())]
        if found:
            return None if "error" in found[0] else found[0]
    return None


def compose(phases: list[tuple[list[dict | None], list[dict | None]]]) -> float | None:
    """Peak over phases (held, running): Σ resident of everything held + the largest working set (peak −
    resident) of what runs in that phase. None when a part was not measured."""
    peaks = []
    for held, running in phases:
        if any(p is None for p in held + running):
            return None
        peaks.append(sum(p["resident_mb"] for p in held) + max(p["peak_mb"] - p["resident_mb"] for p in running))
    return round(max(peaks), 1)


def peak_by_mode(results: list[dict], quants: list[str], llm_quants: list[str], with_llm: bool) -> dict:
    """Whole pipeline / whole chat peaks per mode, composed as the app holds and runs the parts."""
    modes: dict[str, float | None] = {}
    vae, vae_tiled = pick(results, "vae", tiling=False), pick(results, "vae", tiling=True)
    for quant in quants:
        bert, mt5, dit = pick(results, "bert"), pick(results, "mt5", quant), pick(results, "dit", quant)
        suffix = "" if quant == "none" else f"_{quant}"
        pipeline = [bert, mt5, dit, vae]
        modes[quant] = compose([(pipeline, pipeline)])  # everything on the device; one part runs at a time
        # Low VRAM: transformer + tiled VAE stay; the text encoders visit for an encode, then leave.
        low_vram = [([dit, vae_tiled, bert, mt5], [bert, mt5]), ([dit, vae_tiled], [dit, vae_tiled])]
        modes[f"low_vram{suffix}"] = compose(low_vram)
        if not with_llm:
            continue
        for llm_quant in llm_quants:
            llm = pick(results, "llm", llm_quant)
            modes[f"chat{suffix}_llm_{llm_quant}"] = compose([(pipeline + [llm], pipeline + [llm])])
            # --low-vram parks the LLM off the device between turns: it visits beside the transformer and VAE.
            modes[f"chat_low_vram{suffix}_llm_{llm_quant}"] = compose(low_vram + [([dit, vae_tiled, llm], [llm])])
    return modes


def device_peak_flops(device: str) -> tuple[str, float | None]:
    if device != "cuda":
        return "cpu", None
    name = torch.cuda.get_device_name()
    for key, flops in PEAK_FLOPS.items():
        if key in name:
            return name, flops
    return name, None


def report(args: argparse.Namespace, size: tuple[int, int], results: list[dict]) -> dict:
    print(f"\n== {args.device} {size[0]}x{size[1]}, {args.steps} steps, guidance {GUIDANCE}, "
          f"{args.dtype or 'the app dtype'}")
    print(f"{'component':<6} {'mode':<10} {'params M':>9} {'param MB':>9} {'resident MB':>12} {'peak MB':>9} "
          f"{'build s':>8} {'run s':>8}  notes")
    for r in results:
        mode = r["quant"] + (" tiled" if r.get("tiling") else "")
        if "error" in r:
            print(f"{r['component']:<6} {mode:<10} not measured: {r['error']}")
            continue
        print(f"{r['component']:<6} {mode:<10} {r['params'] / 1e6:>9.1f} {r['param_mb']:>9.1f} "
              f"{r['resident_mb']:>12.1f} {r['peak_mb']:>9.1f} {r['build_s']:>8.1f} {r['run_s']:>8.2f}  "
              + "; ".join(r.get("notes", [])))
    with_llm = not args.no_llm
    peaks = peak_by_mode(results, args.quant, args.llm_quant, with_llm)
    dit = pick(results, "dit")
    encode = [pick(results, "bert"), pick(results, "mt5")]
    decode = pick(results, "vae", tiling=False)
    timing = None
    if dit and decode and all(encode):
        split = {"encode_s": round(sum(p["run_s"] for p in encode), 3), "denoise_s": round(dit["run_s"], 3),
                 "decode_s": round(decode["run_s"], 3)}
        total = sum(split.values())
        timing = dict(split, share={k.removesuffix("_s"): round(v / total, 3) for k, v in split.items()})
    name, peak_flops = device_peak_flops(args.device)
    flops = measure.dit_flops_per_step(size[0], size[1], GUIDANCE > 1)
    s_per_step = dit["s_per_step"] if dit else None
    not_measured = []
    if args.device == "cpu":
        not_measured += ["CUDA max_memory_allocated, s/step at 1024², SDPA backends, torch.compile, fp16/bf16 and "
                         "the ratio to peak FLOP/s: no GPU in this run (the code path is --device cuda)",
                         "int8/nf4 transformer: diffusers' bitsandbytes needs a GPU (the app loads it unquantized)"]
    if any("error" in r for r in results):
        not_measured += [f"{r['component']} {r['quant']}: {r['error']}" for r in results if "error" in r]
    print("\npeak MB by mode (composed from the per-component measurements above):")
    for mode, value in peaks.items():
        print(f"  {mode:<28} {value if value is not None else 'not measured'}")
    if timing:
        print(f"seconds: encode {timing['encode_s']:.2f}, denoise {timing['denoise_s']:.2f} "
              f"({s_per_step:.2f} s/step), decode {timing['decode_s']:.2f}; shares {timing['share']}")
    edit = dit.get("edit") if dit else None
    if edit:
        print(f"masked edit: difference {edit['difference_s']:.2f} s ({edit['difference_passes']} guided-size "
              f"passes) + blended steps {edit['blended_s']:.2f} s = {edit['edit_s']:.2f} s against the render's "
              f"{edit['render_s']:.2f} s: {edit['ratio']:.3f}x (denoising only)")
    mfu = round(flops / s_per_step / peak_flops, 4) if (peak_flops and s_per_step) else None
    print(f"DiT FLOPs per step (guided, batch 2): {flops / 1e12:.2f} T; device {name}; "
          f"share of peak: {mfu if mfu is not None else 'not measured (no GPU or unknown peak)'}")
    return {
        "device": args.device, "device_name": name, "size": size[0] if size[0] == size[1] else f"{size[0]}x{size[1]}",
        "steps": args.steps, "dtype": dit.get("dtype") if dit else args.dtype, "s_per_step": s_per_step,
        "peak_mb": peaks, "peak_basis": "composed from per-component measurements, one component per process ("
        + ("torch.cuda.max_memory_allocated" if args.device == "cuda" else "CPU resident memory above baseline") + ")",
        "components": {f"{r['component']}:{r['quant']}{':tiled' if r.get('tiling') else ''}":
                       {k: r.get(k) for k in ("params", "param_mb", "resident_mb", "peak_mb", "run_s", "error")}
                       for r in results},
        "timings": timing, "masked_edit": edit, "flops_per_step": flops, "peak_flops": peak_flops, "mfu": mfu,
        "options": {"compile": args.compile, "fuse_qkv": args.fuse_qkv, "sdpa": args.sdpa},
        "not_measured": not_measured,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--size", nargs="+", type=parse_size, default=None, help="N or WxH (default 256 on the "
                        "CPU, 1024 on CUDA); several for several resolutions")
    parser.add_argument("--steps", type=int, default=None, help="denoising steps (default 2 on the CPU, 50 on CUDA)")
    parser.add_argument("--dtype", choices=["float32", "float16", "bfloat16"], default=None,
                        help="default: the app's (float32 on the CPU, float16 on CUDA)")
    parser.add_argument("--quant", nargs="+", choices=QUANTS, default=list(QUANTS))
    parser.add_argument("--llm-quant", nargs="+", choices=QUANTS, default=list(QUANTS))
    parser.add_argument("--no-llm", action="store_true", help="leave out Qwen2.5-VL-3B")
    parser.add_argument("--parts", nargs="+", choices=COMPONENTS, default=None,
                        help="measure only these components (default: all); composed peaks need all of them")
    parser.add_argument("--compile", action="store_true", help="regional torch.compile of the DiT's blocks")
    parser.add_argument("--fuse-qkv", action="store_true", help="diffusers' fused QKV projections in the DiT")
    parser.add_argument("--sdpa", choices=["auto", "flash", "efficient", "cudnn", "math"], default="auto",
                        help="scaled-dot-product-attention backend on CUDA")
    parser.add_argument("--edit", action="store_true", help="also time a `masked` edit on the unquantized DiT "
                        "(DiffEdit's difference, then the blended steps) against its plain render")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=1200, help="seconds per component")
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(measure.run_worker(json.loads(args.worker))), flush=True)
        return
    sizes = args.size or [(256, 256) if args.device == "cpu" else (1024, 1024)]
    args.steps = args.steps or (2 if args.device == "cpu" else 50)
    print("parameters (meta device, tied weights once): "
          + ", ".join(f"{c} {parameter_count(c) / 1e9:.3f} B" for c in COMPONENTS if c != "llm" or not args.no_llm))
    summaries = []
    started = time.perf_counter()
    for size in sizes:
        results = []
        for job in jobs(args, size):
            result = run_job(job, args.timeout)
            results.append(result)
            print(json.dumps(result), file=sys.stderr, flush=True)  # each part as it comes, should the run be cut
            state = result.get("error") or f"peak {result['peak_mb']:.0f} MB, run {result['run_s']:.1f} s"
            print(f"  {job['component']} {job['quant']}{' tiled' if job.get('tiling') else ''}: {state}", flush=True)
        summaries.append(report(args, size, results))
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    summary = summaries[0] if len(summaries) == 1 else dict(summaries[0], by_size=summaries)
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
