"""A part named by its container ("holding a glass of wine", "give it a glass"): the container is the thing held,
with what is in it, not what is in it made of glass, and not nothing at all where the container's word is also a
material's ("a glass")."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_HELD = re.compile(rf"(?:^|\s)(?P<container>{'|'.join(vocab.CONTAINERS)})(?:\s+of\s+(?P<what>[^\W\d_][\w\s'-]*?))?\s*$",
                   re.IGNORECASE)


def container_named(text: str, name: str, values: dict[str, str]) -> str:
    """The part's name ("glass of wine", "glass"); a material read from the container's word leaves `values`."""
    m = _HELD.search(text.strip())
    if not m:
        return name
    container = m.group("container").lower()
    if (values.get("material") or "").lower() == container:
        del values["material"]  # "a glass of milk": glass is the thing, not what the milk is made of
    if m.group("what"):
        return f"{container} of {m.group('what').strip()}"
    return name or container


def container_alone(text: str) -> str:
    """"a glass": the container's word, where it was read as a material with no thing ("" otherwise)."""
    m = _HELD.search(text.strip())
    return m.group("container").lower() if m and not m.group("what") else ""
