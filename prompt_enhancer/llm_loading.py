"""Load the LLM dialog manager once: an image+text chat model with its processor, or a text-only causal LM.

Quantization is configuration (`--llm-quant`): NF4 on CUDA by default, full precision on the CPU. A Qwen-VL
processor holds a video part that needs torchvision; the app never sends video, so where torchvision is missing
(no build of it works with the CPU torch wheel) the processor is built without its video part instead of failing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import torch

logger = logging.getLogger(__name__)

QUANTIZATIONS = ("none", "int8", "nf4", "auto")


class LLMLoadError(RuntimeError):
    """The model could not be loaded; the message says what to change."""


def resolve_device(device: str) -> str:
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


def quantization_config(quantization: str, device: str) -> Any:
    """A BitsAndBytesConfig for the mode, or None for full precision. NF4: double quantization, fp16 compute."""
    if quantization not in QUANTIZATIONS:
        raise LLMLoadError(f"unknown quantization {quantization!r}: use one of {', '.join(QUANTIZATIONS)}")
    if quantization == "auto":
        quantization = "nf4" if device.startswith("cuda") else "none"
    if quantization == "none":
        return None
    from transformers import BitsAndBytesConfig

    if quantization == "int8":
        return BitsAndBytesConfig(load_in_8bit=True)
    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_use_double_quant=True,
        bnb_4bit_compute_dtype=torch.float16,
    )


def load_llm(model_id_or_path: str, device: str = "auto", quantization: str = "auto") -> tuple[Any, Any]:
    """(model, processor): an image+text chat model with its processor, else a text-only causal LM + tokenizer."""
    from transformers import AutoModelForCausalLM, AutoModelForImageTextToText, AutoTokenizer

    device = resolve_device(device)
    quant = quantization_config(quantization, device)
    kwargs: dict[str, Any] = {"device_map": {"": device}}
    if quant is not None:
        kwargs["quantization_config"] = quant
    elif device.startswith("cuda"):
        kwargs["dtype"] = torch.float16
    errors: list[str] = []
    for model_class, load_processor in (
        (AutoModelForImageTextToText, load_image_text_processor),
        (AutoModelForCausalLM, AutoTokenizer.from_pretrained),
    ):
        try:
            model = model_class.from_pretrained(model_id_or_path, **kwargs)
        except (ValueError, KeyError) as error:  # transformers' "unrecognized configuration class ..."
            errors.append(f"{model_class.__name__}: {str(error).splitlines()[0][:200]}")
            continue
        except OSError as error:
            raise LLMLoadError(
                f"cannot load the LLM {model_id_or_path!r}: {str(error).splitlines()[0][:200]}. Give a local folder "
                "or a hub id that is already in the cache, or allow downloads."
            ) from error
        try:
            processor = load_processor(model_id_or_path)
        except ImportError as error:
            raise LLMLoadError(
                f"the processor of {model_id_or_path!r} needs a package that is not installed: "
                f"{str(error).strip().splitlines()[0][:200]}"
            ) from error
        if getattr(processor, "chat_template", None) is None and not getattr(
            getattr(processor, "tokenizer", None), "chat_template", None
        ):
            raise LLMLoadError(f"{model_id_or_path!r} has no chat template: use an instruct/chat model")
        model.eval()
        return model, processor
    raise LLMLoadError(
        f"{model_id_or_path!r} is neither an image+text chat model nor a causal LM ({'; '.join(errors)})"
    )


def load_image_text_processor(model_id_or_path: str | Path) -> Any:
    """`AutoProcessor`, or, when only its video part cannot load (torchvision), the same processor without it."""
    from transformers import AutoProcessor

    try:
        return AutoProcessor.from_pretrained(model_id_or_path)
    except ImportError as error:
        if "torchvision" not in str(error).lower():
            raise
        processor_class = _processor_class(model_id_or_path)
        if processor_class is None or "video_processor" not in processor_class.get_attributes():
            raise
        logger.info("torchvision is missing: %s is loaded without its video part (the app sends no video)",
                    processor_class.__name__)
        return without_video(processor_class).from_pretrained(model_id_or_path)


def _processor_class(model_id_or_path: str | Path) -> type | None:
    from transformers import AutoConfig
    from transformers.models.auto.processing_auto import PROCESSOR_MAPPING

    config = AutoConfig.from_pretrained(model_id_or_path)
    return PROCESSOR_MAPPING[type(config)] if type(config) in PROCESSOR_MAPPING else None


def without_video(processor_class: type) -> type:
    """`processor_class` with no video part: images and text go through its own code unchanged.

    transformers' ProcessorMixin takes its parts from the names in `__init__`'s signature and processes videos
    only `if hasattr(self, "video_processor")`, so a signature without that name leaves the part out cleanly.
    """

    def __init__(self: Any, image_processor: Any = None, tokenizer: Any = None, chat_template: Any = None,
                 **kwargs: Any) -> None:
        processor_class.__init__(self, image_processor, tokenizer, None, chat_template=chat_template, **kwargs)

    return type(f"{processor_class.__name__}WithoutVideo", (processor_class,), {"__init__": __init__})
