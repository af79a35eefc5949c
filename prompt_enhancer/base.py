"""The one interface every enhancer implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from dialog.decision import Decision, Exchange
from dialog.scene import Scene

if TYPE_CHECKING:  # PIL only for the type; the rule enhancer never needs it
    from PIL.Image import Image


class Enhancer(Protocol):
    name: str

    def decide(
        self,
        scene: Scene,
        recent_turns: Sequence[Exchange],
        message: str,
        image: Image | None = None,
        *,
        picture: Image | None = None,
    ) -> Decision:
        """Read one user message in the context of the current Scene; never raises on any user text.

        `image` is what the person uploaded with this message; `picture` is the current picture (the one the
        chat shows now, drawn from `scene`), so a model that sees can answer about it and find what "the thing on
        the left" is. An enhancer bounds their size itself; one that cannot see ignores both.
        """
        ...
