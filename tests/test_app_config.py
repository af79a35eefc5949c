"""Configuration: defaults, environment variables (Spaces), flags; the last word wins; unsafe combinations refused."""

import pytest

from server.config import EMBEDDED_MODEL, parse_config


def test_defaults_run_the_embedded_model_locally_and_open_the_browser():
    config = parse_config([], environ={})
    assert config.model == str(EMBEDDED_MODEL)
    assert (config.enhancer, config.quant, config.host, config.open_browser) == ("rules", "none", "127.0.0.1", True)


def test_environment_then_flags():
    env = {"DRAWCHAT_MODEL": "Tencent-Hunyuan/HunyuanDiT-v1.2-Diffusers-Distilled", "DRAWCHAT_QUANT": "nf4",
           "DRAWCHAT_LOW_VRAM": "true", "DRAWCHAT_QUEUE_SIZE": "4"}
    config = parse_config(["--quant", "int8", "--no-browser"], environ=env)
    assert config.model.startswith("Tencent-Hunyuan/")
    assert (config.quant, config.low_vram, config.queue_size, config.open_browser) == ("int8", True, 4, False)


def test_on_spaces_listens_on_all_interfaces_and_never_opens_a_browser():
    config = parse_config([], environ={"SPACE_ID": "someone/drawing-chat"})
    assert (config.on_spaces, config.host, config.open_browser) == (True, "0.0.0.0", False)


def test_share_without_auth_is_refused():
    with pytest.raises(SystemExit):
        parse_config(["--share"], environ={})
    assert parse_config(["--share", "--auth", "me:secret"], environ={}).share


def test_the_embedded_model_gets_the_toy_world_locator_other_models_none(tiny_pipeline_dir):
    """`--strategy ours` in the app must be what bench_consistency measures on the embedded model."""
    from server.factory import build_engine
    from toyworld.reader import ToyWorldReader

    embedded = build_engine(parse_config(["--strategy", "ours"], environ={}))
    assert isinstance(embedded.editor.reader, ToyWorldReader) and embedded.editor.reader.palette
    other = build_engine(parse_config(["--model", str(tiny_pipeline_dir)], environ={}))
    assert other.editor.reader is None


def test_the_default_strategy_is_ours_on_the_embedded_model_and_masked_elsewhere(tiny_pipeline_dir):
    from server.factory import build_engine
    from editing.plan import Strategy

    assert build_engine(parse_config([], environ={})).strategy == Strategy.OURS
    assert build_engine(parse_config(["--model", str(tiny_pipeline_dir)], environ={})).strategy == Strategy.MASKED
    chosen = parse_config(["--strategy", "fresh"], environ={})
    assert build_engine(chosen).strategy == Strategy.FRESH


def test_the_speed_options_come_from_flags_and_environment():
    from server.config import parse_config

    config = parse_config(["--dtype", "bfloat16", "--compile", "--vae-tiling"], environ={"DRAWCHAT_FUSE_QKV": "1"})
    assert (config.dtype, config.compile, config.vae_tiling, config.fuse_qkv, config.vae_slicing) == (
        "bfloat16", True, True, True, False)
    assert parse_config([], environ={}).dtype is None
