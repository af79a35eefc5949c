"""The one place that turns a prompt into a picture: diffusers pipelines, quantization, low VRAM, consistency.

It knows nothing of chat or sessions.
"""

from generator.errors import BadOutputError, GeneratorError, GeneratorOutOfMemory, RenderCancelled
from generator.generator import Generator
from generator.metadata import png_bytes, read_png_metadata, save_png
from generator.prompt_check import PromptReport
from generator.request import RenderRequest, RenderResult, StepProgress

__all__ = [
    "BadOutputError",
    "Generator",
    "GeneratorError",
    "GeneratorOutOfMemory",
    "PromptReport",
    "RenderCancelled",
    "RenderRequest",
    "RenderResult",
    "StepProgress",
    "png_bytes",
    "read_png_metadata",
    "save_png",
]
