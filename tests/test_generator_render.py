"""Rendering with the tiny HunyuanDiT checkpoint: reproducibility, SDEdit strength, cache, cancel, OOM, threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest
import torch

from generator import BadOutputError, Generator, GeneratorError, GeneratorOutOfMemory, RenderCancelled, RenderRequest

pytestmark = pytest.mark.usefixtures("single_torch_thread")  # see tests/conftest.py

STEPS = 4


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir) -> Generator:
    return Generator.load(str(tiny_pipeline_dir))


def pixels(result) -> np.ndarray:
    return np.asarray(result.image, dtype=np.int16)


def request(**overrides) -> RenderRequest:
    fields = {"prompt": "a big red circle at the top left on a gray background", "seed": 7, "steps": STEPS}
    return RenderRequest(**{**fields, **overrides})


@contextmanager
def count_calls(module: torch.nn.Module) -> Iterator[list[int]]:
    """Observe (not replace) a module: the list grows by one per forward call while the block runs."""
    calls: list[int] = []
    handle = module.register_forward_hook(lambda *_: calls.append(1))
    try:
        yield calls
    finally:
        handle.remove()


def test_same_request_and_seed_give_identical_pixels(generator):
    first, second = generator.render(request()), generator.render(request())
    assert np.array_equal(pixels(first), pixels(second))
    assert torch.equal(first.latents, second.latents)


def test_a_different_seed_gives_different_pixels(generator):
    assert not np.array_equal(pixels(generator.render(request(seed=7))), pixels(generator.render(request(seed=8))))


def test_passing_the_seeds_noise_reproduces_the_seed(generator):
    made = generator.render(request(seed=11))
    again = generator.render(request(seed=11, initial_noise=made.initial_noise.clone()))
    assert np.array_equal(pixels(made), pixels(again))
    # and the noise really is used: another seed's noise changes the picture
    other = generator.render(request(seed=11, initial_noise=generator.render(request(seed=12)).initial_noise))
    assert not np.array_equal(pixels(made), pixels(other))


def test_render_is_the_bare_pipeline_call(generator):
    """Same prompt, noise and generator through HunyuanDiTPipeline.__call__ give the same pixels."""
    result = generator.render(request(negative_prompt="blurry, low quality, watermark"))
    pipe = generator.pipeline
    bare = pipe(
        prompt=result.settings["prompt"],
        negative_prompt="blurry, low quality, watermark",
        height=64, width=64, num_inference_steps=STEPS, guidance_scale=result.settings["guidance"],
        latents=result.initial_noise, generator=torch.Generator("cpu").manual_seed(result.seed),
        use_resolution_binning=False,
    ).images[0]
    assert np.array_equal(pixels(result), np.asarray(bare, dtype=np.int16))


def test_strength_one_from_previous_latents_equals_text_to_image(generator):
    previous = generator.render(request(seed=3))
    text_to_image = generator.render(request(prompt="make it blue", seed=5))
    # goes through the SDEdit loop built from the pipeline's parts, not through __call__
    edited = generator.render(request(prompt="make it blue", seed=5, init_latents=previous.latents, strength=1.0))
    assert torch.equal(edited.latents, text_to_image.latents)
    assert np.array_equal(pixels(edited), pixels(text_to_image))


def test_strength_zero_gives_the_previous_picture_back(generator):
    previous = generator.render(request(seed=3))
    kept = generator.render(request(prompt="make it blue", seed=5, init_latents=previous.latents, strength=0.0))
    assert np.array_equal(pixels(kept), pixels(previous))


def test_a_start_picture_is_encoded_by_the_vae_and_kept_at_strength_zero(generator):
    from generator.sampling import encode

    picture = generator.render(request(seed=3)).image
    kept = generator.render(request(prompt="make it blue", seed=5, init_image=picture, strength=0.0))
    assert torch.equal(kept.latents, encode(generator.pipeline, picture).float())
    moved = generator.render(request(prompt="make it blue", seed=5, init_image=picture, strength=0.75))
    assert not torch.equal(moved.latents, kept.latents)


def test_restore_unchanged_gives_a_start_picture_back_exactly_where_the_model_changed_nothing(generator):
    picture = generator.render(request(seed=3)).image
    round_trip = generator.render(request(seed=5, init_image=picture, strength=0.0))
    assert np.abs(pixels(round_trip) - np.asarray(picture, dtype=np.int16)).max() > 8  # the VAE alone moves pixels
    kept = generator.render(request(seed=5, init_image=picture, strength=0.0, restore_unchanged=True))
    assert np.array_equal(pixels(kept), np.asarray(picture, dtype=np.int16))


def test_restore_unchanged_adds_the_models_change_to_the_start_picture(generator):
    picture = generator.render(request(seed=3)).image
    start = np.asarray(picture, dtype=np.int16)
    round_trip = pixels(generator.render(request(seed=5, init_image=picture, strength=0.0)))
    plain = pixels(generator.render(request(prompt="make it blue", seed=5, init_image=picture, strength=0.75)))
    restored = pixels(generator.render(request(prompt="make it blue", seed=5, init_image=picture, strength=0.75,
                                               restore_unchanged=True)))
    expected = start + plain - round_trip
    # compare where no render was clipped to 0..255 (the tiny random VAE saturates many pixels)
    inside = ((plain > 0) & (plain < 255) & (round_trip > 0) & (round_trip < 255) & (expected >= 0)
              & (expected <= 255))
    assert inside.mean() > 0.2
    assert np.abs(restored - expected)[inside].max() <= 2  # each of the three renders was rounded to whole values
    assert np.abs(restored - plain).max() > 8


def test_a_start_picture_of_another_size_is_refused(generator):
    picture = generator.render(request(seed=3)).image
    with pytest.raises(GeneratorError, match="start picture is 64×64 but this render is 80×64"):
        generator.render(request(width=80, init_image=picture, strength=0.5))


def test_partial_strength_runs_the_later_steps_and_moves_away_with_strength(generator):
    previous = generator.render(request(seed=3, steps=8))
    fresh = generator.render(request(prompt="make it blue", seed=5, steps=8))
    distance = {}
    for strength, steps_run in ((0.25, 2), (0.75, 6)):
        totals: list[int] = []
        edited = generator.render(
            request(prompt="make it blue", seed=5, steps=8, init_latents=previous.latents, strength=strength),
            on_step=lambda p, totals=totals: totals.append(p.total),
        )
        assert totals == [steps_run] * steps_run  # only the last `strength` share of the 8 steps runs
        assert edited.settings["strength"] == strength
        distance[strength] = (edited.latents - previous.latents).abs().mean().item()
    # measured on the tiny model: 0.21 at strength 0.25, 0.90 at 0.75
    assert distance[0.25] < (fresh.latents - previous.latents).abs().mean().item() / 2
    assert distance[0.25] < distance[0.75]


def test_embedding_cache_encodes_a_repeated_negative_prompt_once(tiny_pipeline_dir):
    generator = Generator.load(str(tiny_pipeline_dir))
    negative = "blurry, low quality, watermark"
    prompts = ["a big red circle", "make it blue", "a big red circle", "add a small square on the left"]
    with count_calls(generator.pipeline.text_encoder) as bert_calls, \
            count_calls(generator.pipeline.text_encoder_2) as t5_calls:
        for prompt in prompts:
            generator.render(request(prompt=prompt, negative_prompt=negative, steps=1))
    distinct = len(set(prompts)) + 1  # every distinct prompt once, the negative once
    assert len(bert_calls) == distinct and len(t5_calls) == distinct
    assert generator.cache.misses == distinct
    assert generator.cache.hits == 2 * len(prompts) - distinct


def test_cached_embeddings_draw_the_same_picture_as_fresh_ones(tiny_pipeline_dir, generator):
    warm = generator.render(request(seed=21))
    cold = Generator.load(str(tiny_pipeline_dir)).render(request(seed=21))
    assert np.array_equal(pixels(warm), pixels(cold))


def test_steps_report_progress_and_previews_every_k(generator):
    seen = []
    generator.render(request(steps=6, preview_every=2), on_step=seen.append)
    assert [p.step for p in seen] == [1, 2, 3, 4, 5, 6] and {p.total for p in seen} == {6}
    with_preview = [p.step for p in seen if p.preview is not None]
    assert with_preview == [2, 4]  # the final picture comes in the result, not as a preview
    assert seen[1].preview.size == (64, 64)


def test_approximate_previews_are_cheap_latent_colours(generator):
    seen = []
    with count_calls(generator.pipeline.vae.decoder) as decodes:
        generator.render(request(steps=4, preview_every=1, preview_mode="approx"), on_step=seen.append)
    assert [p.preview is not None for p in seen] == [True, True, True, False]
    assert seen[0].preview.size == (64, 64)
    assert len(decodes) == 1  # only the final picture was decoded


@pytest.mark.parametrize("strength", [1.0, 0.75])
def test_cancel_stops_within_one_step_and_raises(generator, strength):
    previous = generator.render(request(seed=3)).latents if strength < 1 else None
    cancel = threading.Event()
    steps_after_cancel = []

    def on_step(progress):  # transformer_calls is bound by the `with` below, before any step
        if cancel.is_set():
            steps_after_cancel.append(progress.step)
        if progress.step == 2:
            cancel.set()
            transformer_calls.clear()

    with count_calls(generator.pipeline.transformer) as transformer_calls, \
            count_calls(generator.pipeline.vae.decoder) as decodes, pytest.raises(RenderCancelled, match="2 of"):
        generator.render(request(steps=8, init_latents=previous, strength=strength), on_step=on_step, cancel=cancel)
    assert len(transformer_calls) <= 1 and steps_after_cancel == []
    assert decodes == []  # the partial picture is not decoded
    assert generator.render(request(steps=2)).image.size == (64, 64)  # and the generator still works


def test_out_of_memory_is_reported_and_the_next_render_works(tiny_pipeline_dir):
    generator = Generator.load(str(tiny_pipeline_dir))
    reference = generator.render(request(seed=9))
    transformer = generator.pipeline.transformer
    real_forward = transformer.forward

    def forward_that_runs_out_once(*args, **kwargs):  # the named boundary: the device failing once
        transformer.forward = real_forward
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB")

    transformer.forward = forward_that_runs_out_once
    with pytest.raises(GeneratorOutOfMemory, match=r"64×64.*try"):
        generator.render(request(seed=9))
    assert len(generator.cache) == 0  # what could be freed was freed
    again = generator.render(request(seed=9))
    assert np.array_equal(pixels(again), pixels(reference))


def test_other_runtime_errors_are_not_disguised_as_out_of_memory(tiny_pipeline_dir):
    generator = Generator.load(str(tiny_pipeline_dir))

    def broken_forward(*args, **kwargs):
        raise RuntimeError("shape mismatch")

    generator.pipeline.transformer.forward = broken_forward
    with pytest.raises(RuntimeError, match="shape mismatch"):
        generator.render(request())


def test_nan_latents_are_detected(tiny_pipeline_dir):
    generator = Generator.load(str(tiny_pipeline_dir))
    with torch.no_grad():
        generator.pipeline.transformer.proj_out.bias.fill_(float("nan"))
    with pytest.raises(BadOutputError, match="NaN"):
        generator.render(request())


def test_an_all_black_picture_is_detected(tiny_pipeline_dir):
    generator = Generator.load(str(tiny_pipeline_dir))
    with torch.no_grad():
        generator.pipeline.vae.decoder.conv_out.bias.fill_(-1e4)
    with pytest.raises(BadOutputError, match="black"):
        generator.render(request())


def test_concurrent_renders_are_serialised_and_correct(generator):
    expected = {seed: pixels(generator.render(request(seed=seed))) for seed in (1, 2, 3, 4)}
    results: dict[int, np.ndarray] = {}
    threads = [threading.Thread(target=lambda s=s: results.__setitem__(s, pixels(generator.render(request(seed=s)))))
               for s in expected]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(np.array_equal(results[s], expected[s]) for s in expected)


def test_low_vram_mode_draws_the_same_picture(tiny_pipeline_dir, generator):
    low = Generator.load(str(tiny_pipeline_dir), low_vram=True)
    assert "low-VRAM on" in low.describe() and low.pipeline.vae.use_tiling
    assert np.array_equal(pixels(low.render(request(seed=4))), pixels(generator.render(request(seed=4))))


def test_low_vram_mode_decodes_large_pictures_in_tiles(tiny_pipeline_dir):
    low = Generator.load(str(tiny_pipeline_dir), low_vram=True)
    with count_calls(low.pipeline.vae.decoder) as tiles:
        result = low.render(request(width=128, height=128, steps=1))
    assert result.image.size == (128, 128)
    assert len(tiles) > 1  # decoded piece by piece, not in one pass


def test_an_unseeded_request_reports_a_seed_that_reproduces_it(generator):
    first = generator.render(request(seed=None))
    again = generator.render(request(seed=first.seed))
    assert np.array_equal(pixels(first), pixels(again))


def test_a_long_prompt_renders_but_says_what_was_cut(generator):
    long_prompt = " ".join(["a big red circle at the top left"] * 20)
    result = generator.render(request(prompt=long_prompt, steps=1))
    assert not result.prompt_report.fits
    assert any("CLIP reads 77" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"prompt": "   "}, "empty"),
        ({"width": 70}, "multiple of 16.*try 64 or 80"),
        ({"width": 4096, "height": 4096}, "too large"),
        ({"height": 0}, "positive"),
        ({"strength": 1.5}, "strength"),
        ({"steps": 0}, "steps"),
        ({"initial_noise": torch.zeros(1, 4, 4, 4)}, "initial noise has shape"),
        ({"init_latents": torch.zeros(1, 4, 16, 16), "strength": 0.5}, "previous latents"),
        ({"preview_mode": "fast"}, "preview_mode"),
    ],
)
def test_impossible_requests_raise_clear_errors(generator, overrides, message):
    with pytest.raises(GeneratorError, match=message):
        generator.render(request(**overrides))


def test_result_carries_what_reproduces_it(generator):
    result = generator.render(request(negative_prompt="blurry, low quality, watermark"))
    assert result.metadata == {**result.settings, "model_id": generator.model_id}
    assert result.settings == {
        "prompt": "a big red circle at the top left on a gray background",
        "negative_prompt": "blurry, low quality, watermark", "width": 64, "height": 64, "steps": STEPS,
        "guidance": 5.0, "seed": 7, "strength": 1.0,
    }
    assert result.latents.dtype == torch.float32 and result.latents.device.type == "cpu"
    assert set(result.timings) == {"encode_s", "denoise_s", "decode_s", "total_s"}


def test_out_of_memory_in_the_vae_retries_once_with_tiles(tiny_pipeline_dir):
    generator = Generator.load(str(tiny_pipeline_dir))
    reference = generator.render(request(seed=9))
    vae = generator.pipeline.vae
    real_forward = vae.decoder.forward
    tiling_per_call: list[bool] = []

    def forward_that_runs_out_once(*args, **kwargs):  # the named boundary: the device failing once
        tiling_per_call.append(vae.use_tiling)
        if len(tiling_per_call) == 1:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 8.00 GiB")
        return real_forward(*args, **kwargs)

    vae.decoder.forward = forward_that_runs_out_once
    again = generator.render(request(seed=9))
    assert tiling_per_call == [False, True]  # failed untiled, retried tiled (a 64-pixel picture is one tile)
    assert np.array_equal(pixels(again), pixels(reference))
    assert not vae.use_tiling  # tiling is off again outside low-VRAM mode
