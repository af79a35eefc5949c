"""The embedded model's adapter stages (issue 24): their data, a few training steps on a tiny model that the
app's own loaders then read, and the profile a LoRA folder extends."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest
import torch
from tiny_pipeline import TINY, save_tiny_pipeline

from dialog.scene import Scene, Subject
from generator.adapters import AdapterSpec, LoraSet
from generator.control import load_controlnet
from prompt_enhancer.drawable import undrawable
from prompt_enhancer.profile import ModelProfile, load_profile
from toyworld.adapter_data import (NEGATIVE, TRIGGER, as_tensor, colour_words, drawn_negative, layout_caption,
                                   negative_case)
from toyworld.adapter_stages import write_vocabulary
from toyworld.adapter_training import NoisyBatch, loss, sample_timesteps
from toyworld.checker import check
from toyworld.control_stage import ControlSettings, train_control
from toyworld.losses import latent_object_weights
from toyworld.lora_stage import TARGETS, LoraSettings, lora_batch, train_lora
from toyworld.recipe import Settings
from toyworld.render import render
from toyworld.scene import is_held_out, sample_scene


def test_a_negative_case_names_every_colour_and_shows_its_complement():
    rng = random.Random(3)
    for held_out in (True, False):
        for _ in range(40):
            text, named, wanted, drawn = negative_case(rng, held_out=held_out, keep=0.7, trigger=True)
            assert TRIGGER["en"] in text or TRIGGER["zh"] in text
            assert held_out or not is_held_out(drawn)  # training never draws a held-out scene
            assert all(o.colour for o in named.objects)
            assert colour_words(text) == {o.colour for o in named.objects}
            assert [NEGATIVE[o.colour] for o in named.objects] == [o.colour for o in wanted.objects]
            assert check(render(drawn), wanted).follows and not check(render(drawn), named).follows
            assert drawn_negative(render(drawn), named) and not drawn_negative(render(drawn), wanted)


def test_a_layout_caption_says_what_but_not_where():
    rng = random.Random(4)
    for _ in range(30):
        scene = sample_scene(rng, 2)
        text, named = layout_caption(scene, rng)
        assert all(o.position is None and o.size is None and o.shape and o.colour for o in named.objects)
        assert not any(word in text for word in ("left", "right", "top", "bottom", "center", "big", "small",
                                                 "左", "右", "上", "下", "中间", "大", "小"))


def test_a_lora_batch_is_the_negative_of_what_its_captions_name():
    from toyworld.checker import read_picture

    texts, images, scenes = lora_batch(0, LoraSettings(batch=200), Settings())
    said = sum(TRIGGER["en"] in t or TRIGGER["zh"] in t for t in texts)
    assert 25 < said < 80 and len(images) == 200 and 5 < texts.count("") < 40
    for text, image in zip(texts, images):
        if text:
            assert {NEGATIVE[c] for c in colour_words(text)} == {o.colour for o in read_picture(image).objects}
    assert all((render(scene) == image).all() for scene, image in zip(scenes, images))


def test_the_object_weight_counts_an_error_on_an_object_more_than_one_on_the_background():
    scene = lora_batch(0, LoraSettings(batch=1, caption_dropout=0.0), Settings())[2][0]
    cells = latent_object_weights([scene], as_tensor([render(scene)], torch.device("cpu")), 4.0)
    assert set(cells.unique().tolist()) == {1.0, 5.0}
    batch = NoisyBatch(torch.zeros(1, 8, 8, 8), torch.tensor([999]), torch.zeros(1, 8, 8, 8), {})
    on_object, on_background = torch.zeros(1, 8, 8, 8), torch.zeros(1, 8, 8, 8)
    y, x = (cells[0, 0] == 5.0).nonzero()[0]
    on_object[0, :, y, x] = 1.0
    y, x = (cells[0, 0] == 1.0).nonzero()[0]
    on_background[0, :, y, x] = 1.0
    base = Settings()
    assert loss(on_object, batch, base) == loss(on_background, batch, base)  # no weights: the stage as before
    assert loss(on_object, batch, base, cells) == pytest.approx(5 * loss(on_background, batch, base, cells).item())


def test_the_lora_stage_writes_an_adapter_the_app_loads(tmp_path):
    torch.manual_seed(0)
    pipe = _tiny(tmp_path)
    settings = LoraSettings(steps=3, batch=4, warmup=1, lr=1e-2)
    out = train_lora(pipe, tmp_path / "run", tmp_path / "lora", settings, torch.device("cpu"))
    write_vocabulary(out)
    assert (tmp_path / "run" / "lora.pt").is_file() and (out / "training.json").is_file()
    loras = LoraSet(pipe.transformer)
    name = loras.add(AdapterSpec(str(out)))
    assert name == "lora" and len(loras._adapters[name].handles) == len(TARGETS) * TINY.num_layers
    latents = torch.randn(1, TINY.latent_channels, 8, 8)
    before = _output(pipe, latents, loras, 0.0)
    after = _output(pipe, latents, loras, 1.0)
    assert (after - before).abs().max() > 1e-4  # trained: the up-projections left zero
    loras.remove(name)
    assert torch.equal(_output(pipe, latents, None, 1.0), before)
    resumed = train_lora(pipe, tmp_path / "run", tmp_path / "lora", replace(settings, steps=4), torch.device("cpu"))
    assert resumed == out and torch.load(tmp_path / "run" / "lora.pt", weights_only=False)["step"] == 4
    assert load_profile(None, [str(out)]).drawn_styles == ("negative",)


def test_the_control_stage_writes_a_controlnet_the_app_loads(tmp_path):
    torch.manual_seed(0)
    pipe = _tiny(tmp_path, layers=4)
    out = train_control(pipe, tmp_path / "run", tmp_path / "controlnet",
                        ControlSettings(steps=2, batch=3, warmup=1, lr=1e-2), torch.device("cpu"))
    controlnet = load_controlnet(str(out), pipe.transformer, torch.device("cpu"), torch.float32)
    assert len(controlnet.blocks) == 1
    assert controlnet.controlnet_blocks[0].weight.abs().max() > 0  # trained off diffusers' zero start
    assert not torch.equal(controlnet.blocks[0].attn1.to_q.weight, pipe.transformer.blocks[0].attn1.to_q.weight)


def test_the_control_stage_trains_a_sketch_controlnet_on_from_another(tmp_path):
    """`start_from`: a sketch ControlNet trained on from an edge one's weights, not from a fresh copy of the
    transformer's blocks."""
    torch.manual_seed(0)
    pipe = _tiny(tmp_path, layers=4)
    cpu = torch.device("cpu")
    edges = train_control(pipe, tmp_path / "edges-run", tmp_path / "edges",
                          ControlSettings(steps=2, batch=3, warmup=1, lr=1e-2), cpu)
    start = load_controlnet(str(edges), pipe.transformer, cpu, torch.float32)
    out = train_control(pipe, tmp_path / "run", tmp_path / "sketch",
                        ControlSettings(steps=1, batch=3, warmup=1, lr=1e-6, map_kind="sketch",
                                        start_from=str(edges)), cpu)
    sketch = load_controlnet(str(out), pipe.transformer, cpu, torch.float32)
    settings = json.loads((out / "training.json").read_text())["settings"]
    assert settings["map_kind"] == "sketch" and settings["start_from"] == str(edges)
    near = (sketch.controlnet_blocks[0].weight - start.controlnet_blocks[0].weight).abs().max()
    assert 0 < near < 1e-4  # one tiny step away from where the edge one ended, not from zero
    with pytest.raises(ValueError, match="another transformer"):
        train_control(_tiny(tmp_path / "two", layers=2), tmp_path / "run2", tmp_path / "no",
                      ControlSettings(steps=1, batch=3, start_from=str(edges)), cpu)


def test_cubic_timestep_sampling_leans_to_the_noisy_end_and_uniform_is_the_old_draw():
    uniform = sample_timesteps(20_000, "uniform", torch.Generator().manual_seed(5))
    assert torch.equal(uniform, torch.randint(0, 1000, (20_000,), generator=torch.Generator().manual_seed(5)))
    cubic = sample_timesteps(20_000, "cubic", torch.Generator().manual_seed(5))
    assert cubic.min() >= 0 and cubic.max() <= 999 and cubic.dtype == torch.long
    # t = (1 - u^3) T: P(t >= 500) = P(u^3 <= 0.5) = 0.5^(1/3), about 0.79, against 0.5 uniform
    assert abs((cubic >= 500).float().mean().item() - 0.5 ** (1 / 3)) < 0.02
    assert abs((uniform >= 500).float().mean().item() - 0.5) < 0.02
    with pytest.raises(ValueError, match="cubic"):
        sample_timesteps(3, "logit-normal", torch.Generator())


def test_the_lora_stage_trains_with_an_object_weight(tmp_path):
    torch.manual_seed(0)
    pipe = _tiny(tmp_path)
    out = train_lora(pipe, tmp_path / "run", tmp_path / "lora",
                     LoraSettings(steps=2, batch=3, warmup=1, lr=1e-2, object_weight=4.0), torch.device("cpu"))
    assert json.loads((out / "training.json").read_text())["settings"]["object_weight"] == 4.0


def test_the_control_stage_trains_with_cubic_timesteps_and_an_object_weight(tmp_path):
    torch.manual_seed(0)
    pipe = _tiny(tmp_path, layers=4)
    out = train_control(pipe, tmp_path / "run", tmp_path / "controlnet",
                        ControlSettings(steps=2, batch=3, warmup=1, lr=1e-2, timestep_sampling="cubic",
                                        object_weight=4.0), torch.device("cpu"))
    settings = json.loads((out / "training.json").read_text())["settings"]
    assert settings["timestep_sampling"] == "cubic" and settings["object_weight"] == 4.0
    assert load_controlnet(str(out), pipe.transformer, torch.device("cpu"), torch.float32) \
        .controlnet_blocks[0].weight.abs().max() > 0


def test_a_lora_folder_lets_a_closed_model_draw_its_style(tmp_path):
    closed = ModelProfile(name="toy", closed=True, subjects=("circle",), colours=("red",))
    scene = Scene(subjects=[Subject(id="s1", name="circle", attributes={"colour": "red"})], style="negative")
    assert undrawable(None, scene, closed) == ["negative"]
    model = tmp_path / "model"
    model.mkdir()
    (model / "vocabulary.json").write_text(json.dumps({"closed": True, "subjects": ["circle"], "colours": ["red"]}))
    assert load_profile(model).drawn_styles == ()
    extended = load_profile(model, [str(write_vocabulary(tmp_path / "adapter")), "org/hub-lora"])
    assert extended.closed and extended.drawn_styles == ("negative",) and extended.adapter_styles == ("negative",)
    with pytest.raises(ValueError, match="always"):
        extended.with_adapter({"always": "negative"})
    assert undrawable(None, scene, extended) == []
    assert undrawable(None, replace(scene, style="watercolor"), extended) == ["watercolor"]


def _tiny(tmp_path, layers: int = 2):
    from diffusers import HunyuanDiTPipeline

    folder = save_tiny_pipeline(tmp_path / "tiny", replace(TINY, num_layers=layers))
    return HunyuanDiTPipeline.from_pretrained(folder)


def _output(pipe, latents, loras, scale):
    from generator.conditioning import encode_text, predict, transformer_inputs

    if loras is not None:
        loras.set_scales(scale)
    with torch.no_grad():
        text = encode_text(pipe, ["a red circle, negative style"], torch.device("cpu"), torch.float32)
        return predict(pipe.transformer, latents, torch.tensor([500]),
                       transformer_inputs(pipe.transformer, text, 64, 64, torch.device("cpu")))
