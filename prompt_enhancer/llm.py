"""The LLM dialog manager: one bounded call per turn to a chat model, its JSON answer validated into a Decision.

A model that sees gets the current picture and any upload with the Scene; a text-only one gets the Scene and is
told it cannot see the picture. Decoding is constrained to the Decision's JSON Schema; an answer that still does
not validate gets one retry with the error shown; then, or on a timeout or any model error, the rule-based
enhancer decides and the reply says the simple mode answered. It never touches settings or files: the
Decision schema has nothing of the kind. Models are loaded by `load_llm` and passed in, never held globally.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from dialog.decision import Action, Decision, Exchange
from dialog.message import detect_language
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from dialog.texts import say
from prompt_enhancer.base import Enhancer
from prompt_enhancer.llm_backend import ChatBackend, Generation, JsonClosed, TransformersChat, shrink
from prompt_enhancer.llm_config import DEFAULT_MODEL, LLMConfig
from prompt_enhancer.llm_loading import QUANTIZATIONS, LLMLoadError, load_llm, quantization_config, resolve_device
from prompt_enhancer.llm_prompt import Attached, build_messages, reply_language_problem, retry_messages
from prompt_enhancer.llm_schema import DecisionSchemaError, decision_json_schema, parse_decision
from prompt_enhancer.llm_verifier import PictureVerifier

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = [  # the LLM room's public names, whichever module holds them
    "DEFAULT_MODEL", "QUANTIZATIONS", "SOURCE_FALLBACK", "SOURCE_LLM", "ChatBackend", "Generation", "JsonClosed",
    "LLMConfig", "LLMEnhancer", "LLMLoadError", "TransformersChat", "load_llm", "quantization_config",
    "resolve_device", "shrink", "turn_seed",
]

logger = logging.getLogger(__name__)

SOURCE_LLM = "llm"
SOURCE_FALLBACK = "rules (fallback)"
DECISION_SCHEMA = decision_json_schema()
# Wraps the model's part of a turn: on ZeroGPU `spaces.GPU`, so the GPU is borrowed for it; elsewhere nothing.
DeviceCall = Callable[[Callable[..., Any]], Callable[..., Any]]


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
        device_call: DeviceCall | None = None,
    ):
        """`prompt_check` returns why a Scene's enriched prompt does not fit the generator (or None when it does)."""
        config = config or LLMConfig()
        self._init(TransformersChat(model, processor, config), fallback, config, prompt_check, device_call)

    @classmethod
    def from_backend(
        cls,
        backend: ChatBackend,
        fallback: Enhancer,
        config: LLMConfig | None = None,
        prompt_check: Callable[[Scene], str | None] | None = None,
        device_call: DeviceCall | None = None,
    ) -> LLMEnhancer:
        """Any `ChatBackend` in place of a transformers model (a remote server; scripted replies in tests)."""
        enhancer = cls.__new__(cls)
        enhancer._init(backend, fallback, config or LLMConfig(), prompt_check, device_call)
        return enhancer

    @classmethod
    def load(
        cls,
        config: LLMConfig,
        fallback: Enhancer,
        prompt_check: Callable[[Scene], str | None] | None = None,
        device_call: DeviceCall | None = None,
    ) -> LLMEnhancer:
        model, processor = load_llm(config.model, config.device, config.quantization)
        return cls(model, processor, fallback, config, prompt_check, device_call)

    def _init(
        self,
        backend: ChatBackend,
        fallback: Enhancer,
        config: LLMConfig,
        prompt_check: Callable[[Scene], str | None] | None,
        device_call: DeviceCall | None,
    ) -> None:
        self.backend = backend
        self.fallback = fallback
        self.config = config
        self.prompt_check = prompt_check
        # Every model call of a turn (the retry too) in one borrowing of the device; the rules answer outside it.
        self._ask_model = device_call(self._decide_with_llm) if device_call else self._decide_with_llm
        # The enrichment's checker of rendered pictures, when the model sees; None for a text-only model.
        self.verifier = PictureVerifier(backend, config.seed, device_call) if backend.sees_images else None

    def attached(self, image: Image | None, picture: Image | None) -> Attached:
        return Attached(picture=picture is not None, upload=image is not None, visible=self.backend.sees_images)

    def images_for(self, image: Image | None, picture: Image | None) -> list[Image]:
        """The images the model is shown, in the order the text names them: the picture, then the upload."""
        if not self.backend.sees_images:
            return []
        return [i for i in (picture, image) if i is not None]

    def messages_for(
        self,
        scene: Scene,
        recent_turns: Sequence[Exchange],
        message: str,
        image: Image | None = None,
        picture: Image | None = None,
    ) -> list[dict[str, Any]]:
        """The exact chat messages one turn sends (what `input_tokens` measures)."""
        language = detect_language(message, scene.language)
        return build_messages(scene, recent_turns, message, language, self.config.limits,
                              self.attached(image, picture))

    def input_tokens(
        self,
        scene: Scene,
        recent_turns: Sequence[Exchange],
        message: str,
        image: Image | None = None,
        picture: Image | None = None,
    ) -> int:
        """Tokens of one turn's input; flat in the length of the conversation."""
        messages = self.messages_for(scene, recent_turns, message, image, picture)
        return self.backend.count_input_tokens(messages, self.images_for(image, picture))

    def decide(
        self,
        scene: Scene,
        recent_turns: Sequence[Exchange],
        message: str,
        image: Image | None = None,
        *,
        picture: Image | None = None,
        seed: int | None = None,
    ) -> Decision:
        language = detect_language(message, scene.language)
        try:
            decision = self._ask_model(scene, recent_turns, message, image, picture, seed, language)
        except Exception:  # any model failure (OOM, processor error): the safety net answers, the user is told
            logger.exception("the LLM failed; the rules answer this turn")
            decision = None
        if decision is not None:
            return decision
        return self._fallback(scene, recent_turns, message, image, picture, language)

    def _decide_with_llm(
        self,
        scene: Scene,
        recent_turns: Sequence[Exchange],
        message: str,
        image: Image | None,
        picture: Image | None,
        seed: int | None,
        language: str,
    ) -> Decision | None:
        first = self.messages_for(scene, recent_turns, message, image, picture)
        images = self.images_for(image, picture)
        messages = first
        base_seed = self.config.seed if seed is None else seed
        for attempt in range(self.config.retries + 1):
            seed_now = turn_seed(base_seed + attempt, scene, recent_turns, message)
            answer = self.backend.generate(messages, images, seed_now, DECISION_SCHEMA)
            try:
                return self._validate(answer.text, scene, language)
            except DecisionSchemaError as error:
                if answer.timed_out:  # no time left for a retry
                    logger.warning("the LLM passed its %.0f s timeout; the rules answer", self.config.timeout_seconds)
                    return None
                logger.info("LLM answer rejected (attempt %d): %s", attempt + 1, error)
                messages = retry_messages(first, answer.text, str(error), self.config.limits)
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
        self,
        scene: Scene,
        recent_turns: Sequence[Exchange],
        message: str,
        image: Image | None,
        picture: Image | None,
        language: str,
    ) -> Decision:
        decision = self.fallback.decide(scene, recent_turns, message, image, picture=picture)
        notice = say("llm.fallback_notice", language)
        return dataclasses.replace(decision, reply=f"{notice} {decision.reply}".strip(), source=SOURCE_FALLBACK)
