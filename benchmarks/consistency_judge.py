"""The judge of bench_consistency.py: did an edit do what it named and keep everything else? Toy-world pictures
read by `toyworld.checker`; the edit is any object with the scripted edit's `kind`, `description` and `target`.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from toyworld.checker import ATTRIBUTES, DetectedObject, check, read_picture
from toyworld.scene import SceneDescription

# What each scripted edit changes, in the checker's attribute names.
EDITED = {"colour": ("colour",), "size": ("size",), "move": ("position",), "background": (), "add": (),
          "remove": ()}


@dataclass
class EditResult:
    kind: str
    followed: bool
    unchanged: bool
    outside_diff: float
    why: list[str] = field(default_factory=list)
    old_background: float | None = None  # a background edit: share of the new picture still the old colour


def _attrs(o: DetectedObject) -> dict[str, str]:
    return {a: o.attribute(a) for a in ATTRIBUTES}


def _pair(found: list[DetectedObject], wanted: list[dict[str, str]]) -> list[DetectedObject | None]:
    """For each wanted attribute dict, the found object of the pairing that matches the most (checker-style)."""
    slots = found + [None] * max(0, len(wanted) - len(found))
    if math.perm(len(slots), len(wanted)) > 5000:  # a picture full of blobs: greedy, most constrained first
        left, best = list(found), [None] * len(wanted)
        for i in sorted(range(len(wanted)), key=lambda i: -len(wanted[i])):
            if left:
                pick = max(left, key=lambda o: sum(o.attribute(k) == v for k, v in wanted[i].items()))
                best[i] = pick
                left.remove(pick)
        return best
    best, best_score = [None] * len(wanted), -1
    for pairing in itertools.permutations(slots, len(wanted)):
        score = sum(sum(o is not None and o.attribute(k) == v for k, v in w.items()) + (o is not None)
                    for w, o in zip(wanted, pairing))
        if score > best_score:
            best, best_score = list(pairing), score
    return best


def _boxes(objects, shape: tuple[int, int], grow: int = 2) -> np.ndarray:
    mask = np.zeros(shape, dtype=bool)
    for o in objects:
        if o is not None:
            x0, y0, x1, y1 = o.box
            mask[max(0, y0 - grow):y1 + grow + 1, max(0, x0 - grow):x1 + grow + 1] = True
    return mask


def judge_edit(edit: Any, before_d: SceneDescription, before: np.ndarray, after: np.ndarray) -> EditResult:
    """Followed / unchanged / outside_diff of one edit from the pictures before and after it."""
    rb, ra = read_picture(before), read_picture(after)
    why: list[str] = []
    # who is who before: pair the picture's objects with what the conversation named
    named_before = [o.named() for o in before_d.objects]
    paired_before = _pair(list(rb.objects), named_before)
    extra_before = [o for o in rb.objects if o not in paired_before]
    target_before = paired_before[edit.target] if edit.target is not None and edit.kind != "add" else None

    # followed: the checker's verdicts on what this edit named
    verdict = check(after, edit.description)
    if edit.kind == "background":
        followed = verdict.reading.background == edit.description.background
    elif edit.kind == "add":
        ok = [c.ok for c in verdict.checks if c.object == edit.target]
        followed = all(ok) and len(ra.objects) == len(rb.objects) + 1
    elif edit.kind == "remove":
        gone = target_before is None or all(_attrs(o) != _attrs(target_before) for o in ra.objects)
        followed = gone and len(ra.objects) == len(rb.objects) - 1
    else:
        names = EDITED[edit.kind]
        followed = all(c.ok for c in verdict.checks if c.object == edit.target and c.attribute in names)
    if not followed:
        why.append("not followed")

    # unchanged: everything else reads as before
    keep: list[tuple[dict[str, str], dict[str, str]]] = []  # (constraints, pairing hints)
    target_slot = None
    for i, o in enumerate(paired_before):
        if edit.kind == "remove" and i == edit.target:
            continue
        if o is None:
            continue  # missing before: nothing to keep
        attrs = _attrs(o)
        if i == edit.target:
            target_slot = len(keep)
            new = edit.description.objects[i].named()
            hints = {**attrs, **{k: new[k] for k in EDITED[edit.kind]}}
            keep.append(({k: v for k, v in attrs.items() if k not in EDITED[edit.kind]}, hints))
        else:
            keep.append((attrs, attrs))
    keep += [(_attrs(o), _attrs(o)) for o in extra_before]
    wanted = [h for _, h in keep]
    if edit.target is not None and edit.kind != "remove" and target_before is None:
        # an added object, or an edited one the picture lacked: following the edit means drawing it now
        target_slot = len(wanted)
        wanted.append(edit.description.objects[edit.target].named())
    paired_after = _pair(list(ra.objects), wanted)
    unchanged = True
    for (constraints, _), o in zip(keep, paired_after):
        bad = [k for k, v in constraints.items() if o is None or o.attribute(k) != v]
        if bad:
            unchanged = False
            why.append(f"changed {'/'.join(bad)}")
    allowed = len(wanted) + (1 if edit.kind == "remove" else 0)
    if len(ra.objects) > allowed:
        unchanged = False
        why.append("object appeared")
    if edit.kind != "background" and ra.background != rb.background:
        unchanged = False
        why.append("background changed")

    # pixels outside the edited object's region
    shape = before.shape[:2]
    target_after = paired_after[target_slot] if target_slot is not None else None
    old_colour = _modal_colour(before) if edit.kind == "background" else None
    if old_colour is not None:  # "outside" = the objects' own pixels (their boxes less the old background)
        inside = ~(_boxes(list(rb.objects), shape) & ~_near(before, old_colour))
    else:
        inside = _boxes([target_before, target_after], shape)
    outside = ~inside
    diff = np.abs(before.astype(np.float32) - after.astype(np.float32)).mean(-1)
    outside_diff = float(diff[outside].mean()) if outside.any() else 0.0
    left = _old_background_left(old_colour, after) if old_colour is not None else None
    return EditResult(edit.kind, followed, unchanged, outside_diff, why, left)


def _modal_colour(picture: np.ndarray) -> np.ndarray:
    """The most common colour (quantised to 16 levels a channel, then averaged): a toy picture's background."""
    quantised = (picture // 16).reshape(-1, 3).astype(np.int64)
    keys = quantised[:, 0] * 256 + quantised[:, 1] * 16 + quantised[:, 2]
    mode = np.bincount(keys).argmax()
    return picture.reshape(-1, 3)[keys == mode].astype(np.float32).mean(0)


def _near(picture: np.ndarray, colour: np.ndarray, tolerance: float = 40.0) -> np.ndarray:
    """H x W: pixels within `tolerance` (every channel) of `colour`."""
    return np.abs(picture.astype(np.float32) - colour).max(-1) <= tolerance


def _old_background_left(old: np.ndarray, after: np.ndarray, tolerance: float = 40.0) -> float | None:
    """The share of `after`'s pixels within `tolerance` (every channel) of the old background colour `old`, when
    the two backgrounds differ (boxes of the old colour left around kept subjects); None when they do not."""
    new = _modal_colour(after)
    if np.abs(old - new).max() <= tolerance:
        return None
    return float(_near(after, old, tolerance).mean())
