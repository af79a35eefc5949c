"""What the loaded model can draw, as data: the words of a closed-vocabulary model, or an open one.

The dialog manager reads it twice: to fill in what the person left open (`prompt_enhancer.enrich`) and to say
honestly when a request lies outside what the model knows (`prompt_enhancer.drawable`). A model folder may
describe itself in `vocabulary.json` (the embedded model does); a folder without one is a HunyuanDiT that draws
open-vocabulary prompts. Values are canonical keys of `dialog.vocabulary`'s tables. Pure data: no torch.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

PROFILE_FILE = "vocabulary.json"

# What an open model's prompt gets when the person leaves it open: one look of each kind (keys of
# dialog.vocabulary.LOOKS), chosen from these by the scene's seed. Kept short: CLIP reads only 77 tokens.
OPEN_LOOKS: dict[str, tuple[str, ...]] = {
    "composition": ("centered composition", "rule of thirds"),
    "lighting": ("soft lighting", "golden hour", "studio lighting"),
    "detail": ("highly detailed",),
}
# A style that fits a picture with people or animals, and one for anything else (keys of vocabulary.STYLES).
OPEN_STYLES: dict[str, tuple[str, ...]] = {
    "living": ("photorealistic",),
    "other": ("photorealistic", "oil painting", "watercolor"),
}


@dataclass(frozen=True)
class ModelProfile:
    """A closed profile lists every word the model draws; an open one draws anything and gets prompt details.

    `fill` names what the dialog manager chooses when the person leaves it open: subject fields ("name",
    "colour", "size", "position") and scene fields ("background", "style", "look").
    """

    name: str
    closed: bool
    name_zh: str = ""
    subjects: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    backgrounds: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    max_subjects: int | None = None
    fill: tuple[str, ...] = ("style", "look")
    # A value the model draws best, chosen for that field whenever it fits, instead of one by the seed
    # ({"size": "big"}: the embedded model draws the right shape 99 times in 100 big, 93 small).
    prefer: dict[str, str] = field(default_factory=dict)
    # Styles a closed model draws (keys of vocabulary.STYLES): none of its own; a LoRA folder may add one.
    drawn_styles: tuple[str, ...] = ()
    # Styles a loaded adapter gives every picture, asked for or not (a style LoRA trained always on): the chat
    # says so beside each picture drawn with it, since the Scene alone would not.
    adapter_styles: tuple[str, ...] = ()
    looks: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(OPEN_LOOKS))
    styles: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(OPEN_STYLES))
    # Whether the model reads a count ("two cats"); one whose captions name each thing (the embedded model's have
    # no "two") is given "a cat and a cat".
    counts: bool = True

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelProfile:
        """A profile from a model folder's vocabulary.json; raises ValueError naming what is wrong."""
        if not isinstance(data, dict):
            raise ValueError(f"{PROFILE_FILE} must hold an object")
        words = {}
        for key in ("subjects", "colours", "backgrounds", "sizes", "positions", "fill", "styles"):
            value = data.get(key, [] if key != "fill" else list(cls.fill))
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{PROFILE_FILE}: {key} must be a list of strings")
            words[key] = tuple(value)
        max_subjects = data.get("max_subjects")
        if max_subjects is not None and (not isinstance(max_subjects, int) or max_subjects < 1):
            raise ValueError(f"{PROFILE_FILE}: max_subjects must be a positive whole number")
        prefer = data.get("prefer", {})
        if not isinstance(prefer, dict) or not all(isinstance(v, str) for v in prefer.values()):
            raise ValueError(f"{PROFILE_FILE}: prefer must map a field to one of its values")
        closed = bool(data.get("closed", False))
        counts = data.get("counts", True)
        if not isinstance(counts, bool):
            raise ValueError(f"{PROFILE_FILE}: counts must be true or false")
        if closed and not words["subjects"]:
            raise ValueError(f"{PROFILE_FILE}: a closed vocabulary must list its subjects")
        words["drawn_styles"] = words.pop("styles")
        return cls(name=str(data.get("name", "this model")), name_zh=str(data.get("name_zh", "")), closed=closed,
                   counts=counts, max_subjects=max_subjects, prefer=dict(prefer), **words)

    def with_adapter(self, data: dict[str, Any]) -> ModelProfile:
        """This profile plus what an adapter (a LoRA folder's vocabulary.json) teaches the model to draw."""
        if not isinstance(data, dict):
            raise ValueError(f"an adapter's {PROFILE_FILE} must hold an object")
        added = {}
        for key, name in (("styles", "drawn_styles"), ("colours", "colours"), ("subjects", "subjects")):
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"an adapter's {PROFILE_FILE}: {key} must be a list of strings")
            added[name] = tuple(dict.fromkeys(getattr(self, name) + tuple(value)))
        always = data.get("always", [])
        if not isinstance(always, list) or not all(isinstance(v, str) for v in always):
            raise ValueError(f"an adapter's {PROFILE_FILE}: always must be a list of strings")
        added["drawn_styles"] = tuple(dict.fromkeys(added["drawn_styles"] + tuple(always)))
        added["adapter_styles"] = tuple(dict.fromkeys(self.adapter_styles + tuple(always)))
        return replace(self, **added)


OPEN = ModelProfile(name="HunyuanDiT", closed=False)


def load_profile(model_dir: str | Path | None, adapters: Sequence[str | Path] = ()) -> ModelProfile:
    """The profile a model folder ships, or the open one (hub ids and folders without the file), with what each
    adapter folder among `adapters` (the --lora sources) says it adds; a hub id or a bare file adds nothing."""
    profile = OPEN
    if model_dir is not None and (Path(model_dir) / PROFILE_FILE).is_file():
        profile = ModelProfile.from_dict(json.loads((Path(model_dir) / PROFILE_FILE).read_text(encoding="utf-8")))
    for adapter in adapters:
        path = Path(adapter) / PROFILE_FILE
        if path.is_file():
            profile = profile.with_adapter(json.loads(path.read_text(encoding="utf-8")))
    return profile
