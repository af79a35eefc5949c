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
from pathlib import Path
from typing import Any

import gradio as gr

from chat.checks import SettingsRejected
from chat.choices import continue_from
from chat.engine import ChatEngine
from chat.state import ChatState, TurnSettings
from chat.upload import attach_pending, forget_uploads, keep_pending
from chat.view import Snapshot, inert_markdown
from dialog.texts import LANGUAGES, TEXTS_FILE, group, say

UI_TEXT: dict[str, dict[str, str]] = {lang: group("ui.", lang) for lang in LANGUAGES}

# What a render or an action returns, in this order (a render appends whether it succeeded, and `send` the box);
# `build_ui` passes the components of these names as the outputs.
RENDER_OUTPUTS = ("state", "chatbot", "picture", "scene_card", "scene_json", "status", "undo", "redo")


def _fixed_sentences() -> dict[str, str]:
    """Every sentence without blanks, in either language (and both together), -> its key."""
    import json

    found: dict[str, str] = {}
    for key, entry in json.loads(TEXTS_FILE.read_text(encoding="utf-8")).items():
        if "{" not in entry["en"] and not key.startswith(("rules.", "llm.")):
            found.update({entry["en"]: key, entry["zh"]: key, f"{entry['en']} / {entry['zh']}": key})
    return found


FIXED_SENTENCES = _fixed_sentences()


def in_language(message: str, lang: str) -> str:
    """A quick action's answer ("Undone.", "Nothing to redo.") in the page's language: the engine answers in
    the conversation's, and the page may have switched since. Other messages pass as they are."""
    key = FIXED_SENTENCES.get(message)
    return say(key, lang) if key else message


def lang_code(choice: str) -> str:
    """The language switch's choice as a language code of `dialog.texts`."""
    return "zh" if choice == "中文" else "en"


def examples(lang: str) -> list[dict[str, str]]:
    """The example prompts an empty chat offers, in the page's language."""
    texts = UI_TEXT[lang]
    return [{"text": texts[key]} for key in sorted(texts) if key.startswith("example_")]


def read_settings(size_v, steps_v, guidance_v, seed_v, lock_v, enhance_v, negative_v, strength_v, tries_v=None,
                  lora_v=None, control_v="off", control_scale_v=None, control_kind_v="edges",
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
        verify_tries=tries_v,
        # The adapters' (issue 24): a LoRA strength of 1 and a control strength of 1 are the defaults.
        lora_scale=lora_v, control="off" if control_v is None else control_v, control_scale=control_scale_v,
        control_kind="edges" if control_kind_v is None else control_kind_v,
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


def picture(path: Path | str) -> dict[str, Any]:
    """A picture in a chat message, offered for download under its own file name (not Gradio's cache path)."""
    return {"file": {"path": str(path), "orig_name": Path(path).name, "mime_type": "image/png"}}


def chat_messages(snapshot: Snapshot, lang: str = "en") -> list[dict[str, Any]]:
    """The session's path as Chatbot messages: text, then the image with its prompt and seed under it. A picture
    drawn again for the same message sits beside the others; the chat's last message offers to continue from
    each of the latest message's pictures it does not continue from (Gradio shows options on the last one)."""
    messages: list[dict[str, Any]] = []
    options: list[dict[str, str]] = []
    for entry in snapshot.entries:
        if entry.role == "user":
            options = []
        content: list[Any] = [entry.text] if entry.text else []
        if entry.image_path:
            content.append(picture(entry.image_path))
        if entry.caption:
            content.append(entry.caption)
        if entry.turn_id and entry.choice:
            options.append({"value": entry.turn_id, "label": say("view.continue", lang, number=entry.choice)})
        if content:
            messages.append({"role": entry.role, "content": content})
    if options and messages and messages[-1]["role"] == "assistant":
        messages[-1]["options"] = options
    return messages


class PageHandlers:
    """The page's event handlers around the one engine; per-user data comes in as each event's `ChatState`."""

    def __init__(self, engine: ChatEngine) -> None:
        self.engine = engine

    def view(self, chat_state: ChatState, lang: str, pending: tuple | None = None) -> tuple:
        """Everything the page shows for a session, from the session alone (so nothing can go stale).

        `pending` is (user text or None, assistant text, the user's picture or None, a step preview or None): a
        message being drawn, or one that failed, shown in the chat but not part of the session. Returns
        RENDER_OUTPUTS, the status line being the current picture's tries and time.
        """
        snapshot = self.engine.snapshot(chat_state, lang)
        messages = chat_messages(snapshot, lang)
        if pending is not None:
            user_text, assistant_text, upload, preview = (*pending, None, None)[:4]
            user: list[Any] = [inert_markdown(user_text)] if user_text else []  # not yet escaped by the snapshot
            if upload:
                user.append(picture(upload))
            if user:
                messages.append({"role": "user", "content": user})
            assistant: list[Any] = [inert_markdown(assistant_text)]
            if preview:
                assistant.append(picture(preview))
            messages.append({"role": "assistant", "content": assistant})
        return (
            chat_state,
            messages,
            snapshot.image_path,  # the previous picture stays until the new one is ready
            snapshot.scene_card,
            snapshot.scene,
            snapshot.status,
            gr.update(interactive=snapshot.can_undo),
            gr.update(interactive=snapshot.can_redo),
        )

    def run_render(self, job: Callable, chat_state: ChatState, lang: str,
                   user_text: str | None = None, upload: Path | None = None) -> Iterator[tuple]:
        """Run a render job in a worker thread and stream its progress; the session changes only on success.

        The person's message shows at once with "Drawing…", then each step with its preview, in the chat; the
        picture panel keeps the previous picture until the new one is ready. Yields the render outputs plus,
        last, whether the job succeeded (None while it runs).
        """
        updates: queue.Queue = queue.Queue()
        outcome: dict[str, Any] = {}

        def work() -> None:
            try:
                outcome["result"] = job(lambda progress: updates.put(progress))
            finally:
                updates.put(None)

        drawing = UI_TEXT[lang]["drawing"]
        shown = self.view(chat_state, lang, pending=(user_text, f"⏳ {drawing}", upload))
        yield (*shown[:5], drawing, gr.update(interactive=False), gr.update(interactive=False), None)
        chat_state.cancel.clear()
        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        preview = None  # the latest step preview, shown until the next one
        try:
            while (progress := updates.get()) is not None:
                text = UI_TEXT[lang]["rendering"].format(step=progress.step, total=progress.total)
                if progress.preview is not None:
                    preview = chat_state.save_preview(progress.preview)
                shown = self.view(chat_state, lang, pending=(user_text, f"⏳ {text}", upload, preview))
                yield (*shown[:5], text, gr.update(), gr.update(), None)
        finally:  # a closed page or a cancelled event must not leave the render running
            chat_state.cancel.set()
            worker.join()
            chat_state.cancel.clear()
        result = outcome.get("result")
        ok = result is not None and result.ok
        message = result.message if result is not None else UI_TEXT[lang]["failed"]
        if ok:
            shown = self.view(chat_state, lang)
        else:
            shown = self.view(chat_state, lang, pending=(user_text, f"⚠️ {message}", upload))
        yield (*shown[:5], self.status(message, shown[5] if ok else ""), *shown[6:], ok)

    @staticmethod
    def status(message: str, meta: str = "") -> str:
        """The status line: the action's message (a reply may quote the user: escaped) and the picture's facts."""
        return " · ".join(p for p in (inert_markdown(message), meta) if p)

    # The event handlers below have comments, not docstrings: Gradio publishes a handler's docstring as its API
    # endpoint's description, and the API must stay as it is.

    def refused(self, chat_state: ChatState, lang: str, message: str, user_text: str | None = None) -> tuple:
        """The render outputs for an action refused before it started (the session unchanged), with ok=False."""
        shown = self.view(chat_state, lang, pending=(user_text, f"⚠️ {message}"))
        return (*shown[:5], self.status(message), *shown[6:], False)

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
        shown_upload = keep_pending(chat_state, upload, self.engine.limits.max_image_pixels) if upload else None
        before = chat_state.session.current
        job = partial(self.engine.send, chat_state, text, upload, settings)  # job(on_step) renders
        for *outputs, ok in self.run_render(job, chat_state, lang, user_text=user_text, upload=shown_upload):
            if ok is None:  # drawing: the message is in the chat, the box is free, stop is offered
                yield (*outputs, gr.update(value=None, stop_btn=True))
                continue
            if shown_upload is not None:
                current = chat_state.session.current
                attach_pending(chat_state, current if ok and current is not before else None)
                if ok and current is not before:  # the chat now shows the kept copy, not the pending one
                    outputs[:5] = self.view(chat_state, lang)[:5]
            # A failed message goes back into the box, so it is not lost.
            restored = None if ok else {"text": text if isinstance(text, str) else "", "files": []}
            yield (*outputs, gr.update(value=restored, stop_btn=False))

    # /retry: the current turn's decision again with a new seed, beside the current picture.
    def retry(self, chat_state, choice, *settings_values) -> Iterator[tuple]:
        yield from self._again(self.engine.retry, chat_state, lang_code(choice), settings_values)

    # /variations: a close variant of the current picture, beside it.
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
        result = type(result)(result.ok, in_language(result.message, lang))
        if result.ok:
            shown = self.view(chat_state, lang)
            return (*shown[:5], self.status(result.message, shown[5]), *shown[6:])
        shown = self.view(chat_state, lang, pending=(None, f"⚠️ {result.message}"))
        return (*shown[:5], self.status(result.message), *shown[6:])

    def move(self, step: str) -> Callable:
        """The handler of /undo, /redo or /new_chat: the engine's method of that name, then the view."""

        def handler(chat_state, choice):
            result = getattr(self.engine, step)(chat_state)
            if step == "new_chat" and result.ok:
                forget_uploads(chat_state)  # turn ids start again
            return self.after_action(chat_state, lang_code(choice), result)

        return handler

    # A picture drawn again offers "continue from this picture": the chat goes on from it.
    def continue_from(self, chat_state, choice, evt: gr.SelectData):
        lang = lang_code(choice)
        return self.after_action(chat_state, lang, continue_from(chat_state, str(evt.value), lang))

    # The language switch: the whole page again in the chosen language, the session unchanged.
    def relanguage(self, chat_state, choice) -> tuple:
        return self.view(chat_state, lang_code(choice))

    # The box's stop button: the running render sees the flag between steps and the chat says it stopped.
    @staticmethod
    def stop(chat_state) -> None:
        chat_state.cancel.set()

    # /export: the session as a zip, shown as a file to download.
    def export(self, chat_state):
        path = self.engine.export_zip(chat_state)
        return gr.update(value=str(path) if path else None, visible=path is not None)

    # /import_session: a zip exported before replaces this session.
    def import_session(self, chat_state, upload, choice) -> tuple:
        result = self.engine.import_zip(chat_state, upload)
        if result.ok:
            forget_uploads(chat_state)
        return self.after_action(chat_state, lang_code(choice), result)
