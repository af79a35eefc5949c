"""Cheap looks at a render in progress: an exact VAE decode, or a linear latent→RGB approximation.

The approximation uses published factors for the SDXL VAE (HunyuanDiT's VAE); it only applies to 4-channel
latents and costs a matrix product instead of a decoder pass.
"""

from __future__ import annotations

import torch
from PIL import Image

# Rows: latent channel; columns: R, G, B. From ComfyUI's SDXL latent format (latents scaled by scaling_factor).
SDXL_LATENT_RGB = torch.tensor(
    [[0.3651, 0.4232, 0.4341], [-0.2533, -0.0042, 0.1068], [0.1076, 0.1111, -0.0362], [-0.3165, -0.2492, -0.2188]]
)
SDXL_LATENT_RGB_BIAS = torch.tensor([0.1084, -0.0175, -0.0011])


def approx_preview(latents: torch.Tensor, size: tuple[int, int]) -> Image.Image | None:
    """A rough RGB picture from 4-channel latents, scaled up to `size`; None for other latent layouts."""
    if latents.shape[1] != SDXL_LATENT_RGB.shape[0]:
        return None
    sample = latents[0].float().cpu()
    rgb = torch.einsum("chw,cr->hwr", sample, SDXL_LATENT_RGB) + SDXL_LATENT_RGB_BIAS
    pixels = ((rgb.clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8).numpy()
    return Image.fromarray(pixels, "RGB").resize(size, Image.Resampling.NEAREST)
