"""LLMEnhancer through the real loading, chat-template, processor and `generate` code, on tiny offline models.

Their weights are random, so every answer is noise: these tests show that the noise is caught and the rules
answer, that the input stays flat over 30 turns, and that bitsandbytes 8-bit / NF4 loading works on this CPU.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import torch
from PIL import Image

from dialog.decision import Action, Decision, Exchange
from dialog.scene import Scene, Subject
from prompt_enhancer.llm import (
    SOURCE_FALLBACK,
    LLMConfig,
    LLMEnhancer,
    LLMLoadError,
    TransformersChat,
    _JsonClosed,
    load_llm,
)
from tests.tiny_llm import build_tiny_llava_model, build_tiny_text_model, build_tiny_vl_model

FAST = LLMConfig(max_new_tokens=24, timeout_seconds=30.0)


class ChatOnlyRules:
    """The safety net's stand-in: answers every message with a chat Decision (the real one: test_llm_rules)."""

    name = "rules"

    def decide(self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Any = None) -> Decision:
        return Decision(Action.CHAT, "simple answer", scene.copy(), source="rules")


@pytest.fixture(scope="module")
def llava_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_llava_model(tmp_path_factory.mktemp("tiny-llava"))


@pytest.fixture(scope="module")
def text_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_text_model(tmp_path_factory.mktemp("tiny-qwen2"))


@pytest.fixture(scope="module")
def llava(llava_folder: Path) -> tuple[Any, Any]:
    return load_llm(str(llava_folder), "cpu", "auto")


class CountingChat(TransformersChat):
    """The real backend, counting its generate calls."""

    calls = 0

    def generate(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return super().generate(*args, **kwargs)


def counting_enhancer(model: Any, processor: Any, config: LLMConfig = FAST) -> tuple[LLMEnhancer, CountingChat]:
    backend = CountingChat(model, processor, config)
    return LLMEnhancer.from_backend(backend, ChatOnlyRules(), config), backend


def test_load_llm_picks_image_text_to_text_for_a_vl_model(llava: tuple[Any, Any]) -> None:
    model, processor = llava
    assert type(model).__name__ == "LlavaForConditionalGeneration"
    assert processor.image_processor is not None and processor.chat_template
    assert model.device.type == "cpu" and not getattr(model, "is_quantized", False)


def test_noise_from_the_real_generate_path_falls_back_after_one_retry(llava: tuple[Any, Any]) -> None:
    enhancer, backend = counting_enhancer(*llava)
    scene = Scene(subjects=[Subject("s1", "circle", {"colour": "red"})])
    decision = enhancer.decide(scene, [Exchange("draw a red circle", "Done.")], "make it blue")
    assert backend.calls == 2
    assert decision.source == SOURCE_FALLBACK and decision.reply.endswith("simple answer")
    assert decision.scene.to_dict() == scene.to_dict()


def test_an_uploaded_image_goes_through_the_processor(llava: tuple[Any, Any]) -> None:
    enhancer, backend = counting_enhancer(*llava)
    image = Image.new("RGB", (900, 500), (40, 90, 220))
    messages = enhancer.messages_for(Scene(), [], "draw this as a watercolour", image)
    with_image = backend.count_input_tokens(messages, image)
    inputs = backend._inputs(messages, image)
    assert inputs["pixel_values"].shape[-2:] == (28, 28)
    image_tokens = int((inputs["input_ids"] == llava[0].config.image_token_index).sum())
    assert image_tokens == 4  # (28 / 14) ** 2 patches
    text_only = backend.count_input_tokens(enhancer.messages_for(Scene(), [], "draw this as a watercolour"), None)
    assert with_image > text_only
    decision = enhancer.decide(Scene(), [], "draw this as a watercolour", image)
    assert decision.source == SOURCE_FALLBACK and backend.calls == 2


def conversation(turns: int) -> list[tuple[Scene, list[Exchange], str]]:
    """A 30-turn chat: every turn one more instruction, the scene changing, the history growing."""
    colours = ["red", "blue", "green", "yellow", "purple", "orange", "pink", "brown"]
    positions = ["left", "right", "top left", "bottom right", "center", "top", "bottom", "top right"]
    history: list[Exchange] = []
    states = []
    for turn in range(1, turns + 1):
        colour, place = colours[turn % 8], positions[turn % 8]
        count = 1 + turn % 2
        subjects = [Subject(f"s{turn + i}", ["circle", "square"][i], {"colour": colour}, place, "small")
                    for i in range(count)]
        scene = Scene(subjects=subjects, background=["gray", "white", "beige"][turn % 3])
        message = f"now make the circle {colour} and move it to the {place}, keep the rest as it is"
        states.append((scene, list(history), message))
        history.append(Exchange(message, f"Done: the circle is {colour} at the {place}."))
    return states


def test_input_tokens_stay_flat_over_thirty_turns(llava: tuple[Any, Any]) -> None:
    enhancer, backend = counting_enhancer(*llava)
    tokens = [enhancer.input_tokens(scene, history, message) for scene, history, message in conversation(30)]
    assert tokens[29] <= 1.2 * tokens[2]
    assert max(tokens[5:]) - min(tokens[5:]) <= 0.05 * tokens[29]  # after k turns only the scene's size varies
    # and it is what generate really receives
    scene, history, message = conversation(30)[29]
    assert backend.count_input_tokens(enhancer.messages_for(scene, history, message), None) == tokens[29]


def test_a_timeout_stops_generate_and_the_rules_answer(llava: tuple[Any, Any]) -> None:
    config = LLMConfig(max_new_tokens=200, timeout_seconds=0.0)
    enhancer, backend = counting_enhancer(*llava, config)
    decision = enhancer.decide(Scene(), [], "draw a red circle")
    assert decision.source == SOURCE_FALLBACK and backend.calls == 1  # no retry after a timeout


def test_generation_is_reproducible_with_the_same_seed(llava: tuple[Any, Any]) -> None:
    config = LLMConfig(max_new_tokens=16, do_sample=True, temperature=1.0)
    backend = TransformersChat(*llava, config)
    enhancer = LLMEnhancer.from_backend(backend, ChatOnlyRules(), config)
    messages = enhancer.messages_for(Scene(), [], "draw a red circle")
    first, again, other = (backend.generate(messages, None, seed).text for seed in (1, 1, 2))
    assert first == again and first != other


def test_stop_strings_from_config_end_generation(llava: tuple[Any, Any]) -> None:
    model, processor = llava
    backend = TransformersChat(model, processor, LLMConfig(max_new_tokens=24))
    enhancer = LLMEnhancer.from_backend(backend, ChatOnlyRules())
    messages = enhancer.messages_for(Scene(), [], "draw a red circle")
    free = backend.generate(messages, None, 0).text
    stop = free[8:11]
    assert len(stop.strip()) == 3
    stopped = TransformersChat(model, processor, LLMConfig(max_new_tokens=24, stop_strings=(stop,)))
    text = stopped.generate(messages, None, 0).text
    assert stop in text and len(text) < len(free)
    head = free[: free.index(stop) + len(stop)]
    assert text.startswith(head)  # the same greedy text, cut at the stop string (a byte-level token may straddle it)


def test_generation_stops_when_the_json_object_closes(llava: tuple[Any, Any]) -> None:
    tokenizer = llava[1].tokenizer
    closed = _JsonClosed(lambda ids: tokenizer.decode(ids), prompt_length=2)
    prefix = tokenizer("ab", add_special_tokens=False)["input_ids"][:2]
    for text, done in [('{"a": "}"', False), ('Sure: {"a": {"b": 1}} and more', True), ("no object", False)]:
        ids = torch.tensor([prefix + tokenizer(text, add_special_tokens=False)["input_ids"]])
        assert bool(closed(ids, None)[0]) is done, text


def test_a_text_only_causal_lm_loads_and_runs(text_folder: Path) -> None:
    model, tokenizer = load_llm(str(text_folder), "cpu", "none")
    assert type(model).__name__ == "Qwen2ForCausalLM"
    enhancer, backend = counting_enhancer(model, tokenizer)
    image = Image.new("RGB", (64, 64))
    assert "cannot see images" in str(enhancer.messages_for(Scene(), [], "draw this", image))
    decision = enhancer.decide(Scene(), [], "画一个红色圆形", image)
    assert decision.source == SOURCE_FALLBACK and decision.reply.startswith("（简易模式回答")
    assert backend.calls == 2


@pytest.mark.parametrize("quantization, layer", [("int8", "Linear8bitLt"), ("nf4", "Linear4bit")])
def test_bitsandbytes_loading_on_cpu(text_folder: Path, quantization: str, layer: str) -> None:
    model, tokenizer = load_llm(str(text_folder), "cpu", quantization)
    q_proj = model.model.layers[0].self_attn.q_proj
    assert type(q_proj).__name__ == layer
    if quantization == "nf4":
        assert q_proj.weight.quant_state.quant_type == "nf4"
        assert q_proj.weight.quant_state.nested  # double quantization
        assert q_proj.compute_dtype == torch.float16
    enhancer, backend = counting_enhancer(model, tokenizer, LLMConfig(max_new_tokens=8))
    assert enhancer.decide(Scene(), [], "draw a red circle").source == SOURCE_FALLBACK
    assert backend.calls == 2


@pytest.mark.skipif(not torch.cuda.is_available(), reason="NF4 on CUDA needs a GPU")
def test_auto_quantization_is_nf4_on_cuda(llava_folder: Path) -> None:
    model, processor = load_llm(str(llava_folder), "cuda", "auto")
    assert getattr(model, "is_quantized", False)
    enhancer, backend = counting_enhancer(model, processor)
    assert enhancer.decide(Scene(), [], "draw a red circle", Image.new("RGB", (64, 64))).source == SOURCE_FALLBACK


@pytest.mark.skipif(importlib.util.find_spec("torchvision") is None,
                    reason="Qwen-VL processors in transformers 5.23 need torchvision (not in requirements.txt)")
def test_a_qwen2_vl_model_loads_and_runs(tmp_path: Path) -> None:
    model, processor = load_llm(str(build_tiny_vl_model(tmp_path)), "cpu", "none")
    assert type(model).__name__ == "Qwen2VLForConditionalGeneration"
    enhancer, backend = counting_enhancer(model, processor)
    decision = enhancer.decide(Scene(), [], "draw this", Image.new("RGB", (64, 64)))
    assert decision.source == SOURCE_FALLBACK and backend.calls == 2


def test_qwen2_vl_without_torchvision_says_what_is_missing(tmp_path: Path) -> None:
    if importlib.util.find_spec("torchvision") is not None:
        pytest.skip("torchvision is installed: the Qwen2-VL test above runs instead")
    build_tiny_vl_model(tmp_path)
    with pytest.raises(LLMLoadError, match="needs a package that is not installed.*[Tt]orchvision"):
        load_llm(str(tmp_path), "cpu", "none")


def test_load_errors_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(LLMLoadError, match="local folder"):
        load_llm(str(tmp_path / "missing"), "cpu", "none")
    with pytest.raises(LLMLoadError, match="use one of none, int8, nf4, auto"):
        load_llm(str(tmp_path), "cpu", "fp3")
