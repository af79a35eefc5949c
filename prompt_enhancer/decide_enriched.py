"""One turn's Decision made whole for the loaded model: what was left open chosen, what is out of reach said.

The engine calls this after any enhancer (rules or LLM) has decided, so both get the same enrichment and the
same honesty about the model's vocabulary (`prompt_enhancer.enrich`, `.drawable`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dialog.decision import Action, Decision
from dialog.prompt import render_prompt
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from dialog.texts import say
from prompt_enhancer.drawable import leave_out_unknown, refusal, undrawable
from prompt_enhancer.enrich import carry_chosen, chosen_words, drop_one_chosen_detail, enrich
from prompt_enhancer.profile import ModelProfile


def enrich_decision(decision: Decision, kept: Scene, fresh: bool, seed: int, profile: ModelProfile, lang: str,
                    check_prompt: Callable[[str], Any] | None = None) -> Decision:
    """The Decision with what the person left open chosen (and marked), within the prompt's token budget; or a
    CHAT Decision saying what the model cannot draw, with `kept` (the session's Scene) unchanged.

    `fresh`: a new picture, so nothing of `kept` is drawn yet. `check_prompt`: the generator's measure of a
    prompt with the real tokenizers (a report with `fits`); chosen details go first when a prompt does not fit.
    """
    before = None if fresh else kept
    carried = carry_chosen(before or Scene(), decision.scene)
    readable, left_out = leave_out_unknown(before, carried, profile)
    if left_out and before is not None and not SceneDiff(before, readable).content_changed:
        return Decision(Action.CHAT, say("drawable.unread", lang, what=_quoted(left_out, lang)), kept,
                        source=decision.source)
    scene = enrich(readable, profile, seed, before)
    missing = undrawable(before, scene, profile)
    if missing:
        return Decision(Action.CHAT, refusal(missing, profile, lang), kept, source=decision.source)
    while check_prompt is not None and not check_prompt(render_prompt(scene)).fits:
        lighter = drop_one_chosen_detail(scene)
        if lighter is None:
            break
        scene = lighter
    said = [decision.reply]
    if left_out:
        said.append(say("drawable.left_out", lang, what=_quoted(left_out, lang)))
    if chosen := chosen_words(carried, scene, lang):
        said.append(say("enrich.chosen", lang, what=chosen))
    reply = ("" if lang == "zh" else " ").join(r for r in said if r)
    return Decision(decision.action, reply, scene, decision.edit_kind, decision.changed, decision.source)


def _quoted(words: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(f"“{w}”" for w in words)
