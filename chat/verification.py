"""Check what was drawn: a `Verifier` reads each picture against the Scene, and the engine redraws on a miss.

A model does not always draw what its prompt says; a person should not have to notice. The engine asks a
verifier after every render (on the embedded model the toy world's reader, `toyworld.verifier`; with a
multimodal LLM, the LLM looking at the picture) and, while tries are left, redraws with the next seed. What is
still off is said in the reply and the picture is marked. No verifier, no checks: nothing is claimed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PIL import Image

from dialog import vocabulary as vocab
from dialog.scene import Scene
from dialog.texts import say


@dataclass(frozen=True)
class Problem:
    """One way the picture differs from the Scene.

    kind: "wrong" (a subject's field shows another value), "missing" (a subject not found), "count" (another
    number of things), "background", or "other" (free text from a verifier that reads pictures in words).
    """

    kind: str
    subject: str | None = None  # a subject id
    field: str | None = None  # "name" (its shape or kind), "colour", "size", "position"
    expected: str | None = None
    found: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Verdict:
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @classmethod
    def of(cls, found: Sequence[Any]) -> Verdict:
        """A verifier's answer (records with Problem's fields, from a room that cannot import this one)."""
        return cls(tuple(Problem(p.kind, p.subject, p.field, p.expected, p.found, getattr(p, "text", ""))
                         for p in found))


class Verifier(Protocol):
    name: str

    def check(self, image: Image.Image, scene: Scene) -> Sequence[Any] | None:
        """How `image` differs from `scene`: records with Problem's fields, [] when it matches; None when this
        verifier cannot read such a picture."""
        ...


def describe_problems(verdict: Verdict, scene: Scene, language: str) -> str:
    """The problems as one phrase in the person's language: "the circle's colour looks blue, not red"."""
    sep = "；" if language == "zh" else "; "
    return sep.join(_phrase(problem, scene, language) for problem in verdict.problems)


def _phrase(problem: Problem, scene: Scene, language: str) -> str:
    subject = scene.subject(problem.subject) if problem.subject else None
    thing = _thing(subject.name if subject else "", language)
    if problem.kind == "wrong":
        return say("verify.wrong", language, thing=thing, field=say(f"enrich.field.{problem.field}", language),
                   found=_value(problem.field, problem.found, language),
                   expected=_value(problem.field, problem.expected, language))
    if problem.kind == "missing":
        return say("verify.missing", language, thing=thing)
    if problem.kind == "count":
        return say("verify.count", language, found=problem.found, expected=problem.expected)
    if problem.kind == "background":
        return say("verify.background", language, found=vocab.colour_word(problem.found or "?", language),
                   expected=vocab.colour_word(problem.expected or "?", language))
    return say("verify.other", language, text=problem.text)


def _thing(name: str, language: str) -> str:
    for table in (vocab.SHAPES, vocab.NOUNS):
        if vocab.lookup(table, name):
            return vocab.translate(table, name, language)
    return name or ("图形" if language == "zh" else "shape")


def _value(field: str | None, value: str | None, language: str) -> str:
    if value is None:
        return "?"
    table = {"name": vocab.SHAPES, "size": vocab.SIZES, "position": vocab.POSITIONS}.get(field or "")
    return vocab.translate(table, value, language) if table else vocab.colour_word(value, language)
