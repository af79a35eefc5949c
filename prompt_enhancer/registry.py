"""The one place that maps `--enhancer` to a loaded enhancer: "rules" (offline) or a chat LLM id / folder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dialog.scene import Scene
from prompt_enhancer.base import Enhancer

RULES = "rules"


def load_enhancer(
    spec: str,
    device: str = "auto",
    prompt_check: Callable[[Scene], str | None] | None = None,
    quantization: str = "auto",
    park_on_cpu: bool = False,
    device_call: Callable[[Callable[..., Any]], Callable[..., Any]] | None = None,
) -> Enhancer:
    """Build the enhancer named by `spec`; an LLM always gets the rule enhancer as its safety net.

    `quantization` is `--llm-quant`; `park_on_cpu` (low VRAM) keeps the LLM on the CPU between turns;
    `device_call` wraps each turn's model calls (ZeroGPU's `spaces.GPU`).
    """
    from prompt_enhancer.rules import RuleEnhancer

    rules = RuleEnhancer()
    if spec.strip().lower() in {RULES, "rule", "none", ""}:
        return rules
    from prompt_enhancer.llm import LLMConfig, LLMEnhancer  # torch and transformers only when asked for

    config = LLMConfig(model=spec, device=str(device), quantization=quantization, park_on_cpu=park_on_cpu)
    return LLMEnhancer.load(config, fallback=rules, prompt_check=prompt_check, device_call=device_call)
