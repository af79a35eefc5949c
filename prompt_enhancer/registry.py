"""The one place that maps `--enhancer` to a loaded enhancer: "rules" (offline) or a chat LLM id / folder."""

from __future__ import annotations

from collections.abc import Callable

from dialog.scene import Scene
from prompt_enhancer.base import Enhancer

RULES = "rules"


def load_enhancer(
    spec: str, device: str = "auto", prompt_check: Callable[[Scene], str | None] | None = None
) -> Enhancer:
    """Build the enhancer named by `spec`; an LLM always gets the rule enhancer as its safety net."""
    from prompt_enhancer.rules import RuleEnhancer

    rules = RuleEnhancer()
    if spec.strip().lower() in {RULES, "rule", "none", ""}:
        return rules
    from prompt_enhancer.llm import LLMConfig, LLMEnhancer  # torch and transformers only when asked for

    return LLMEnhancer.load(LLMConfig(model=spec, device=str(device)), fallback=rules, prompt_check=prompt_check)
