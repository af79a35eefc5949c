"""Blended sampling and the prompt difference, on the tiny pipeline: plain tensors in, plain tensors out."""

from __future__ import annotations

import pytest
import torch

from generator.generator import Generator
from generator.request import RenderRequest

PROMPT = "a big red circle"


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir):
    return Generator.load(str(tiny_pipeline_dir))


def render(generator, **extra):
    return generator.render(RenderRequest(prompt=PROMPT, steps=4, seed=3, **extra))


def test_outside_the_mask_the_result_is_the_kept_latents_exactly_and_inside_it_is_drawn(generator):
    first = render(generator)
    kept = torch.randn_like(first.latents)
    mask = torch.zeros(1, 1, *first.latents.shape[-2:])
    mask[..., : mask.shape[-2] // 2, :] = 1  # the top half may change
    result = render(generator, keep_latents=kept, keep_mask=mask)
    outside = mask.expand_as(kept) == 0
    assert torch.equal(result.latents[outside], kept[outside])
    assert not torch.equal(result.latents[~outside], kept[~outside])


def test_a_mask_of_ones_is_the_plain_render_and_of_zeros_the_kept_latents(generator):
    plain = render(generator)
    kept = torch.randn_like(plain.latents)
    ones = torch.ones(1, 1, *plain.latents.shape[-2:])
    assert torch.equal(render(generator, keep_latents=kept, keep_mask=ones).latents, plain.latents)
    assert torch.equal(render(generator, keep_latents=kept, keep_mask=ones * 0).latents, kept)


def test_a_cell_that_may_change_late_keeps_the_kept_path_until_then(generator):
    """Differential diffusion's change map: 0.5 is held for the first half of the steps, then drawn."""
    plain = render(generator)
    kept = torch.randn_like(plain.latents)
    seen = []
    half = torch.full((1, 1, *plain.latents.shape[-2:]), 0.5)
    result = generator.render(RenderRequest(prompt=PROMPT, steps=4, seed=3, keep_latents=kept, keep_mask=half,
                                            preview_every=1, preview_mode="approx"), on_step=seen.append)
    assert len(seen) == 4 and not torch.equal(result.latents, kept) and not torch.equal(result.latents, plain.latents)


def test_keep_latents_and_a_mask_go_together(generator):
    from generator.errors import GeneratorError

    with pytest.raises(GeneratorError, match="go together"):
        render(generator, keep_latents=torch.zeros(1, 4, 2, 2))


def test_the_prompt_difference_is_zero_for_one_prompt_and_repeatable(generator):
    latents = render(generator).latents
    same = generator.prompt_difference(latents, PROMPT, PROMPT)
    assert same.shape == latents.shape[-2:] and float(same.abs().max()) == 0.0
    other = generator.prompt_difference(latents, PROMPT, "a small blue square", seed=1)
    assert float(other.max()) > 0 and torch.equal(other, generator.prompt_difference(latents, PROMPT,
                                                                                        "a small blue square", seed=1))
