"""One known value and its English / Chinese surface forms: the building block of every word table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One known value. The first English / Chinese form is the one a prompt uses; the others are synonyms."""

    key: str  # canonical value stored in the Scene
    en: tuple[str, ...]
    zh: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return self.en + self.zh


def terms(rows: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> dict[str, Term]:
    """A table from its rows: key -> (English forms, Chinese forms)."""
    return {key: Term(key, en, zh) for key, (en, zh) in rows.items()}
