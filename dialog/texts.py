"""Every sentence the app shows, in English and Chinese, looked up one way: `say(key, language, **values)`.

The sentences live in `assets/texts.json` (key -> {"en": ..., "zh": ...}), grouped by the key's first word:
`ui.` labels of the page, `chat.` the engine's answers, `card.` the Scene card, `rules.` the rule enhancer's
replies, `llm.` the LLM enhancer's notes. Chinese is used for "zh"; anything else reads English.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

TEXTS_FILE = Path(__file__).resolve().parents[1] / "assets" / "texts.json"
LANGUAGES = ("en", "zh")


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    return json.loads(TEXTS_FILE.read_text(encoding="utf-8"))


def say(key: str, language: str, **values: object) -> str:
    """The sentence `key` in `language` ("zh" or English), with `values` filled in."""
    text = _catalogue()[key]["zh" if language == "zh" else "en"]
    return text.format(**values) if values else text


def both(key: str, **values: object) -> str:
    """English and Chinese together, for answers given before the person's language is known."""
    return f"{say(key, 'en', **values)} / {say(key, 'zh', **values)}"


def group(prefix: str, language: str) -> dict[str, str]:
    """Every sentence whose key starts with `prefix` ("ui."), by the rest of its key, in `language`."""
    return {key[len(prefix):]: say(key, language) for key in _catalogue() if key.startswith(prefix)}
