"""The generator's exceptions: every failure a person can act on is one of these, with a message saying what to do.

The UI catches `GeneratorError` in one place and shows its message; nothing else should leak out of `render`.
"""

from __future__ import annotations


class GeneratorError(Exception):
    """A render or load failed for a reason the message explains in plain words."""


class RenderCancelled(GeneratorError):
    """The caller set the cancel event; the partial picture was discarded."""


class GeneratorOutOfMemory(GeneratorError):
    """The device ran out of memory; what could be freed was freed and the generator is usable again."""


class BadOutputError(GeneratorError):
    """The sampler produced NaN latents or an all-black picture (usually a dtype overflow)."""
