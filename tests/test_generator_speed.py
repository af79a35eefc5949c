"""Speed options through the public loader: regional compilation, fused QKV, VAE tiling and slicing, on the tiny
checkpoint. None may change what is drawn beyond rounding; each is said in describe()."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch

from generator import Generator, GeneratorError, RenderRequest
from generator.loading import SpeedOptions, apply_speed_options, compile_blocks

pytestmark = pytest.mark.usefixtures("single_torch_thread")  # see tests/conftest.py

REQUEST = RenderRequest("a big red circle at the top left on a gray background", steps=2, seed=3)


@pytest.fixture(scope="module")
def plain(tiny_pipeline_dir) -> Generator:
    return Generator.load(str(tiny_pipeline_dir))


@pytest.fixture(scope="module")
def plain_result(plain):
    return plain.render(REQUEST)


def _pixels(result) -> np.ndarray:
    return np.asarray(result.image, dtype=np.int16)


def test_regional_compile_compiles_each_block_and_draws_the_same(tiny_pipeline_dir, plain_result):
    # The "eager" backend runs the traced graph as it is: the wiring is checked here without a C++ compiler.
    compiled = Generator.load(str(tiny_pipeline_dir), compile="eager")
    blocks = compiled.pipeline.transformer.blocks
    assert all(block._compiled_call_impl is not None for block in blocks)
    assert compiled.pipeline.transformer._compiled_call_impl is None  # regional: the model itself is not compiled
    assert "transformer blocks compiled (eager)" in compiled.describe()
    result = compiled.render(REQUEST)
    assert torch.allclose(result.latents, plain_result.latents, atol=1e-5)


def test_compile_true_means_inductor():
    # Generator.load maps True to inductor; nothing is compiled until a render, so building the options is enough.
    assert SpeedOptions(compile_backend="inductor").describe() == ["transformer blocks compiled (inductor)"]


def test_compile_blocks_refuses_a_model_without_blocks():
    with pytest.raises(GeneratorError, match="no repeated blocks"):
        compile_blocks(torch.nn.Linear(2, 2))


def test_fused_qkv_draws_the_same(tiny_pipeline_dir, plain_result):
    fused = Generator.load(str(tiny_pipeline_dir), fuse_qkv=True)
    processors = {type(p).__name__ for p in fused.pipeline.transformer.attn_processors.values()}
    assert processors == {"FusedHunyuanAttnProcessor2_0"}
    assert "fused QKV" in fused.describe()
    result = fused.render(REQUEST)
    assert torch.allclose(result.latents, plain_result.latents, atol=1e-4)
    assert np.abs(_pixels(result) - _pixels(plain_result)).max() <= 1


def test_vae_tiling_and_slicing_are_set_and_said(tiny_pipeline_dir, plain_result):
    generator = Generator.load(str(tiny_pipeline_dir), vae_tiling=True, vae_slicing=True)
    vae = generator.pipeline.vae
    assert vae.use_tiling and vae.use_slicing
    assert "speed: VAE tiling, VAE slicing" in generator.describe()
    # The tiny picture is smaller than one tile, so tiling leaves it as it is.
    assert np.abs(_pixels(generator.render(REQUEST)) - _pixels(plain_result)).max() <= 1


def test_no_speed_option_says_nothing(plain):
    assert "speed:" not in plain.describe()
    assert plain.pipeline.transformer.blocks[0]._compiled_call_impl is None


def test_fused_qkv_is_refused_for_a_quantized_transformer_and_said(plain):
    # A quantized transformer exists only on CUDA; the decision is made from what the loader recorded.
    loaded = dataclasses.replace(plain._loaded, quantized=["transformer"], notes=[],
                                 speed=SpeedOptions(fuse_qkv=True))
    apply_speed_options(loaded)
    assert loaded.speed.fuse_qkv is False
    assert any("fused QKV asked for but the transformer is quantized" in note for note in loaded.notes)
    processors = {type(p).__name__ for p in plain.pipeline.transformer.attn_processors.values()}
    assert "FusedHunyuanAttnProcessor2_0" not in processors


@pytest.mark.slow
def test_inductor_compiled_blocks_draw_the_same(tiny_pipeline_dir, plain_result):
    compiled = Generator.load(str(tiny_pipeline_dir), compile=True)
    result = compiled.render(REQUEST)
    assert torch.allclose(result.latents, plain_result.latents, atol=1e-4)
