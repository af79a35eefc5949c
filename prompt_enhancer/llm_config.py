"""Everything about the LLM dialog manager that is configuration. Must not import torch."""

from __future__ import annotations

from dataclasses import dataclass

from prompt_enhancer.llm_prompt import ContextLimits

DEFAULT_MODEL = "Qwen/Qwen2.5-VL-3B-Instruct"  # bilingual (EN/中文), image+text, native in transformers


@dataclass(frozen=True)
class LLMConfig:
    """Sampling, limits, timeout, retries, and where the model waits between turns."""

    model: str = DEFAULT_MODEL  # hub id or local folder
    device: str = "auto"  # "auto" | "cpu" | "cuda" | "cuda:1" ...
    quantization: str = "auto"  # "none" | "int8" | "nf4" | "auto" (nf4 on CUDA, none on CPU)
    max_new_tokens: int = 512  # bounds the worst case; generation stops when the JSON object closes
    do_sample: bool = False  # greedy by default; sampling is seeded from the conversation
    temperature: float = 0.7
    top_p: float = 0.9
    seed: int = 0  # the conversation's seed when the caller has none to pass per call
    timeout_seconds: float = 60.0  # wall clock per generate call; past it the rules answer
    stop_strings: tuple[str, ...] = ()
    retries: int = 1  # retries after an invalid answer, each with the error shown to the model
    image_max_side: int = 448  # the picture and any upload are shrunk to this before the processor sees them
    constrained: bool = True  # decoding constrained to the Decision's JSON Schema (llguidance)
    park_on_cpu: bool = False  # low VRAM: the model waits on the CPU between turns, the GPU is the renderer's
    history_turns: int = 4
    message_chars: int = 300
    reply_chars: int = 200

    @property
    def limits(self) -> ContextLimits:
        return ContextLimits(self.history_turns, self.message_chars, self.reply_chars)
