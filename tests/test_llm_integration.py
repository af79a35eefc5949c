"""LLMEnhancer with the project's real neighbours: the rule-based safety net, the prompt renderer and the
generator's tokenizers (77 CLIP / 256 mT5 limits). The model's answers are scripted (the `ChatBackend` boundary).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dialog.decision import Action, Exchange
from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from dialog.texts import say
from prompt_enhancer import registry
from prompt_enhancer.llm import SOURCE_FALLBACK, SOURCE_LLM, LLMConfig, LLMEnhancer
from prompt_enhancer.rules import RuleEnhancer
from tests.test_llm_enhancer import RecordingRules, ScriptedChat, text_of

RED_CIRCLE = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "left", "big")], background="gray")


def test_the_real_rule_enhancer_answers_when_the_llm_fails() -> None:
    backend = ScriptedChat(["not json", '{"action": "edit"'])
    enhancer = LLMEnhancer.from_backend(backend, RuleEnhancer(), LLMConfig())
    decision = enhancer.decide(RED_CIRCLE, [Exchange("draw a big red circle on the left", "Done.")], "make it blue")
    assert decision.source == SOURCE_FALLBACK and len(backend.calls) == 2
    assert decision.reply.startswith(say("llm.fallback_notice", "en"))
    assert decision.action is Action.EDIT
    assert decision.scene.subject("s1").attributes.get("colour") == "blue"

    backend = ScriptedChat(["没有JSON", "还是没有"])
    enhancer = LLMEnhancer.from_backend(backend, RuleEnhancer(), LLMConfig())
    decision = enhancer.decide(Scene(), [], "画一个红色圆形")
    assert decision.source == SOURCE_FALLBACK and decision.reply.startswith(say("llm.fallback_notice", "zh"))
    assert decision.action is Action.DRAW and decision.scene.subjects


@pytest.fixture(scope="module")
def generator_tokenizers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    """The tiny pipeline's BERT and mT5 tokenizers, built offline the way the generator's tests build them."""
    from generator.components import build_bert_tokenizer, build_t5_tokenizer
    from tests.tiny_pipeline import tiny_texts

    folder = tmp_path_factory.mktemp("generator-tokenizers")
    texts = tiny_texts()
    return build_bert_tokenizer(texts, folder / "tokenizer"), build_t5_tokenizer(texts, folder / "tokenizer_2")


def test_a_scene_too_long_for_hunyuandit_is_sent_back_and_the_accepted_one_fits(
    generator_tokenizers: tuple[Any, Any],
) -> None:
    from generator.prompt_check import check_prompt

    def prompt_check(scene: Scene) -> str | None:  # what app.py wires: render, then count with the real tokenizers
        report = check_prompt(*generator_tokenizers, render_prompt(scene))
        return None if report.fits else report.summary()

    wordy = {"subjects": [{"id": "s1", "name": "圆形", "attributes": {"颜色": "蓝色"}, "position": "左边"}],
             "background": "灰色",
             "notes": ["一个非常非常大的蓝色圆形在灰色背景的左边，旁边有红色正方形和黄色三角形"] * 4}
    short = {"subjects": [{"id": "s1", "name": "圆形", "attributes": {"颜色": "蓝色"}, "position": "左边"}],
             "background": "灰色"}
    answers = [json.dumps({"action": "edit", "reply": "好的。", "edit_kind": "attribute", "scene": s},
                          ensure_ascii=False) for s in (wordy, short)]
    backend = ScriptedChat(answers)
    enhancer = LLMEnhancer.from_backend(backend, RecordingRules(), LLMConfig(), prompt_check=prompt_check)
    decision = enhancer.decide(RED_CIRCLE, [], "把它变成蓝色")
    assert decision.source == SOURCE_LLM and len(backend.calls) == 2
    assert "too long for the image model" in text_of(backend.calls[1][0])
    report = check_prompt(*generator_tokenizers, render_prompt(decision.scene))
    assert report.fits and report.clip.tokens <= 77 and report.t5.tokens <= 256


def test_the_registry_builds_an_llm_enhancer_with_the_rules_behind_it(tmp_path: Path) -> None:
    from tests.tiny_llm import build_tiny_text_model

    enhancer = registry.load_enhancer(str(build_tiny_text_model(tmp_path)), device="cpu")
    assert isinstance(enhancer, LLMEnhancer) and enhancer.name == "llm"
    assert type(enhancer.fallback).__name__ == "RuleEnhancer"

