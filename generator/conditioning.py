"""HunyuanDiT's conditioning, written once: what the transformer is given besides latents and time.

`HunyuanDiTPipeline.__call__` builds these inputs inside its own loop; whoever calls the transformer directly
(image-to-image in `generator.sampling`, a trainer) builds them here, so every path conditions the model alike.
It serves any HunyuanDiT pipeline and knows nothing of who calls it.
"""

from __future__ import annotations

import torch
from diffusers import HunyuanDiT2DModel, HunyuanDiTPipeline
from diffusers.models.embeddings import get_2d_rotary_pos_embed
from diffusers.pipelines.hunyuandit.pipeline_hunyuandit import get_resize_crop_region_for_grid

from generator.embedding_cache import TextEmbeddings
from generator.prompt_check import BERT_MAX_TOKENS, T5_MAX_TOKENS  # the lengths encode_prompt pads / cuts to

__all__ = ["BERT_MAX_TOKENS", "T5_MAX_TOKENS"]  # re-exported: where the conditioning is, its lengths are too
# __call__ hard-codes its rotary grid as height // 8 // patch_size, whatever the VAE: every VAE must downscale by 8.
VAE_SCALE_FACTOR = 8
ROTARY_BASE_SIZE = 512  # and crops that grid against a 512-pixel base (512 // 8 // patch_size cells)
ORIGINAL_SIZE = (1024, 1024)  # __call__'s defaults for the size ids; every path passes the same ones
CROPS_TOP_LEFT = (0, 0)


def encode_text(
    pipe: HunyuanDiTPipeline, texts: str | list[str], device: torch.device, dtype: torch.dtype
) -> TextEmbeddings:
    """Both text encoders on `texts`, as the pipeline encodes a prompt (no copy for classifier-free guidance).

    Gradients flow when the caller has them enabled, so a trainer can train the text encoders through this.
    """
    embeds, _, mask, _ = pipe.encode_prompt(
        texts, device=device, dtype=dtype, do_classifier_free_guidance=False,
        max_sequence_length=BERT_MAX_TOKENS, text_encoder_index=0,
    )
    embeds_2, _, mask_2, _ = pipe.encode_prompt(
        texts, device=device, dtype=dtype, do_classifier_free_guidance=False,
        max_sequence_length=T5_MAX_TOKENS, text_encoder_index=1,
    )
    return TextEmbeddings(embeds, mask, embeds_2, mask_2)


def concat_text(texts: list[TextEmbeddings]) -> TextEmbeddings:
    """One batch from several (the negative before the prompt, for classifier-free guidance)."""
    return TextEmbeddings(
        torch.cat([t.embeds for t in texts]),
        torch.cat([t.mask for t in texts]),
        torch.cat([t.embeds_2 for t in texts]),
        torch.cat([t.mask_2 for t in texts]),
    )


def rotary_embedding(
    transformer: HunyuanDiT2DModel, height: int, width: int, device: torch.device
) -> tuple[torch.Tensor, torch.Tensor]:
    """The pipeline's `image_rotary_emb` for a height x width picture (same grid, crop region and base size)."""
    patch = transformer.config.patch_size
    grid_height, grid_width = height // VAE_SCALE_FACTOR // patch, width // VAE_SCALE_FACTOR // patch
    base_size = ROTARY_BASE_SIZE // VAE_SCALE_FACTOR // patch
    crops = get_resize_crop_region_for_grid((grid_height, grid_width), base_size)
    return get_2d_rotary_pos_embed(
        transformer.inner_dim // transformer.num_heads, crops, (grid_height, grid_width), device=device,
        output_type="pt",
    )


def transformer_inputs(
    transformer: HunyuanDiT2DModel, text: TextEmbeddings, height: int, width: int, device: torch.device
) -> dict[str, torch.Tensor | tuple[torch.Tensor, torch.Tensor]]:
    """The transformer's keyword inputs besides latents and time, for a batch of `text`, as `__call__` builds them.

    Size ids and style are passed even to a transformer built without them (it ignores them), so one call fits
    both kinds.
    """
    batch = text.embeds.shape[0]
    dtype = transformer.dtype
    time_ids = torch.tensor([list(ORIGINAL_SIZE + (height, width) + CROPS_TOP_LEFT)], dtype=dtype)
    return {
        "encoder_hidden_states": text.embeds.to(device=device, dtype=dtype),
        "text_embedding_mask": text.mask.to(device=device),
        "encoder_hidden_states_t5": text.embeds_2.to(device=device, dtype=dtype),
        "text_embedding_mask_t5": text.mask_2.to(device=device),
        "image_meta_size": torch.cat([time_ids] * batch).to(dtype=dtype, device=device),
        "style": torch.zeros(batch, dtype=torch.long, device=device),
        "image_rotary_emb": rotary_embedding(transformer, height, width, device),
    }


def predict(
    transformer: HunyuanDiT2DModel, latents: torch.Tensor, timesteps: torch.Tensor, inputs: dict
) -> torch.Tensor:
    """The half of the transformer's output the pipeline uses as its prediction (HunyuanDiT also predicts a
    variance, which the pipeline drops)."""
    timesteps = timesteps.to(latents.dtype)  # the pipeline passes float timesteps
    return transformer(latents, timesteps, **inputs, return_dict=False)[0].chunk(2, dim=1)[0]
