"""Captions for toy scenes in English and Chinese, with attributes randomly left out as the spec allows.

A caption comes with the `SceneDescription` of exactly what it names, so the checker judges a picture only on
what was asked. Includes, verbatim, the two patterns of toyworld/README.md that the dialog layer renders.
"""

from __future__ import annotations

import random

from toyworld.scene import ObjectDescription, SceneDescription, ToyScene
from toyworld.spec import ZH_BACKGROUNDS, ZH_COLOURS, ZH_POSITIONS, ZH_SHAPES, ZH_SIZES

LANGUAGES: tuple[str, ...] = ("en", "zh")
_ZH_CORNERS = {"top left", "top right", "bottom left", "bottom right"}


def leave_out(scene: ToyScene, rng: random.Random, keep: float = 0.75) -> SceneDescription:
    """Each attribute (and the background) kept with probability `keep`."""
    objects = tuple(
        ObjectDescription(*(value if rng.random() < keep else None
                            for value in (o.shape, o.colour, o.size, o.position)))
        for o in scene.objects)
    return SceneDescription(scene.background if rng.random() < keep else None, objects)


def _en_object(o: ObjectDescription, rng: random.Random) -> str:
    words = [w for w in (o.size, o.colour) if w]
    noun = o.shape or rng.choice(("shape", "object"))
    phrase = " ".join(words + [noun])
    article = "an" if phrase[0] in "aeiou" else "a"
    phrase = f"{article} {phrase}"
    if o.position:
        prep = "on the" if o.position in ("left", "right") and rng.random() < 0.5 else "at the"
        if o.position == "center" and rng.random() < 0.3:
            prep = "in the"
        phrase += f" {prep} {o.position}"
    return phrase


def caption_en(d: SceneDescription, rng: random.Random) -> str:
    """English, in the spec's pattern most of the time ("a big red circle at the top left ... on a gray background")."""
    objects = [_en_object(o, rng) for o in d.objects]
    if not objects:
        if d.background is None:
            return rng.choice(("an empty picture", "nothing", "a plain background"))
        return rng.choice((f"a plain {d.background} background", f"an empty {d.background} background",
                           f"a {d.background} background"))
    body = " and ".join(objects)
    if d.background is None:
        return body
    if rng.random() < 0.75:
        return f"{body} on a {d.background} background"
    return f"a {d.background} background with {body}"


def _zh_object(o: ObjectDescription, rng: random.Random) -> str:
    thing = (ZH_COLOURS[o.colour] if o.colour else "") + (ZH_SHAPES[o.shape] if o.shape else "图形")
    if o.size:
        thing = f"{ZH_SIZES[o.size]}的{thing}"
    thing = f"一个{thing}"
    if not o.position:
        return f"有{thing}"
    where = ZH_POSITIONS[o.position] + ("角" if o.position in _ZH_CORNERS else "")
    return rng.choice((f"{where}有{thing}", f"{where}有{thing}", f"在{where}有{thing}"))


def caption_zh(d: SceneDescription, rng: random.Random) -> str:
    """Chinese, in the spec's pattern most of the time ("灰色背景上，左上角有一个大的红色圆形，...")."""
    objects = [_zh_object(o, rng) for o in d.objects]
    if not objects:
        if d.background is None:
            return rng.choice(("一张空白的图", "空白背景"))
        bg = ZH_BACKGROUNDS[d.background]
        return rng.choice((f"{bg}背景", f"一个空白的{bg}背景", f"纯{bg}背景"))
    body = "，".join(objects)
    if d.background is None:
        return body
    bg = ZH_BACKGROUNDS[d.background]
    if rng.random() < 0.8:
        return f"{bg}背景上，{body}"
    return f"{body}，背景是{bg}"


def caption(scene: ToyScene, rng: random.Random, language: str | None = None, keep: float = 0.75
            ) -> tuple[str, SceneDescription]:
    """A random caption of `scene` and the description of what it names. `keep=1` names everything."""
    description = leave_out(scene, rng, keep) if keep < 1 else scene.describe()
    language = language or rng.choice(LANGUAGES)
    if language not in LANGUAGES:
        raise ValueError(f"unknown caption language {language!r}; expected one of {LANGUAGES}")
    text = caption_en(description, rng) if language == "en" else caption_zh(description, rng)
    return text, description


def vocabulary_corpus(n: int = 4000, seed: int = 0) -> list[str]:
    """Captions covering every word and phrasing of both languages, to build the tokenizers from."""
    from toyworld.scene import sample_scene

    rng = random.Random(seed)
    texts = []
    for i in range(n):
        scene = sample_scene(rng)
        texts.append(caption(scene, rng, LANGUAGES[i % 2], keep=rng.choice((0.5, 0.75, 1.0)))[0])
    return texts
