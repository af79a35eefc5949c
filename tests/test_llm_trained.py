"""The LLM's success path for real: a tiny Qwen2-VL trained here to answer, through the real processor, the real
`generate()` constrained to the Decision schema, the parser and the ChatEngine.

Training takes a few dozen steps on three fixed inputs: a first message on an empty scene (answered with a draw),
and one question about the current picture asked with a red and with a blue picture (answered from the picture).
The picture pair proves the pixels reach the vision tower and decide the answer: the text the model reads is the
same for both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
from PIL import Image

from chat.engine import ChatEngine
from chat.state import TurnSettings
from dialog.decision import Action
from dialog.scene import Scene, Subject
from generator.generator import Generator
from prompt_enhancer.llm import SOURCE_LLM, LLMConfig, LLMEnhancer, load_llm
from prompt_enhancer.rules import RuleEnhancer
from tests.tiny_llm import build_tiny_vl_model

DRAW = '{"action": "draw", "reply": "A red circle.", "edit_kind": "new", ' \
       '"scene": {"subjects": [{"name": "circle", "attributes": {"colour": "red"}}]}}'
CIRCLE = Scene(subjects=[Subject("s1", "circle")])
QUESTION = "what colour is the circle?"
PICTURES = {"red": Image.new("RGB", (56, 56), (220, 20, 20)), "blue": Image.new("RGB", (56, 56), (20, 40, 220))}
STEPS = 100


def training_example(enhancer: LLMEnhancer, scene: Scene, message: str, picture: Image.Image | None,
                     answer: str) -> dict[str, Any]:
    """The exact input `generate` gets for this turn, followed by the answer and the end of the turn."""
    backend = enhancer.backend
    inputs = backend._inputs(enhancer.messages_for(scene, [], message, picture=picture),
                             enhancer.images_for(None, picture))
    tokenizer = backend.tokenizer
    answer_ids = torch.tensor([tokenizer(answer, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]])
    input_ids = torch.cat([inputs["input_ids"], answer_ids], 1)
    labels = torch.cat([torch.full_like(inputs["input_ids"], -100), answer_ids], 1)
    example = {**inputs, "input_ids": input_ids, "labels": labels, "attention_mask": torch.ones_like(input_ids)}
    if "mm_token_type_ids" in inputs:
        example["mm_token_type_ids"] = torch.cat([inputs["mm_token_type_ids"], torch.zeros_like(answer_ids)], 1)
    return example


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> LLMEnhancer:
    folder = build_tiny_vl_model(tmp_path_factory.mktemp("trained-qwen2-vl"), hidden_size=64)
    model, processor = load_llm(str(folder), "cpu", "none")
    enhancer = LLMEnhancer(model, processor, RuleEnhancer(), LLMConfig(max_new_tokens=80))
    examples = [training_example(enhancer, Scene(), "draw a red circle", None, DRAW)] + [
        training_example(enhancer, CIRCLE, QUESTION, picture, json.dumps({"action": "chat", "reply": f"It is {c}."}))
        for c, picture in PICTURES.items()
    ]
    torch.manual_seed(0)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(STEPS):
        loss = sum(model(**example).loss for example in examples)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    return enhancer


def test_the_trained_model_answers_about_the_picture_from_its_pixels(trained: LLMEnhancer) -> None:
    seen: list[torch.Tensor] = []
    hook = trained.backend.model.model.visual.register_forward_hook(
        lambda module, args, output: seen.append(getattr(output, "pooler_output", output).detach().clone()))
    try:
        decisions = {c: trained.decide(CIRCLE, [], QUESTION, picture=picture) for c, picture in PICTURES.items()}
    finally:
        hook.remove()
    assert len(seen) == 2 and not torch.allclose(seen[0], seen[1])  # two pictures, two vision embeddings
    for colour, decision in decisions.items():
        assert decision.source == SOURCE_LLM and decision.action is Action.CHAT
        assert decision.reply == f"It is {colour}."  # the same words in, the picture's colour out
        assert decision.scene.to_dict() == CIRCLE.to_dict()


def test_the_trained_model_draws_through_the_chat_engine(trained: LLMEnhancer, tiny_pipeline_dir: Path,
                                                         tmp_path: Path) -> None:
    engine = ChatEngine(Generator.load(str(tiny_pipeline_dir)), trained, root=tmp_path)
    state = engine.new_state()
    result = engine.send(state, "draw a red circle", None, TurnSettings(steps=2))
    assert result.ok, result.message
    turn = state.session.current
    assert turn.decision.source == SOURCE_LLM and turn.decision.action is Action.DRAW
    assert turn.decision.reply == "A red circle."
    [circle] = turn.decision.scene.subjects
    assert (circle.name, circle.attributes) == ("circle", {"colour": "red"})
    assert turn.render and state.image_path(turn) is not None
