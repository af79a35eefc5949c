"""The settings of one action, checked on the server: an API client can send any JSON value for any field.

The browser's widgets only send sensible numbers, so every rule here is for values a person never types in the
page: NaN, infinities, 2.7 steps, "5" as text, "no" for a switch. A refused value gets a message naming the
field; an accepted one comes back as the plain type the engine uses (20.0 steps becomes 20).
"""

from __future__ import annotations

import math
from dataclasses import replace
from numbers import Real

from chat.state import TurnSettings
from dialog.message import clean_text
from dialog.texts import say
from generator.control import CONTROL_KINDS

MAX_STEPS = 1000
MAX_GUIDANCE = 50.0
MAX_SEED = 2**63 - 1
MAX_VERIFY_TRIES = 5  # redraws per turn: each costs a whole picture
MAX_LORA_SCALE = 2.0
MAX_CONTROL_SCALE = 2.0
CONTROL_SOURCES = ("off", "previous", "upload")
# The adapters' settings name themselves here (assets/texts.json holds the older ones' names).
_ADAPTER_WORDS = {
    "lora_scale": {"en": ("LoRA strength", f"a number from 0 to {MAX_LORA_SCALE:g}"),
                   "zh": ("LoRA 强度", f"0 到 {MAX_LORA_SCALE:g} 之间的数")},
    "control_scale": {"en": ("control strength", f"a number from 0 to {MAX_CONTROL_SCALE:g}"),
                      "zh": ("控制强度", f"0 到 {MAX_CONTROL_SCALE:g} 之间的数")},
    "control": {"en": ("follow", "one of " + ", ".join(CONTROL_SOURCES)),
                "zh": ("跟随", "、".join(CONTROL_SOURCES) + " 之一")},
    "control_kind": {"en": ("control map", "one of " + ", ".join(CONTROL_KINDS)),
                     "zh": ("控制图", "、".join(CONTROL_KINDS) + " 之一")},
}


class SettingsRejected(ValueError):
    """A setting no model could honour; the message names the field for a person."""


def checked_settings(settings: TurnSettings, max_text_chars: int, lang: str) -> TurnSettings:
    """`settings` with every field of its plain type, or `SettingsRejected`."""

    def reject(field: str, rule: str) -> SettingsRejected:
        return SettingsRejected(say("chat.bad_setting", lang, name=say(f"setting.{field}", lang),
                                    rule=say(f"setting.rule.{rule}", lang)))

    def whole(field: str, value: object, low: int, high: int | None) -> int | None:
        if value is None:
            return None
        if not _is_number(value) or not math.isfinite(value) or value != int(value):
            raise reject(field, "whole")
        number = int(value)
        if number < low or (high is not None and number > high):
            raise reject(field, f"range_{field}")
        return number

    def fraction(field: str, value: object, high: float) -> float | None:
        if value is None:
            return None
        if not _is_number(value) or not math.isfinite(value) or not 0.0 <= float(value) <= high:
            raise reject(field, f"range_{field}")
        return float(value)

    def adapter_reject(field: str) -> SettingsRejected:
        name, rule = _ADAPTER_WORDS[field]["zh" if lang == "zh" else "en"]
        return SettingsRejected(say("chat.bad_setting", lang, name=name, rule=rule))

    def adapter_scale(field: str, value: object, high: float) -> float | None:
        if value is None:
            return None
        if not _is_number(value) or not math.isfinite(value) or not 0.0 <= float(value) <= high:
            raise adapter_reject(field)
        return float(value)

    if settings.control not in CONTROL_SOURCES:
        raise adapter_reject("control")
    if settings.control_kind not in CONTROL_KINDS:  # one without its model loaded: the generator says which flag
        raise adapter_reject("control_kind")
    if not isinstance(settings.enhance, bool):
        raise reject("enhance", "switch")
    negative = settings.negative_prompt
    if negative is not None:
        if not isinstance(negative, str):
            raise reject("negative_prompt", "text")
        if len(negative) > max_text_chars:
            raise SettingsRejected(say("chat.negative_too_long", lang, length=len(negative), limit=max_text_chars))
        negative = clean_text(negative)  # control characters and lone surrogates never reach a tokenizer
    return replace(
        settings,
        width=whole("width", settings.width, 1, None),
        height=whole("height", settings.height, 1, None),
        steps=whole("steps", settings.steps, 1, MAX_STEPS),
        guidance=fraction("guidance", settings.guidance, MAX_GUIDANCE),
        seed=whole("seed", settings.seed, 0, MAX_SEED),
        strength=fraction("strength", settings.strength, 1.0),
        preview_every=whole("preview_every", settings.preview_every, 0, None),
        verify_tries=whole("verify_tries", settings.verify_tries, 0, MAX_VERIFY_TRIES),
        negative_prompt=negative,
        lora_scale=adapter_scale("lora_scale", settings.lora_scale, MAX_LORA_SCALE),
        control_scale=adapter_scale("control_scale", settings.control_scale, MAX_CONTROL_SCALE),
    )


def _is_number(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)
