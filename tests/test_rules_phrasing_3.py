"""Issue 20, the classes tuning-2 and tuning-3 still missed: what "it" means after "X on Y", replacing one thing
with another, answers to the rules' own questions, ellipsis, emoji, parts said with its / 它的, Chinese colour
compounds. Each test failed before its fix."""

from __future__ import annotations

import pytest

from dialog.decision import Action, Exchange
from dialog.scene import Scene
from prompt_enhancer.rules import RuleEnhancer


def talk(*messages: str, scene: Scene | None = None):  # noqa: ANN201
    """The Decision of the last message, each earlier one applied as the app would: the Scene carried on and the
    earlier exchanges passed as the recent turns."""
    enhancer, scene = RuleEnhancer(), scene or Scene()
    decision, recent = None, []
    for message in messages:
        decision = enhancer.decide(scene, tuple(recent), message)
        recent.append(Exchange(message, decision.reply))
        scene = decision.scene
    return decision


def described(decision) -> list[tuple[str, dict, str | None, str | None]]:  # noqa: ANN001
    return [(s.name, s.attributes, s.size, s.position) for s in decision.scene.subjects]


@pytest.mark.parametrize(("first", "then", "changed"), [
    ("a cat sitting on a sofa", "make it bigger", "cat"),
    ("a green frog on a lily pad", "make it blue", "frog"),
])
def test_it_after_a_thing_placed_on_another_is_the_thing_not_what_it_sits_on(first: str, then: str,
                                                                               changed: str) -> None:
    d = talk(first, then)
    assert d.action is Action.EDIT
    touched = [d.scene.subject(i).name for i in d.changed]
    assert touched == [changed]
