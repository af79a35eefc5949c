"""bench_realsize's own pieces, without building anything big: the published configs give the published sizes,
the cheap fill makes a working module, a real component (the VAE) measures itself in a worker, and the mode
figures are composed as the app holds its parts."""

from __future__ import annotations

import pytest
import torch
from accelerate import init_empty_weights

from benchmarks.bench_realsize import compose, jobs, parse_size, peak_by_mode
from benchmarks.realsize_measure import dit_flops_per_step, run_worker
from benchmarks.realsize_models import build, fill_random_, parameter_count

pytestmark = pytest.mark.usefixtures("single_torch_thread")  # see tests/conftest.py


@pytest.mark.parametrize("component, billions", [("bert", 0.352), ("mt5", 1.670), ("dit", 1.500), ("vae", 0.084),
                                                 ("llm", 3.755)])
def test_published_configs_give_the_published_sizes(component, billions):
    assert parameter_count(component) / 1e9 == pytest.approx(billions, abs=0.0005)


def test_fill_materialises_every_parameter_deterministically():
    with init_empty_weights(include_buffers=False):
        model = torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.LayerNorm(4))
    fill_random_(model, torch.device("cpu"), torch.float32)
    assert all(p.device.type == "cpu" for p in model.parameters())
    assert torch.equal(model[1].weight, torch.ones(4)) and torch.equal(model[0].bias, torch.zeros(4))
    assert 0 < model[0].weight.std().item() < 0.05
    assert torch.isfinite(model(torch.randn(2, 8))).all()


def test_dit_flops_grow_with_the_picture():
    small, big = dit_flops_per_step(256, 256), dit_flops_per_step(512, 512)
    assert 1.4e12 < small < 1.7e12  # 2 × 1.5 B parameters × 2 × 256 tokens, plus attention over the text
    assert 3.5 * small < big < 4.5 * small  # 4 × the tokens; the text side stays the same


def test_a_worker_measures_the_real_vae():
    job = {"device": "cpu", "dtype": None, "width": 64, "height": 64, "steps": 2, "guidance": 5.0, "threads": 1,
           "component": "vae", "quant": "none", "tiling": True}
    result = run_worker(job)
    assert result["params"] == parameter_count("vae")
    assert result["param_mb"] == pytest.approx(result["params"] * 4 / 2**20, rel=0.01)
    assert result["resident_mb"] >= 0.9 * result["param_mb"]
    assert result["peak_mb"] >= result["resident_mb"] * 0.95 and result["run_s"] > 0


def _part(resident: float, peak: float, component: str, quant: str = "none", **extra) -> dict:
    return dict(component=component, quant=quant, resident_mb=resident, peak_mb=peak, **extra)


def test_modes_are_composed_as_the_app_holds_its_parts():
    results = [_part(100, 110, "bert"), _part(1000, 1200, "mt5"), _part(400, 450, "mt5", "nf4"),
               _part(3000, 3500, "dit"), _part(200, 900, "vae", tiling=False), _part(200, 400, "vae", tiling=True),
               _part(2000, 2600, "llm", "nf4")]
    peaks = peak_by_mode(results, ["none", "nf4"], ["nf4"], with_llm=True)
    assert peaks["none"] == 4300 + 700  # everything held; the VAE's decode is the largest working set
    assert peaks["nf4"] == 3700 + 700  # only mT5 is quantized on the CPU: the DiT falls back to its none figure
    # low VRAM: DiT + tiled VAE held, the encoders visit (mT5's 200 MB working set), the DiT's 500 MB while denoising
    assert peaks["low_vram"] == max(3200 + 1100 + 200, 3200 + 500)
    assert peaks["chat_nf4_llm_nf4"] == 3700 + 2000 + 700
    assert peaks["chat_low_vram_nf4_llm_nf4"] == max(3200 + 500 + 200, 3200 + 500, 3200 + 2000 + 600)
    assert compose([([None], [None])]) is None  # a part not measured is never guessed


def test_jobs_run_only_modes_that_change_a_component():
    class Args:
        device, dtype, steps, threads, compile, fuse_qkv, sdpa = "cpu", None, 2, 2, False, False, "auto"
        quant, llm_quant, no_llm, edit = ["none", "int8", "nf4"], ["nf4"], False, True

    planned = [(job["component"], job["quant"]) for job in jobs(Args, (256, 256))]
    assert [(job["component"], job["quant"]) for job in jobs(Args, (256, 256)) if job.get("edit")] == [("dit", "none")]
    Args.parts = ["dit", "vae"]
    assert {job["component"] for job in jobs(Args, (256, 256))} == {"dit", "vae"}
    assert planned.count(("dit", "none")) == 1 and ("dit", "nf4") not in planned  # no GPU: DiT never quantized
    assert ("mt5", "int8") in planned and ("bert", "int8") not in planned and ("llm", "nf4") in planned
    assert parse_size("1024") == (1024, 1024) and parse_size("768x1280") == (768, 1280)


def test_a_failed_measurement_is_never_replaced_by_another_mode():
    results = [_part(2000, 2600, "llm", "none"), dict(component="llm", quant="nf4", error="exit 1")]
    from benchmarks.bench_realsize import pick

    assert pick(results, "llm", "nf4") is None
    assert pick(results, "llm", "int8")["quant"] == "none"  # not run: the app does not quantize it that way


def test_a_part_is_built_in_the_dtype_asked_for():
    """accelerate's set_module_tensor_to_device casts to the meta parameter's dtype unless told: every fp16 or
    bf16 measurement on a GPU was silently fp32 (the DiT's steps ran at fp32 speed, 0.69 s at 1024² on an H200)."""
    model, _ = build("vae", torch.device("cpu"), torch.bfloat16)
    assert {p.dtype for p in model.parameters()} == {torch.bfloat16}
