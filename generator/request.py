"""Plain data in and out of `Generator.render`: what to draw, what came back, and step progress.

Everything needed to reproduce a picture exactly is in `RenderResult`; no logic beyond validation lives here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generator.errors import GeneratorError

if TYPE_CHECKING:  # annotations only: plain data must not cost a torch import (dialog/ builds requests)
    import torch
    from PIL import Image

    from generator.prompt_check import PromptReport

PREVIEW_MODES = ("decode", "approx")


@dataclass
class RenderRequest:
    """One picture to draw.

    `init_latents` with `strength` < 1 starts from a previous picture (SDEdit); strength 1 ignores them and is
    text-to-image, strength 0 gives the previous picture back. `init_image` (of the request's size) instead
    starts from a picture: the generator encodes it with the VAE (an edit roughed in by the editing room).
    `restore_unchanged` (with `init_image`, for low strengths) returns `init_image` plus the model's change,
    decode(latents) - decode(encode(init_image)), instead of decode(latents): pixels the model did not change
    come back exactly as they were, not as the VAE's round trip gives them.
    `initial_noise` (shape 1×C×H/8×W/8) overrides the noise the seed would make, so an edit can keep the exact
    noise of an earlier turn.
    `keep_latents` with `keep_mask` (1×1×H/8×W/8, 1 where the picture may change, 0 where it must not) keeps a
    picture outside the mask: after every step the latents there are `keep_latents` noised to the next step's
    level (`generator.blend.LatentBlend`), and after the last step they are `keep_latents` exactly.
    `width`/`height`/`steps`/`guidance`/`negative_prompt` left as None take the model's defaults.
    """

    prompt: str
    negative_prompt: str | None = None
    width: int | None = None
    height: int | None = None
    steps: int | None = None
    guidance: float | None = None
    seed: int | None = None  # None: a fresh random seed, reported in the result
    initial_noise: torch.Tensor | None = None
    init_latents: torch.Tensor | None = None
    init_image: Image.Image | None = None
    strength: float = 1.0
    restore_unchanged: bool = False
    keep_latents: torch.Tensor | None = None
    keep_mask: torch.Tensor | None = None
    preview_every: int = 0  # 0: no previews; k: a preview every k steps
    preview_mode: str = "decode"  # "decode" (exact, costs a VAE decode) or "approx" (linear latent→RGB)
    lora_scale: float | None = None  # every loaded LoRA at its own scale times this (None: 1; 0: none at all)
    control_image: Image.Image | None = None  # with a loaded ControlNet: the picture whose map the render follows
    control_kind: str = "edges"  # "edges" (a Canny-like map of control_image), "depth" / "pose" (by a model the
    # Generator was loaded with: generator.control_maps) or "as-is" (it is the map)
    control_scale: float = 1.0  # how strongly the ControlNet counts (0: not at all)

    def validate(self) -> None:
        """Raise `GeneratorError` for values no model could honour, before any work starts."""
        if not isinstance(self.prompt, str) or not self.prompt.strip():
            raise GeneratorError("The prompt is empty: describe what to draw.")
        if self.steps is not None and not 1 <= self.steps <= 1000:
            raise GeneratorError(f"steps must be between 1 and 1000, got {self.steps}.")
        if self.guidance is not None and (not math.isfinite(self.guidance) or not 0 <= self.guidance <= 50):
            raise GeneratorError(f"guidance must be between 0 and 50, got {self.guidance}.")
        if not (isinstance(self.strength, (int, float)) and 0.0 <= self.strength <= 1.0):
            raise GeneratorError(f"strength must be between 0 and 1, got {self.strength}.")
        if self.seed is not None and not 0 <= int(self.seed) < 2**63:
            raise GeneratorError(f"seed must be between 0 and 2**63 - 1, got {self.seed}.")
        if (self.keep_latents is None) != (self.keep_mask is None):
            raise GeneratorError("keep_latents and keep_mask go together: the latents to keep and where.")
        if self.preview_every < 0:
            raise GeneratorError(f"preview_every must be 0 (off) or a positive step count, got {self.preview_every}.")
        if self.lora_scale is not None and (not math.isfinite(self.lora_scale) or abs(self.lora_scale) > 10):
            raise GeneratorError(f"lora_scale must be between -10 and 10, got {self.lora_scale}.")
        if not (isinstance(self.control_scale, (int, float)) and 0.0 <= self.control_scale <= 5.0):
            raise GeneratorError(f"control_scale must be between 0 and 5, got {self.control_scale}.")
        if self.preview_mode not in PREVIEW_MODES:
            raise GeneratorError(f"preview_mode must be one of {PREVIEW_MODES}, got {self.preview_mode!r}.")


@dataclass
class StepProgress:
    """Sent to `on_step` after each denoising step; `preview` only every `preview_every` steps."""

    step: int  # 1-based count of steps done
    total: int
    preview: Image.Image | None = None


@dataclass
class RenderResult:
    """A picture and everything needed to draw it again exactly.

    `latents` (final, before the VAE) and `initial_noise` are float32 CPU tensors so that sessions can keep them
    without holding device memory; `settings` is a plain dict of the resolved request (sizes, steps, ... filled).
    """

    image: Image.Image
    latents: torch.Tensor
    initial_noise: torch.Tensor
    seed: int
    settings: dict[str, Any]
    timings: dict[str, float]
    prompt_report: PromptReport
    model_id: str
    metadata: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    control_map: Image.Image | None = None  # what the ControlNet followed, to show beside the picture
