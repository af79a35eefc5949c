"""Where the training losses put their weight: on the pixels, outlines and latent cells the checker reads, and on
the noise levels where the transformer must draw from the caption alone."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from generator.components import VAE_SCALE_FACTOR
from toyworld.recipe import LOSS_WEIGHTINGS, Settings
from toyworld.scene import ToyScene
from toyworld.spec import BACKGROUNDS


def on_objects(scenes: list[ToyScene], x: torch.Tensor) -> torch.Tensor:
    """(n, 1, 64, 64) float mask of the pixels that are not background."""
    backgrounds = torch.tensor([BACKGROUNDS[s.background] for s in scenes], device=x.device)
    backgrounds = backgrounds.float()[:, :, None, None] / 127.5 - 1
    return ((x - backgrounds).abs() > 1e-3).any(dim=1, keepdim=True).float()


def object_weights(scenes: list[ToyScene], x: torch.Tensor, weight: float) -> torch.Tensor:
    """Per-pixel loss weights: 1 on the background, 1 + weight on objects."""
    return 1.0 + weight * on_objects(scenes, x)


def edge_weights(scenes: list[ToyScene], x: torch.Tensor, weight: float, edge_weight: float) -> torch.Tensor:
    """`object_weights` plus `edge_weight` on the pixels along every object's outline.

    The checker reads shape from the fill of the bounding box, so a decoder that rounds a square's corners or
    a triangle's tip turns it into a circle; the outline is a few percent of the pixels and needs the weight.
    """
    mask = on_objects(scenes, x)
    outline = F.max_pool2d(mask, 3, 1, 1) + F.max_pool2d(-mask, 3, 1, 1)  # dilated minus eroded
    return 1.0 + weight * mask + edge_weight * outline


def latent_object_weights(scenes: list[ToyScene], x: torch.Tensor, weight: float) -> torch.Tensor:
    """Per-latent-cell loss weights: 1 + weight on every 8 x 8 cell an object touches."""
    return 1.0 + weight * F.max_pool2d(on_objects(scenes, x), VAE_SCALE_FACTOR)


def loss_weights(alpha_bar: torch.Tensor, settings: Settings) -> torch.Tensor:
    """Per-sample weights of the transformer's loss at noise levels with these cumulative alphas.

    With a fully named caption the picture is fixed, so at the noisiest timesteps the transformer must draw the
    caption from the text alone: the lesson that binds each colour, shape and size to its place. "min_snr"
    gives those timesteps a weight of about SNR (half of the 1,000 carry 3.5 % of the total weight);
    "min_snr_plus_one" gives them full weight and keeps min_snr's cap near the clean end.
    """
    if settings.loss_weighting not in LOSS_WEIGHTINGS:
        raise ValueError(f"unknown loss weighting {settings.loss_weighting!r}")
    if settings.loss_weighting == "uniform":
        return torch.ones_like(alpha_bar)
    snr = alpha_bar / (1 - alpha_bar)
    if settings.loss_weighting == "min_snr_plus_one":
        if settings.prediction_type != "v_prediction":
            raise ValueError("min_snr_plus_one is defined for the v-loss")
        return torch.clamp(snr + 1, max=settings.min_snr_gamma) / (snr + 1)
    return torch.clamp(snr, max=settings.min_snr_gamma) / (snr + 1 if settings.prediction_type == "v_prediction"
                                                            else snr)


def pixel_loss(error: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    """The VAE's and the decoder's reconstruction loss: weighted squared plus half the absolute error."""
    return ((error ** 2 + 0.5 * error.abs()) * weights).mean()
