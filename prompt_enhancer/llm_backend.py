"""The boundary between the dialog logic and a model: chat messages and images in, text out.

`TransformersChat` runs any transformers chat model through its own chat template and processor
(`apply_chat_template` with the images in the messages: nothing per family), `generate` with a wall-clock
deadline, a stop when the JSON object closes, and, when a schema is given, decoding constrained to it.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import torch
from transformers import LogitsProcessorList, StoppingCriteria, StoppingCriteriaList

from prompt_enhancer.llm_config import LLMConfig
from prompt_enhancer.llm_grammar import GrammarTokenizer, GrammarUnavailable
from prompt_enhancer.llm_schema import json_object_end

if TYPE_CHECKING:
    from PIL.Image import Image

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Generation:
    """One model answer: its text, how big the input was, how long it took, and whether the deadline cut it."""

    text: str
    input_tokens: int
    seconds: float
    timed_out: bool = False


class ChatBackend(Protocol):
    """Chat messages in, text out. Each `{"type": "image"}` part of the messages is the next of `images`."""

    def generate(
        self, messages: list[dict[str, Any]], images: Sequence[Image], seed: int, schema: dict[str, Any] | None = None
    ) -> Generation: ...

    def count_input_tokens(self, messages: list[dict[str, Any]], images: Sequence[Image]) -> int: ...

    @property
    def sees_images(self) -> bool: ...


class _Deadline(StoppingCriteria):
    """Stops generation at a wall-clock deadline and remembers that it did, so the rules can take over."""

    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds
        self.fired = False

    def __call__(self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any) -> torch.BoolTensor:
        self.fired = self.fired or time.monotonic() > self.deadline
        return torch.full((input_ids.shape[0],), self.fired, dtype=torch.bool, device=input_ids.device)


class JsonClosed(StoppingCriteria):
    """Stops once the answer's first JSON object is closed: nothing after it is needed."""

    def __init__(self, decode: Callable[[torch.Tensor], str], prompt_length: int):
        self.decode = decode
        self.prompt_length = prompt_length

    def __call__(self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any) -> torch.BoolTensor:
        text = self.decode(input_ids[0, self.prompt_length :])
        start = text.find("{")
        done = start >= 0 and json_object_end(text, start) is not None
        return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)


def shrink(image: Image, max_side: int) -> Image:
    """RGB, at most `max_side` pixels on its longer side: what a turn's image costs the model stays bounded."""
    image = image.convert("RGB")
    if max(image.size) > max_side:
        image = image.copy()
        image.thumbnail((max_side, max_side))
    return image


class TransformersChat:
    """Runs the chat template, the processor and `generate` of any transformers chat model."""

    def __init__(self, model: Any, processor: Any, config: LLMConfig):
        self.model = model
        self.processor = processor
        self.config = config
        self.tokenizer = getattr(processor, "tokenizer", processor)
        self.work_device = model.device
        self._grammar: GrammarTokenizer | None | bool = None  # built on first use; False: unavailable
        if config.park_on_cpu:
            self.park()

    @property
    def sees_images(self) -> bool:
        return getattr(self.processor, "image_processor", None) is not None

    # --------------------------------------------------------------------------------------------- memory
    def park(self) -> None:
        """Move the model to the CPU (low VRAM: the GPU is the image model's while it renders)."""
        if self.work_device.type != "cpu" and self.model.device.type != "cpu":
            self.model.to("cpu")
            torch.cuda.empty_cache()

    @contextlib.contextmanager
    def on_device(self) -> Iterator[None]:
        """The model on its working device for the duration; parked again after when configured so."""
        if self.model.device != self.work_device:
            self.model.to(self.work_device)
        try:
            yield
        finally:
            if self.config.park_on_cpu:
                self.park()

    # ---------------------------------------------------------------------------------------------- input
    def _inputs(self, messages: list[dict[str, Any]], images: Sequence[Image]) -> Any:
        if not self.sees_images:  # text-only chat templates expect plain string content
            messages = [
                {"role": m["role"], "content": "".join(p.get("text", "") for p in m["content"])} for m in messages
            ]
            return self.tokenizer.apply_chat_template(
                messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
            )
        shown = iter([shrink(image, self.config.image_max_side) for image in images])
        messages = [
            {"role": m["role"], "content": [
                {"type": "image", "image": next(shown)} if part.get("type") == "image" else part
                for part in m["content"]
            ]}
            for m in messages
        ]
        return self.processor.apply_chat_template(
            messages, add_generation_prompt=True, tokenize=True, return_dict=True, return_tensors="pt"
        )

    def count_input_tokens(self, messages: list[dict[str, Any]], images: Sequence[Image]) -> int:
        return int(self._inputs(messages, images)["input_ids"].shape[1])

    def _constraint(self, schema: dict[str, Any] | None, prompt_length: int) -> list[Any]:
        if schema is None or not self.config.constrained or self._grammar is False:
            return []
        try:
            if self._grammar is None:
                eos = self.model.generation_config.eos_token_id
                eos_ids = [eos] if isinstance(eos, int) else list(eos or [self.tokenizer.eos_token_id])
                vocab = int(self.model.get_output_embeddings().weight.shape[0])
                self._grammar = GrammarTokenizer(self.tokenizer, vocab, eos_ids)
            assert isinstance(self._grammar, GrammarTokenizer)
            return [self._grammar.constraint(schema, prompt_length)]
        except GrammarUnavailable as error:
            logger.warning("the LLM's decoding is not constrained to the schema: %s", error)
            self._grammar = False
            return []

    # ------------------------------------------------------------------------------------------- generate
    def generate(
        self, messages: list[dict[str, Any]], images: Sequence[Image], seed: int, schema: dict[str, Any] | None = None
    ) -> Generation:
        started = time.monotonic()
        with self.on_device():
            inputs = self._inputs(messages, images).to(self.model.device)
            for key in ("pixel_values", "pixel_values_videos"):  # float32 from the processor; the tower's dtype
                if key in inputs:
                    inputs[key] = inputs[key].to(self.model.dtype)
            prompt_length = int(inputs["input_ids"].shape[1])
            deadline = _Deadline(self.config.timeout_seconds)
            criteria = StoppingCriteriaList(
                [deadline, JsonClosed(lambda ids: self.tokenizer.decode(ids, skip_special_tokens=True), prompt_length)]
            )
            options: dict[str, Any] = {"max_new_tokens": self.config.max_new_tokens,
                                       "do_sample": self.config.do_sample}
            if self.config.do_sample:
                options.update(temperature=self.config.temperature, top_p=self.config.top_p)
            if self.config.stop_strings:
                options.update(stop_strings=list(self.config.stop_strings), tokenizer=self.tokenizer)
            constraint = self._constraint(schema, prompt_length)
            if constraint:
                options["logits_processor"] = LogitsProcessorList(constraint)
            devices = [self.model.device] if self.model.device.type == "cuda" else []
            with torch.random.fork_rng(devices=devices):  # seeded per turn without touching anyone else's RNG
                torch.manual_seed(seed)
                with torch.inference_mode():
                    output = self.model.generate(**inputs, stopping_criteria=criteria, **options)
        text = self.tokenizer.decode(output[0, prompt_length:], skip_special_tokens=True)
        return Generation(text, prompt_length, time.monotonic() - started, deadline.fired)
