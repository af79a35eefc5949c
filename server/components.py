"""Input widgets whose values an API client may send in any JSON shape.

Gradio checks each input before a handler runs, and a value of the wrong type (steps "5", a message that is a
number) fails there with no message at all: the client gets `{"error": null}`. These functions set a widget up
to let such values through to the server's own checks (`server.handlers.read_settings`, `chat.checks`), which
answer with a message naming the setting. Gradio's own refusals with a message (a slider value past its end, a
size not on the list) and every file check stay as they are. They change instances rather than subclass:
Gradio writes a stub file beside the source of every component subclass.
"""

from __future__ import annotations

from typing import Any, TypeVar

import gradio as gr
from gradio.components.multimodal_textbox import MultimodalData
from pydantic import model_validator

Widget = TypeVar("Widget", bound=gr.components.Component)


def passes_wrong_types(widget: Widget) -> Widget:
    """`widget`, handing on as it came a value its own preprocessing cannot read."""
    read = widget.preprocess

    def preprocess(payload: Any) -> Any:
        try:
            return read(payload)
        except gr.Error:
            raise
        except Exception:  # the server's checks answer for any value, with a message naming the setting
            return payload

    widget.preprocess = preprocess  # type: ignore[method-assign]
    return widget


class _MessageData(MultimodalData):
    @model_validator(mode="before")
    @classmethod
    def _text_and_files(cls, value: Any) -> Any:
        """Not an object, or text that is not text: an empty message (the engine asks for one); files that are
        not a list: none. Real files are still checked by Gradio."""
        if not isinstance(value, dict):
            return {"text": "", "files": []}
        text, files = value.get("text"), value.get("files")
        return {**value, "text": text if isinstance(text, str) else "",
                "files": files if isinstance(files, list) else []}


def reads_any_message(box: gr.MultimodalTextbox) -> gr.MultimodalTextbox:
    """`box`, reading any value an API client sends as a message (maybe empty) and its files."""
    box.data_model = _MessageData
    return box
