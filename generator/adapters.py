"""LoRA adapters on a loaded HunyuanDiT transformer, switchable per render without reloading the base model.

`HunyuanDiT2DModel` has no LoRA loader in diffusers, so adapters are read here, in two layouts:
- HunyuanDiT's own (Tencent-Hunyuan/HYDiT-LoRA, trained with peft on the original model): fused attention
  names, `blocks.{i}.attn1.Wqkv`, `attn2.q_proj` / `kv_proj` / `out_proj`, `pooler.q_proj`, mapped onto
  diffusers' separate projections the way that repository's diffusers loader does (the fused up-projection is
  cut into its q / k / v rows; alpha = rank there, so its scale alone weighs the update);
- peft's on diffusers module names (`adapter_model.safetensors` + `adapter_config.json`, or diffusers'
  `transformer.`-prefixed keys), weighted by `lora_alpha / r` (or `/ sqrt(r)` with rsLoRA).
Weights are never merged: each adapted linear layer gets a forward hook adding `scale * B(A(x))`, so scale 0
is the base model exactly, unloading removes the hooks and gives the base output back bit for bit, and a
bitsandbytes-quantized layer (`--quant` on a GPU) takes an adapter the same way, since its weights are untouched.
The text pooler's q_proj is the exception: the pooler hands its weight to `multi_head_attention_forward` without
calling the layer, so there the weight itself is parametrized as `W + scale * B @ A` (W alone at scale 0).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import torch
from safetensors.torch import load_file
from torch.nn.utils import parametrize

from generator.errors import GeneratorError

WEIGHT_FILES = ("adapter_model.safetensors", "pytorch_lora_weights.safetensors")
_PREFIXES = ("base_model.model.", "transformer.", "model.")
# HunyuanDiT's fused names -> (diffusers module, which rows of the up-projection, of how many chunks).
_HUNYUAN_SPLITS = {
    "attn1.Wqkv": [("attn1.to_q", 0, 3), ("attn1.to_k", 1, 3), ("attn1.to_v", 2, 3)],
    "attn1.out_proj": [("attn1.to_out.0", 0, 1)],
    "attn2.q_proj": [("attn2.to_q", 0, 1)],
    "attn2.kv_proj": [("attn2.to_k", 0, 2), ("attn2.to_v", 1, 2)],
    "attn2.out_proj": [("attn2.to_out.0", 0, 1)],
}
_WEIGHT_READ = ("time_extra_emb.pooler.",)  # layers whose weight is read directly, never called
_KEY = re.compile(r"^(?P<module>.+)\.lora_(?P<part>[AB])(?:\.[A-Za-z0-9_]+)?\.weight$")


@dataclass(frozen=True)
class AdapterSpec:
    """`--lora PATH_OR_ID[:SCALE]` or `--controlnet PATH_OR_ID[:SCALE]`: where the adapter is and its own weight
    (the chat's LoRA or control strength multiplies it)."""

    source: str
    scale: float = 1.0

    @classmethod
    def parse(cls, text: str, flag: str = "--lora") -> AdapterSpec:
        """Split a trailing `:SCALE` (a number) off; a Windows drive colon or a hub id stays in the source."""
        head, sep, tail = text.rpartition(":")
        if sep and head and re.fullmatch(r"-?\d+(\.\d+)?", tail.strip()):
            scale = float(tail)
            if not math.isfinite(scale) or abs(scale) > 10:
                raise GeneratorError(f"{flag} {text!r}: the scale must be between -10 and 10.")
            return cls(head, scale)
        return cls(text, 1.0)

    @property
    def name(self) -> str:
        """A short name for the UI and the metadata: the folder or file name, or the hub id."""
        path = Path(self.source)
        if path.exists():
            return path.stem if path.is_file() else path.name
        return self.source


@dataclass
class LoraPairs:
    """One adapter as low-rank pairs per diffusers module: update = weight * B @ A."""

    pairs: dict[str, tuple[torch.Tensor, torch.Tensor, float]]
    layout: str  # "hunyuan" or "peft"


def _weights_file(source: str) -> tuple[Path, Path | None]:
    """The adapter's safetensors file and its adapter_config.json (when there is one), local or from the cache."""
    path = Path(source).expanduser()
    if not path.exists():
        if source.startswith(("/", ".", "~")) or source.count("/") != 1:
            raise GeneratorError(f"LoRA {source!r} does not exist: give a folder, a .safetensors file or a hub id.")
        try:
            from huggingface_hub import snapshot_download

            path = Path(snapshot_download(source, allow_patterns=["*.safetensors", "*.json"]))
        except Exception as error:  # offline, unknown id, no access: all the same to the person
            raise GeneratorError(f"LoRA {source!r} could not be fetched (offline, or not a hub id): {error}") from None
    if path.is_file():
        config = path.with_name("adapter_config.json")
        return path, config if config.is_file() else None
    for name in WEIGHT_FILES:
        if (path / name).is_file():
            config = path / "adapter_config.json"
            return path / name, config if config.is_file() else None
    found = sorted(path.glob("*.safetensors"))
    if len(found) != 1:
        raise GeneratorError(f"{path} holds {len(found)} .safetensors files: point --lora at the adapter's file.")
    config = path / "adapter_config.json"
    return found[0], config if config.is_file() else None


def _peft_weight(config: dict) -> float:
    if config.get("use_dora"):
        raise GeneratorError("This LoRA is a DoRA (use_dora): its magnitudes need peft itself; not supported yet.")
    rank = float(config.get("r", 1))
    alpha = float(config.get("lora_alpha", rank))
    return alpha / (math.sqrt(rank) if config.get("use_rslora") else rank)


def read_lora(source: str) -> LoraPairs:
    """Read an adapter in HunyuanDiT's or peft's layout as pairs on diffusers' module names."""
    weights_path, config_path = _weights_file(source)
    try:
        tensors = load_file(str(weights_path))
        config = json.loads(config_path.read_text(encoding="utf-8")) if config_path else {}
    except (OSError, ValueError) as error:
        raise GeneratorError(f"LoRA {source!r} could not be read ({error}): the file is damaged?") from error
    halves: dict[str, dict[str, torch.Tensor]] = {}
    for key, tensor in tensors.items():
        for prefix in _PREFIXES:
            key = key.removeprefix(prefix)
        match = _KEY.match(key)
        if match:
            halves.setdefault(match["module"], {})[match["part"]] = tensor.float()
    if not halves:
        raise GeneratorError(f"{weights_path} has no lora_A / lora_B weights: it is not a LoRA adapter.")
    hunyuan = any(re.search(r"\.(Wqkv|q_proj|kv_proj|out_proj)$", name) for name in halves)
    weight = 1.0 if hunyuan and not config else _peft_weight(config)
    pairs: dict[str, tuple[torch.Tensor, torch.Tensor, float]] = {}
    for module, half in halves.items():
        if set(half) != {"A", "B"}:
            raise GeneratorError(f"LoRA {source!r}: {module} has lora_{''.join(half)} without its other half.")
        down, up = half["A"], half["B"]
        if module == "pooler.q_proj":
            pairs["time_extra_emb.pooler.q_proj"] = (down, up, weight)
            continue
        block, _, tail = module.partition(".attn")
        splits = _HUNYUAN_SPLITS.get("attn" + tail) if hunyuan and tail else None
        if splits is None:
            pairs[module] = (down, up, weight)
            continue
        for target, index, chunks in splits:
            pairs[f"{block}.{target}"] = (down, up.chunk(chunks, dim=0)[index].contiguous(), weight)
    return LoraPairs(pairs, "hunyuan" if hunyuan else "peft")


@dataclass
class _Adapter:
    spec: AdapterSpec
    layout: str
    handles: list[torch.utils.hooks.RemovableHandle | _Parametrized] = field(default_factory=list)
    scale: float = 1.0


class LoraSet:
    """The adapters hooked into one transformer; `set_scales` before a render, `remove` to unload."""

    def __init__(self, transformer: torch.nn.Module) -> None:
        self._transformer = transformer
        self._adapters: dict[str, _Adapter] = {}

    @property
    def names(self) -> list[str]:
        return list(self._adapters)

    def specs(self) -> list[AdapterSpec]:
        return [adapter.spec for adapter in self._adapters.values()]

    def add(self, spec: AdapterSpec) -> str:
        """Read and hook one adapter; its name (unique among the loaded ones) is returned."""
        lora = read_lora(spec.source)
        modules = dict(self._transformer.named_modules())
        missing = sorted(name for name in lora.pairs if name not in modules)
        if missing:
            raise GeneratorError(f"LoRA {spec.source!r} was made for another model: this transformer has no "
                                 f"{', '.join(missing[:3])}{' …' if len(missing) > 3 else ''}.")
        name = spec.name
        while name in self._adapters:
            name += "'"
        adapter = _Adapter(spec, lora.layout, scale=spec.scale)
        for module_name, (down, up, weight) in lora.pairs.items():
            module = modules[module_name]
            size_in, size_out = _linear_sizes(module)
            if down.shape[1] != size_in or up.shape[0] != size_out or down.shape[0] != up.shape[1]:
                for handle in adapter.handles:
                    handle.remove()
                raise GeneratorError(f"LoRA {spec.source!r} does not fit {module_name} ({size_in}→{size_out}; "
                                     f"the adapter has {down.shape[1]}→{up.shape[0]}): made for another model.")
            if module_name.startswith(_WEIGHT_READ):
                adapter.handles.append(_parametrize(module, _LoraDelta(adapter, down, up, weight)))
            else:
                adapter.handles.append(module.register_forward_hook(_LoraHook(adapter, down, up, weight)))
        self._adapters[name] = adapter
        return name

    def remove(self, name: str) -> None:
        """Unhook one adapter: the layers it touched compute exactly what they did before it."""
        adapter = self._adapters.pop(name, None)
        if adapter is None:
            raise GeneratorError(f"No LoRA named {name!r} is loaded (loaded: {', '.join(self._adapters) or 'none'}).")
        for handle in adapter.handles:
            handle.remove()

    def set_scales(self, multiplier: float | None) -> dict[str, float]:
        """Each adapter at its own scale times `multiplier` (None: 1); returns what is in effect, by name."""
        factor = 1.0 if multiplier is None else float(multiplier)
        for adapter in self._adapters.values():
            adapter.scale = adapter.spec.scale * factor
        return {name: adapter.scale for name, adapter in self._adapters.items()}

    def describe(self) -> str:
        return ", ".join(f"{name} ({a.layout}, scale {a.spec.scale:g})" for name, a in self._adapters.items())


def _linear_sizes(module: torch.nn.Module) -> tuple[int, int]:
    """In and out features of a linear layer, quantized (bitsandbytes keeps them as attributes) or not."""
    size_in, size_out = getattr(module, "in_features", None), getattr(module, "out_features", None)
    if size_in is None or size_out is None:
        raise GeneratorError(f"A LoRA targets a {type(module).__name__}, not a linear layer.")
    return int(size_in), int(size_out)


class _LoraHook:
    """Adds `scale * weight * B(A(x))` to a linear layer's output; nothing at all at scale 0."""

    def __init__(self, adapter: _Adapter, down: torch.Tensor, up: torch.Tensor, weight: float) -> None:
        self.adapter, self.down, self.up, self.weight = adapter, down, up, weight

    def __call__(self, module: torch.nn.Module, inputs: tuple, output: torch.Tensor) -> torch.Tensor | None:
        scale = self.adapter.scale * self.weight
        if scale == 0:
            return None
        x = inputs[0]
        if self.down.device != x.device or self.down.dtype != x.dtype:  # once per device / dtype move
            self.down, self.up = self.down.to(x.device, x.dtype), self.up.to(x.device, x.dtype)
        update = torch.nn.functional.linear(torch.nn.functional.linear(x, self.down), self.up)
        return output + scale * update.to(output.dtype)


class _LoraDelta(torch.nn.Module):
    """A weight parametrization: `W + scale * B @ A`, and W itself at scale 0."""

    def __init__(self, adapter: _Adapter, down: torch.Tensor, up: torch.Tensor, weight: float) -> None:
        super().__init__()
        self.adapter, self.weight = adapter, weight
        self.register_buffer("delta", up @ down, persistent=False)

    def forward(self, base: torch.Tensor) -> torch.Tensor:
        scale = self.adapter.scale * self.weight
        return base if scale == 0 else base + scale * self.delta.to(base)


class _Parametrized:
    """Undoes one `_parametrize`, like a hook's handle: the original weight comes back untouched."""

    def __init__(self, module: torch.nn.Module, delta: _LoraDelta) -> None:
        self.module, self.delta = module, delta

    def remove(self) -> None:
        chain = self.module.parametrizations["weight"]
        kept = [p for p in chain if p is not self.delta]
        parametrize.remove_parametrizations(self.module, "weight", leave_parametrized=False)
        for other in kept:  # another adapter's delta on the same layer stays
            parametrize.register_parametrization(self.module, "weight", other)


def _parametrize(module: torch.nn.Module, delta: _LoraDelta) -> _Parametrized:
    if not module.weight.is_floating_point():
        raise GeneratorError("A LoRA adapts the text pooler, whose weights are quantized here: load without --quant.")
    parametrize.register_parametrization(module, "weight", delta.to(module.weight.device))
    return _Parametrized(module, delta)
