"""The embedded model is trained on what the app gives it, with loss weights where the checker looks."""

import dataclasses
import json
import shutil

import pytest
import torch
from diffusers import AutoencoderKL, HunyuanDiTPipeline

from toyworld.batches import pictures
from toyworld.losses import edge_weights, latent_object_weights, loss_weights, object_weights
from toyworld.model import predict_from_captions
from toyworld.readout_stage import sampled_latents, train_readout
from toyworld.recipe import Settings
from toyworld.runs import STATE, record_start, trained_vae
from toyworld.scene import ToyObject, ToyScene, is_held_out

SCENE = ToyScene("white", (ToyObject("square", "red", "small", "center"),))  # pixels 26..37 in both axes


def test_object_weights_mark_exactly_the_rendered_object():
    x = pictures([SCENE], torch.device("cpu"))
    weights = object_weights([SCENE], x, 4.0)[0, 0]
    assert weights[26:38, 26:38].eq(5.0).all()
    assert (weights == 5.0).sum() == 12 * 12
    assert weights[:26].eq(1.0).all() and weights[38:].eq(1.0).all()


def test_edge_weights_add_weight_along_the_outline_only():
    x = pictures([SCENE], torch.device("cpu"))
    weights = edge_weights([SCENE], x, 4.0, 8.0)[0, 0]
    assert weights[32, 32] == 5.0  # inside, away from the edge
    assert weights[26, 32] == 13.0 and weights[37, 37] == 13.0  # object pixels on the outline
    assert weights[25, 32] == 9.0 and weights[38, 38] == 9.0  # background pixels touching it
    assert weights[24, 32] == 1.0 and weights[0, 0] == 1.0
    # the outline of a 12 x 12 square: a 14 x 14 ring minus a 10 x 10 core
    assert (weights > 5.0).sum() == 14 * 14 - 10 * 10


def test_latent_weights_cover_every_8x8_cell_the_object_touches():
    x = pictures([SCENE], torch.device("cpu"))
    weights = latent_object_weights([SCENE], x, 4.0)[0, 0]
    assert weights.shape == (8, 8)
    touched = torch.zeros(8, 8, dtype=torch.bool)
    touched[3:5, 3:5] = True  # pixels 26..37 fall in cells 3 and 4
    assert weights[touched].eq(5.0).all() and weights[~touched].eq(1.0).all()


def test_min_snr_weights_follow_the_snr_at_high_noise_and_cap_it_at_low_noise():
    alpha_bar = torch.tensor([0.01, 0.5, 0.999])  # SNR 0.0101, 1, 999
    snr = alpha_bar / (1 - alpha_bar)
    weights = loss_weights(alpha_bar, dataclasses.replace(Settings(), loss_weighting="min_snr"))  # v, gamma 5
    torch.testing.assert_close(weights, torch.stack([snr[0] / (snr[0] + 1), torch.tensor(0.5), 5 / (snr[2] + 1)]))
    assert weights[0] < 0.011  # the noisiest timesteps barely count
    uniform = loss_weights(alpha_bar, dataclasses.replace(Settings(), loss_weighting="uniform"))
    assert torch.equal(uniform, torch.ones(3))


def test_min_snr_plus_one_gives_the_noisy_half_full_weight_and_keeps_the_cap_near_clean():
    alpha_bar = torch.tensor([1e-4, 0.01, 0.5, 0.75, 0.999])  # SNR 1e-4, 0.0101, 1, 3, 999
    snr = alpha_bar / (1 - alpha_bar)
    weights = loss_weights(alpha_bar, Settings())  # the default: min_snr_plus_one, v-prediction, gamma 5
    min_snr = dataclasses.replace(Settings(), loss_weighting="min_snr")
    assert torch.equal(weights[:4], torch.ones(4))  # SNR + 1 <= gamma: nothing is discounted
    torch.testing.assert_close(weights[4], 5 / (snr[4] + 1))
    # near the clean end it is min_snr's cap; at the noisy end min_snr would give about SNR
    torch.testing.assert_close(weights[4], loss_weights(alpha_bar, min_snr)[4])
    assert loss_weights(alpha_bar, min_snr)[0] < 1e-3


def test_an_unknown_loss_weighting_is_refused_instead_of_silently_meaning_min_snr():
    with pytest.raises(ValueError, match="unknown loss weighting"):
        loss_weights(torch.tensor([0.5]), dataclasses.replace(Settings(), loss_weighting="min-snr"))


def test_trained_vae_reads_a_model_folder_and_a_run_alike(tiny_pipeline_dir, tmp_path):
    vae = AutoencoderKL.from_pretrained(tiny_pipeline_dir / "vae")
    from_folder = trained_vae(tiny_pipeline_dir)
    assert from_folder["scaling_factor"] == vae.config.scaling_factor
    assert all(torch.equal(from_folder["vae"][k], v) for k, v in vae.state_dict().items())
    assert from_folder["history"] == [] and from_folder["decoder_step"] == 0  # the tiny model has no training.json
    model = tmp_path / "model"
    shutil.copytree(tiny_pipeline_dir / "vae", model / "vae")
    (model / "training.json").write_text(json.dumps({"decoder_steps_trained": 30, "runs": [{"argv": ["--x"]}]}))
    assert trained_vae(model)["decoder_step"] == 30 and trained_vae(model)["history"] == [{"argv": ["--x"]}]
    # a model whose VAE came from elsewhere: its history is the VAE's, and the readout steps come along
    (model / "training.json").write_text(json.dumps({"decoder_steps_trained": 30, "readout_steps_trained": 9,
                                                     "runs": [{"argv": ["--x"]}], "vae_from": "runs/v",
                                                     "vae_runs": [{"argv": ["--v"]}]}))
    assert trained_vae(model)["history"] == [{"argv": ["--v"]}] and trained_vae(model)["readout_step"] == 9
    assert trained_vae(model)["origin"] == "runs/v"
    run = tmp_path / "run"
    run.mkdir()
    torch.save({"stage": "dit", "vae": vae.state_dict(), "scaling_factor": 0.5}, run / STATE)
    record_start(run, Settings())
    from_run = trained_vae(run)
    assert from_run["scaling_factor"] == 0.5 and from_run["history"][0]["settings"]["seed"] == 0
    with pytest.raises(SystemExit, match="neither a training run"):
        trained_vae(tmp_path)


def test_the_readout_pool_resumes_to_the_same_latents_and_scenes(tiny_pipeline_dir, tmp_path, single_torch_thread):
    pipe = HunyuanDiTPipeline.from_pretrained(tiny_pipeline_dir)
    settings = dataclasses.replace(Settings(), readout_pool=4)
    whole, scenes = sampled_latents(pipe, tmp_path / "whole", settings, torch.device("cpu"), chunk=2)
    assert whole.shape == (4, pipe.vae.config.latent_channels, 8, 8) and len(scenes) == 4
    assert not any(is_held_out(scene) for scene in scenes)
    interrupted = dataclasses.replace(settings, readout_pool=2)  # stopped after its first chunk
    sampled_latents(pipe, tmp_path / "resumed", interrupted, torch.device("cpu"), chunk=2)
    resumed, resumed_scenes = sampled_latents(pipe, tmp_path / "resumed", settings, torch.device("cpu"), chunk=2)
    assert torch.equal(resumed, whole) and resumed_scenes == scenes


def test_readout_fits_the_decoder_to_sampled_latents_and_leaves_the_encoder(tiny_pipeline_dir, tmp_path,
                                                                             single_torch_thread):
    pipe = HunyuanDiTPipeline.from_pretrained(tiny_pipeline_dir)
    settings = dataclasses.replace(Settings(), readout_pool=8, readout_steps=30, readout_lr=3e-3, vae_batch=8,
                                   checkpoint_every=10, log_every=10, probe_every=1000)
    latents, scenes = sampled_latents(pipe, tmp_path, settings, torch.device("cpu"))
    truth = pictures(scenes, torch.device("cpu"))
    encoder = {k: v.clone() for k, v in pipe.vae.encoder.state_dict().items()}

    def error() -> float:
        with torch.no_grad():
            return float((pipe.vae.decode(latents).sample - truth).pow(2).mean())

    before = error()
    train_readout(pipe, {"stage": "dit"}, tmp_path, settings, torch.device("cpu"))
    assert error() < 0.75 * before  # 0.41 -> 0.24 when written
    assert all(torch.equal(v, encoder[k]) for k, v in pipe.vae.encoder.state_dict().items())
    state = torch.load(tmp_path / STATE, weights_only=False)
    assert state["stage"] == "readout" and state["readout_step"] == 30
    assert all(torch.equal(v, pipe.vae.state_dict()[k]) for k, v in state["vae"].items())


def test_training_conditions_the_transformer_exactly_as_the_pipeline_samples(tiny_pipeline_dir, single_torch_thread):
    pipe = HunyuanDiTPipeline.from_pretrained(tiny_pipeline_dir)
    pipe.set_progress_bar_config(disable=True)
    calls = []
    hook = pipe.transformer.register_forward_hook(
        lambda module, args, kwargs, output: calls.append((args, output)), with_kwargs=True)
    text = "a big red circle at the top left on a white background"
    pipe(text, height=64, width=64, num_inference_steps=1, guidance_scale=1.0, use_resolution_binning=False,
         generator=torch.Generator().manual_seed(0), output_type="latent")
    hook.remove()
    (latents, timestep), output = calls[0]
    with torch.no_grad():
        prediction = predict_from_captions(pipe, latents, timestep, [text])
    assert torch.equal(prediction, output[0].chunk(2, dim=1)[0])
