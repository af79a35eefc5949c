"""What each event of the page does: Gradio's input values in, the page's outputs out.

The chat itself (a turn, undo, export) is `ChatEngine`'s and knows nothing of Gradio; here its results become
chat messages, a picture, a status line and button states. `server.ui` lays out the page and wires these in.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import gradio as gr

from chat.checks import SettingsRejected
from chat.engine import ChatEngine
from chat.state import ChatState, TurnSettings
from chat.view import Snapshot, inert_markdown
from dialog.texts import LANGUAGES, group, say

UI_TEXT: dict[str, dict[str, str]] = {lang: group("ui.", lang) for lang in LANGUAGES}

# What a render or an action returns, in this order (a render appends whether it succeeded, and `send` the box);
# `build_ui` passes the components of these names as the outputs.
RENDER_OUTPUTS = ("state", "chatbot", "picture", "scene_card", "scene_json", "status", "undo", "redo")


def lang_code(choice: str) -> str:
    """The language switch's choice as a language code of `dialog.texts`."""
    return "zh" if choice == "中文" else "en"


def read_settings(size_v, steps_v, guidance_v, seed_v, lock_v, enhance_v, negative_v, strength_v,
                  lang: str = "en") -> TurnSettings:
    """The settings panel's values as TurnSettings (a seed only when locked; full strength means a fresh picture).

    Values pass through as sent: an API client can send anything, and `chat.checks` judges every field with a
    message naming it. Only what this panel adds is checked here: the size's "W×H" text and the lock switch.
    """
    size = re.fullmatch(r"\s*(\d{1,5})\s*[×xX]\s*(\d{1,5})\s*", size_v) if isinstance(size_v, str) else None
    if size is None:
        raise SettingsRejected(say("chat.bad_setting", lang, name=say("setting.size", lang),
                                   rule=say("setting.rule.size", lang)))
    if not isinstance(lock_v, bool):
        raise SettingsRejected(say("chat.bad_setting", lang, name=say("setting.lock", lang),
                                   rule=say("setting.rule.switch", lang)))
    full_strength = isinstance(strength_v, (int, float)) and not isinstance(strength_v, bool) and strength_v == 1.0
    return TurnSettings(
        width=int(size.group(1)), height=int(size.group(2)), steps=steps_v, guidance=guidance_v,
        seed=seed_v if lock_v else None, enhance=enhance_v,
        negative_prompt="" if negative_v is None else negative_v, strength=None if full_strength else strength_v,
    )


def read_message(message: Any) -> tuple[Any, str | None]:
    """The multimodal box's value as (text, first file or None); an API client may send a bare string or junk,
    which the engine then refuses with a message."""
    if isinstance(message, str):
        return message, None
    if not isinstance(message, dict):
        return message, None
    files = message.get("files")
    upload = files[0] if isinstance(files, list) and files else None
    return message.get("text", ""), upload if isinstance(upload, (str, dict)) else None


def chat_messages(snapshot: Snapshot) -> list[dict[str, Any]]:
    """The session's path as Chatbot messages: text, then the image with its prompt and seed under it."""
    messages: list[dict[str, Any]] = []
    for entry in snapshot.entries:
        content: list[Any] = [entry.text] if entry.text else []
        if entry.image_path:
            content.append({"path": str(entry.image_path)})
        if entry.caption:
            content.append(entry.caption)
        if content:
            messages.append({"role": entry.role, "content": content})
    return messages


class PageHandlers:
    """The page's event handlers around the one engine; per-user data comes in as each event's `ChatState`."""

    def __init__(self, engine: ChatEngine) -> None:
        self.engine = engine

    def view(self, chat_state: ChatState, lang: str, preview: str | None = None,
             pending: tuple | None = None) -> tuple:
        """Everything the page shows for a session, from the session alone (so nothing can go stale).

        `pending` is (user text or None, assistant text): a message being drawn, or one that failed, shown
        in the chat but not part of the session. Returns RENDER_OUTPUTS less the status line.
        """
        snapshot = self.engine.snapshot(chat_state, lang)
        messages = chat_messages(snapshot)
        if pending is not None:
            user_text, assistant_text = pending
            if user_text:  # not yet in the session, so not yet escaped by the snapshot
                messages.append({"role": "user", "content": [inert_markdown(user_text)]})
            messages.append({"role": "assistant", "content": [inert_markdown(assistant_text)]})
        return (
            chat_state,
            messages,
            preview or snapshot.image_path,
            snapshot.scene_card,
            snapshot.scene,
            gr.update(interactive=snapshot.can_undo),
            gr.update(interactive=snapshot.can_redo),
        )

    def run_render(self, job: Callable, chat_state: ChatState, lang: str,
                   user_text: str | None = None) -> Iterator[tuple]:
        """Run a render job in a worker thread and stream its progress; the session changes only on success.

        Yields the render outputs plus, last, whether the job succeeded (None while it runs).
        """
        updates: queue.Queue = queue.Queue()
        outcome: dict[str, Any] = {}

        def work() -> None:
            try:
                outcome["result"] = job(lambda progress: updates.put(progress))
            finally:
                updates.put(None)

        chat_state.cancel.clear()
        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        try:
            while (progress := updates.get()) is not None:
                text = UI_TEXT[lang]["rendering"].format(step=progress.step, total=progress.total)
                preview = self.engine.save_preview(chat_state, progress.preview) if progress.preview else None
                shown = self.view(chat_state, lang, preview, pending=(user_text, f"⏳ {text}"))
                yield (*shown[:-2], text, gr.update(), gr.update(), None)
        finally:  # a closed page or a cancelled event must not leave the render running
            chat_state.cancel.set()
            worker.join()
            chat_state.cancel.clear()
        result = outcome.get("result")
        ok = result is not None and result.ok
        message = result.message if result is not None else UI_TEXT[lang]["failed"]
        shown = self.view(chat_state, lang) if ok else self.view(chat_state, lang, pending=(user_text, f"⚠️ {message}"))
        yield (*shown[:-2], inert_markdown(message), *shown[-2:], ok)  # a reply may quote the user

    # The event handlers below have comments, not docstrings: Gradio publishes a handler's docstring as its API
    # endpoint's description, and the API must stay as it is.

    def refused(self, chat_state: ChatState, lang: str, message: str, user_text: str | None = None) -> tuple:
        """The render outputs for an action refused before it started (the session unchanged), with ok=False."""
        shown = self.view(chat_state, lang, pending=(user_text, f"⚠️ {message}"))
        return (*shown[:-2], inert_markdown(message), *shown[-2:], False)

    # /send: a message (text and maybe a picture) becomes a turn; the render outputs, then the box.
    def send(self, chat_state, message, choice, *settings_values) -> Iterator[tuple]:
        lang = lang_code(choice)
        text, upload = read_message(message)
        user_text = text.strip() or None if isinstance(text, str) else None
        try:
            settings = read_settings(*settings_values, lang=lang)
        except SettingsRejected as rejected:
            yield (*self.refused(chat_state, lang, str(rejected), user_text)[:-1], gr.update())
            return
        job = partial(self.engine.send, chat_state, text, upload, settings)  # job(on_step) renders
        for *outputs, ok in self.run_render(job, chat_state, lang, user_text=user_text):
            # The box empties only once the message is in the chat: a failed message is not lost.
            yield (*outputs, gr.update(value=None) if ok else gr.update())

    # /retry: the current turn's decision again with a new seed, as a sibling turn.
    def retry(self, chat_state, choice, *settings_values) -> Iterator[tuple]:
        yield from self._again(self.engine.retry, chat_state, lang_code(choice), settings_values)

    # /variations: a close variant of the current picture.
    def variations(self, chat_state, choice, *settings_values) -> Iterator[tuple]:
        yield from self._again(self.engine.variation, chat_state, lang_code(choice), settings_values)

    def _again(self, action: Callable, chat_state: ChatState, lang: str, settings_values: tuple) -> Iterator[tuple]:
        try:
            settings = read_settings(*settings_values, lang=lang)
        except SettingsRejected as rejected:
            yield self.refused(chat_state, lang, str(rejected))[:-1]
            return
        for *outputs, _ok in self.run_render(partial(action, chat_state, settings), chat_state, lang):
            yield tuple(outputs)

    def after_action(self, chat_state: ChatState, lang: str, result) -> tuple:
        """Outputs after a quick action; a failure shows as a warning in the chat, the session unchanged."""
        if result.ok:
            shown = self.view(chat_state, lang)
        else:
            shown = self.view(chat_state, lang, pending=(None, f"⚠️ {result.message}"))
        return (*shown[:-2], inert_markdown(result.message), *shown[-2:])

    def move(self, step: str) -> Callable:
        """The handler of /undo, /redo or /new_chat: the engine's method of that name, then the view."""

        def handler(chat_state, choice):
            return self.after_action(chat_state, lang_code(choice), getattr(self.engine, step)(chat_state))

        return handler

    # The box's stop button: the running render sees the flag between steps.
    @staticmethod
    def stop(chat_state) -> None:
        chat_state.cancel.set()

    # /export: the session as a zip, shown as a file to download.
    def export(self, chat_state):
        path = self.engine.export_zip(chat_state)
        return gr.update(value=str(path) if path else None, visible=path is not None)

    # /import_session: a zip exported before replaces this session.
    def import_session(self, chat_state, upload, choice) -> tuple:
        return self.after_action(chat_state, lang_code(choice), self.engine.import_zip(chat_state, upload))
