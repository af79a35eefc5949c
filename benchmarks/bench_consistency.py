"""Do edits change what was asked and keep everything else? Scripted toy-world conversations, judged by the checker.

    python benchmarks/bench_consistency.py                  # 200 held-out conversations x 3 strategies
    python benchmarks/bench_consistency.py --n 20           # quick look
    python benchmarks/bench_consistency.py --split tuning --strength attribute=0.4,add=0.8   # tune ours

Each conversation (English or Chinese, alternating) draws a toy scene with some attributes left out, then makes
3 edits (colour, size, background, add, move or remove an object). Every message goes through the real
`ChatEngine` + `RuleEnhancer`, as in the app; every picture is read by `toyworld.checker`. Per edit:
- followed: the checker's verdicts on what the edit named (and, for add/remove, one object more/less);
- unchanged: everything the edit did not name reads the same before and after: other objects' shape, colour,
  size and position (including what the model chose for attributes the captions left out), the edited object's
  other attributes, the background unless edited, and no object appearing or vanishing unasked (an edited
  object the picture lacked may appear: the edit named it, and following it means drawing it);
- outside_diff: mean absolute pixel difference (0-255) outside the edited object's boxes (before and after,
  grown by 2 px); for a background edit, inside the other objects' boxes instead.
Prints a table per strategy, then one JSON line. Scenes of the held-out split are never drawn in training;
`--split tuning` draws training-split scenes from another seed, to tune `ours` without looking at the report.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chat.engine import ChatEngine  # noqa: E402
from chat.state import TurnSettings  # noqa: E402
from dialog.decision import EditKind  # noqa: E402
from dialog.scene import Scene  # noqa: E402
from editing.editor import Editor  # noqa: E402
from editing.masked import MaskSettings  # noqa: E402
from editing.plan import Strategy  # noqa: E402
from generator.generator import Generator  # noqa: E402
from prompt_enhancer.rules import RuleEnhancer  # noqa: E402
from prompt_enhancer.profile import load_profile  # noqa: E402
from toyworld.captions import caption_en, caption_zh, leave_out  # noqa: E402
from toyworld.reader import ToyWorldReader  # noqa: E402
from benchmarks.consistency_judge import EditResult, judge_edit  # noqa: E402
from toyworld.scene import ObjectDescription, SceneDescription, ToyObject, ToyScene, layout_allowed, sample_scene  # noqa: E402,E501
from toyworld.spec import (  # noqa: E402
    BACKGROUNDS, COLOURS, POSITIONS, SIZES, ZH_BACKGROUNDS, ZH_COLOURS, ZH_POSITIONS, ZH_SHAPES,
)

EDITS = ("colour", "size", "background", "add", "move", "remove")
KIND = {"colour": EditKind.ATTRIBUTE, "size": EditKind.LAYOUT, "move": EditKind.LAYOUT,
        "background": EditKind.BACKGROUND, "add": EditKind.ADD, "remove": EditKind.REMOVE}
STRATEGIES = {"ours": Strategy.OURS, "same_seed": Strategy.SAME_SEED, "fresh": Strategy.FRESH,
              "masked": Strategy.MASKED}
BARS = {"followed": 0.85, "unchanged": 0.90}
_ZH_CORNERS = {"top left", "top right", "bottom left", "bottom right"}


# ------------------------------------------------------------------------------------------ conversations

@dataclass(frozen=True)
class Edit:
    kind: str  # one of EDITS
    message: str
    description: SceneDescription  # what the conversation has named after this edit
    target: int | None  # index of the edited object (in the description before the edit; add: after)


@dataclass(frozen=True)
class Conversation:
    language: str
    seed: int
    first: str
    description: SceneDescription
    edits: tuple[Edit, ...]

    def messages(self) -> list[str]:
        return [self.first] + [e.message for e in self.edits]


def _reference(d: SceneDescription, index: int, language: str) -> str | None:
    """How a person would point at object `index` so that the rules cannot mistake it; None if they could."""
    o = d.objects[index]
    if len(d.objects) == 1:
        return "it" if language == "en" else "它"
    if o.colour is None and o.shape is None:
        return None
    words = [(p.colour, p.shape) for p in d.objects]
    mine = (o.colour, o.shape)
    if sum(w == mine for w in words) > 1:
        return None
    for other in (w for w in words if w != mine):  # "the circle" would also fit a red circle if the other is one
        if (o.colour is None or other[0] == o.colour) and (o.shape is None or other[1] == o.shape):
            return None
    if language == "en":
        return "the " + " ".join(w for w in (o.colour, o.shape or "shape") if w)
    return (ZH_COLOURS[o.colour] if o.colour else "") + (ZH_SHAPES[o.shape] if o.shape else "图形")


def _where_zh(position: str) -> str:
    return ZH_POSITIONS[position] + ("角" if position in _ZH_CORNERS else "")


def _object_phrase(o: ObjectDescription, language: str) -> str:
    if language == "en":
        return caption_en(SceneDescription(None, (o,)), random.Random(0))
    return caption_zh(SceneDescription(None, (o,)), random.Random(0))


def _message(kind: str, language: str, ref: str | None, value: str | ObjectDescription | None) -> str:
    en = language == "en"
    if kind == "colour":
        return f"make {ref} {value}" if en else f"把{ref}变成{ZH_COLOURS[value]}"
    if kind == "size":
        return f"make {ref} {value}" if en else f"把{ref}变{'大' if value == 'big' else '小'}"
    if kind == "background":
        return f"change the background to {value}" if en else f"背景换成{ZH_BACKGROUNDS[value]}"
    if kind == "move":
        if en:
            return f"put {ref} on the {value}" if value in ("left", "right") else f"move {ref} to the {value}"
        return f"把{ref}移到{_where_zh(value)}"
    if kind == "remove":
        return f"remove {ref}" if en else f"去掉{ref}"
    phrase = _object_phrase(value, language)  # add: "a small green square at the bottom right" / "右下角有一个…"
    if en:
        return f"add {phrase}"
    thing = phrase.split("有", 1)[1]
    return f"在{_where_zh(value.position)}加{thing}"


def _replace_object(d: SceneDescription, index: int, **values: str) -> SceneDescription:
    objects = list(d.objects)
    objects[index] = replace(objects[index], **values)
    return SceneDescription(d.background, tuple(objects))


def _candidate_edits(truth: ToyScene, d: SceneDescription, language: str, rng: random.Random):
    """Every legal edit of `truth` as (kind, message, truth after, description after, target)."""
    out = []
    objects = list(truth.objects)
    for i, obj in enumerate(objects):
        ref = _reference(d, i, language)
        if ref is None:
            continue
        others = objects[:i] + objects[i + 1:]
        colour = rng.choice([c for c in COLOURS if c != obj.colour])
        out.append(("colour", _message("colour", language, ref, colour), replace(obj, colour=colour),
                    _replace_object(d, i, colour=colour), i))
        size = "small" if obj.size == "big" else "big"
        if layout_allowed(others + [replace(obj, size=size)]):
            out.append(("size", _message("size", language, ref, size), replace(obj, size=size),
                        _replace_object(d, i, size=size), i))
        cells = [p for p in POSITIONS if p != obj.position and layout_allowed(others + [replace(obj, position=p)])]
        if cells:
            cell = rng.choice(cells)
            out.append(("move", _message("move", language, ref, cell), replace(obj, position=cell),
                        _replace_object(d, i, position=cell), i))
        out.append(("remove", _message("remove", language, ref, None), None,
                    SceneDescription(d.background, d.objects[:i] + d.objects[i + 1:]), i))
    background = rng.choice([b for b in BACKGROUNDS if b != truth.background])
    out.append(("background", _message("background", language, None, background), background,
                SceneDescription(background, d.objects), None))
    if len(objects) < 2:
        while True:
            new = ToyObject(rng.choice(("circle", "square", "triangle")), rng.choice(list(COLOURS)),
                            rng.choice(list(SIZES)), rng.choice(list(POSITIONS)))
            if layout_allowed(objects + [new]):
                break
        said = leave_out(ToyScene(truth.background, (new,)), rng).objects[0]
        said = replace(said, position=new.position)  # a new object is placed where asked, never on another
        if said.shape is None and said.colour is None:
            said = replace(said, shape=new.shape)
        out.append(("add", _message("add", language, None, said), new,
                    SceneDescription(d.background, d.objects + (said,)), len(d.objects)))
    return out


def _apply(truth: ToyScene, kind: str, value, target: int | None) -> ToyScene:
    objects = list(truth.objects)
    if kind == "background":
        return ToyScene(value, truth.objects)
    if kind == "add":
        return ToyScene(truth.background, tuple(objects + [value]))
    if kind == "remove":
        return ToyScene(truth.background, tuple(objects[:target] + objects[target + 1:]))
    objects[target] = value
    return ToyScene(truth.background, tuple(objects))


def _scene_matches(scene: Scene, d: SceneDescription) -> bool:
    """The rules read the conversation as the script meant it (same subjects, in order, and background)."""
    got = [(s.name or None, s.attributes.get("colour"), s.size, s.position) for s in scene.subjects]
    want = [(o.shape, o.colour, o.size, o.position) for o in d.objects]
    return got == want and scene.background == d.background and not scene.notes


def make_conversation(rng: random.Random, language: str, held_out: bool, n_edits: int = 3,
                      kinds: tuple[str, ...] = EDITS, exact: bool = True) -> Conversation:
    """A conversation the RuleEnhancer reads exactly as scripted (checked message by message); with `exact`
    False, the first one scripted, however the rules read it (a misreading then counts against the edit)."""
    rules = RuleEnhancer()
    while True:
        truth = sample_scene(rng, rng.choice((1, 2)), held_out=held_out)
        d = leave_out(truth, rng)
        d = SceneDescription(d.background, tuple(o if (o.shape or o.colour) else replace(o, shape=t.shape)
                                                 for o, t in zip(d.objects, truth.objects)))
        first = ("draw " + caption_en(d, rng)) if language == "en" else caption_zh(d, rng)
        scene = rules.decide(Scene(), [], first).scene
        if exact and not _scene_matches(scene, d):
            continue
        start, edits = d, []
        for _ in range(n_edits):
            options = [c for c in _candidate_edits(truth, d, language, rng) if c[0] in kinds]
            rng.shuffle(options)
            wanted = rng.choice(sorted({c[0] for c in options})) if options else None
            options.sort(key=lambda c: c[0] != wanted)
            for kind, message, value, after, target in options:
                decision = rules.decide(scene, [], message)
                if not exact or (_scene_matches(decision.scene, after) and decision.edit_kind == KIND[kind]):
                    edits.append(Edit(kind, message, after, target))
                    truth, d, scene = _apply(truth, kind, value, target), after, decision.scene
                    break
            else:
                break
        if len(edits) == n_edits:
            return Conversation(language, rng.randrange(2**31), first, start, tuple(edits))


# --------------------------------------------------------------------------------------------- running

def run_conversation(engine: ChatEngine, conversation: Conversation, settings: TurnSettings,
                     strengths: dict[str, float] | None = None,
                     edit_seconds: list[float] | None = None) -> tuple[list[EditResult], list[np.ndarray]]:
    """Send every message through the engine and judge each edit; also returns the pictures. The seconds each
    edit's turn took are appended to `edit_seconds`. A turn that draws nothing (the rules read it as chat)
    leaves the picture as it was, and is judged so."""
    state = engine.new_state()
    state.rng = random.Random(conversation.seed)  # the first picture's seed: the same for every strategy
    pictures: list[np.ndarray] = []
    try:
        for i, message in enumerate(conversation.messages()):
            kind = conversation.edits[i - 1].kind if i else None
            turn_settings = settings
            if strengths and kind and KIND[kind].value in strengths:
                turn_settings = replace(settings, strength=strengths[KIND[kind].value])
            started = time.perf_counter()
            result = engine.send(state, message, None, turn_settings)
            if i and edit_seconds is not None:
                edit_seconds.append(time.perf_counter() - started)
            if not result.ok:
                raise RuntimeError(f"{message!r} was refused: {result.message}")
            path = state.image_path(state.session.current) if state.session.current else None
            if path is None:
                if not pictures:
                    raise RuntimeError(f"{message!r} drew no first picture: {result.message}")
                pictures.append(pictures[-1])
                continue
            with open(path, "rb") as file:
                from PIL import Image

                pictures.append(np.asarray(Image.open(file).convert("RGB")))
        descriptions = [conversation.description] + [e.description for e in conversation.edits]
        results = [judge_edit(e, descriptions[i], pictures[i], pictures[i + 1])
                   for i, e in enumerate(conversation.edits)]
        return results, pictures
    finally:
        state.close()


def summarize(results: list[EditResult]) -> dict[str, float]:
    summary = {"followed": round(statistics.mean(r.followed for r in results), 3),
               "unchanged": round(statistics.mean(r.unchanged for r in results), 3),
               "outside_diff": round(statistics.mean(r.outside_diff for r in results), 2)}
    left = [r.old_background for r in results if r.old_background is not None]
    if left:  # background edits: how much of the new picture is still the old background's colour
        summary["old_background_left"] = round(statistics.mean(left), 4)
    return summary


def drift(results: list[EditResult], n_edits: int) -> dict[str, float]:
    """`unchanged` over the first two edits of each conversation against the last two: does drift pile up?"""
    per = [results[i:i + n_edits] for i in range(0, len(results), n_edits)]
    early = [r.unchanged for c in per for r in c[:2]]
    late = [r.unchanged for c in per for r in c[-2:]]
    return {"early": round(statistics.mean(early), 3), "late": round(statistics.mean(late), 3)}


def print_table(name: str, results: list[EditResult]) -> None:
    print(f"\n{name}: {len(results)} edits")
    print(f"  {'edit':<12}{'n':>5}{'followed':>10}{'unchanged':>11}{'outside diff':>14}  most common problems")
    for kind in EDITS + ("all",):
        rows = [r for r in results if kind in ("all", r.kind)]
        if not rows:
            continue
        s = summarize(rows)
        problems = Counter(w for r in rows for w in r.why).most_common(3)
        print(f"  {kind:<12}{len(rows):>5}{s['followed']:>10.1%}{s['unchanged']:>11.1%}{s['outside_diff']:>14.2f}  "
              + (", ".join(f"{w} {c}" for w, c in problems) or "-"))
    left = summarize(results).get("old_background_left")
    if left is not None:
        print(f"  background edits: {left:.1%} of the new picture still the old background's colour")


def _mask(text: str | None) -> MaskSettings:
    if not text:
        return MaskSettings()
    values = {k.strip(): v for k, v in (item.split("=") for item in text.split(","))}
    whole = ("grow", "pixel_margin", "layout", "carry_grow", "matte")
    return MaskSettings(**{k: (int(v) if k in whole else float(v)) for k, v in values.items()})


def _strengths(text: str | None) -> dict[str, float]:
    if not text:
        return {}
    pairs = [item.split("=") for item in text.split(",")]
    return {EditKind(k.strip()).value: float(v) for k, v in pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="assets/embedded")
    parser.add_argument("--n", type=int, default=200, help="conversations (each: a picture and 3 edits)")
    parser.add_argument("--split", choices=("held-out", "tuning"), default="held-out")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--strategies", default="ours,masked,same_seed,fresh")
    parser.add_argument("--steps", type=int, help="override the model's default step count")
    parser.add_argument("--strength", help="ours only: strength per edit kind, e.g. attribute=0.4,add=0.8")
    parser.add_argument("--no-rough", action="store_true",
                        help="ours without roughing edits in (the start is the picture as it was)")
    parser.add_argument("--mask", help="masked only: region settings, e.g. threshold=0.5,grow=1,pixel_margin=4")
    parser.add_argument("--edits", type=int, default=3, help="edits per conversation (6: also report drift)")
    parser.add_argument("--any-reading", action="store_true",
                        help="keep conversations the rules misread too (a misreading counts against the edit)")
    parser.add_argument("--kinds", default=",".join(EDITS), help=f"edit kinds to script, of {','.join(EDITS)}")
    parser.add_argument("--choose", action="store_true",
                        help="the app's dialog: what a message leaves open is chosen from the model folder's "
                             "vocabulary.json and said in the prompt (the toy world's words: only a closed-"
                             "vocabulary model has such a file; a real HunyuanDiT gets style and lighting only)")
    parser.add_argument("--threads", type=int, default=1,
                        help="torch CPU threads; 1 is fastest for this tiny model on a busy machine (0: default)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    if not Path(args.model, "model_index.json").exists():
        raise SystemExit(f"no model at {args.model}: train and export it first (python -m toyworld.train)")
    generator = Generator.load(args.model)
    seed = args.seed if args.split == "held-out" else args.seed + 10_000
    rng = random.Random(seed)
    conversations = [make_conversation(rng, ("en", "zh")[i % 2], held_out=args.split == "held-out",
                                       n_edits=args.edits, exact=not args.any_reading,
                                       kinds=tuple(args.kinds.split(",")))
                     for i in range(args.n)]
    settings = TurnSettings(steps=args.steps, preview_every=0)
    summary: dict[str, dict[str, float]] = {}
    strengths = _strengths(args.strength)
    renders, seconds = 0, 0.0
    names = args.strategies.split(",")
    results: dict[str, list[EditResult]] = {name: [] for name in names}
    edit_seconds: dict[str, list[float]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory(prefix="bench-consistency-") as root:
        engines = {}
        for name in names:
            strategy = STRATEGIES[name]
            reader = ToyWorldReader(with_palette=not args.no_rough) if strategy == Strategy.OURS else None
            # the model's own word on counts ("a red circle and a red circle" for the embedded one), with or without
            # --choose
            counts = load_profile(args.model).counts
            editor = Editor(strategy, reader, difference=generator.prompt_difference,
                            masking=replace(_mask(args.mask), count_alike=counts))
            engines[name] = ChatEngine(generator, RuleEnhancer(), editor, root=Path(root),
                                       profile=load_profile(args.model) if args.choose else None, counts=counts)
        started = time.perf_counter()
        for conversation in conversations:  # strategies in turn on each conversation: their times side by side
            for name in names:
                results[name] += run_conversation(engines[name], conversation, settings,
                                                  strengths if STRATEGIES[name] == Strategy.OURS else None,
                                                  edit_seconds[name])[0]
        seconds += time.perf_counter() - started
        renders += (1 + args.edits) * len(conversations) * len(names)
    for name in names:
        summary[name] = {**summarize(results[name]),
                         "seconds_per_edit": round(statistics.median(edit_seconds[name]), 4)}
        if args.edits >= 4:
            summary[name]["drift"] = drift(results[name], args.edits)
        print_table(name, results[name])
    kinds = Counter(e.kind for c in conversations for e in c.edits)
    print(f"\n{args.n} conversations ({args.split} split, seed {seed}), {sum(kinds.values())} edits: "
          f"{dict(kinds)}; steps {settings.steps or generator.defaults.steps}; "
          f"{seconds / max(1, renders):.3f} s per picture (chat turn, judged), {torch.get_num_threads()} threads"
          + ("; open attributes chosen (--choose)" if args.choose else ""))
    if strengths:
        print(f"ours strengths overridden: {strengths}")
    for name, values in summary.items():
        bars = "  ".join(f"{k} {'meets' if values[k] >= bar else 'below'} {bar:.0%}" for k, bar in BARS.items())
        print(f"{name:<10} {bars}" if name == "ours" else "", end="\n" if name == "ours" else "")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
