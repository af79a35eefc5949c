"""Loading through the public path: checkpoint errors, defaults, sizes, describe(), and mT5 in int8 / nf4 on CPU."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
import torch

from generator import Generator, GeneratorError, RenderRequest
from generator.loading import quantization_plan
from generator.settings import SUPPORTED_SHAPE, size_presets

pytestmark = pytest.mark.usefixtures("single_torch_thread")  # see tests/conftest.py

# Measured on the tiny checkpoint (random weights, mT5 width 64) against fp32, over real-token positions:
# int8: relative error 0.007-0.009, per-token cosine ≥ 0.9999; nf4: relative error 0.07-0.11, cosine ≥ 0.9937.
TOLERANCE = {"int8": (0.02, 0.999), "nf4": (0.15, 0.99)}  # (max relative error, min per-token cosine)
PROMPTS = ["a big red circle at the top left on a gray background", "灰色背景上，左上角有一个大的红色圆形", ""]


@pytest.fixture(scope="module")
def full_precision(tiny_pipeline_dir) -> Generator:
    return Generator.load(str(tiny_pipeline_dir))


@pytest.fixture
def tiny_copy(tiny_pipeline_dir, tmp_path):
    """A private copy of the checkpoint that a test may damage or extend."""
    return shutil.copytree(tiny_pipeline_dir, tmp_path / "model")


@pytest.mark.parametrize("mode", ["int8", "nf4"])
def test_quantized_mt5_embeds_close_to_fp32(tiny_pipeline_dir, full_precision, mode):
    quantized = Generator.load(str(tiny_pipeline_dir), quantization=mode)
    layer = type(quantized.pipeline.text_encoder_2.encoder.block[0].layer[0].SelfAttention.q).__name__
    assert layer == {"int8": "Linear8bitLt", "nf4": "Linear4bit"}[mode]
    max_relative, min_cosine = TOLERANCE[mode]
    for prompt in PROMPTS:
        reference, approx = full_precision.cache.get(prompt), quantized.cache.get(prompt)
        assert torch.equal(reference.mask_2, approx.mask_2)
        real = reference.mask_2[0].bool()
        x, y = reference.embeds_2[0][real], approx.embeds_2[0][real]
        assert 0 < ((x - y).norm() / x.norm()).item() <= max_relative  # quantized, and close
        assert torch.nn.functional.cosine_similarity(x, y, dim=-1).min().item() >= min_cosine
        assert torch.equal(reference.embeds, approx.embeds)  # BERT is not quantized


@pytest.mark.parametrize("mode", ["int8", "nf4"])
def test_quantized_model_renders_and_reports_the_transformer_fallback(tiny_pipeline_dir, mode):
    quantized = Generator.load(str(tiny_pipeline_dir), quantization=mode)
    description = quantized.describe()
    assert f"quantization {mode} (text_encoder_2)" in description
    assert f"{mode} requested for the transformer but no CUDA device" in description
    assert quantized.render(RenderRequest("make it blue", steps=2, seed=1)).image.size == (64, 64)


def test_quantization_plan_falls_back_for_mt5_too_narrow_for_cpu_nf4():
    config, quantized, notes = quantization_plan("nf4", torch.device("cpu"), torch.float32, [16, 32])
    assert config is None and quantized == []
    assert any("divisible by 64" in note and "[16, 32]" in note for note in notes)


def test_quantization_plan_quantizes_both_on_cuda_without_touching_a_gpu():
    config, quantized, notes = quantization_plan("nf4", torch.device("cuda"), torch.float16, [2048, 5120])
    assert quantized == ["text_encoder_2", "transformer"] and notes == []
    assert config.quant_mapping["transformer"].bnb_4bit_quant_type == "nf4"


def test_unknown_quantization_is_refused(tiny_pipeline_dir):
    with pytest.raises(GeneratorError, match="int4.*none, int8, nf4"):
        Generator.load(str(tiny_pipeline_dir), quantization="int4")


def test_cpu_defaults_to_fp32_and_a_dtype_can_be_chosen(tiny_pipeline_dir, full_precision):
    assert full_precision.device == torch.device("cpu")
    assert full_precision.pipeline.transformer.dtype == torch.float32
    assert "cpu · float32 · quantization none · low-VRAM off" in full_precision.describe()
    half = Generator.load(str(tiny_pipeline_dir), dtype="bfloat16")
    assert half.pipeline.transformer.dtype == torch.bfloat16 and "bfloat16" in half.describe()


def test_asking_for_cuda_without_one_is_a_clear_error(tiny_pipeline_dir):
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(GeneratorError, match="no CUDA GPU"):
        Generator.load(str(tiny_pipeline_dir), device="cuda")


def test_missing_folder(tmp_path):
    with pytest.raises(GeneratorError, match="does not exist"):
        Generator.load(str(tmp_path / "nowhere"))


def test_folder_without_model_index(tmp_path):
    with pytest.raises(GeneratorError, match="no model_index.json"):
        Generator.load(str(tmp_path))


def test_folder_of_another_pipeline(tiny_copy):
    index = tiny_copy / "model_index.json"
    index.write_text(json.dumps({**json.loads(index.read_text()), "_class_name": "StableDiffusionPipeline"}))
    with pytest.raises(GeneratorError, match="StableDiffusionPipeline checkpoint"):
        Generator.load(str(tiny_copy))


def test_folder_missing_a_component(tiny_copy):
    shutil.rmtree(tiny_copy / "vae")
    with pytest.raises(GeneratorError, match="missing vae/"):
        Generator.load(str(tiny_copy))


def test_damaged_weights(tiny_copy):
    weights = tiny_copy / "transformer" / "diffusion_pytorch_model.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    with pytest.raises(GeneratorError, match="incomplete or damaged"):
        Generator.load(str(tiny_copy))


def test_hub_id_not_downloaded_while_offline():
    with pytest.raises(GeneratorError, match="hub id.*not downloaded"):
        Generator.load("Tencent-Hunyuan/HunyuanDiT-v1.2-Diffusers-Distilled")


def test_small_checkpoint_uses_its_own_size_and_builtin_defaults(full_precision):
    assert full_precision.size_presets == [(64, 64)]
    defaults = full_precision.defaults
    assert (defaults.width, defaults.height, defaults.negative_prompt) == (64, 64, "")
    result = full_precision.render(RenderRequest("make it blue", steps=1, seed=0))
    assert result.image.size == (64, 64)  # resolution binning did not push it to 1024


def test_real_model_presets_are_hunyuandits_resolutions():
    presets = size_presets(1024)
    assert (1024, 1024) in presets and (1280, 768) in presets and (768, 1280) in presets
    assert len(presets) == len(SUPPORTED_SHAPE) == 10


def test_generation_defaults_file_overrides_defaults(tiny_copy):
    (tiny_copy / "generation_defaults.json").write_text(
        json.dumps({"steps": 3, "guidance": 2.5, "negative_prompt": "模糊"}), encoding="utf-8"
    )
    generator = Generator.load(str(tiny_copy))
    assert (generator.defaults.steps, generator.defaults.guidance) == (3, 2.5)
    assert generator.defaults.negative_prompt == "模糊" and generator.defaults.width == 64
    steps = []
    result = generator.render(RenderRequest("make it blue", seed=0), on_step=steps.append)
    assert len(steps) == 3 and result.settings["negative_prompt"] == "模糊" and result.settings["guidance"] == 2.5


def test_broken_generation_defaults_file_is_named(tiny_copy):
    (tiny_copy / "generation_defaults.json").write_text(json.dumps({"stepz": 3}))
    with pytest.raises(GeneratorError, match="unknown keys.*stepz"):
        Generator.load(str(tiny_copy))


def test_the_loaded_checkpoint_is_the_saved_one(tiny_pipeline_dir, full_precision):
    """Same weights from the folder: two loads draw identical pictures."""
    again = Generator.load(str(tiny_pipeline_dir))
    request = RenderRequest("a big red circle", steps=2, seed=5)
    assert np.array_equal(np.asarray(again.render(request).image), np.asarray(full_precision.render(request).image))


def test_diffusers_really_refuses_a_bitsandbytes_transformer_without_a_gpu(tiny_pipeline_dir):
    """Why the fallback exists; if a diffusers upgrade lifts the limit, this fails and the fallback can go."""
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    from diffusers import BitsAndBytesConfig, HunyuanDiT2DModel

    with pytest.raises(RuntimeError, match="No GPU found"):
        HunyuanDiT2DModel.from_pretrained(
            tiny_pipeline_dir, subfolder="transformer", quantization_config=BitsAndBytesConfig(load_in_8bit=True)
        )


@pytest.mark.parametrize("skip", [True, False])
def test_the_int8_transformer_keeps_the_text_pooler_unquantized(tiny_pipeline_dir, skip):
    """The pooler passes its projections' weights to F.multi_head_attention_forward, which cannot take int8
    weights: quantized, the transformer's first step fails (seen on an H200 with the real DiT-g/2, where diffusers
    loads it; here the same layers are swapped by diffusers' own bitsandbytes replacement and run on the CPU)."""
    import bitsandbytes as bnb
    from diffusers import HunyuanDiT2DModel
    from diffusers.quantizers.bitsandbytes.utils import replace_with_bnb_linear

    from generator.conditioning import predict, transformer_inputs
    from generator.embedding_cache import TextEmbeddings

    config, _, _ = quantization_plan("int8", torch.device("cuda"), torch.float32)
    transformer_config = config.quant_mapping["transformer"]
    model = HunyuanDiT2DModel.from_pretrained(tiny_pipeline_dir, subfolder="transformer")
    state = {name: value.clone() for name, value in model.state_dict().items()}
    skipped = list(transformer_config.llm_int8_skip_modules or []) if skip else []
    model = replace_with_bnb_linear(model, modules_to_not_convert=skipped, quantization_config=transformer_config)
    for name, module in model.named_modules():  # bitsandbytes quantizes Int8Params as they reach the device
        if isinstance(module, bnb.nn.Linear8bitLt):
            module.weight = bnb.nn.Int8Params(state[f"{name}.weight"], requires_grad=False, has_fp16_weights=False)
            if module.bias is not None:
                module.bias = torch.nn.Parameter(state[f"{name}.bias"], requires_grad=False)
    model = model.to("cpu").eval()
    assert model.blocks[0].attn1.to_q.weight.dtype == torch.int8  # the blocks are quantized either way
    cfg = model.config
    text = TextEmbeddings(torch.randn(1, 77, cfg.cross_attention_dim), torch.ones(1, 77, dtype=torch.long),
                          torch.randn(1, 256, cfg.cross_attention_dim_t5), torch.ones(1, 256, dtype=torch.long))
    inputs = transformer_inputs(model, text, 64, 64, torch.device("cpu"))
    latents = torch.randn(1, cfg.in_channels, 8, 8)
    if not skip:  # what the app's int8 transformer did before the pooler was kept out
        with pytest.raises(RuntimeError, match="same dtype"):
            predict(model, latents, torch.tensor([500.0]), inputs)
        return
    assert type(model.time_extra_emb.pooler.q_proj) is torch.nn.Linear
    with torch.no_grad():
        assert torch.isfinite(predict(model, latents, torch.tensor([500.0]), inputs)).all()
