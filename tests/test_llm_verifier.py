"""The MLLM as the picture's checker (chat.verification's Verifier for real models): what it is asked, with which
picture, and how its answer becomes mismatches. The model's answers are scripted (the `ChatBackend` boundary);
the real generate path: test_llm_model.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from dialog.scene import Scene, Subject
from prompt_enhancer.llm import LLMConfig, LLMEnhancer
from prompt_enhancer.llm_verifier import PictureVerifier, check_schema
from tests.test_llm_enhancer import RecordingRules, ScriptedChat, text_of

TWO = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "left"), Subject("s2", "square")])


def answer(*entries: tuple[str, bool, bool, str]) -> str:
    return json.dumps({"subjects": [{"id": i, "present": p, "as_described": d, "note": n} for i, p, d, n in entries]})


def test_the_picture_and_the_scene_are_sent_and_the_answer_is_held_to_this_scene_s_ids() -> None:
    picture = Image.new("RGB", (64, 64))
    backend = ScriptedChat([answer(("s1", True, True, ""), ("s2", True, True, ""))], sees_images=True)
    assert PictureVerifier(backend).check(picture, TWO) == []
    messages, images, _ = backend.calls[0]
    assert images == [picture] and messages[1]["content"][0] == {"type": "image"}
    assert '"name":"circle"' in text_of(messages) and '"colour":"red"' in text_of(messages)
    assert backend.schemas[0] == check_schema(TWO)
    assert backend.schemas[0]["properties"]["subjects"]["items"]["properties"]["id"] == {"enum": ["s1", "s2"]}


def test_missing_and_wrong_subjects_become_mismatches_in_the_verifier_s_words() -> None:
    backend = ScriptedChat([answer(("s1", True, False, "it is blue, not red"), ("s2", False, False, ""))],
                           sees_images=True)
    found = PictureVerifier(backend).check(Image.new("RGB", (64, 64)), TWO)
    assert [(m.kind, m.subject, m.text) for m in found] == [("other", "s1", "circle: it is blue, not red"),
                                                            ("missing", "s2", "")]


def test_an_answer_that_checks_nothing_claims_nothing() -> None:
    for text in ["not json", answer(("s9", False, False, "")), '{"subjects": [{"id": "s1"}]}']:
        backend = ScriptedChat([text], sees_images=True)
        assert PictureVerifier(backend).check(Image.new("RGB", (64, 64)), TWO) is None, text
    backend = ScriptedChat([RuntimeError("out of memory")], sees_images=True)
    assert PictureVerifier(backend).check(Image.new("RGB", (64, 64)), TWO) is None
    assert PictureVerifier(ScriptedChat([])).check(Image.new("RGB", (64, 64)), Scene()) == []


def test_only_an_llm_that_sees_has_a_verifier_and_it_borrows_the_device_like_decide() -> None:
    wrapped = []

    def device_call(fn):  # noqa: ANN001, ANN202 - what ZeroGPU's spaces.GPU is to the engine
        wrapped.append(fn.__name__)
        return fn

    LLMEnhancer.from_backend(ScriptedChat([], sees_images=True), RecordingRules(), LLMConfig(), device_call=device_call)
    assert sorted(wrapped) == ["_ask_model", "_decide_with_llm"]
    assert LLMEnhancer.from_backend(ScriptedChat([]), RecordingRules()).verifier is None


def test_the_factory_passes_the_llm_flags_and_the_gpu_wrapper(tiny_pipeline_dir: Path, tmp_path: Path) -> None:
    from server.config import parse_config
    from server.factory import build_engine
    from tests.tiny_llm import build_tiny_vl_model

    wrapped = []

    def render_wrapper(fn):  # noqa: ANN001, ANN202
        wrapped.append(fn.__name__)
        return fn

    folder = build_tiny_vl_model(tmp_path / "llm")
    config = parse_config(["--model", str(tiny_pipeline_dir), "--enhancer", str(folder), "--llm-quant", "none",
                           "--low-vram", "--device", "cpu"], environ={})
    engine = build_engine(config, render_wrapper=render_wrapper)
    assert isinstance(engine.enhancer, LLMEnhancer)
    assert engine.enhancer.config.quantization == "none" and engine.enhancer.config.park_on_cpu
    assert {"_decide_with_llm", "_ask_model", "_render_on_generator"} <= set(wrapped)
    assert engine.verifier is engine.enhancer.verifier  # no toy-world reader for this model: the LLM checks
