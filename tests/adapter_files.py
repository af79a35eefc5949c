"""Write small LoRA files in HunyuanDiT's own layout and in peft's, for a given transformer (tests only).

Random low-rank pairs, seeded; the layouts are those the loaders read (generator/adapters.py's docstring).
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import save_file


def _pair(generator: torch.Generator, rank: int, size_in: int, size_out: int, scale: float
          ) -> tuple[torch.Tensor, torch.Tensor]:
    down = torch.randn(rank, size_in, generator=generator) * scale
    up = torch.randn(size_out, rank, generator=generator) * scale
    return down, up


def write_hunyuan_lora(transformer: torch.nn.Module, folder: Path, rank: int = 4, seed: int = 0,
                       scale: float = 0.5) -> Path:
    """HunyuanDiT's layout (fused Wqkv / kv_proj, `base_model.model.` prefix), as Tencent's HYDiT-LoRA files."""
    g = torch.Generator().manual_seed(seed)
    tensors: dict[str, torch.Tensor] = {}
    hidden = transformer.inner_dim
    cross = transformer.config.cross_attention_dim
    for i in range(transformer.config.num_layers):
        for name, size_in, size_out in (("attn1.Wqkv", hidden, 3 * hidden), ("attn1.out_proj", hidden, hidden),
                                        ("attn2.q_proj", hidden, hidden), ("attn2.kv_proj", cross, 2 * hidden),
                                        ("attn2.out_proj", hidden, hidden)):
            down, up = _pair(g, rank, size_in, size_out, scale)
            tensors[f"base_model.model.blocks.{i}.{name}.lora_A.weight"] = down
            tensors[f"base_model.model.blocks.{i}.{name}.lora_B.weight"] = up
    pool = transformer.time_extra_emb.pooler.q_proj
    down, up = _pair(g, rank, pool.in_features, pool.out_features, scale)
    tensors["base_model.model.pooler.q_proj.lora_A.weight"] = down
    tensors["base_model.model.pooler.q_proj.lora_B.weight"] = up
    folder.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(folder / "adapter_model.safetensors"))
    return folder


def write_peft_lora(transformer: torch.nn.Module, folder: Path, rank: int = 4, alpha: float = 8.0, seed: int = 1,
                    scale: float = 0.5, targets: tuple[str, ...] = ("to_q", "to_k", "to_v", "to_out.0")) -> Path:
    """peft's layout on diffusers' names: adapter_model.safetensors + adapter_config.json (r, lora_alpha)."""
    g = torch.Generator().manual_seed(seed)
    tensors: dict[str, torch.Tensor] = {}
    for name, module in transformer.named_modules():
        if isinstance(module, torch.nn.Linear) and name.startswith("blocks.") and name.endswith(targets):
            down, up = _pair(g, rank, module.in_features, module.out_features, scale)
            tensors[f"base_model.model.{name}.lora_A.weight"] = down
            tensors[f"base_model.model.{name}.lora_B.weight"] = up
    folder.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(folder / "adapter_model.safetensors"))
    config = {"peft_type": "LORA", "r": rank, "lora_alpha": alpha, "target_modules": list(targets),
              "use_rslora": False, "use_dora": False, "bias": "none"}
    (folder / "adapter_config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder
