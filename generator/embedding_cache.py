"""A small LRU cache of prompt embeddings, so the negative prompt and unchanged prompts are encoded once.

Keyed by the exact prompt text; one cache per Generator (never global, never shared between models).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class TextEmbeddings:
    """Both encoders' output for one text, shaped as `HunyuanDiTPipeline.__call__` takes them (batch of 1)."""

    embeds: torch.Tensor  # BERT/CLIP role: 1 × 77 × d
    mask: torch.Tensor
    embeds_2: torch.Tensor  # mT5: 1 × 256 × d2
    mask_2: torch.Tensor


class EmbeddingCache:
    """Least-recently-used map from prompt text to `TextEmbeddings`; counts hits and misses."""

    def __init__(self, encode: Callable[[str], TextEmbeddings], max_entries: int = 32) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._encode = encode
        self._entries: OrderedDict[str, TextEmbeddings] = OrderedDict()
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0

    def get(self, text: str) -> TextEmbeddings:
        found = self._entries.get(text)
        if found is not None:
            self._entries.move_to_end(text)
            self.hits += 1
            return found
        self.misses += 1
        embeddings = self._encode(text)
        self._entries[text] = embeddings
        if len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return embeddings

    def clear(self) -> None:
        """Forget every entry (e.g. to free device memory after an out-of-memory error)."""
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
