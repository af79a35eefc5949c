"""Keeping a picture's structure (shared self-attention) and pushing it towards a new prompt (the x0 delta).

The attention and sampling tests use the tiny pipeline's random weights: plain tensors in, plain tensors out.
The push test uses the shipped embedded model, whose pictures show colours.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from diffusers.models.attention_processor import Attention, HunyuanAttnProcessor2_0

from generator.errors import GeneratorError
from generator.generator import Generator
from generator.request import RenderRequest
from generator.structure import SharedAttention, shareable, sharing

PROMPT = "a big red circle"
MODEL = Path(__file__).resolve().parents[1] / "assets" / "embedded"


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir):
    return Generator.load(str(tiny_pipeline_dir))


def render(generator, **extra):
    return generator.render(RenderRequest(prompt=PROMPT, steps=4, seed=3, **extra))


def _attention() -> Attention:
    torch.manual_seed(0)
    return Attention(query_dim=16, heads=2, dim_head=8, qk_norm="layer_norm", eps=1e-6, bias=True,
                     processor=HunyuanAttnProcessor2_0())


def test_shared_attention_off_is_hunyuans_own_and_on_attends_as_the_last_row():
    attn = _attention()
    states = torch.randn(3, 5, 16)
    shared = SharedAttention()
    plain = HunyuanAttnProcessor2_0()(attn, states)
    assert torch.equal(shared(attn, states), plain)
    shared.active = True
    out = shared(attn, states)
    assert torch.allclose(out[-1], plain[-1], atol=1e-6)  # the kept row attends as it always did
    # by hand: every row's weights are the kept row's softmax(q k^T / sqrt(d)), its values its own
    q = attn.norm_q(attn.to_q(states).view(3, 5, 2, 8).transpose(1, 2))
    k = attn.norm_k(attn.to_k(states).view(3, 5, 2, 8).transpose(1, 2))
    v = attn.to_v(states).view(3, 5, 2, 8).transpose(1, 2)
    weights = torch.softmax(q[-1:] @ k[-1:].transpose(-1, -2) / 8 ** 0.5, dim=-1)
    expected = attn.to_out[0]((weights @ v).transpose(1, 2).reshape(3, 5, 16))
    assert torch.allclose(out, expected, atol=1e-5)
    assert not torch.allclose(out[0], plain[0], atol=1e-3)


def test_sharing_swaps_every_self_attention_and_puts_them_back(generator):
    transformer = generator._pipe.transformer
    assert shareable(transformer)
    before = [b.attn1.processor for b in transformer.blocks]
    with sharing(transformer) as shared:
        assert [b.attn1.processor for b in transformer.blocks] == shared
        assert all(isinstance(p, SharedAttention) and not p.active for p in shared)
    assert [b.attn1.processor for b in transformer.blocks] == before


def test_keeping_a_structure_changes_the_render_repeatably_and_zero_is_the_blended_render(generator):
    plain = render(generator)
    ones = torch.ones(1, 1, *plain.latents.shape[-2:])
    kept = torch.randn(plain.latents.shape, generator=torch.Generator().manual_seed(1)) * 3
    off = render(generator, keep_latents=kept, keep_mask=ones, keep_structure=0.0)
    assert torch.equal(off.latents, plain.latents)  # structure 0 is the plain blended render
    shared = render(generator, keep_latents=kept, keep_mask=ones, keep_structure=1.0)
    assert not torch.allclose(shared.latents, plain.latents, atol=1e-3)
    assert torch.equal(shared.latents, render(generator, keep_latents=kept, keep_mask=ones, keep_structure=1.0).latents)
    early = render(generator, keep_latents=kept, keep_mask=ones, keep_structure=0.25)  # one step of four
    assert not torch.equal(early.latents, shared.latents) and not torch.equal(early.latents, plain.latents)


def test_keep_structure_needs_kept_latents_and_a_share(generator):
    with pytest.raises(GeneratorError, match="needs keep_latents"):
        render(generator, keep_structure=0.5)
    with pytest.raises(GeneratorError, match="share of the steps"):
        render(generator, keep_latents=torch.zeros(1, 4, 2, 2), keep_mask=torch.ones(1, 1, 2, 2), keep_structure=2.0)


def test_the_prompt_delta_is_zero_for_one_prompt_and_pushes_a_red_circle_green():
    embedded = Generator.load(str(MODEL))
    before, after = "a big red circle at the top left on a gray background", \
        "a big green circle at the top left on a gray background"
    picture = embedded.render(RenderRequest(prompt=before, seed=5))
    assert float(embedded.prompt_delta(picture.latents, before, before).abs().max()) == 0.0
    delta = embedded.prompt_delta(picture.latents, before, after)
    assert delta.shape == picture.latents.shape
    strength = delta.abs().mean(dim=(0, 1))
    assert strength[:3, :3].mean() > 2 * strength[4:, 4:].mean(), strength  # the circle's cells, not the rest
    pushed = embedded.render(RenderRequest(prompt=after, seed=5, init_latents=picture.latents + delta, strength=0.0))
    was, now = np.asarray(picture.image, np.float32), np.asarray(pushed.image, np.float32)
    circle = (slice(4, 18), slice(4, 18))  # inside the big circle at the top left (64-pixel picture)
    assert (now[circle][..., 1] - now[circle][..., 0]).mean() > (was[circle][..., 1] - was[circle][..., 0]).mean() + 20
    corner = (slice(48, 64), slice(48, 64))  # the gray background far from it barely moves
    assert np.abs(now[corner] - was[corner]).mean() < 10
