"""Build a HunyuanDiT pipeline of any size from configs, with tokenizers made offline.

This is how small checkpoints come to exist without a model hub: the tests' tiny pipeline, the untrained
placeholder and the start of the embedded model's training all come from `build_pipeline`. The result has the
real checkpoint's layout (BERT + mT5-style text encoders, AutoencoderKL, HunyuanDiT2DModel, scheduler), so
`save_pretrained` gives a folder that `HunyuanDiTPipeline.from_pretrained` loads like the real one.
"""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import torch
from diffusers import AutoencoderKL, DDPMScheduler, HunyuanDiT2DModel, HunyuanDiTPipeline
from diffusers.schedulers.scheduling_utils import SchedulerMixin
from transformers import BertConfig, BertModel, BertTokenizer, T5Config, T5EncoderModel, T5Tokenizer

from generator.conditioning import BERT_MAX_TOKENS, T5_MAX_TOKENS, VAE_SCALE_FACTOR

# What the pipeline assumes of every checkpoint (generator.conditioning): the tokenizers' lengths and the
# transformer's text_len(_t5) must match its 77 and 256 tokens, the VAE its downscale of 8.

_BERT_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


@dataclass(frozen=True)
class Architecture:
    """Sizes of every component. The defaults are the tests' tiny model (runs a step in milliseconds)."""

    sample_size: int = 8  # latent side; image side = sample_size * 8
    latent_channels: int = 4
    patch_size: int = 2
    hidden_size: int = 16  # = heads * head_dim
    num_attention_heads: int = 2
    num_layers: int = 2
    mlp_ratio: float = 2.0
    bert_hidden: int = 16
    bert_layers: int = 1
    bert_heads: int = 2
    t5_hidden: int = 16
    t5_layers: int = 1
    t5_heads: int = 2
    t5_ff: int = 32
    pooled_projection_dim: int = 16
    vae_channels: tuple[int, ...] = (8, 8, 8, 8)  # four blocks: a downscale of 8
    vae_norm_groups: int = 4
    sp_vocab_size: int = 300  # target size of the sentencepiece vocabulary (fewer if the corpus is small)

    @property
    def image_size(self) -> int:
        return self.sample_size * VAE_SCALE_FACTOR


def build_bert_tokenizer(texts: Iterable[str], folder: Path) -> BertTokenizer:
    """A WordPiece vocabulary of every lower-cased word and every CJK character in `texts`."""
    tokens: set[str] = set()
    for text in texts:
        for piece in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\d_]+|\d+|[^\w\s]", text.lower()):
            tokens.add(piece)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(_BERT_SPECIALS + sorted(tokens)) + "\n", encoding="utf-8")
    tokenizer = BertTokenizer.from_pretrained(folder, model_max_length=BERT_MAX_TOKENS)
    tokenizer.save_pretrained(folder)
    return tokenizer


def build_t5_tokenizer(texts: Iterable[str], folder: Path, vocab_size: int = 300) -> T5Tokenizer:
    """A sentencepiece unigram model trained on `texts`, with T5's ids (pad 0, eos 1, unk 2)."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(texts)),
        model_writer=model,
        vocab_size=vocab_size,
        hard_vocab_limit=False,  # a small corpus may support fewer pieces; take what it gives
        model_type="unigram",
        character_coverage=1.0,  # keep every CJK character
        pad_id=0,
        eos_id=1,
        unk_id=2,
        bos_id=-1,
        minloglevel=2,
        num_threads=1,
        seed_sentencepiece_size=100_000,
    )
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as raw:
        (Path(raw) / "spiece.model").write_bytes(model.getvalue())
        tokenizer = T5Tokenizer.from_pretrained(raw, extra_ids=0, model_max_length=T5_MAX_TOKENS)
    tokenizer.save_pretrained(folder)
    return tokenizer


def build_pipeline(
    texts: Iterable[str],
    arch: Architecture = Architecture(),
    scheduler: SchedulerMixin | None = None,
    seed: int = 0,
) -> HunyuanDiTPipeline:
    """A HunyuanDiT pipeline with random weights whose tokenizers cover `texts`.

    Seeded, so the same texts, architecture and seed give the same weights.
    """
    texts = list(texts)
    with tempfile.TemporaryDirectory() as tmp:
        tokenizer = build_bert_tokenizer(texts, Path(tmp) / "tokenizer")
        tokenizer_2 = build_t5_tokenizer(texts, Path(tmp) / "tokenizer_2", arch.sp_vocab_size)

    torch.manual_seed(seed)
    text_encoder = BertModel(
        BertConfig(
            vocab_size=len(tokenizer),
            hidden_size=arch.bert_hidden,
            num_hidden_layers=arch.bert_layers,
            num_attention_heads=arch.bert_heads,
            intermediate_size=arch.bert_hidden * 4,
            max_position_embeddings=BERT_MAX_TOKENS + 3,
        )
    )
    text_encoder_2 = T5EncoderModel(
        T5Config(
            vocab_size=len(tokenizer_2),
            d_model=arch.t5_hidden,
            d_kv=arch.t5_hidden // arch.t5_heads,
            d_ff=arch.t5_ff,
            num_layers=arch.t5_layers,
            num_heads=arch.t5_heads,
            relative_attention_num_buckets=8,
            pad_token_id=0,
            eos_token_id=1,
        )
    )
    vae = AutoencoderKL(
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * len(arch.vae_channels),
        up_block_types=("UpDecoderBlock2D",) * len(arch.vae_channels),
        block_out_channels=arch.vae_channels,
        layers_per_block=1,
        latent_channels=arch.latent_channels,
        norm_num_groups=arch.vae_norm_groups,
        sample_size=arch.image_size,
    )
    transformer = HunyuanDiT2DModel(
        sample_size=arch.sample_size,
        patch_size=arch.patch_size,
        in_channels=arch.latent_channels,
        num_layers=arch.num_layers,
        attention_head_dim=arch.hidden_size // arch.num_attention_heads,
        num_attention_heads=arch.num_attention_heads,
        hidden_size=arch.hidden_size,
        mlp_ratio=arch.mlp_ratio,
        cross_attention_dim=arch.bert_hidden,
        cross_attention_dim_t5=arch.t5_hidden,
        pooled_projection_dim=arch.pooled_projection_dim,
        text_len=BERT_MAX_TOKENS,
        text_len_t5=T5_MAX_TOKENS,
        use_style_cond_and_image_meta_size=False,
    )
    return HunyuanDiTPipeline(
        vae=vae.eval(),
        text_encoder=text_encoder.eval(),
        tokenizer=tokenizer,
        transformer=transformer.eval(),
        scheduler=scheduler or DDPMScheduler(),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
        text_encoder_2=text_encoder_2.eval(),
        tokenizer_2=tokenizer_2,
    )
