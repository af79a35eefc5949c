"""The page's "About": what model draws, on what, and what reads the messages, in the page's language.

The technical line the engine gives (`ChatEngine.describe`: model path, device, dtype, quantization, fallbacks)
is for the console; a person sees the model's name, never a server path.
"""

from __future__ import annotations

import re
from pathlib import Path

from chat.view import inert_markdown
from dialog.texts import say

# An absolute path (POSIX or Windows) inside a line of text.
_ABSOLUTE_PATH = re.compile(r"(?<![\w.])(?:[A-Za-z]:[\\/]|/)(?:[^\s·,;:'\"()]+)")


def without_paths(text: str) -> str:
    """`text` with every absolute path replaced by its last part ("/srv/models/hunyuan" -> "hunyuan")."""
    return _ABSOLUTE_PATH.sub(lambda m: re.split(r"[\\/]", m.group(0).rstrip("/\\"))[-1] or "…", text)


def model_name(model_id: str, embedded: Path, lang: str) -> str:
    """What to call the model: the built-in one by what it is, a hub id as it is, a folder by its name."""
    candidate = Path(model_id)
    try:
        if candidate.is_absolute() and candidate.resolve() == embedded.resolve():
            return say("about.embedded_name", lang)
    except OSError:
        pass
    return without_paths(model_id)


def about_text(description: str, notice: str, enhancer_name: str, embedded: Path, lang: str) -> str:
    """The About panel as Markdown. `description` is `ChatEngine.describe()` ("model · device · dtype · ...
    · notes · enhancer: name"), `notice` the model folder's notice; the built-in model's is translated."""
    parts = [p.strip() for p in description.split(" · ") if p.strip()]
    model_id = parts[0] if parts else ""
    device = parts[1] if len(parts) > 1 else "cpu"
    notes = [p for p in parts[5:] if not p.startswith("enhancer:")]
    is_embedded = model_name(model_id, embedded, "en") == say("about.embedded_name", "en")
    lines = []
    if is_embedded:
        lines.append(say("about.embedded_notice", lang))
    elif notice:
        lines.append(inert_markdown(without_paths(notice)))  # a model folder's file: untrusted text
    lines.append(say("about.model", lang, model=inert_markdown(model_name(model_id, embedded, lang), True),
                     device="GPU" if device.startswith("cuda") else device.upper()))
    assistant = say("about.rules", lang) if enhancer_name in ("", "rules") else without_paths(enhancer_name)
    lines.append(say("about.assistant", lang, assistant=inert_markdown(assistant, True)))
    if notes:
        lines.append(say("about.notes", lang, notes=inert_markdown(without_paths("; ".join(notes)), True)))
    return "\n\n".join(lines)
