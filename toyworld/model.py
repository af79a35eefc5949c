"""The embedded model: its architecture, the parts the transformer stage trains, and their prediction in training.

The prediction is conditioned by `generator.conditioning`, the code that conditions the transformer when the app
samples, so what it learns from is exactly what `HunyuanDiTPipeline.__call__` later feeds it.
"""

from __future__ import annotations

import torch
from diffusers import HunyuanDiTPipeline

from generator.components import Architecture
from generator.conditioning import encode_text, predict, transformer_inputs
from toyworld.spec import CANVAS

# 64 x 64 pictures -> 8 x 8 x 8 latents, patch 1: 64 image tokens. Eight channels, not four: with four, the
# VAE blurred small shapes until the checker could not read them back.
EMBEDDED_ARCH = Architecture(
    sample_size=8,
    latent_channels=8,
    patch_size=1,
    hidden_size=128,
    num_attention_heads=4,
    num_layers=6,
    mlp_ratio=3.0,
    bert_hidden=64,
    bert_layers=1,
    bert_heads=2,
    t5_hidden=64,
    t5_layers=1,
    t5_heads=2,
    t5_ff=128,
    pooled_projection_dim=64,
    vae_channels=(16, 32, 64, 64),
    vae_norm_groups=8,
    sp_vocab_size=400,
)


def dit_modules(pipe: HunyuanDiTPipeline) -> torch.nn.ModuleDict:
    """What the transformer stage trains (and its EMA holds): the transformer and both text encoders."""
    return torch.nn.ModuleDict({"transformer": pipe.transformer, "text_encoder": pipe.text_encoder,
                                "text_encoder_2": pipe.text_encoder_2})


def predict_from_captions(pipe: HunyuanDiTPipeline, latents: torch.Tensor, timesteps: torch.Tensor,
                          captions: list[str]) -> torch.Tensor:
    """The transformer's prediction for noisy latents of toy-world pictures and their captions.

    Gradients flow when the caller has grad enabled, so the text encoders train jointly with the transformer.
    """
    transformer = pipe.transformer
    text = encode_text(pipe, captions, transformer.device, transformer.dtype)
    return predict(transformer, latents, timesteps, transformer_inputs(transformer, text, CANVAS, CANVAS,
                                                                        transformer.device))
