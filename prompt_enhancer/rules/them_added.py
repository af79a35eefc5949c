""""them" said right after things alike were added ("a beach" … "add some palm trees" … "make them taller"): the
things just added, not everything drawn; the beach is not made taller. Only when the last turn added them to a
picture that had other things, and only a bare "them" / "they" / 它们 ("all of them", "both", 它们都 stay all)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialog.decision import Exchange
from dialog.scene import Scene
from dialog.plurals import plural, singular

_I = re.IGNORECASE
_THEM_EN = re.compile(r"\b(?:them|they)\b(?!\s+(?:all|both|two|three|each)\b)(?!\s*(?:'re|’re))", _I)
_THEM_ZH = re.compile(r"它们(?![都俩全两])")


def _just_added(scene: Scene, recent: Sequence[Exchange]) -> str | None:
    """The one name the last turn's new things share, when it added two or more (or one said as many) beside
    things that were there before; else None."""
    if not recent or recent[-1].scene is None or len(recent) < 2 or recent[-2].scene is None:
        return None
    before = {s.id for s in recent[-2].scene.subjects}
    if not before:
        return None
    added = [s for s in scene.subjects if s.id not in before]
    kept = [s for s in scene.subjects if s.id in before]
    names = {singular(s.name.lower()) for s in added}
    if not kept or len(names) != 1 or not (len(added) > 1 or singular(added[0].name.lower()) != added[0].name.lower()):
        return None
    if any(singular(s.name.lower()) in names for s in kept):
        return None  # "add two more cats" to a cat: "them" may well be all the cats
    return added[0].name


def them_as_added(text: str, scene: Scene, recent: Sequence[Exchange]) -> str:
    """`text` with a bare "them" naming the things the last turn added; as it is otherwise."""
    if not (_THEM_EN.search(text) or _THEM_ZH.search(text)):
        return text
    name = _just_added(scene, recent)
    if name is None:
        return text
    if name.isascii():
        return _THEM_EN.sub(f"the {plural(singular(name.lower()))}", text, count=1)
    said = f"{name}都" if re.search(r"它们(?=[变换改涂弄调放挪移往向染缩])", text) else name  # 它们变大: 椰子树都变大
    return _THEM_ZH.sub(said, text, count=1)
