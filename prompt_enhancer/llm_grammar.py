"""Decoding constrained to a JSON Schema, so even a small model's answer always parses.

The grammar engine is llguidance (guidance-ai; the engine behind vLLM's, SGLang's and llama.cpp's structured
output): one wheel with no dependencies, a token mask computed on the CPU in microseconds, applied here to the
logits on whatever device they live. It bounds the shape only: the Decision validator still judges the meaning,
and the retry and the rule fallback stay for timeouts and nonsense.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import torch
from transformers import LogitsProcessor

logger = logging.getLogger(__name__)

# Compact JSON with the separators of `json.dumps` and of the system prompt's example: no room for a model to
# spend its tokens on whitespace.
JSON_OPTIONS = {"whitespace_flexible": False, "item_separator": ", ", "key_separator": ": "}


class GrammarUnavailable(RuntimeError):
    """Constrained decoding cannot run for this tokenizer (the reason is logged once; decoding goes unconstrained)."""


class GrammarTokenizer:
    """llguidance's view of one tokenizer: built once per model (about a second for a 150k vocabulary)."""

    def __init__(self, tokenizer: Any, vocab_size: int, eos_token_ids: list[int]):
        try:
            import llguidance.hf
        except ImportError as error:
            raise GrammarUnavailable(f"llguidance is not installed ({error})") from error
        try:
            self.ll_tokenizer = llguidance.hf.from_tokenizer(tokenizer, n_vocab=vocab_size, eos_token=eos_token_ids)
        except (ValueError, TypeError) as error:  # a slow (non-Rust) tokenizer
            raise GrammarUnavailable(f"llguidance cannot read this tokenizer: {error}") from error
        self.vocab_size = vocab_size
        self._grammars: dict[str, str] = {}

    def constraint(self, schema: dict[str, Any], prompt_length: int) -> JsonSchemaLogits:
        """A fresh logits processor for one generate call."""
        import json

        import llguidance

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = llguidance.LLMatcher.grammar_from_json_schema(schema, overrides=JSON_OPTIONS)
        matcher = llguidance.LLMatcher(self.ll_tokenizer, self._grammars[key])
        if matcher.is_error():
            raise GrammarUnavailable(f"the schema does not compile: {matcher.get_error()}")
        return JsonSchemaLogits(matcher, prompt_length, self.vocab_size)


class JsonSchemaLogits(LogitsProcessor):
    """Masks every token the grammar does not allow next; feeds the grammar each token sampled (batch of one)."""

    def __init__(self, matcher: Any, prompt_length: int, vocab_size: int):
        self.matcher = matcher
        self.prompt_length = prompt_length
        self.vocab_size = vocab_size
        self.consumed = 0
        self.failed = False

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if self.failed:
            return scores
        generated = int(input_ids.shape[1]) - self.prompt_length
        if generated > self.consumed:  # the token chosen at the last step
            if not self.matcher.consume_token(int(input_ids[0, -1])):
                logger.warning("the grammar rejected a token (%s): decoding goes on unconstrained",
                               self.matcher.get_error())
                self.failed = True
                return scores
            self.consumed = generated
        bits = np.frombuffer(self.matcher.compute_bitmask(), dtype=np.uint8)
        allowed = np.unpackbits(bits, bitorder="little")[: self.vocab_size].astype(bool)
        mask = torch.zeros(scores.shape[-1], dtype=torch.bool)
        width = min(len(allowed), scores.shape[-1])
        mask[:width] = torch.from_numpy(allowed[:width])
        return scores.masked_fill(~mask.to(scores.device), float("-inf"))
