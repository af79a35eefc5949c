"""Every sentence the app shows comes from one catalogue, in both languages, with the same blanks to fill."""

from __future__ import annotations

import json
import string

import pytest

from dialog.texts import TEXTS_FILE, both, group, say

CATALOGUE = json.loads(TEXTS_FILE.read_text(encoding="utf-8"))


def blanks(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_sentence_has_english_and_chinese_with_the_same_blanks(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == {"en", "zh"} and entry["en"].strip() and entry["zh"].strip()
    assert blanks(entry["en"]) == blanks(entry["zh"])


def test_say_fills_the_blanks_in_the_asked_language_and_reads_english_otherwise() -> None:
    assert say("chat.retried", "en", seed=7) == "Drew the same scene again with a new seed (7)."
    assert say("chat.retried", "zh", seed=7) == "用新的种子（7）重画了同一个场景。"
    assert say("chat.undone", "fr") == say("chat.undone", "en")
    assert both("chat.undone") == "Undone. / 已撤销。"


def test_the_page_labels_are_one_group_per_language() -> None:
    english, chinese = group("ui.", "en"), group("ui.", "zh")
    assert set(english) == set(chinese) and english["undo"] != chinese["undo"]
    assert "title" in english and not any(key.startswith("ui.") for key in english)
