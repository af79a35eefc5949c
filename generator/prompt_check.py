"""Measure a prompt against the text encoders' real limits with the real tokenizers, so nothing is cut silently.

HunyuanDiT pads/truncates the CLIP-role BERT encoder to 77 tokens and mT5 to 256 (special tokens included).
Chinese is about one token per character, so long Chinese prompts hit the 77 limit early.
"""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the report is plain data
    from transformers import PreTrainedTokenizerBase

# encode_prompt pads/truncates the first (CLIP-role) encoder to 77 tokens and mT5 to 256; a transformer's
# text_len(_t5) must match. Defined here, where no torch is imported; generator.conditioning encodes with them.
BERT_MAX_TOKENS = 77
T5_MAX_TOKENS = 256


@dataclass(frozen=True)
class EncoderCount:
    """One encoder's view of a prompt: tokens used (specials included), its limit, and the text it would drop."""

    name: str
    tokens: int
    limit: int
    cut_text: str = ""

    @property
    def fits(self) -> bool:
        return self.tokens <= self.limit


@dataclass(frozen=True)
class PromptReport:
    """How a prompt fits both encoders. `summary()` is the sentence to show a person when it does not fit."""

    clip: EncoderCount
    t5: EncoderCount

    @property
    def fits(self) -> bool:
        return self.clip.fits and self.t5.fits

    def summary(self) -> str:
        if self.fits:
            return (f"Prompt fits: {self.clip.tokens}/{self.clip.limit} CLIP tokens, "
                    f"{self.t5.tokens}/{self.t5.limit} mT5 tokens.")
        parts = [
            f"{count.name} reads {count.limit} of {count.tokens} tokens and would drop: “{count.cut_text}”"
            for count in (self.clip, self.t5)
            if not count.fits
        ]
        return "Prompt too long. " + "; ".join(parts) + ". Shorten it or move details into fewer words."


def count_tokens(tokenizer: PreTrainedTokenizerBase, prompt: str, limit: int, name: str) -> EncoderCount:
    """Tokenize like the pipeline does and, when over the limit, return the exact substring that would be cut."""
    content = tokenizer(
        prompt, add_special_tokens=False, truncation=False, return_offsets_mapping=tokenizer.is_fast, verbose=False
    )  # verbose=False: a long prompt is what we measure here, not a mistake to log
    ids = content["input_ids"]
    specials = tokenizer.num_special_tokens_to_add(pair=False)  # BERT: [CLS] [SEP]; T5: </s>
    total = len(ids) + specials
    if total <= limit:
        return EncoderCount(name, total, limit)
    kept = limit - specials  # the pipeline keeps this many content tokens
    if "offset_mapping" in content:
        cut = prompt[content["offset_mapping"][kept][0]:].strip()
    else:
        cut = tokenizer.decode(ids[kept:]).strip()
    return EncoderCount(name, total, limit, cut)


def check_prompt(
    tokenizer: PreTrainedTokenizerBase | None, tokenizer_2: PreTrainedTokenizerBase | None, prompt: str
) -> PromptReport:
    """Count `prompt` with both tokenizers (a missing tokenizer counts as fitting: that encoder is absent)."""
    clip = (count_tokens(tokenizer, prompt, BERT_MAX_TOKENS, "CLIP") if tokenizer is not None
            else EncoderCount("CLIP", 0, BERT_MAX_TOKENS))
    t5 = (count_tokens(tokenizer_2, prompt, T5_MAX_TOKENS, "mT5") if tokenizer_2 is not None
          else EncoderCount("mT5", 0, T5_MAX_TOKENS))
    return PromptReport(clip, t5)
