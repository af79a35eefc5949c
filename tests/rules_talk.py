"""A conversation with the rule enhancer alone, as the app holds one: for the rules' phrasing tests."""

from __future__ import annotations

from dialog.decision import Decision, Exchange
from dialog.scene import Scene
from prompt_enhancer.rules import RuleEnhancer


def talk(*messages: str, scene: Scene | None = None, keep_scenes: bool = True) -> Decision | None:
    """The Decision of the last message, each earlier one applied as the app would: the Scene carried on and the
    earlier exchanges passed as the recent turns, each with the Scene it left (as the app's session passes them;
    `keep_scenes=False`: as a caller that keeps none)."""
    enhancer, scene = RuleEnhancer(), scene or Scene()
    decision, recent = None, []
    for message in messages:
        decision = enhancer.decide(scene, tuple(recent), message)
        recent.append(Exchange(message, decision.reply, decision.scene if keep_scenes else None))
        scene = decision.scene
    return decision


def names(decision: Decision) -> list[str]:
    """The subjects' names in the Scene a decision leaves, in order."""
    return [s.name for s in decision.scene.subjects]


def attributes(decision: Decision, index: int = 0) -> dict[str, str]:
    """The attributes of one subject of the Scene a decision leaves (the first by default)."""
    return decision.scene.subjects[index].attributes


def parts(decision: Decision, index: int = 0) -> dict[str, dict[str, str]]:
    """The parts of one subject of the Scene a decision leaves (the first by default)."""
    return decision.scene.subjects[index].parts
