"""The Gradio page: its layout, its labels in either language, and which handler each event runs.

Only wiring: what an event does is in `server.handlers`, the chat itself in `ChatEngine`. Per-user state is a
`gr.State` (one `ChatState` per browser session); GPU work runs in one queued lane.
"""

from __future__ import annotations

import gradio as gr

from chat.engine import ChatEngine
from chat.state import ChatState
from chat.view import inert_markdown
from server.components import passes_wrong_types, reads_any_message
from server.config import AppConfig
from server.handlers import RENDER_OUTPUTS, UI_TEXT, PageHandlers, lang_code

GPU_LANE = "gpu"  # every event that touches a model shares this concurrency id: one job at a time


def build_ui(engine: ChatEngine, config: AppConfig) -> gr.Blocks:
    """The whole page around the one engine; `main` queues and launches it."""
    t = UI_TEXT["en"]
    presets = [f"{w}×{h}" for w, h in engine.size_presets]
    d = engine.defaults
    handlers = PageHandlers(engine)

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
        gr.Markdown(inert_markdown(engine.notice), visible=bool(engine.notice))  # a model folder's file
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label=t["chat"], height=560, feedback_options=None)
                box = reads_any_message(gr.MultimodalTextbox(
                    placeholder=t["placeholder"], file_types=["image"], file_count="single", show_label=False,
                    max_plain_text_length=config.max_message_chars, stop_btn=True,
                ))
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
                    steps = passes_wrong_types(gr.Slider(1, 100, value=d.steps, step=1, label=t["steps"]))
                    guidance = passes_wrong_types(
                        gr.Slider(0.0, 15.0, value=d.guidance, step=0.5, label=t["guidance"]))
                    with gr.Row():
                        seed = passes_wrong_types(gr.Number(value=0, precision=0, minimum=0, label=t["seed"]))
                        lock = gr.Checkbox(value=False, label=t["lock_seed"])
                    enhance = gr.Checkbox(value=True, label=t["enhance"])
                    negative = gr.Textbox(value=d.negative_prompt, label=t["negative"], max_lines=3)
                    strength = passes_wrong_types(gr.Slider(0.0, 1.0, value=1.0, step=0.05, label=t["strength"],
                                                            info=t["strength_info"]))
                gr.Markdown(inert_markdown(engine.describe()), elem_id="model-info")

        # ------------------------------------------------------------------------------------------ events
        settings_inputs = [size, steps, guidance, seed, lock, enhance, negative, strength]
        by_name = {"state": state, "chatbot": chatbot, "picture": picture, "scene_card": scene_card,
                   "scene_json": scene_json, "status": status, "undo": undo_btn, "redo": redo_btn}
        render_outputs = [by_name[name] for name in RENDER_OUTPUTS]

        send_event = box.submit(
            handlers.send, [state, box, language, *settings_inputs], [*render_outputs, box], api_name="send",
            concurrency_id=GPU_LANE, concurrency_limit=1,
        )
        box.stop(handlers.stop, state, None, cancels=[send_event], queue=False, api_visibility="private")
        retry_btn.click(
            handlers.retry, [state, language, *settings_inputs], render_outputs, api_name="retry",
            concurrency_id=GPU_LANE, concurrency_limit=1,
        )
        variations_btn.click(
            handlers.variations, [state, language, *settings_inputs], render_outputs, api_name="variations",
            concurrency_id=GPU_LANE, concurrency_limit=1,
        )
        for button, step in ((undo_btn, "undo"), (redo_btn, "redo"), (new_btn, "new_chat")):
            button.click(handlers.move(step), [state, language], render_outputs, api_name=step, concurrency_limit=None)
        export_btn.click(handlers.export, state, export_file, api_name="export", concurrency_limit=None)
        import_btn.upload(
            handlers.import_session, [state, import_btn, language], render_outputs, api_name="import_session",
            concurrency_limit=None,
        )

        # ------------------------------------------------------------------------------------------ language
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
