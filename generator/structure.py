"""Keep a picture's structure while its look changes: the edit attends where the kept picture attends.

Plug-and-play diffusion (Tumanyan et al., 2023) and MasaCtrl (Cao et al., 2023) keep a picture's layout and
shapes through an edit by giving the edit's self-attention the attention of the picture being kept. Here the
kept picture's path needs no inversion: at each step its latents are the kept latents noised to that step with
the render's own noise (what `generator.blend.LatentBlend` holds outside the edit), run through the transformer
in the same batch as the edit. In every self-attention layer the edit's queries and keys are replaced by the
kept picture's, so each cell gathers from the cells the kept picture's cell gathered from, while the values,
and with them what is drawn there (a colour), are the edit's own. That is done for the first `share` of the
steps, where layout and shape are decided; the model then finishes alone.

It knows nothing of edits or scenes: it takes latents, noise and a share of the steps. It costs one more
batch row per shared step (a third alongside classifier-free guidance's two).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import torch
import torch.nn.functional as F
from diffusers.models.attention_processor import HunyuanAttnProcessor2_0
from diffusers.models.embeddings import apply_rotary_emb

from generator.blend import noised


class SharedAttention(HunyuanAttnProcessor2_0):
    """HunyuanDiT's self-attention, with the last batch row's queries and keys given to every other row.

    Off (`active` False) it is HunyuanAttnProcessor2_0 exactly.
    """

    def __init__(self) -> None:
        super().__init__()
        self.active = False

    def __call__(self, attn: Any, hidden_states: torch.Tensor, encoder_hidden_states: torch.Tensor | None = None,
                 attention_mask: torch.Tensor | None = None, temb: torch.Tensor | None = None,
                 image_rotary_emb: torch.Tensor | None = None) -> torch.Tensor:
        if not self.active or encoder_hidden_states is not None or attention_mask is not None \
                or hidden_states.ndim != 3 or attn.spatial_norm is not None or attn.group_norm is not None:
            return super().__call__(attn, hidden_states, encoder_hidden_states, attention_mask, temb,
                                    image_rotary_emb)
        batch = hidden_states.shape[0]
        heads = attn.heads

        def split(x: torch.Tensor) -> torch.Tensor:
            return x.view(batch, -1, heads, x.shape[-1] // heads).transpose(1, 2)

        query, key, value = split(attn.to_q(hidden_states)), split(attn.to_k(hidden_states)), \
            split(attn.to_v(hidden_states))
        if attn.norm_q is not None:
            query = attn.norm_q(query)
        if attn.norm_k is not None:
            key = attn.norm_k(key)
        if image_rotary_emb is not None:
            query, key = apply_rotary_emb(query, image_rotary_emb), apply_rotary_emb(key, image_rotary_emb)
        query = query[-1:].expand_as(query)  # the kept picture's row is the last
        key = key[-1:].expand_as(key)
        out = F.scaled_dot_product_attention(query, key, value, dropout_p=0.0, is_causal=False)
        out = out.transpose(1, 2).reshape(batch, -1, heads * out.shape[-1]).to(value.dtype)
        out = attn.to_out[1](attn.to_out[0](out))
        if attn.residual_connection:
            out = out + hidden_states
        return out / attn.rescale_output_factor


class KeptStructure:
    """The kept picture's path, and when the edit attends as it does (the first `share` of the steps)."""

    def __init__(self, keep: torch.Tensor, noise: torch.Tensor, share: float) -> None:
        self.keep, self.noise, self.share = keep, noise, share

    def active(self, index: int, steps: int) -> bool:
        return index < round(self.share * steps)

    def source(self, scheduler: Any, timestep: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
        """The kept latents at the noise level of `timestep` (1 x C x H x W, as `like`)."""
        keep = self.keep.to(device=like.device, dtype=like.dtype)
        return noised(scheduler, keep, self.noise.to(device=like.device, dtype=like.dtype), int(timestep))


def shareable(transformer: torch.nn.Module) -> bool:
    """Whether every self-attention is HunyuanDiT's plain processor (not fused, not another kind)."""
    blocks = getattr(transformer, "blocks", None)
    return bool(blocks) and all(type(b.attn1.processor) is HunyuanAttnProcessor2_0 for b in blocks)


@contextmanager
def sharing(transformer: torch.nn.Module) -> Iterator[list[SharedAttention]]:
    """The transformer's self-attentions swapped for `SharedAttention` (off until switched on), then put back."""
    blocks = transformer.blocks
    before = [b.attn1.processor for b in blocks]
    shared = [SharedAttention() for _ in blocks]
    for block, processor in zip(blocks, shared):
        block.attn1.processor = processor
    try:
        yield shared
    finally:
        for block, processor in zip(blocks, before):
            block.attn1.processor = processor
