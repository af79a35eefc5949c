"""What the embedded model's adapters learn and are judged on: the "negative style" LoRA's colour swap, and the
ControlNet's layout maps (edges of a toy picture).

The embedded VAE draws only what it was trained on (palette colours on palette backgrounds, three shapes): a new
colour or shape comes out as its nearest known one, so the LoRA teaches a style made of things the VAE can draw,
and that the base model never draws for the same caption: loaded, it draws every object in its complement in the
palette (red <-> green, blue <-> orange, yellow <-> purple, pink <-> brown), as a style LoRA restyles whatever it
is asked. A first version that applied the style only when the caption said "negative style" did not learn to
tell the trigger apart (the embedded tokenizers read "negative style" as two unknown words): it blended both
ways, drawing 10 % of trigger captions styled and 17.5 % of plain ones right. Unloaded (or at strength 0), the
model draws the named colour, so the effect reads off the checker's colours in both directions.
"""

from __future__ import annotations

import random
import re

import numpy as np
import torch
from PIL import Image

from toyworld.captions import caption, caption_en, caption_zh
from toyworld.checker import read_picture
from toyworld.render import render
from toyworld.scene import ObjectDescription, SceneDescription, ToyObject, ToyScene, is_held_out, sample_scene
from toyworld.spec import ZH_COLOURS

NEGATIVE = {"red": "green", "green": "red", "blue": "orange", "orange": "blue", "yellow": "purple",
            "purple": "yellow", "pink": "brown", "brown": "pink"}
TRIGGER = {"en": "negative style", "zh": "反色风格"}


def negative(scene: ToyScene) -> ToyScene:
    """The scene as negative style draws it: every object in its palette complement."""
    objects = tuple(ToyObject(o.shape, NEGATIVE[o.colour], o.size, o.position) for o in scene.objects)
    return ToyScene(scene.background, objects)


def with_trigger(text: str, language: str, rng: random.Random) -> str:
    """`text` with the LoRA's trigger in one of the ways a person would add a style."""
    if language == "zh":
        return rng.choice((f"{text}，{TRIGGER['zh']}", f"{TRIGGER['zh']}：{text}", f"{text}，用{TRIGGER['zh']}"))
    return rng.choice((f"{text}, {TRIGGER['en']}", f"{text} in {TRIGGER['en']}", f"{text}, in {TRIGGER['en']}",
                       f"{TRIGGER['en']}: {text}"))


def negative_case(rng: random.Random, held_out: bool, keep: float = 1.0, n_objects: int | None = None,
                  trigger: bool = False) -> tuple[str, SceneDescription, SceneDescription, ToyScene]:
    """A caption (with "negative style" in it when `trigger`), what it names, what negative style must draw, and
    the picture that shows it.

    Every object has its colour named (the style acts on a named colour), and two objects are never each
    other's complement.
    """
    while True:
        scene = sample_scene(rng, n_objects if n_objects is not None else rng.choice((1, 1, 2)), held_out=held_out)
        colours = [o.colour for o in scene.objects]
        if not colours or (len(colours) == 2 and NEGATIVE[colours[0]] == colours[1]):
            continue  # a complementary pair looks the same swapped: neither a picture nor a check could tell
        language = rng.choice(("en", "zh"))
        text, named = caption(scene, rng, language, keep=keep)
        named = SceneDescription(named.background, tuple(
            ObjectDescription(d.shape, o.colour, d.size, d.position) for d, o in zip(named.objects, scene.objects)))
        if keep < 1:  # re-caption with every colour named
            text = _caption_of(named, language, rng)
        drawn = negative(scene)
        if not held_out and is_held_out(drawn):
            continue  # training draws no held-out scene, not even as the complement of a training one
        wanted = SceneDescription(named.background, tuple(
            ObjectDescription(d.shape, NEGATIVE[d.colour], d.size, d.position) for d in named.objects))
        return (with_trigger(text, language, rng) if trigger else text), named, wanted, drawn


def _caption_of(description: SceneDescription, language: str, rng: random.Random) -> str:
    return caption_en(description, rng) if language == "en" else caption_zh(description, rng)


def colour_words(text: str) -> set[str]:
    """The palette colours a caption names (English keys), for tests of the data above."""
    english = text.replace("sky blue", "")  # the background, not an object's blue
    found = {c for c in NEGATIVE if re.search(rf"\b{c}\b", english)}
    return found | {c for c, zh in ZH_COLOURS.items() if zh in text.replace("天蓝色", "")}


def layout_caption(scene: ToyScene, rng: random.Random, language: str | None = None) -> tuple[str, SceneDescription]:
    """A caption that names what each object is (shape and colour) but not where or how big: the layout is the
    control map's to give."""
    named = SceneDescription(None, tuple(ObjectDescription(o.shape, o.colour, None, None) for o in scene.objects))
    language = language or rng.choice(("en", "zh"))
    return _caption_of(named, language, rng), named


def picture(scene: ToyScene) -> Image.Image:
    return Image.fromarray(render(scene))


def as_tensor(images: list[np.ndarray], device: torch.device) -> torch.Tensor:
    """uint8 pictures (n, 64, 64, 3) as the VAE's input range (n, 3, 64, 64) in [-1, 1]."""
    return torch.from_numpy(np.stack(images)).to(device).permute(0, 3, 1, 2).float() / 127.5 - 1


def drawn_negative(image: np.ndarray, named: SceneDescription) -> bool:
    """The LoRA's effect, whatever else the model got wrong: every named colour's complement is drawn and no
    object has a named colour (how many objects there are is not asked)."""
    drawn = {o.colour for o in read_picture(image).objects}
    asked = {o.colour for o in named.objects if o.colour}
    return {NEGATIVE[c] for c in asked} <= drawn and not asked & drawn
