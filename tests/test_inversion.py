"""Edit-friendly inversion on the tiny pipeline: the inverted path draws the picture back exactly under its own
prompt, a mask keeps the picture outside it, and a render with `invert_prompt` goes through it."""

from __future__ import annotations

import pytest
import torch

from generator.errors import GeneratorError
from generator.generator import Generator
from generator.inversion import Guided, invert, regenerate
from generator.request import RenderRequest

OLD, NEW = "a big red circle", "a big green circle"


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir):
    return Generator.load(str(tiny_pipeline_dir))


def guided(generator, prompt):
    return Guided(generator.cache.get(prompt), generator.cache.get(""), 3.0)


def timesteps(generator, steps, strength):
    scheduler = generator.pipeline.scheduler
    scheduler.set_timesteps(steps)
    return scheduler.timesteps[steps - int(steps * strength):].cpu()


@pytest.mark.parametrize("strength", [1.0, 0.5])
def test_the_old_prompt_along_the_inverted_path_draws_the_picture_back(generator, strength):
    picture = generator.render(RenderRequest(prompt=OLD, steps=6, seed=4)).latents
    inverted = invert(generator.pipeline, picture, guided(generator, OLD), timesteps(generator, 6, strength),
                      torch.Generator().manual_seed(1), batch=4)  # 6 or 3 points: batches of 4 and a remainder
    back = regenerate(generator.pipeline, inverted, guided(generator, OLD))
    assert torch.allclose(back, picture, atol=1e-4), float((back - picture).abs().max())
    changed = regenerate(generator.pipeline, inverted, guided(generator, NEW))
    assert (changed - picture).abs().max() > 1e-2  # the new prompt does change it (the check above can fail)


def test_outside_the_mask_the_picture_comes_back_exactly(generator):
    picture = generator.render(RenderRequest(prompt=OLD, steps=4, seed=4)).latents
    inverted = invert(generator.pipeline, picture, guided(generator, OLD), timesteps(generator, 4, 1.0),
                      torch.Generator().manual_seed(2))
    mask = torch.zeros(1, 1, *picture.shape[-2:])
    mask[..., :, : picture.shape[-1] // 2] = 1  # the left half may change
    result = regenerate(generator.pipeline, inverted, guided(generator, NEW), mask)
    outside = mask.expand_as(picture) == 0
    assert torch.equal(result[outside], picture[outside])
    assert (result[~outside] - picture[~outside]).abs().max() > 1e-2


def test_a_render_with_invert_prompt_changes_only_where_the_prompts_differ_in_effect(generator):
    first = generator.render(RenderRequest(prompt=OLD, steps=5, seed=8))
    same = generator.render(RenderRequest(prompt=OLD, steps=5, seed=9, init_latents=first.latents, strength=1.0,
                                          invert_prompt=OLD))
    assert torch.allclose(same.latents, first.latents, atol=1e-4)
    seen = []
    edited = generator.render(RenderRequest(prompt=NEW, steps=5, seed=9, init_latents=first.latents, strength=0.6,
                                            invert_prompt=OLD, preview_every=1, preview_mode="approx"),
                              on_step=seen.append)
    assert len(seen) == 3  # the last 60 % of 5 steps, each reported
    assert not torch.allclose(edited.latents, first.latents, atol=1e-3)


def test_invert_prompt_needs_the_latents_it_drew(generator):
    with pytest.raises(GeneratorError, match="needs init_latents"):
        generator.render(RenderRequest(prompt=NEW, steps=2, invert_prompt=OLD))
    latents = torch.zeros(1, 4, 8, 8)
    with pytest.raises(GeneratorError, match="kept latents are init_latents"):
        generator.render(RenderRequest(prompt=NEW, steps=2, init_latents=latents, invert_prompt=OLD,
                                       keep_latents=latents.clone(), keep_mask=torch.ones(1, 1, 8, 8)))
