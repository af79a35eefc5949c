"""Drawing Chat: launch and Gradio wiring only.

Reads the configuration (CLI flags, or environment variables on Spaces), builds the engine once (one Generator,
one Enhancer), and wires widgets to `dialog.chat.ChatEngine`, which knows nothing of Gradio. Per-user state is a
`gr.State` (one `ChatState` per browser session); GPU work runs in one queued lane.
"""

from __future__ import annotations

import argparse
import os
import queue
import sys
import tempfile
import threading
import webbrowser
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from dialog.texts import LANGUAGES, group

ROOT = Path(__file__).resolve().parent
EMBEDDED_MODEL = ROOT / "assets" / "embedded"
GPU_LANE = "gpu"  # every event that touches a model shares this concurrency id: one job at a time


@dataclass(frozen=True)
class AppConfig:
    """Every setting in one place; printed at start-up."""

    model: str = str(EMBEDDED_MODEL)  # hub id or local folder in diffusers layout
    enhancer: str = "rules"  # "rules" or an LLM hub id / local folder
    quant: str = "none"  # none | int8 | nf4
    low_vram: bool = False
    device: str | None = None  # cuda | cpu | None (auto)
    host: str = "127.0.0.1"
    port: int = 7860
    share: bool = False
    auth: str | None = None  # "user:password" (required with --share)
    open_browser: bool = True
    strategy: str = "auto"  # auto (ours where pictures can be read, else same-seed) | fresh | same-seed | ours
    max_message_chars: int = 2000
    max_upload_mb: int = 10
    max_image_pixels: int = 4096 * 4096
    queue_size: int = 16
    session_ttl_s: int = 2 * 3600
    on_spaces: bool = False
    safety_checker: str | None = None  # "package.module:function", picture -> None or a reason to withhold it


# Environment variable (for Spaces and containers) -> config field.
ENV_VARS = {
    "DRAWCHAT_MODEL": "model",
    "DRAWCHAT_ENHANCER": "enhancer",
    "DRAWCHAT_QUANT": "quant",
    "DRAWCHAT_LOW_VRAM": "low_vram",
    "DRAWCHAT_DEVICE": "device",
    "DRAWCHAT_HOST": "host",
    "DRAWCHAT_PORT": "port",
    "DRAWCHAT_AUTH": "auth",
    "DRAWCHAT_STRATEGY": "strategy",
    "DRAWCHAT_MAX_MESSAGE_CHARS": "max_message_chars",
    "DRAWCHAT_MAX_UPLOAD_MB": "max_upload_mb",
    "DRAWCHAT_MAX_IMAGE_PIXELS": "max_image_pixels",
    "DRAWCHAT_QUEUE_SIZE": "queue_size",
    "DRAWCHAT_SESSION_TTL_S": "session_ttl_s",
    "DRAWCHAT_SAFETY_CHECKER": "safety_checker",
}


def _cast(name: str, raw: str) -> Any:
    kind = {f.name: f.type for f in fields(AppConfig)}[name]
    if kind == "bool":
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if kind == "int":
        return int(raw)
    return raw or None if kind == "str | None" else raw


def parse_config(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> AppConfig:
    """Defaults, then environment variables, then command-line flags (the last word wins)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for var, name in ENV_VARS.items():
        if environ.get(var):
            values[name] = _cast(name, environ[var])
    on_spaces = bool(environ.get("SPACE_ID"))
    if on_spaces:  # behind the Spaces proxy: listen on all interfaces, never open a browser
        values.update(on_spaces=True, host="0.0.0.0", open_browser=False)
    if environ.get("GRADIO_SERVER_PORT"):
        values["port"] = int(environ["GRADIO_SERVER_PORT"])

    parser = argparse.ArgumentParser(description="Drawing Chat: a multi-turn drawing chat on HunyuanDiT.")
    parser.add_argument("--model", help="hub id or local folder of a HunyuanDiT checkpoint (diffusers layout)")
    parser.add_argument("--enhancer", help="'rules' (offline) or a chat LLM hub id / local folder")
    parser.add_argument("--quant", choices=["none", "int8", "nf4"])
    parser.add_argument("--low-vram", action="store_true", default=None, help="sequence models for 6 GB GPUs")
    parser.add_argument("--device", help="cuda, cpu (default: cuda when available)")
    parser.add_argument("--host", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int)
    parser.add_argument("--share", action="store_true", default=None, help="public gradio.live link (needs --auth)")
    parser.add_argument("--auth", help="user:password for the web page")
    parser.add_argument("--no-browser", dest="open_browser", action="store_false", default=None)
    parser.add_argument("--strategy", choices=["auto", "fresh", "same-seed", "ours"],
                        help="how edits keep the picture (auto: ours on the embedded model, same-seed elsewhere)")
    parser.add_argument("--queue-size", type=int, help="most jobs waiting at once")
    parser.add_argument("--safety-checker", help="package.module:function run on every picture before it is shown")
    args = parser.parse_args(argv)
    values.update({k: v for k, v in vars(args).items() if v is not None})
    config = AppConfig(**values)
    if config.share and not config.auth:
        parser.error("--share makes the app public: give --auth user:password as well")
    return config


def build_engine(config: AppConfig, render_wrapper=None):
    """Load the models once; every handler gets this one engine. `render_wrapper` decorates the render once."""
    from chat.engine import ChatEngine
    from chat.state import ChatLimits
    from dialog.prompt import render_prompt
    from editing.editor import Editor
    from editing.plan import Strategy
    from generator.generator import Generator
    from prompt_enhancer.registry import load_enhancer

    model, placeholder = config.model, False
    embedded = Path(model).resolve() == EMBEDDED_MODEL  # however the folder was spelled
    if embedded and not (EMBEDDED_MODEL / "model_index.json").is_file():
        model, placeholder = _placeholder_model(), True
    generator = Generator.load(model, device=config.device, quantization=config.quant, low_vram=config.low_vram)

    def prompt_check(scene) -> str | None:  # the LLM's enriched prompt is measured with the real tokenizers
        report = generator.check_prompt(render_prompt(scene))
        return None if report.fits else report.summary()

    enhancer = load_enhancer(config.enhancer, device=str(generator.device), prompt_check=prompt_check)
    limits = ChatLimits(
        max_message_chars=config.max_message_chars,
        max_image_pixels=config.max_image_pixels,
    )
    if placeholder:
        notice = "The embedded model is missing: this is an UNTRAINED placeholder that draws noise."
    else:  # a model folder may say what it can and cannot do yet; the page shows it rather than overpromise
        notice_file = Path(model) / "notice.txt"
        notice = notice_file.read_text(encoding="utf-8").strip() if notice_file.is_file() else ""
    # `ours` keeps what an edit did not name where it can find the Scene's subjects in a picture: a program can
    # do that for the toy world the embedded model draws; for other models the whole picture is re-rendered.
    reader = None
    if embedded and not placeholder:
        from toyworld.reader import ToyWorldReader

        reader = ToyWorldReader()
    # auto: `ours` where it was measured to win (bench_consistency, the embedded model); for other models `ours`
    # could neither keep the outside nor rough an edit in, and nothing measured it against same-seed there.
    strategy = config.strategy if config.strategy != "auto" else ("ours" if reader else "same-seed")
    return ChatEngine(
        generator=generator,
        enhancer=enhancer,
        editor=Editor(Strategy(strategy), reader),
        limits=limits,
        notice=notice,
        render_wrapper=render_wrapper,
        safety_checker=load_safety_checker(config.safety_checker) if config.safety_checker else None,
    )


def load_safety_checker(spec: str):
    """The operator's checker named as "package.module:function" (configuration, never user input)."""
    import importlib

    module_name, _, function_name = spec.partition(":")
    try:
        checker = getattr(importlib.import_module(module_name), function_name)
    except (ImportError, AttributeError, ValueError) as error:
        raise SystemExit(f"DRAWCHAT_SAFETY_CHECKER={spec!r} does not name a function (package.module:function): "
                         f"{error}") from None
    if not callable(checker):
        raise SystemExit(f"DRAWCHAT_SAFETY_CHECKER={spec!r} is not callable")
    return checker


def _placeholder_model() -> str:
    """An untrained pipeline in the embedded model's layout, saved and loaded through the normal code path."""
    from generator.components import build_pipeline
    from toyworld import spec

    words = [*spec.COLOURS, *spec.BACKGROUNDS, *spec.SHAPES, *spec.SIZES, *spec.POSITIONS]
    words += [*spec.ZH_COLOURS.values(), *spec.ZH_BACKGROUNDS.values(), *spec.ZH_SHAPES.values()]
    words += [*spec.ZH_SIZES.values(), *spec.ZH_POSITIONS.values()]
    folder = Path(tempfile.mkdtemp(prefix="drawchat-placeholder-"))
    build_pipeline(words * 4).save_pretrained(folder)
    return str(folder)


# ---------------------------------------------------------------------------------------------------- the UI

UI_TEXT: dict[str, dict[str, str]] = {lang: group("ui.", lang) for lang in LANGUAGES}


def build_ui(engine, config: AppConfig):
    import gradio as gr

    from chat.state import ChatState, TurnSettings
    from chat.view import inert_markdown

    t = UI_TEXT["en"]
    presets = [f"{w}×{h}" for w, h in engine.size_presets]
    d = engine.defaults

    # Gradio keeps its own copy of every picture it serves; copies untouched for a session's time to live go,
    # so a dropped session's pictures do not outlive it there (a live session's are refreshed on every view).
    ttl = config.session_ttl_s
    with gr.Blocks(title="Drawing Chat", delete_cache=(max(1, min(ttl, 600)), ttl)) as demo:
        def new_state() -> ChatState:  # a plain function: gr.State deep-copies a bound method with its engine
            return engine.new_state()

        state = gr.State(new_state, time_to_live=config.session_ttl_s, delete_callback=ChatState.close)
        with gr.Row():
            title = gr.Markdown(f"## {t['title']}")
            language = gr.Radio(
                ["English", "中文"], value="English", show_label=False, container=False, elem_id="language-switch"
            )
        gr.Markdown(engine.notice, visible=bool(engine.notice))
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label=t["chat"], height=560, feedback_options=None)
                box = gr.MultimodalTextbox(
                    placeholder=t["placeholder"], file_types=["image"], file_count="single", show_label=False,
                    max_plain_text_length=config.max_message_chars, stop_btn=True,
                )
                with gr.Row():
                    undo_btn = gr.Button(t["undo"], size="sm")
                    redo_btn = gr.Button(t["redo"], size="sm")
                    retry_btn = gr.Button(t["retry"], size="sm")
                    variations_btn = gr.Button(t["variations"], size="sm")
                    new_btn = gr.Button(t["new_chat"], size="sm")
                    export_btn = gr.Button(t["export"], size="sm")
                    import_btn = gr.UploadButton(t["import"], file_types=[".zip"], size="sm")
                export_file = gr.File(label=t["export_file"], visible=False, interactive=False)
            with gr.Column(scale=2):
                picture = gr.Image(
                    label=t["picture"], type="filepath", interactive=False, height=320, elem_id="picture"
                )
                status = gr.Markdown("")
                scene_card = gr.Markdown(t["empty_scene"])
                scene_json = gr.JSON(label=t["scene_json"], visible=False)
                with gr.Accordion(t["settings"], open=False) as settings_box:
                    size = gr.Dropdown(presets, value=f"{d.width}×{d.height}", label=t["size"])
                    steps = gr.Slider(1, 100, value=d.steps, step=1, label=t["steps"])
                    guidance = gr.Slider(0.0, 15.0, value=d.guidance, step=0.5, label=t["guidance"])
                    with gr.Row():
                        seed = gr.Number(value=0, precision=0, minimum=0, label=t["seed"])
                        lock = gr.Checkbox(value=False, label=t["lock_seed"])
                    enhance = gr.Checkbox(value=True, label=t["enhance"])
                    negative = gr.Textbox(value=d.negative_prompt, label=t["negative"], max_lines=3)
                    strength = gr.Slider(0.0, 1.0, value=1.0, step=0.05, label=t["strength"], info=t["strength_info"])
                gr.Markdown(engine.describe(), elem_id="model-info")

        settings_inputs = [size, steps, guidance, seed, lock, enhance, negative, strength]

        def read_settings(size_v, steps_v, guidance_v, seed_v, lock_v, enhance_v, negative_v, strength_v):
            width, height = (int(x) for x in str(size_v).split("×"))
            return TurnSettings(
                width=width, height=height, steps=int(steps_v), guidance=float(guidance_v),
                seed=int(seed_v) if lock_v and seed_v is not None else None, enhance=bool(enhance_v),
                negative_prompt=str(negative_v or ""), strength=None if float(strength_v) >= 1.0 else float(strength_v),
            )

        def view(chat_state: ChatState, lang: str, preview: str | None = None, pending: tuple | None = None):
            """Everything the page shows for a session, from the session alone (so nothing can go stale).

            `pending` is (user text or None, assistant text): a message being drawn, or one that failed, shown
            in the chat but not part of the session.
            """
            snapshot = engine.snapshot(chat_state, lang)
            messages = _chat_messages(snapshot)
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

        view_outputs = [state, chatbot, picture, scene_card, scene_json, undo_btn, redo_btn]

        def lang_code(choice: str) -> str:
            return "zh" if choice == "中文" else "en"

        def run_render(job, chat_state: ChatState, lang: str, user_text: str | None = None) -> Iterator[tuple]:
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
                    preview = engine.save_preview(chat_state, progress.preview) if progress.preview else None
                    shown = view(chat_state, lang, preview, pending=(user_text, f"⏳ {text}"))
                    yield (*shown[:-2], text, gr.update(), gr.update(), None)
            finally:  # a closed page or a cancelled event must not leave the render running
                chat_state.cancel.set()
                worker.join()
                chat_state.cancel.clear()
            result = outcome.get("result")
            ok = result is not None and result.ok
            message = result.message if result is not None else UI_TEXT[lang]["failed"]
            shown = view(chat_state, lang) if ok else view(chat_state, lang, pending=(user_text, f"⚠️ {message}"))
            yield (*shown[:-2], inert_markdown(message), *shown[-2:], ok)  # a reply may quote the user

        render_outputs = [*view_outputs[:-2], status, undo_btn, redo_btn]

        def send(chat_state, message, choice, *settings_values):
            lang = lang_code(choice)
            text = (message or {}).get("text", "")
            files = (message or {}).get("files") or []
            upload = files[0] if files else None
            settings = read_settings(*settings_values)
            job = lambda on_step: engine.send(chat_state, text, upload, settings, on_step)  # noqa: E731
            for *outputs, ok in run_render(job, chat_state, lang, user_text=text.strip() or None):
                # The box empties only once the message is in the chat: a failed message is not lost.
                yield (*outputs, gr.update(value=None) if ok else gr.update())

        def retry(chat_state, choice, *settings_values):
            settings = read_settings(*settings_values)
            job = lambda on_step: engine.retry(chat_state, settings, on_step)  # noqa: E731
            for *outputs, _ok in run_render(job, chat_state, lang_code(choice)):
                yield tuple(outputs)

        def variations(chat_state, choice, *settings_values):
            settings = read_settings(*settings_values)
            job = lambda on_step: engine.variation(chat_state, settings, on_step)  # noqa: E731
            for *outputs, _ok in run_render(job, chat_state, lang_code(choice)):
                yield tuple(outputs)

        def after_action(chat_state, lang: str, result) -> tuple:
            """Outputs after a quick action; a failure shows as a warning in the chat, the session unchanged."""
            shown = view(chat_state, lang) if result.ok else view(chat_state, lang, pending=(None, f"⚠️ {result.message}"))
            return (*shown[:-2], inert_markdown(result.message), *shown[-2:])

        def move(step: str):
            def handler(chat_state, choice):
                return after_action(chat_state, lang_code(choice), getattr(engine, step)(chat_state))

            return handler

        def stop(chat_state):
            chat_state.cancel.set()

        def export(chat_state):
            path = engine.export_zip(chat_state)
            return gr.update(value=str(path) if path else None, visible=path is not None)

        def import_session(chat_state, upload, choice):
            return after_action(chat_state, lang_code(choice), engine.import_zip(chat_state, upload))

        send_event = box.submit(
            send, [state, box, language, *settings_inputs], [*render_outputs, box], api_name="send",
            concurrency_id=GPU_LANE, concurrency_limit=1,
        )
        box.stop(stop, state, None, cancels=[send_event], queue=False, api_visibility="private")
        retry_btn.click(
            retry, [state, language, *settings_inputs], render_outputs, api_name="retry",
            concurrency_id=GPU_LANE, concurrency_limit=1,
        )
        variations_btn.click(
            variations, [state, language, *settings_inputs], render_outputs, api_name="variations",
            concurrency_id=GPU_LANE, concurrency_limit=1,
        )
        for button, step in ((undo_btn, "undo"), (redo_btn, "redo"), (new_btn, "new_chat")):
            button.click(move(step), [state, language], render_outputs, api_name=step, concurrency_limit=None)
        export_btn.click(export, state, export_file, api_name="export", concurrency_limit=None)
        import_btn.upload(
            import_session, [state, import_btn, language], render_outputs, api_name="import_session",
            concurrency_limit=None,
        )

        labelled = {
            "chat": chatbot, "undo": undo_btn, "redo": redo_btn, "retry": retry_btn, "variations": variations_btn,
            "new_chat": new_btn, "export": export_btn, "import": import_btn, "picture": picture,
            "settings": settings_box, "size": size, "steps": steps, "guidance": guidance, "seed": seed,
            "lock_seed": lock, "enhance": enhance, "negative": negative, "strength": strength,
            "scene_json": scene_json, "export_file": export_file,
        }

        def relabel(choice: str):
            t = UI_TEXT[lang_code(choice)]
            updates = []
            for key, component in labelled.items():
                if isinstance(component, gr.UploadButton):  # its value is the uploaded file; its text is the label
                    updates.append(gr.update(label=t[key]))
                elif isinstance(component, gr.Button):
                    updates.append(gr.update(value=t[key]))
                else:
                    updates.append(gr.update(label=t[key]))
            return [f"## {t['title']}", gr.update(placeholder=t["placeholder"]), *updates]

        relabel_outputs = [title, box, *labelled.values()]
        language.change(relabel, language, relabel_outputs, queue=False, api_visibility="private")

        # The default language follows the browser, read in the page itself (no round trip, no header parsing).
        demo.load(
            None, None, language, api_visibility="private",
            js="() => ((navigator.languages || [navigator.language]).find(l => /^(zh|en)/i.test(l)) || 'en')"
               ".toLowerCase().startsWith('zh') ? '中文' : 'English'",
        )
    return demo


def _chat_messages(snapshot) -> list[dict[str, Any]]:
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


def _zero_gpu(fn):
    """On Hugging Face ZeroGPU, borrow a GPU for each render; elsewhere a no-op."""
    try:
        import spaces  # type: ignore[import-not-found]
    except ImportError:
        return fn
    return spaces.GPU(duration=120)(fn)


def main(argv: Sequence[str] | None = None) -> None:
    config = parse_config(argv)
    print("Drawing Chat configuration:", {k: v for k, v in asdict(config).items() if k != "auth"}, flush=True)
    temp_root = Path(tempfile.mkdtemp(prefix="drawchat-"))
    os.environ.setdefault("GRADIO_TEMP_DIR", str(temp_root / "gradio"))  # a private cache, not the shared /tmp one
    engine = build_engine(config, render_wrapper=_zero_gpu)
    demo = build_ui(engine, config)
    demo.queue(max_size=config.queue_size, default_concurrency_limit=1)
    auth = tuple(config.auth.split(":", 1)) if config.auth else None
    _, url, _ = demo.launch(
        server_name=config.host,
        server_port=config.port,
        share=config.share,
        auth=auth,
        inbrowser=False,
        prevent_thread_lock=True,
        max_file_size=f"{config.max_upload_mb}mb",
        show_error=False,
        enable_monitoring=False,
        allowed_paths=[],
        css_paths=[ROOT / "assets" / "style.css"] if (ROOT / "assets" / "style.css").is_file() else None,
    )
    local_url = f"http://{'127.0.0.1' if config.host in ('0.0.0.0', '::') else config.host}:{config.port}/"
    print(f"Drawing Chat is running at {local_url}", flush=True)
    if config.open_browser and not config.on_spaces:
        webbrowser.open(local_url)
    demo.block_thread()


if __name__ == "__main__":
    sys.exit(main())
