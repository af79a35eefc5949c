"""The published architectures at their real size, built from `benchmarks/realsize_configs/` with random weights.

Nothing is downloaded: every module is made on the meta device from its config (no memory, no init cost), then
its parameters are materialised on the device with a cheap deterministic fill (copies of one small random pool, so
1.5 B parameters take seconds, not minutes, on 2 cores). Quantized components go through the same loaders the app
uses (`from_pretrained(..., quantization_config=...)` with the configs `generator.loading.quantization_plan` and
`prompt_enhancer.llm_loading.quantization_config` choose), so they get the same layer types the app gets.
Which config came from where: `benchmarks/realsize_configs/README.md`.
"""

from __future__ import annotations

import gc
import json
import tempfile
from pathlib import Path

import torch
from accelerate import init_empty_weights
from accelerate.utils import set_module_tensor_to_device

CONFIGS = Path(__file__).resolve().parent / "realsize_configs"
HUNYUAN = CONFIGS / "hunyuandit_v1_2"
QWEN = CONFIGS / "qwen2_5_vl_3b"
COMPONENTS = ("bert", "mt5", "dit", "vae", "llm")
# The pipeline's name of each HunyuanDiT component (quantization_plan keys by these).
PIPELINE_NAMES = {"bert": "text_encoder", "mt5": "text_encoder_2", "dit": "transformer", "vae": "vae"}
POOL_SIZE = 1 << 20


def _empty(component: str) -> torch.nn.Module:
    """The module on the meta device (buffers real: BERT's position ids, rotary frequencies)."""
    from diffusers import AutoencoderKL, HunyuanDiT2DModel
    from transformers import AutoConfig, BertConfig, BertModel, Qwen2_5_VLForConditionalGeneration, T5Config
    from transformers import T5EncoderModel

    with init_empty_weights(include_buffers=False):
        if component == "bert":
            model = BertModel(BertConfig.from_json_file(HUNYUAN / "text_encoder" / "config.json"))
        elif component == "mt5":
            model = T5EncoderModel(T5Config.from_json_file(HUNYUAN / "text_encoder_2" / "config.json"))
        elif component == "dit":
            model = HunyuanDiT2DModel.from_config(HunyuanDiT2DModel.load_config(HUNYUAN / "transformer"))
        elif component == "vae":
            model = AutoencoderKL.from_config(AutoencoderKL.load_config(HUNYUAN / "vae"))
        elif component == "llm":
            model = Qwen2_5_VLForConditionalGeneration(AutoConfig.from_pretrained(QWEN))
        else:
            raise ValueError(f"unknown component {component!r}: one of {', '.join(COMPONENTS)}")
    if hasattr(model, "tie_weights"):  # mT5's encoder embedding is its shared one; Qwen's lm_head its embedding
        model.tie_weights()
    return model.eval()


def parameter_count(component: str) -> int:
    """Parameters of the real architecture (tied ones once), counted on the meta device."""
    return sum(p.numel() for p in _empty(component).parameters())


def fill_random_(model: torch.nn.Module, device: torch.device, dtype: torch.dtype, seed: int = 0) -> None:
    """Materialise every meta parameter on `device` in `dtype`: matrices from a N(0, 0.02) pool, norm scales 1,
    biases 0. Not a trained model: for memory and speed only (std 0.02 keeps activations finite in fp16)."""
    pool = torch.randn(POOL_SIZE, generator=torch.Generator("cpu").manual_seed(seed)).mul_(0.02).to(device, dtype)
    seen: set[int] = set()
    for name, param in list(model.named_parameters(remove_duplicate=False)):
        if id(param) in seen:
            continue
        seen.add(id(param))
        if param.device.type != "meta":
            continue
        value = torch.empty(param.shape, device=device, dtype=dtype)
        if param.ndim <= 1:
            value.fill_(1.0 if name.endswith("weight") else 0.0)
        else:
            flat = value.view(-1)
            for start in range(0, flat.numel(), POOL_SIZE):
                chunk = flat[start:start + POOL_SIZE]
                chunk.copy_(pool[: chunk.numel()])
        set_module_tensor_to_device(model, name, device, value=value, dtype=dtype)
    if hasattr(model, "tie_weights"):
        model.tie_weights()
    for buffer_owner in model.modules():  # rotary frequencies and position ids: same device, own dtype
        for key, buffer in list(buffer_owner._buffers.items()):
            if buffer is not None and buffer.device != device:
                buffer_owner._buffers[key] = buffer.to(device)


def _random_state_dict(model: torch.nn.Module, dtype: torch.dtype) -> dict[str, torch.Tensor]:
    """A filled copy on the CPU, keyed as `from_pretrained` expects (tied weights once)."""
    fill_random_(model, torch.device("cpu"), dtype)
    return model.state_dict()


def build(component: str, device: torch.device, dtype: torch.dtype, quant: str = "none") -> tuple[torch.nn.Module,
                                                                                                  list[str]]:
    """(module on `device`, notes). `quant` follows the app: only what the app quantizes is quantized."""
    notes: list[str] = []
    config = _quant_config(component, quant, device, dtype, notes)
    model = _empty(component)
    if config is None:
        fill_random_(model, device, dtype)
        return model, notes
    if component == "dit":  # diffusers' from_pretrained takes no state dict: through a temporary folder
        fill_random_(model, torch.device("cpu"), torch.float16)
        with tempfile.TemporaryDirectory(prefix="realsize-dit-") as folder:
            model.save_pretrained(folder)
            del model
            gc.collect()
            from diffusers import HunyuanDiT2DModel

            quantized = HunyuanDiT2DModel.from_pretrained(folder, quantization_config=config, dtype=dtype)
        return quantized.eval(), notes
    state = _random_state_dict(model, torch.bfloat16)
    model_class, model_config = type(model), model.config
    del model
    gc.collect()
    kwargs = {"dtype": dtype} if component != "llm" else {}  # the LLM loads in its config's dtype, as the app does
    quantized = model_class.from_pretrained(None, config=model_config, state_dict=state, quantization_config=config,
                                            device_map={"": (device.index or 0) if device.type == "cuda" else "cpu"},
                                            **kwargs)
    del state
    gc.collect()
    return quantized.eval(), notes


def _quant_config(component: str, quant: str, device: torch.device, dtype: torch.dtype, notes: list[str]):
    """The app's own choice for this component and mode, or None (full precision)."""
    if quant == "none":
        return None
    if component == "llm":
        from prompt_enhancer.llm_loading import quantization_config

        return quantization_config(quant, device.type)
    from generator.loading import quantization_plan

    config, quantized, plan_notes = quantization_plan(quant, device, dtype, None)
    name = PIPELINE_NAMES[component]
    if config is None or name not in quantized:
        word = {"mt5": "mT5", "dit": "transformer"}.get(component)
        notes.extend(note for note in plan_notes if word and word in note)
        if word is None:
            notes.append(f"{quant}: the app does not quantize the {component}")
        return None
    return config.quant_mapping[name]


def llm_dtype() -> torch.dtype:
    """The dtype the app's LLM loads in without quantization on the CPU (transformers' "auto": the config's)."""
    name = json.loads((QWEN / "config.json").read_text(encoding="utf-8"))["torch_dtype"]
    return getattr(torch, name)
