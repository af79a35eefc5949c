"""The LLM dialog manager: one bounded call per turn to a chat model, its JSON answer validated into a Decision.

Invalid output gets one retry with the error shown; then, or on a timeout or any model error, the rule-based
enhancer decides and the reply says the simple mode answered. It never touches settings or files: the
Decision schema has nothing of the kind. Models are loaded by `load_llm` and passed in, never held globally.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import torch
from transformers import StoppingCriteria, StoppingCriteriaList

from dialog.decision import Action, Decision, Exchange
from dialog.message import detect_language
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from dialog.texts import say
from prompt_enhancer.base import Enhancer
from prompt_enhancer.llm_prompt import (
    ContextLimits,
    build_messages,
    reply_language_problem,
    retry_messages,
)
from prompt_enhancer.llm_schema import DecisionSchemaError, json_object_end, parse_decision

if TYPE_CHECKING:
    from PIL.Image import Image

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "Qwen/Qwen2.5-VL-3B-Instruct"  # bilingual (EN/中文), image+text, native in transformers
QUANTIZATIONS = ("none", "int8", "nf4", "auto")
SOURCE_LLM = "llm"
SOURCE_FALLBACK = "rules (fallback)"


class LLMLoadError(RuntimeError):
    """The model could not be loaded; the message says what to change."""


@dataclass(frozen=True)
class LLMConfig:
    """Everything about the LLM call that is configuration: sampling, limits, timeout, retries."""

    model: str = DEFAULT_MODEL  # hub id or local folder
    device: str = "auto"  # "auto" | "cpu" | "cuda" | "cuda:1" ...
    quantization: str = "auto"  # "none" | "int8" | "nf4" | "auto" (nf4 on CUDA, none on CPU)
    max_new_tokens: int = 512  # bounds the worst case; generation stops when the JSON object closes
    do_sample: bool = False  # greedy by default; sampling is seeded from the conversation
    temperature: float = 0.7
    top_p: float = 0.9
    seed: int = 0  # the conversation's seed when the caller has none to pass per call
    timeout_seconds: float = 60.0  # wall clock per generate call; past it the rules answer
    stop_strings: tuple[str, ...] = ()
    retries: int = 1  # retries after an invalid answer, each with the error shown to the model
    image_max_side: int = 448  # an uploaded image is shrunk to this before the processor sees it
    history_turns: int = 4
    message_chars: int = 300
    reply_chars: int = 200

    @property
    def limits(self) -> ContextLimits:
        return ContextLimits(self.history_turns, self.message_chars, self.reply_chars)


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
    from transformers import (
        AutoModelForCausalLM,
        AutoModelForImageTextToText,
        AutoProcessor,
        AutoTokenizer,
    )

    device = resolve_device(device)
    quant = quantization_config(quantization, device)
    kwargs: dict[str, Any] = {"device_map": {"": device}}
    if quant is not None:
        kwargs["quantization_config"] = quant
    elif device.startswith("cuda"):
        kwargs["dtype"] = torch.float16
    errors: list[str] = []
    for model_class, processor_class in (
        (AutoModelForImageTextToText, AutoProcessor),
        (AutoModelForCausalLM, AutoTokenizer),
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
            processor = processor_class.from_pretrained(model_id_or_path)
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


@dataclass(frozen=True)
class Generation:
    """One model answer: its text, how big the input was, how long it took, and whether the deadline cut it."""

    text: str
    input_tokens: int
    seconds: float
    timed_out: bool = False


class ChatBackend(Protocol):
    """The boundary between the dialog logic and the model: chat messages in, text out."""

    def generate(self, messages: list[dict[str, Any]], image: Image | None, seed: int) -> Generation: ...

    def count_input_tokens(self, messages: list[dict[str, Any]], image: Image | None) -> int: ...

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


class _JsonClosed(StoppingCriteria):
    """Stops once the answer's first JSON object is closed: nothing after it is needed."""

    def __init__(self, decode: Callable[[torch.Tensor], str], prompt_length: int):
        self.decode = decode
        self.prompt_length = prompt_length

    def __call__(self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any) -> torch.BoolTensor:
        text = self.decode(input_ids[0, self.prompt_length :])
        start = text.find("{")
        done = start >= 0 and json_object_end(text, start) is not None
        return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)


class TransformersChat:
    """Runs the chat template, the processor and `generate` of any transformers chat model."""

    def __init__(self, model: Any, processor: Any, config: LLMConfig):
        self.model = model
        self.processor = processor
        self.config = config
        self.tokenizer = getattr(processor, "tokenizer", processor)

    @property
    def sees_images(self) -> bool:
        return getattr(self.processor, "image_processor", None) is not None

    def _inputs(self, messages: list[dict[str, Any]], image: Image | None) -> Any:
        if not self.sees_images:  # text-only chat templates expect plain string content
            messages = [
                {"role": m["role"], "content": "".join(p.get("text", "") for p in m["content"])} for m in messages
            ]
            return self.tokenizer.apply_chat_template(
                messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
            )
        text = self.processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        images = [_shrink(image, self.config.image_max_side)] if image is not None and self.sees_images else None
        return self.processor(text=[text], images=images, return_tensors="pt")

    def count_input_tokens(self, messages: list[dict[str, Any]], image: Image | None) -> int:
        return int(self._inputs(messages, image)["input_ids"].shape[1])

    def generate(self, messages: list[dict[str, Any]], image: Image | None, seed: int) -> Generation:
        started = time.monotonic()
        inputs = self._inputs(messages, image).to(self.model.device)
        if "pixel_values" in inputs:  # the processor gives float32; a half-precision vision tower wants its dtype
            inputs["pixel_values"] = inputs["pixel_values"].to(self.model.dtype)
        prompt_length = int(inputs["input_ids"].shape[1])
        deadline = _Deadline(self.config.timeout_seconds)
        criteria = StoppingCriteriaList(
            [deadline, _JsonClosed(lambda ids: self.tokenizer.decode(ids, skip_special_tokens=True), prompt_length)]
        )
        options: dict[str, Any] = {"max_new_tokens": self.config.max_new_tokens, "do_sample": self.config.do_sample}
        if self.config.do_sample:
            options.update(temperature=self.config.temperature, top_p=self.config.top_p)
        if self.config.stop_strings:
            options.update(stop_strings=list(self.config.stop_strings), tokenizer=self.tokenizer)
        devices = [self.model.device] if self.model.device.type == "cuda" else []
        with torch.random.fork_rng(devices=devices):  # seeded per turn without touching anyone else's RNG
            torch.manual_seed(seed)
            with torch.inference_mode():
                output = self.model.generate(**inputs, stopping_criteria=criteria, **options)
        text = self.tokenizer.decode(output[0, prompt_length:], skip_special_tokens=True)
        return Generation(text, prompt_length, time.monotonic() - started, deadline.fired)


def _shrink(image: Image, max_side: int) -> Image:
    image = image.convert("RGB")
    if max(image.size) > max_side:
        image = image.copy()
        image.thumbnail((max_side, max_side))
    return image


def _with_focus(scene: Scene, changed: Sequence[str]) -> Scene:
    """Point "it" at the last subject this turn touched that still exists (when the Scene tracks a focus)."""
    if not any(f.name == "focus" for f in dataclasses.fields(scene)):
        return scene
    alive = [i for i in changed if scene.subject(i) is not None]
    focus = alive[-1] if alive else getattr(scene, "focus", None)
    if focus is not None and scene.subject(focus) is None:
        focus = None
    return dataclasses.replace(scene, focus=focus)


def turn_seed(base_seed: int, scene: Scene, recent_turns: Sequence[Exchange], message: str) -> int:
    """The same conversation state and seed give the same sampling, so the same chat gives the same rewrite."""
    state = json.dumps(
        [base_seed, scene.to_dict(), [(t.message, t.reply) for t in recent_turns], message], ensure_ascii=False
    )
    return int.from_bytes(hashlib.sha256(state.encode("utf-8")).digest()[:4], "big")


class LLMEnhancer:
    """`Enhancer` backed by a chat LLM, with the rule-based enhancer as its safety net."""

    name = "llm"

    def __init__(
        self,
        model: Any,
        processor: Any,
        fallback: Enhancer,
        config: LLMConfig | None = None,
        prompt_check: Callable[[Scene], str | None] | None = None,
    ):
        """`prompt_check` returns why a Scene's enriched prompt does not fit the generator (or None when it does)."""
        config = config or LLMConfig()
        self._init(TransformersChat(model, processor, config), fallback, config, prompt_check)

    @classmethod
    def from_backend(
        cls,
        backend: ChatBackend,
        fallback: Enhancer,
        config: LLMConfig | None = None,
        prompt_check: Callable[[Scene], str | None] | None = None,
    ) -> LLMEnhancer:
        """Any `ChatBackend` in place of a transformers model (a remote server; scripted replies in tests)."""
        enhancer = cls.__new__(cls)
        enhancer._init(backend, fallback, config or LLMConfig(), prompt_check)
        return enhancer

    @classmethod
    def load(
        cls, config: LLMConfig, fallback: Enhancer, prompt_check: Callable[[Scene], str | None] | None = None
    ) -> LLMEnhancer:
        model, processor = load_llm(config.model, config.device, config.quantization)
        return cls(model, processor, fallback, config, prompt_check)

    def _init(
        self,
        backend: ChatBackend,
        fallback: Enhancer,
        config: LLMConfig,
        prompt_check: Callable[[Scene], str | None] | None,
    ) -> None:
        self.backend = backend
        self.fallback = fallback
        self.config = config
        self.prompt_check = prompt_check

    def messages_for(
        self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Image | None = None
    ) -> list[dict[str, Any]]:
        """The exact chat messages one turn sends (what `input_tokens` measures)."""
        language = detect_language(message, scene.language)
        shown = None if image is None else ("visible" if self.backend.sees_images else "hidden")
        return build_messages(scene, recent_turns, message, language, self.config.limits, shown)

    def input_tokens(
        self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Image | None = None
    ) -> int:
        """Tokens of one turn's input; flat in the length of the conversation."""
        return self.backend.count_input_tokens(self.messages_for(scene, recent_turns, message, image), image)

    def decide(
        self,
        scene: Scene,
        recent_turns: Sequence[Exchange],
        message: str,
        image: Image | None = None,
        seed: int | None = None,
    ) -> Decision:
        language = detect_language(message, scene.language)
        try:
            decision = self._decide_with_llm(scene, recent_turns, message, image, seed, language)
        except Exception:  # any model failure (OOM, processor error): the safety net answers, the user is told
            logger.exception("the LLM failed; the rules answer this turn")
            decision = None
        if decision is not None:
            return decision
        return self._fallback(scene, recent_turns, message, image, language)

    def _decide_with_llm(
        self,
        scene: Scene,
        recent_turns: Sequence[Exchange],
        message: str,
        image: Image | None,
        seed: int | None,
        language: str,
    ) -> Decision | None:
        messages = self.messages_for(scene, recent_turns, message, image)
        base_seed = self.config.seed if seed is None else seed
        for attempt in range(self.config.retries + 1):
            seed_now = turn_seed(base_seed + attempt, scene, recent_turns, message)
            answer = self.backend.generate(messages, image, seed_now)
            try:
                return self._validate(answer.text, scene, language)
            except DecisionSchemaError as error:
                if answer.timed_out:  # no time left for a retry
                    logger.warning("the LLM passed its %.0f s timeout; the rules answer", self.config.timeout_seconds)
                    return None
                logger.info("LLM answer rejected (attempt %d): %s", attempt + 1, error)
                messages = retry_messages(
                    self.messages_for(scene, recent_turns, message, image), answer.text, str(error), self.config.limits
                )
        return None

    def _validate(self, text: str, scene: Scene, language: str) -> Decision:
        parsed = parse_decision(text, scene)
        problems = []
        if (problem := reply_language_problem(parsed.reply, language)) is not None:
            problems.append(problem)
        new_scene = dataclasses.replace(parsed.scene, language=language)
        if parsed.action is Action.CHAT:
            new_scene = scene.copy()  # a chat keeps the picture, and the language it renders in
        elif self.prompt_check is not None and (problem := self.prompt_check(new_scene)) is not None:
            problems.append(f"the scene's prompt is too long for the image model ({problem}): use fewer words")
        if problems:
            raise DecisionSchemaError(problems)
        changed = SceneDiff(scene, new_scene).changed_subjects
        new_scene = _with_focus(new_scene, changed)
        return Decision(
            action=parsed.action,
            reply=parsed.reply,
            scene=new_scene,
            edit_kind=parsed.edit_kind,
            changed=changed,
            source=SOURCE_LLM,
        )

    def _fallback(
        self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Image | None, language: str
    ) -> Decision:
        decision = self.fallback.decide(scene, recent_turns, message, image)
        notice = say("llm.fallback_notice", language)
        return dataclasses.replace(decision, reply=f"{notice} {decision.reply}".strip(), source=SOURCE_FALLBACK)
