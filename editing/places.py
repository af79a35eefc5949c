"""Where a position word puts a subject, from the words alone: "left" is the left third of the frame, "top" the
top third. For edits that must place something (a move) on any model; no picture is read."""

from __future__ import annotations

_LEFT, _RIGHT = ("left",), ("right",)
_TOP, _BOTTOM = ("top", "upper"), ("bottom", "lower")
_MIDDLE = ("center", "centre", "middle")


def place_point(position: str | None) -> tuple[float, float] | None:
    """A subject's centre as (x, y) fractions of the frame; None when the position names no place."""
    if not position:
        return None
    words = position.lower().replace("-", " ").replace("_", " ").split()
    x = 1 / 6 if any(w in words for w in _LEFT) else 5 / 6 if any(w in words for w in _RIGHT) else 0.5
    y = 1 / 6 if any(w in words for w in _TOP) else 5 / 6 if any(w in words for w in _BOTTOM) else 0.5
    named = _LEFT + _RIGHT + _TOP + _BOTTOM + _MIDDLE
    return (x, y) if any(w in words for w in named) else None
