"""Step previews show the picture that is forming, not the noise it is drawn out of."""

import inspect
from pathlib import Path

import numpy as np
import pytest
import torch
from diffusers import DDPMScheduler, DPMSolverMultistepScheduler, EulerDiscreteScheduler

from generator import Generator, RenderRequest
from generator.previews import DenoisedTap
from toyworld.checker import read_picture

MODEL = Path(__file__).resolve().parents[1] / "assets" / "embedded"
pytestmark = pytest.mark.usefixtures("single_torch_thread")

CAPTIONS = ["a big red circle at the top left on a gray background",
            "a small blue square at the center on a white background",
            "a small green circle at the right on a sky blue background"]


def _places(image) -> set[str]:
    """Grid cells that hold an object. Colours settle later than places, so early estimates may differ in them."""
    return {o.position for o in read_picture(np.asarray(image)).objects}


@pytest.mark.skipif(not (MODEL / "model_index.json").exists(), reason="assets/embedded not exported")
@pytest.mark.parametrize("caption", CAPTIONS)
def test_previews_from_a_quarter_of_the_way_show_objects_only_where_the_final_picture_has_them(caption):
    generator = Generator.load(str(MODEL))
    seen = []
    result = generator.render(RenderRequest(prompt=caption, seed=3, preview_every=2), on_step=seen.append)
    final = _places(result.image)
    assert final, "the shipped model draws an object for this caption"
    previews = [(p.step, _places(p.preview)) for p in seen if p.preview is not None and p.step >= p.total // 4]
    assert len(previews) >= 6
    # Decoding the noisy latents of a step (what previews used to show) reads as stray shapes all over the
    # picture until the last few steps; the sampler's estimate of the finished latents does not.
    assert [(step, objects - final) for step, objects in previews if objects - final] == []


@pytest.mark.parametrize("scheduler", [
    DDPMScheduler(num_train_timesteps=1000),
    EulerDiscreteScheduler(num_train_timesteps=1000),
    DPMSolverMultistepScheduler(num_train_timesteps=1000, algorithm_type="dpmsolver++"),
])
def test_the_tap_keeps_each_steps_estimate_of_the_finished_latents_and_unwraps(scheduler):
    scheduler.set_timesteps(5)
    sample = torch.randn(1, 4, 8, 8, generator=torch.Generator().manual_seed(0))
    model_output = torch.randn(1, 4, 8, 8, generator=torch.Generator().manual_seed(1))
    t = scheduler.timesteps[0]
    with DenoisedTap(scheduler) as tap:
        # pipelines pass the seeded `generator` only to a step whose signature names it (DDPM's does)
        own = list(inspect.signature(type(scheduler).step).parameters)[1:]  # without self
        assert list(inspect.signature(scheduler.step).parameters) == own
        scheduler.step(model_output, t, sample, return_dict=False)
        estimate = tap.latest
    assert "step" not in vars(scheduler)  # the class's own step is back
    # epsilon prediction at the first step's noise level
    if isinstance(scheduler, EulerDiscreteScheduler):  # latents are x0 + sigma * eps
        expected = sample - scheduler.sigmas[0] * model_output
    else:  # latents are sqrt(alpha_bar) * x0 + sqrt(1 - alpha_bar) * eps
        alpha_bar = scheduler.alphas_cumprod[int(t)]
        expected = (sample - (1 - alpha_bar).sqrt() * model_output) / alpha_bar.sqrt()
    if isinstance(scheduler, DDPMScheduler):
        expected = expected.clamp(-1, 1)  # DDPM clips its x0 estimate by default
    assert estimate is not None
    torch.testing.assert_close(estimate, expected, rtol=1e-4, atol=1e-4)

def test_a_scheduler_without_an_estimate_leaves_previews_on_the_noisy_latents():
    scheduler = DPMSolverMultistepScheduler(num_train_timesteps=1000, algorithm_type="dpmsolver",
                                            final_sigmas_type="sigma_min")  # keeps noise, not x0
    scheduler.set_timesteps(5)
    sample = torch.randn(1, 4, 8, 8)
    with DenoisedTap(scheduler) as tap:
        scheduler.step(torch.randn(1, 4, 8, 8), scheduler.timesteps[0], sample, return_dict=False)
    assert tap.latest is None
