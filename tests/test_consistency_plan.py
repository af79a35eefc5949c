"""The sampling policy: which seed and start each kind of turn gets, and that user overrides win."""

import random

import pytest

from dialog.decision import EditKind
from editing.plan import (
    EDIT_STRENGTH, RESTORE_UP_TO, ROUGHED_STRENGTH, Overrides, Strategy, plan_sampling,
)


def test_new_scene_gets_a_new_seed_each_time():
    rng = random.Random(0)
    seeds = {plan_sampling(EditKind.NEW, anchor_seed=7, rng=rng).seed for _ in range(20)}
    assert len(seeds) == 20


@pytest.mark.parametrize("kind", [k for k in EditKind if k != EditKind.NEW])
def test_same_seed_strategy_keeps_the_anchor_seed_and_renders_from_noise(kind):
    plan = plan_sampling(kind, anchor_seed=1234, rng=random.Random(0), strategy=Strategy.SAME_SEED)
    assert (plan.seed, plan.strength, plan.start_from) == (1234, 1.0, None)


def test_fresh_strategy_changes_the_seed_on_edits():
    plan = plan_sampling(EditKind.ATTRIBUTE, anchor_seed=1234, rng=random.Random(0), strategy=Strategy.FRESH)
    assert plan.seed != 1234 and plan.start_from is None


def test_ours_starts_edits_from_the_current_picture_at_the_kind_strength():
    plan = plan_sampling(EditKind.ATTRIBUTE, anchor_seed=5, rng=random.Random(0), strategy=Strategy.OURS)
    assert plan.seed == 5
    assert plan.strength == EDIT_STRENGTH[EditKind.ATTRIBUTE] < 1.0
    assert plan.start_from == "current" and plan.keep_outside


def test_first_picture_is_text_to_image_whatever_the_edit_kind():
    plan = plan_sampling(EditKind.ATTRIBUTE, anchor_seed=None, rng=random.Random(0), strategy=Strategy.OURS)
    assert plan.strength == 1.0 and plan.start_from is None


def test_user_overrides_win_and_strength_is_clamped():
    plan = plan_sampling(
        EditKind.ADD, anchor_seed=5, rng=random.Random(0), strategy=Strategy.OURS,
        overrides=Overrides(seed=99, strength=3.0),
    )
    assert plan.seed == 99 and plan.strength == 1.0 and plan.start_from is None
    locked_new = plan_sampling(EditKind.NEW, anchor_seed=5, rng=random.Random(0), overrides=Overrides(seed=42))
    assert locked_new.seed == 42


def test_ours_starts_a_roughed_in_edit_from_that_picture_at_the_lower_strength():
    plan = plan_sampling(EditKind.LAYOUT, anchor_seed=5, rng=random.Random(0), strategy=Strategy.OURS, roughed=True)
    assert plan.start_from == "roughed" and plan.keep_outside
    assert plan.strength == ROUGHED_STRENGTH[EditKind.LAYOUT] < EDIT_STRENGTH[EditKind.LAYOUT]
    slider = plan_sampling(EditKind.LAYOUT, anchor_seed=5, rng=random.Random(0), strategy=Strategy.OURS,
                           roughed=True, overrides=Overrides(strength=0.6))
    assert (slider.start_from, slider.strength) == ("roughed", 0.6)


def test_only_a_roughed_start_at_a_clean_up_strength_restores_the_unchanged_pixels():
    def plan(kind=EditKind.ATTRIBUTE, roughed=True, strength=None):
        return plan_sampling(kind, anchor_seed=5, rng=random.Random(0), strategy=Strategy.OURS, roughed=roughed,
                             overrides=Overrides(strength=strength))

    assert plan().restore_unchanged and "VAE round trip" in plan().reason
    assert not plan(roughed=False).restore_unchanged  # starts from latents: there is no round trip to undo
    assert not plan(kind=EditKind.ADD).restore_unchanged  # the model draws the new subject's shape
    assert ROUGHED_STRENGTH[EditKind.ADD] > RESTORE_UP_TO
    assert not plan(strength=0.6).restore_unchanged and plan(strength=RESTORE_UP_TO).restore_unchanged


@pytest.mark.parametrize("strategy", [Strategy.SAME_SEED, Strategy.FRESH])
def test_only_ours_uses_a_roughed_in_picture(strategy):
    plan = plan_sampling(EditKind.LAYOUT, anchor_seed=5, rng=random.Random(0), strategy=strategy, roughed=True)
    assert plan.start_from is None and plan.strength == 1.0
