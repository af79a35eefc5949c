"""LLMEnhancer through the real loading, chat-template, processor and `generate` code, on tiny offline models:
Qwen2-VL, Qwen2.5-VL, LLaVA and a text-only Qwen2.

Their weights are random, so every free answer is noise: these tests show that the noise is caught and the rules
answer, that decoding constrained to the schema always gives JSON, that the input stays flat over 30 turns, and
that bitsandbytes 8-bit / NF4 loading works on this CPU. A trained model's answers: test_llm_trained.py.
"""

from __future__ import annotations

import importlib.util
import json
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
    JsonClosed,
    load_llm,
)
from prompt_enhancer.llm_schema import decision_json_schema
from tests.tiny_llm import VL_FAMILIES, build_tiny_llava_model, build_tiny_text_model, build_tiny_vl_model

FAST = LLMConfig(max_new_tokens=24, timeout_seconds=30.0)
RED = Scene(subjects=[Subject("s1", "circle", {"colour": "red"})])


class ChatOnlyRules:
    """The safety net's stand-in: answers every message with a chat Decision (the real one: test_llm_rules)."""

    name = "rules"

    def decide(self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Any = None,
               *, picture: Any = None) -> Decision:
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
    with_image = backend.count_input_tokens(messages, [image])
    inputs = backend._inputs(messages, [image])
    assert inputs["pixel_values"].shape[-2:] == (28, 28)
    image_tokens = int((inputs["input_ids"] == llava[0].config.image_token_index).sum())
    assert image_tokens == 4  # (28 / 14) ** 2 patches
    text_only = backend.count_input_tokens(enhancer.messages_for(Scene(), [], "draw this as a watercolour"), [])
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
    assert backend.count_input_tokens(enhancer.messages_for(scene, history, message), []) == tokens[29]


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
    first, again, other = (backend.generate(messages, [], seed).text for seed in (1, 1, 2))
    assert first == again and first != other


def test_stop_strings_from_config_end_generation(llava: tuple[Any, Any]) -> None:
    model, processor = llava
    backend = TransformersChat(model, processor, LLMConfig(max_new_tokens=24))
    enhancer = LLMEnhancer.from_backend(backend, ChatOnlyRules())
    messages = enhancer.messages_for(Scene(), [], "draw a red circle")
    free = backend.generate(messages, [], 0).text
    stop = next(free[i : i + 3] for i in range(6, len(free) - 3)  # whole characters, no byte-split token
                if "\ufffd" not in free[i : i + 3] and len(free[i : i + 3].strip()) == 3)
    stopped = TransformersChat(model, processor, LLMConfig(max_new_tokens=24, stop_strings=(stop,)))
    text = stopped.generate(messages, [], 0).text
    assert stop in text and len(text) < len(free)
    head = free[: free.index(stop) + len(stop)]
    assert text.startswith(head)  # the same greedy text, cut at the stop string (a byte-level token may straddle it)


def test_generation_stops_when_the_json_object_closes(llava: tuple[Any, Any]) -> None:
    tokenizer = llava[1].tokenizer
    closed = JsonClosed(lambda ids: tokenizer.decode(ids), prompt_length=2)
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


@pytest.mark.skipif(not torch.cuda.is_available(), reason="moving the LLM off the GPU needs a GPU")
def test_low_vram_parks_the_llm_on_the_cpu_between_turns(llava_folder: Path) -> None:
    model, processor = load_llm(str(llava_folder), "cuda", "nf4")
    enhancer, backend = counting_enhancer(model, processor, LLMConfig(max_new_tokens=8, park_on_cpu=True))
    assert model.device.type == "cpu"  # parked from the start: the renderer has the GPU
    held = torch.cuda.memory_allocated()
    enhancer.decide(Scene(), [], "draw a red circle", picture=Image.new("RGB", (64, 64)))
    assert backend.calls == 2 and model.device.type == "cpu"
    assert torch.cuda.memory_allocated() <= held + 1024 * 1024


def test_without_a_gpu_parking_is_a_no_op(llava: tuple[Any, Any]) -> None:
    model, processor = llava
    backend = TransformersChat(model, processor, LLMConfig(max_new_tokens=4, park_on_cpu=True))
    backend.generate(LLMEnhancer.from_backend(backend, ChatOnlyRules()).messages_for(Scene(), [], "hi"), [], 0)
    assert model.device.type == "cpu" and backend.work_device.type == "cpu"


@pytest.mark.parametrize("family", VL_FAMILIES)
def test_a_qwen_vl_model_sees_the_picture_and_the_upload(tmp_path: Path, family: str) -> None:
    model, processor = load_llm(str(build_tiny_vl_model(tmp_path, family=family)), "cpu", "none")
    assert type(model).__name__ == {"qwen2_vl": "Qwen2VLForConditionalGeneration",
                                    "qwen2_5_vl": "Qwen2_5_VLForConditionalGeneration"}[family]
    if importlib.util.find_spec("torchvision") is None:  # the app sends no video: the processor goes without it
        assert type(processor).__name__.endswith("WithoutVideo") and not hasattr(processor, "video_processor")
    enhancer, backend = counting_enhancer(model, processor)
    picture, upload = Image.new("RGB", (640, 640), (200, 0, 0)), Image.new("RGB", (300, 150), (0, 0, 200))
    messages = enhancer.messages_for(RED, [], "make it like this", upload, picture)
    inputs = backend._inputs(messages, enhancer.images_for(upload, picture))
    assert inputs["image_grid_thw"].shape[0] == 2  # both images, each within the tiny processor's pixel bounds
    image_tokens = int((inputs["input_ids"] == model.config.image_token_id).sum())
    assert image_tokens == int(inputs["image_grid_thw"].prod(-1).sum()) // 4  # 2 x 2 patches merge to one token
    decision = enhancer.decide(RED, [], "make it like this", upload, picture=picture)
    assert decision.source == SOURCE_FALLBACK and backend.calls == 2


def test_llava_sees_the_picture_and_the_upload(llava: tuple[Any, Any]) -> None:
    enhancer, backend = counting_enhancer(*llava)
    picture, upload = Image.new("RGB", (64, 64), (200, 0, 0)), Image.new("RGB", (90, 30), (0, 0, 200))
    inputs = backend._inputs(enhancer.messages_for(RED, [], "like this", upload, picture), [picture, upload])
    assert inputs["pixel_values"].shape[0] == 2
    assert int((inputs["input_ids"] == llava[0].config.image_token_index).sum()) == 8


def test_the_picture_reaches_the_vision_tower_on_an_edit_turn(tmp_path: Path) -> None:
    model, processor = load_llm(str(build_tiny_vl_model(tmp_path)), "cpu", "none")
    enhancer, _ = counting_enhancer(model, processor, LLMConfig(max_new_tokens=4, retries=0))
    seen: list[torch.Tensor] = []
    hook = model.model.visual.register_forward_hook(
        lambda module, args, output: seen.append(getattr(output, "pooler_output", output).detach().clone()))
    try:
        for colour in [(220, 20, 20), (20, 40, 220)]:
            enhancer.decide(RED, [], "make the thing on the left bigger", picture=Image.new("RGB", (64, 64), colour))
    finally:
        hook.remove()
    assert len(seen) == 2 and not torch.allclose(seen[0], seen[1])


@pytest.mark.parametrize("family", ["qwen2_vl", "llava", "text"])
def test_constrained_decoding_always_gives_json_that_parses(tmp_path: Path, family: str) -> None:
    build = {"qwen2_vl": build_tiny_vl_model, "llava": build_tiny_llava_model, "text": build_tiny_text_model}[family]
    model, processor = load_llm(str(build(tmp_path)), "cpu", "none")
    config = LLMConfig(max_new_tokens=300, do_sample=True, temperature=1.0)
    enhancer, backend = counting_enhancer(model, processor, config)
    messages = enhancer.messages_for(RED, [], "make it blue")
    free = backend.generate(messages, [], 0).text
    with pytest.raises(ValueError):
        json.loads(free)  # the random model's own answer is noise ...
    for seed in range(4):  # ... constrained, it is JSON in the schema's shape, or cut by the token budget
        answer = backend.generate(messages, [], seed, decision_json_schema())
        tokens = len(backend.tokenizer(answer.text, add_special_tokens=False)["input_ids"])
        try:
            data = json.loads(answer.text)
        except ValueError:
            assert tokens >= config.max_new_tokens - 8, answer.text  # ran out of budget mid-object
            continue
        assert data["action"] in ("draw", "edit", "chat") and set(data) <= {"action", "reply", "edit_kind", "scene"}


def test_the_verifier_asks_about_every_subject_with_the_picture(tmp_path: Path) -> None:
    model, processor = load_llm(str(build_tiny_vl_model(tmp_path)), "cpu", "none")
    enhancer, backend = counting_enhancer(model, processor, LLMConfig(max_new_tokens=120))
    two = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}), Subject("s2", "square")])
    assert enhancer.verifier is not None
    found = enhancer.verifier.check(Image.new("RGB", (64, 64)), two)
    assert backend.calls == 1  # one constrained answer: subject ids from the scene only, whatever it says of them
    assert found is None or {m.subject for m in found} <= {"s1", "s2"}


def test_a_text_only_model_has_no_verifier_and_is_told_it_cannot_see(text_folder: Path) -> None:
    model, tokenizer = load_llm(str(text_folder), "cpu", "none")
    enhancer, backend = counting_enhancer(model, tokenizer)
    assert enhancer.verifier is None
    messages = enhancer.messages_for(RED, [], "what colour is it?", None, Image.new("RGB", (64, 64)))
    assert "cannot see the current picture" in str(messages)
    assert enhancer.images_for(None, Image.new("RGB", (64, 64))) == []


def test_load_errors_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(LLMLoadError, match="local folder"):
        load_llm(str(tmp_path / "missing"), "cpu", "none")
    with pytest.raises(LLMLoadError, match="use one of none, int8, nf4, auto"):
        load_llm(str(tmp_path), "cpu", "fp3")
