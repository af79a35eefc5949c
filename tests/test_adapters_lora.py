"""LoRA on the tiny HunyuanDiT: both layouts load, change the picture, scale 0 is the base and unloading is exact."""

from __future__ import annotations

import copy

import pytest
import torch
from adapter_files import write_hunyuan_lora, write_peft_lora

from generator.adapters import LoraSet, AdapterSpec, read_lora
from generator.errors import GeneratorError
from generator.generator import Generator
from generator.metadata import png_bytes, read_png_metadata
from generator.request import RenderRequest

PROMPT = "a big red circle at the center on a white background"


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir) -> Generator:
    torch.set_num_threads(1)
    return Generator.load(str(tiny_pipeline_dir), device="cpu")


def _render(generator: Generator, **fields) -> torch.Tensor:
    request = RenderRequest(prompt=PROMPT, seed=3, steps=3, guidance=2.0, **fields)
    return generator.render(request).latents


def _transformer_output(transformer: torch.nn.Module) -> torch.Tensor:
    torch.manual_seed(0)
    latents = torch.randn(1, transformer.config.in_channels, 8, 8)
    text = torch.randn(1, 77, transformer.config.cross_attention_dim)
    text_t5 = torch.randn(1, 256, transformer.config.cross_attention_dim_t5)
    from generator.conditioning import rotary_embedding

    with torch.no_grad():
        return transformer(latents, torch.tensor([500.0]), encoder_hidden_states=text,
                           text_embedding_mask=torch.ones(1, 77), encoder_hidden_states_t5=text_t5,
                           text_embedding_mask_t5=torch.ones(1, 256),
                           image_rotary_emb=rotary_embedding(transformer, 64, 64, "cpu"), return_dict=False)[0]


def test_spec_parses_a_trailing_scale_only():
    assert AdapterSpec.parse("/models/jade:0.8") == AdapterSpec("/models/jade", 0.8)
    assert AdapterSpec.parse("Tencent-Hunyuan/HYDiT-LoRA") == AdapterSpec("Tencent-Hunyuan/HYDiT-LoRA", 1.0)
    assert AdapterSpec.parse("C:\\loras\\jade") == AdapterSpec("C:\\loras\\jade", 1.0)
    with pytest.raises(GeneratorError):
        AdapterSpec.parse("jade:99")


def test_hunyuan_layout_matches_tencents_merge(generator, tmp_path):
    """Hooked, HunyuanDiT's own layout computes what its repository's merge into diffusers' weights computes."""
    base = generator.pipeline.transformer
    folder = write_hunyuan_lora(base, tmp_path / "jade")
    merged = copy.deepcopy(base)
    lora = read_lora(str(folder))
    assert lora.layout == "hunyuan"
    state = merged.state_dict()
    for module, (down, up, weight) in lora.pairs.items():
        state[f"{module}.weight"] += 0.7 * weight * (up @ down)
    merged.load_state_dict(state)
    hooked_base = copy.deepcopy(base)
    loras = LoraSet(hooked_base)
    loras.add(AdapterSpec(str(folder), 0.7))
    assert torch.allclose(_transformer_output(hooked_base), _transformer_output(merged), atol=1e-5)
    assert not torch.allclose(_transformer_output(hooked_base), _transformer_output(base), atol=1e-4)
    # Wqkv was cut into q / k / v rows, kv_proj into k / v; the pooler's projection is adapted too.
    assert {"blocks.0.attn1.to_q", "blocks.0.attn1.to_v", "blocks.0.attn2.to_k", "time_extra_emb.pooler.q_proj"
            } <= set(lora.pairs)


def test_peft_layout_weighs_by_alpha_over_rank(generator, tmp_path):
    folder = write_peft_lora(generator.pipeline.transformer, tmp_path / "style", rank=4, alpha=8.0)
    lora = read_lora(str(folder))
    assert lora.layout == "peft"
    assert {weight for _, _, weight in lora.pairs.values()} == {2.0}


def test_peft_layout_matches_peft_itself(generator, tmp_path):
    """Where peft is installed: its own injected LoRA computes what the hooks compute."""
    peft = pytest.importorskip("peft")
    from peft.utils import set_peft_model_state_dict
    from safetensors.torch import load_file

    base = generator.pipeline.transformer
    folder = write_peft_lora(base, tmp_path / "style", rank=4, alpha=8.0)
    config = peft.LoraConfig(r=4, lora_alpha=8.0, target_modules=["to_q", "to_k", "to_v", "to_out.0"],
                             init_lora_weights=False)
    injected = peft.inject_adapter_in_model(config, copy.deepcopy(base))
    state = {k.removeprefix("base_model.model."): v for k, v in load_file(folder / "adapter_model.safetensors").items()}
    set_peft_model_state_dict(injected, state)
    hooked = copy.deepcopy(base)
    LoraSet(hooked).add(AdapterSpec(str(folder)))
    assert torch.allclose(_transformer_output(hooked), _transformer_output(injected), atol=1e-5)


@pytest.mark.parametrize("writer", [write_hunyuan_lora, write_peft_lora])
def test_apply_scale_zero_and_unload(generator, tmp_path, writer):
    """The picture changes with the LoRA; scale 0 and unloading give the base picture back bit for bit."""
    before = _render(generator)
    name = generator.load_lora(f"{writer(generator.pipeline.transformer, tmp_path / 'adapter')}:1.5")
    try:
        assert name in generator.describe()
        with_lora = _render(generator)
        assert (with_lora - before).abs().max() > 1e-3
        assert torch.equal(_render(generator, lora_scale=0.0), before)
        halfway = _render(generator, lora_scale=0.5)
        assert not torch.equal(halfway, with_lora) and not torch.equal(halfway, before)
    finally:
        generator.unload_lora(name)
    assert torch.equal(_render(generator), before)


def test_lora_and_scale_in_the_png_and_settings(generator, tmp_path):
    name = generator.load_lora(f"{write_peft_lora(generator.pipeline.transformer, tmp_path / 'style')}:0.8")
    try:
        result = generator.render(RenderRequest(prompt=PROMPT, seed=1, steps=2, lora_scale=0.5))
    finally:
        generator.unload_lora(name)
    assert result.settings["lora"] == "style:0.4"
    assert read_png_metadata(png_bytes(result.image, result.metadata))["lora"] == "style:0.4"


def test_wrong_model_or_file_is_refused_with_a_message(generator, tmp_path):
    other = copy.deepcopy(generator.pipeline.transformer)
    folder = write_peft_lora(other, tmp_path / "x", targets=("ff.net.2",))
    from safetensors.torch import load_file, save_file

    tensors = {k: torch.cat([v, v], dim=-1) if k.endswith("lora_A.weight") else v
               for k, v in load_file(folder / "adapter_model.safetensors").items()}
    save_file(tensors, str(folder / "adapter_model.safetensors"))
    with pytest.raises(GeneratorError, match="another model"):
        generator.load_lora(str(folder))
    with pytest.raises(GeneratorError, match="does not exist"):
        generator.load_lora(str(tmp_path / "missing"))
    assert generator.loras.names == []


def test_lora_on_a_bitsandbytes_layer_on_the_cpu(tmp_path):
    """`--quant`: a quantized linear layer takes the adapter as a hook (its packed weights are never touched)."""
    bnb = pytest.importorskip("bitsandbytes")
    torch.manual_seed(0)
    dense = torch.nn.Linear(64, 64)
    try:
        quantized = bnb.nn.Linear8bitLt(64, 64, has_fp16_weights=False)
        quantized.load_state_dict(dense.state_dict())
        quantized = quantized.to("cpu")
        model = torch.nn.Sequential()
        model.add_module("layer", quantized)
        x = torch.randn(2, 64)
        base = model(x)
    except Exception as error:  # bitsandbytes without a CPU backend for this layer
        pytest.skip(f"bitsandbytes cannot run this layer on the CPU here: {error}")
    from safetensors.torch import save_file

    down, up = torch.randn(4, 64) * 0.1, torch.randn(64, 4) * 0.1
    tmp_path.mkdir(exist_ok=True)
    save_file({"layer.lora_A.weight": down, "layer.lora_B.weight": up}, str(tmp_path / "adapter_model.safetensors"))
    loras = LoraSet(model)
    name = loras.add(AdapterSpec(str(tmp_path)))
    assert torch.allclose(model(x), base + x @ down.T @ up.T, atol=1e-4)
    loras.remove(name)
    assert torch.equal(model(x), base)
