"""The embedded model's architecture and the two pieces training must share with the pipeline.

`encode_captions` calls the pipeline's own `encode_prompt` and `rotary_embedding` repeats the pipeline's rotary
grid, so what the transformer sees in training is exactly what `HunyuanDiTPipeline.__call__` feeds it.
"""

from __future__ import annotations

import torch
from diffusers import HunyuanDiTPipeline
from diffusers.models.embeddings import get_2d_rotary_pos_embed
from diffusers.pipelines.hunyuandit.pipeline_hunyuandit import get_resize_crop_region_for_grid

from generator.components import VAE_SCALE_FACTOR, Architecture

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


def encode_captions(pipe: HunyuanDiTPipeline, texts: list[str]) -> tuple[torch.Tensor, ...]:
    """(bert_embeds, bert_mask, t5_embeds, t5_mask) exactly as the pipeline computes them (no CFG duplication).

    Gradients flow when the caller has grad enabled, so the text encoders can be trained jointly.
    """
    device = pipe.transformer.device
    embeds, _, mask, _ = pipe.encode_prompt(texts, device=device, dtype=pipe.transformer.dtype,
                                            do_classifier_free_guidance=False, text_encoder_index=0)
    embeds_2, _, mask_2, _ = pipe.encode_prompt(texts, device=device, dtype=pipe.transformer.dtype,
                                                do_classifier_free_guidance=False, text_encoder_index=1)
    return embeds, mask, embeds_2, mask_2


def rotary_embedding(pipe: HunyuanDiTPipeline, height: int, width: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The pipeline's `image_rotary_emb` for a height x width picture (same grid, crop region and base size)."""
    patch = pipe.transformer.config.patch_size
    grid_h, grid_w = height // VAE_SCALE_FACTOR // patch, width // VAE_SCALE_FACTOR // patch
    base_size = 512 // VAE_SCALE_FACTOR // patch
    crops = get_resize_crop_region_for_grid((grid_h, grid_w), base_size)
    return get_2d_rotary_pos_embed(pipe.transformer.inner_dim // pipe.transformer.num_heads, crops,
                                   (grid_h, grid_w), device=pipe.transformer.device, output_type="pt")


def predict(pipe: HunyuanDiTPipeline, latents: torch.Tensor, timesteps: torch.Tensor,
            text: tuple[torch.Tensor, ...], rotary: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
    """The half of the transformer output that the pipeline uses as the model prediction."""
    embeds, mask, embeds_2, mask_2 = text
    timesteps = timesteps.to(latents.dtype)  # the pipeline passes float timesteps
    out = pipe.transformer(latents, timesteps, encoder_hidden_states=embeds, text_embedding_mask=mask,
                           encoder_hidden_states_t5=embeds_2, text_embedding_mask_t5=mask_2,
                           image_meta_size=None, style=None, image_rotary_emb=rotary, return_dict=False)[0]
    return out.chunk(2, dim=1)[0]
