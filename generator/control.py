"""ControlNet for HunyuanDiT: load one, turn a picture into its control map, and condition sampling on it.

diffusers' `HunyuanDiT2DControlNetModel` reads the control map through the VAE (a latent, like the picture) and
returns one residual per skip connection of the transformer's first half; the transformer adds them to its
skips. `HunyuanDiTControlNetPipeline` does that inside its own loop and samples the VAE's latent without a
generator (a different control latent on every call); here the map is encoded with the VAE's mean, so the same
map gives the same picture, and `generator.sampling.denoise` passes the residuals on every step.
The edge map is numpy and PIL only: a Sobel gradient, thinned by keeping local maxima, with Canny's two
thresholds and hysteresis by dilation, which is what the Canny ControlNets were trained on, without OpenCV. The
sketch map is those edges drawn in black over a coarse flat colour wash (T2I-Adapter's colour map), so it also
says which outline holds which colour, as a coloured doodle does.
Depth and pose maps need a model given with --control-model (`generator.control_maps`), held by the Generator.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from generator.control_maps import MODEL_KINDS, ControlMapper, load_control_models
from generator.errors import GeneratorError
from generator.request import RenderRequest

# The Generator loads a ControlNet and its map models (`load_control_models`, from control_maps) through here.
__all__ = ["CONTROL_KINDS", "Control", "adapter_settings", "control_map", "edge_map", "load_control_models",
           "load_controlnet", "prepare_control", "sketch_map", "trained_map_kind"]
# A map computed from the picture (edges and sketch here; depth, pose by a --control-model), or the picture itself.
CONTROL_KINDS = ("edges", "sketch", *MODEL_KINDS, "as-is")
SKETCH_CELLS = 16  # the sketch's colour wash: this many flat cells along the picture's longer side


def load_controlnet(source: str, transformer: torch.nn.Module, device: torch.device, dtype: torch.dtype
                    ) -> torch.nn.Module:
    """A `HunyuanDiT2DControlNetModel` from a hub id or folder, checked against the transformer it serves."""
    from diffusers import HunyuanDiT2DControlNetModel

    path = Path(source).expanduser()
    try:
        controlnet = HunyuanDiT2DControlNetModel.from_pretrained(str(path) if path.exists() else source, dtype=dtype)
    except (OSError, ValueError, RuntimeError, KeyError, TypeError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise GeneratorError(f"Could not load the ControlNet {source!r}: a HunyuanDiT2DControlNetModel folder or "
                             f"hub id is needed (offline, or not downloaded?). ({first})") from error
    expected = transformer.config.num_layers // 2 - 1
    if len(controlnet.blocks) != expected or controlnet.inner_dim != transformer.inner_dim:
        raise GeneratorError(f"The ControlNet {source!r} was made for another transformer: it has "
                             f"{len(controlnet.blocks)} blocks of width {controlnet.inner_dim}, this model needs "
                             f"{expected} of width {transformer.inner_dim}.")
    return controlnet.to(device).eval()


def trained_map_kind(source: str | None) -> str:
    """The map a ControlNet was trained on, as its folder's training.json (written by `toyworld.train`) names it
    (`settings.map_kind`): the kind to offer first. "edges" for a hub id, or a folder that does not say."""
    about = Path(source).expanduser() / "training.json" if source else None
    if about is None or not about.is_file():
        return "edges"
    try:
        kind = json.loads(about.read_text(encoding="utf-8")).get("settings", {}).get("map_kind", "edges")
    except (ValueError, AttributeError):
        return "edges"
    return kind if kind in CONTROL_KINDS else "edges"


def edge_map(image: Image.Image, low: float = 0.1, high: float = 0.2) -> Image.Image:
    """White edges on black, Canny-like: Sobel magnitude, non-maximum suppression, hysteresis thresholds
    (fractions of the strongest gradient). The gradient is each pixel's strongest over the R, G and B channels, as
    OpenCV's Canny does on a colour picture (the Canny ControlNets' annotator): on grey levels alone a yellow
    thing on beige, or red on green of the same brightness, has no edge at all."""
    rgb = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
    padded = np.pad(rgb, ((1, 1), (1, 1), (0, 0)), mode="edge")
    window = [[padded[i:i + rgb.shape[0], j:j + rgb.shape[1]] for j in range(3)] for i in range(3)]
    gx = (window[0][2] + 2 * window[1][2] + window[2][2]) - (window[0][0] + 2 * window[1][0] + window[2][0])
    gy = (window[2][0] + 2 * window[2][1] + window[2][2]) - (window[0][0] + 2 * window[0][1] + window[0][2])
    strongest = np.argmax(np.hypot(gx, gy), axis=2)[..., None]
    gx, gy = np.take_along_axis(gx, strongest, 2)[..., 0], np.take_along_axis(gy, strongest, 2)[..., 0]
    magnitude = np.hypot(gx, gy)
    peak = float(magnitude.max())
    if peak == 0:
        return Image.new("RGB", image.size)
    magnitude /= peak
    # Thin: keep a pixel only where it is the largest along its gradient's direction (four quantized directions).
    angle = (np.rad2deg(np.arctan2(gy, gx)) + 180.0) % 180.0
    m = np.pad(magnitude, 1)
    h, w = magnitude.shape
    shifted = {(di, dj): m[1 + di:1 + di + h, 1 + dj:1 + dj + w] for di in (-1, 0, 1) for dj in (-1, 0, 1)}
    horizontal = (angle < 22.5) | (angle >= 157.5)
    diagonal = (angle >= 22.5) & (angle < 67.5)
    vertical = (angle >= 67.5) & (angle < 112.5)
    neighbours = np.where(horizontal, np.maximum(shifted[(0, -1)], shifted[(0, 1)]),
                          np.where(vertical, np.maximum(shifted[(-1, 0)], shifted[(1, 0)]),
                                   np.where(diagonal, np.maximum(shifted[(-1, -1)], shifted[(1, 1)]),
                                            np.maximum(shifted[(-1, 1)], shifted[(1, -1)]))))
    thin = np.where(magnitude >= neighbours, magnitude, 0.0)
    strong, weak = thin >= high, thin >= low
    edges = strong
    for _ in range(max(h, w)):  # grow strong edges along weak ones until nothing changes
        grown = np.pad(edges, 1)
        near = np.zeros_like(edges)
        for di in range(3):
            for dj in range(3):
                near |= grown[di:di + h, dj:dj + w]
        grown_edges = edges | (near & weak)
        if (grown_edges == edges).all():
            break
        edges = grown_edges
    return Image.fromarray((edges * 255).astype(np.uint8)).convert("RGB")


def sketch_map(image: Image.Image, cells: int = SKETCH_CELLS) -> Image.Image:
    """The picture's edges (`edge_map`) in black over a flat wash of its colours: each of `cells` × `cells` blocks
    (along the longer side) filled with the block's mean colour, as T2I-Adapter's colour map (the picture shrunk
    64 × and enlarged without smoothing: 16 cells at 1024 pixels). Edges alone do not say which outline is which
    object; the wash does (a red blob inside this outline, a blue one inside that), and a doodle coloured in with a
    few strokes looks like it, so a drawn sketch can be given as well as a picture."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    cell = max(1, round(max(width, height) / cells))
    small = rgb.resize((max(1, round(width / cell)), max(1, round(height / cell))), Image.Resampling.BOX)
    wash = np.asarray(small.resize(rgb.size, Image.Resampling.NEAREST)).copy()
    wash[np.asarray(edge_map(rgb))[..., 0] > 0] = 0
    return Image.fromarray(wash)


def control_map(image: Image.Image, kind: str, size: tuple[int, int],
                mappers: Mapping[str, ControlMapper] | None = None) -> Image.Image:
    """The map the ControlNet reads, at the render's size: edges of `image`, its sketch (edges over a colour
    wash), its depth or pose by the model in
    `mappers` for that kind (`control_maps.load_control_models`), or `image` itself."""
    if kind not in CONTROL_KINDS:
        raise GeneratorError(f"control kind must be one of {CONTROL_KINDS}, got {kind!r}.")
    if kind in MODEL_KINDS and kind not in (mappers or {}):
        raise GeneratorError(f"A {kind} map needs a {kind} model: start with --control-model {kind}=PATH_OR_ID.")
    resized = image.convert("RGB").resize(size, Image.Resampling.BICUBIC)
    if kind == "edges":
        return edge_map(resized)
    if kind == "sketch":
        return sketch_map(resized)
    return mappers[kind](resized) if kind in MODEL_KINDS else resized


@dataclass
class Control:
    """What one render's sampling needs: the ControlNet, the map's latents and how strongly it counts."""

    controlnet: torch.nn.Module
    latents: torch.Tensor  # 1 × C × h × w, the map through the VAE (scaled like the picture's latents)
    scale: float

    def residuals(self, model_input: torch.Tensor, timesteps: torch.Tensor, inputs: dict) -> list[torch.Tensor]:
        """The ControlNet's residuals for the transformer's skips, for a batch like `model_input`."""
        cond = self.latents.to(model_input).expand(model_input.shape[0], -1, -1, -1)
        return self.controlnet(model_input, timesteps.to(model_input.dtype), controlnet_cond=cond,
                               conditioning_scale=self.scale, return_dict=False, **inputs)[0]


def adapter_settings(lora_scales: dict[str, float], control: tuple[str | None, Control, str] | None
                     ) -> dict[str, object]:
    """What a render's record and PNG carry of its adapters: the LoRAs in effect, the ControlNet and its scale."""
    found: dict[str, object] = {}
    if lora_scales:
        found["lora"] = ", ".join(f"{name}:{scale:g}" for name, scale in lora_scales.items())
    if control is not None:
        source, used, kind = control
        found.update(controlnet=source, control_scale=used.scale, control_kind=kind)
    return found


def prepare_control(controlnet: torch.nn.Module | None, request: RenderRequest, size: tuple[int, int],
                    encode: Callable[[Image.Image], torch.Tensor], mappers: Mapping[str, ControlMapper] | None = None,
                    own_scale: float = 1.0) -> tuple[Control | None, Image.Image | None]:
    """A render's ControlNet input (None without a control image) and the map to show; `encode` is the VAE's,
    `mappers` the depth / pose models loaded with --control-model, `own_scale` the ControlNet's own weight
    (`--controlnet PATH:SCALE`), which the request's control strength multiplies."""
    image = request.control_image
    if image is None:
        return None, None
    if controlnet is None:
        raise GeneratorError("A control image was given but no ControlNet is loaded: start with --controlnet.")
    shown = control_map(image, request.control_kind, size, mappers)
    latents = encode(shown).to(next(controlnet.parameters()).device, next(controlnet.parameters()).dtype)
    return Control(controlnet, latents, float(request.control_scale) * own_scale), shown
