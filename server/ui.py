"""The Gradio page: its layout, its labels in either language, and which handler each event runs.

Only wiring: what an event does is in `server.handlers`, the chat itself in `ChatEngine`. Per-user state is a
`gr.State` (one `ChatState` per browser session); GPU work runs in one queued lane.

The layout keeps the message box and one compact row of actions in view at any window size: the chat's height
follows the window (assets/style.css), the model's notice and details are folded into "About", and on a phone
the picture panel, which repeats the chat's latest picture, is hidden.
"""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from chat.checks import MAX_CONTROL_SCALE, MAX_LORA_SCALE, MAX_VERIFY_TRIES
from chat.engine import ChatEngine
from chat.state import ChatState
from generator.control import trained_map_kind
from server.about import about_text
from server.components import passes_wrong_types, reads_any_message
from server.config import EMBEDDED_MODEL, AppConfig
from server.handlers import RENDER_OUTPUTS, UI_TEXT, PageHandlers, examples, lang_code
from server.pictures import PictureLinks, serving

# Every event that touches a model shares this concurrency id: one job at a time on the local lane, as many as
# there can be render replicas with `--render-backend ray` (AppConfig.render_lanes).
GPU_LANE = "gpu"
# The adapters' settings (issue 24), labelled here; shown only when --lora / --controlnet loaded something, the
# kind of map only when a --control-model offers more than edges ("control_map" then labels what is followed).
ADAPTER_TEXT = {
    "en": {"lora_scale": "LoRA strength", "lora_info": "× each --lora scale; 0 turns the LoRAs off",
           "control": "Follow the edges of", "control_map": "Follow the layout of", "control_scale": "Control strength",
           "control_kind": "Layout read as", "control_kind_info": "the map your ControlNet was trained on"},
    "zh": {"lora_scale": "LoRA 强度", "lora_info": "乘以每个 --lora 的比例；0 表示关闭",
           "control": "跟随这张图的轮廓", "control_map": "跟随这张图的布局", "control_scale": "控制强度",
           "control_kind": "布局的读法", "control_kind_info": "选 ControlNet 训练时用的那种图"},
}
CONTROL_CHOICES = [("nothing / 不跟随", "off"), ("the picture shown / 当前图片", "previous"),
                   ("the uploaded picture / 上传的图片", "upload")]
CONTROL_KIND_CHOICES = {"edges": "edges / 边缘", "sketch": "sketch / 草图", "depth": "depth / 深度",
                        "pose": "pose / 姿态"}
# The chat takes the window's height less what sits above and below it (title, message box, action row).
CHAT_HEIGHT = "max(240px, calc(100dvh - 250px))"


def build_ui(engine: ChatEngine, config: AppConfig, links: PictureLinks | None = None) -> gr.Blocks:
    """The whole page around the one engine; `main` queues and launches it with `links`' routes, which serve
    the pictures and files the page shows by opaque links (no server path in the page)."""
    links = links if links is not None else PictureLinks(engine.root)
    t = UI_TEXT["en"]
    presets = [f"{w}×{h}" for w, h in engine.size_presets]
    d = engine.defaults
    handlers = PageHandlers(engine)
    description = engine.describe()

    def about(lang: str) -> str:
        return about_text(description, engine.notice, getattr(engine.enhancer, "name", "rules"),
                          Path(EMBEDDED_MODEL), lang)

    # The page's pictures are served from the sessions' folders through `links`; Gradio still keeps a copy of
    # each upload: copies untouched for a session's time to live go, so they do not outlive the session there.
    ttl = config.session_ttl_s
    with gr.Blocks(title="Drawing Chat", delete_cache=(max(1, min(ttl, 600)), ttl)) as demo:
        def new_state() -> ChatState:  # a plain function: gr.State deep-copies a bound method with its engine
            return engine.new_state()

        state = gr.State(new_state, time_to_live=config.session_ttl_s, delete_callback=ChatState.close)
        with gr.Row(elem_id="header", equal_height=True):
            title = gr.Markdown(f"### {t['title']}", elem_id="title")
            language = gr.Radio(
                ["English", "中文"], value="English", label=t["language"], show_label=False, container=False,
                elem_id="language-switch",
            )
        with gr.Row(elem_id="main"):
            with gr.Column(scale=3, elem_id="chat-column"):
                chatbot = gr.Chatbot(
                    label=t["chat"], show_label=False, height=CHAT_HEIGHT, feedback_options=None,
                    examples=examples("en"), elem_id="chat", buttons=["copy"],
                )
                box = reads_any_message(gr.MultimodalTextbox(
                    placeholder=t["placeholder"], label=t["message"], file_types=["image"], file_count="single",
                    show_label=False,
                    max_plain_text_length=config.max_message_chars, stop_btn=False, elem_id="message-box",
                ))
                with gr.Row(elem_id="actions"):
                    undo_btn = gr.Button(t["undo"], size="sm", min_width=0, interactive=False)
                    redo_btn = gr.Button(t["redo"], size="sm", min_width=0, interactive=False)
                    retry_btn = gr.Button(t["retry"], size="sm", min_width=0)
                    variations_btn = gr.Button(t["variations"], size="sm", min_width=0)
                    new_btn = gr.Button(t["new_chat"], size="sm", min_width=0)
            with gr.Column(scale=2, elem_id="side-column"):
                picture = gr.Image(
                    label=t["picture"], type="filepath", interactive=False, height=320, elem_id="picture",
                    buttons=["download", "fullscreen"],
                )
                status = gr.Markdown("", elem_id="status")
                scene_card = gr.Markdown(t["empty_scene"], elem_id="scene-card")
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
                    # Only where something checks pictures (the embedded model's reader, a multimodal LLM).
                    check_tries = passes_wrong_types(gr.Slider(
                        0, MAX_VERIFY_TRIES, value=engine.verify_tries if engine.verifier else 0, step=1,
                        label=t["check_tries"], visible=engine.verifier is not None))
                    a = ADAPTER_TEXT["en"]
                    has_lora = bool(getattr(engine.generator, "loras", None) and engine.generator.loras.names)
                    has_control = getattr(engine.generator, "controlnet", None) is not None
                    lora_scale = passes_wrong_types(gr.Slider(
                        0.0, MAX_LORA_SCALE, value=1.0, step=0.05, label=a["lora_scale"], info=a["lora_info"],
                        visible=has_lora))
                    # edges and sketch need no model; depth / pose a --control-model. The ControlNet's own kind
                    # (its training.json says, for one trained here) is chosen at first.
                    kinds = ["edges", "sketch", *getattr(engine.generator, "map_models", {})]
                    first_kind = trained_map_kind(getattr(engine.generator, "controlnet_id", None))
                    control_label = "control" if len(kinds) == 1 else "control_map"
                    control = gr.Radio(CONTROL_CHOICES, value="off", label=a[control_label], visible=has_control)
                    control_kind = gr.Radio([(CONTROL_KIND_CHOICES[k], k) for k in kinds], value=first_kind,
                                            label=a["control_kind"], info=a["control_kind_info"],
                                            visible=has_control and len(kinds) > 1)
                    control_scale = passes_wrong_types(gr.Slider(
                        0.0, MAX_CONTROL_SCALE, value=1.0, step=0.05, label=a["control_scale"], visible=has_control))
                with gr.Accordion(t["files"], open=False) as files_box:
                    with gr.Row():
                        export_btn = gr.Button(t["export"], size="sm", min_width=0)
                        import_btn = gr.UploadButton(t["import"], file_types=[".zip"], size="sm", min_width=0)
                    export_file = gr.File(label=t["export_file"], visible=False, interactive=False)
                with gr.Accordion(t["about"], open=False) as about_box:
                    about_md = gr.Markdown(about("en"), elem_id="model-info")

        # ------------------------------------------------------------------------------------------ events
        settings_inputs = [size, steps, guidance, seed, lock, enhance, negative, strength, check_tries, lora_scale,
                           control, control_scale, control_kind]
        by_name = {"state": state, "chatbot": chatbot, "picture": picture, "scene_card": scene_card,
                   "scene_json": scene_json, "status": status, "undo": undo_btn, "redo": redo_btn}
        render_outputs = [by_name[name] for name in RENDER_OUTPUTS]
        sending = [*render_outputs, box]

        def linked(fn, outputs) -> dict:  # the handler and its outputs, its files reaching the page as links
            outputs = outputs if isinstance(outputs, list) else [outputs]
            return {"fn": serving(fn, outputs, links), "outputs": outputs, "postprocess": False}

        # Our own progress shows in the chat (the message at once, then each step's preview): no overlay.
        quiet = {"show_progress": "hidden"}

        box.submit(
            inputs=[state, box, language, *settings_inputs], **linked(handlers.send, sending), api_name="send",
            concurrency_id=GPU_LANE, concurrency_limit=config.render_lanes, **quiet,
        )
        # An example prompt on the empty chat is sent as if typed.
        def example_chosen(evt: gr.SelectData):
            text = evt.value.get("text", "") if isinstance(evt.value, dict) else ""
            return gr.update(value={"text": text, "files": []})

        chatbot.example_select(
            example_chosen, None, box,
            queue=False, api_visibility="private", **quiet,
        ).then(
            inputs=[state, box, language, *settings_inputs], **linked(handlers.send, sending),
            concurrency_id=GPU_LANE, concurrency_limit=config.render_lanes, api_visibility="private", **quiet,
        )
        box.stop(handlers.stop, state, None, queue=False, api_visibility="private")

        def stop_shown(shown: bool):
            return lambda: gr.update(stop_btn=shown)

        for button, handler, name in ((retry_btn, handlers.retry, "retry"),
                                      (variations_btn, handlers.variations, "variations")):
            button.click(stop_shown(True), None, box, queue=False, api_visibility="private", **quiet).then(
                inputs=[state, language, *settings_inputs], **linked(handler, render_outputs), api_name=name,
                concurrency_id=GPU_LANE, concurrency_limit=config.render_lanes, **quiet,
            ).then(stop_shown(False), None, box, queue=False, api_visibility="private", **quiet)
        hide_export = {"fn": lambda: gr.update(value=None, visible=False), "inputs": None, "outputs": export_file,
                       "queue": False, "api_visibility": "private", **quiet}
        for button, step in ((undo_btn, "undo"), (redo_btn, "redo"), (new_btn, "new_chat")):
            event = button.click(inputs=[state, language], **linked(handlers.move(step), render_outputs),
                                 api_name=step, concurrency_limit=None, **quiet)
            if step == "new_chat":  # the saved file was the old chat's
                event.then(**hide_export)
        chatbot.option_select(inputs=[state, language], **linked(handlers.continue_from, render_outputs),
                              api_visibility="private", concurrency_limit=None, **quiet)
        export_btn.click(inputs=state, **linked(handlers.export, export_file), api_name="export",
                         concurrency_limit=None).then(
            lambda choice: gr.update(label=UI_TEXT[lang_code(choice)]["exported"]), language, export_file,
            queue=False, api_visibility="private", **quiet)
        import_btn.upload(
            inputs=[state, import_btn, language], **linked(handlers.import_session, render_outputs),
            api_name="import_session", concurrency_limit=None, **quiet,
        ).then(**hide_export)

        # ------------------------------------------------------------------------------------------ language
        labelled = {
            "undo": undo_btn, "redo": redo_btn, "retry": retry_btn, "variations": variations_btn,
            "new_chat": new_btn, "export": export_btn, "import": import_btn, "picture": picture,
            "settings": settings_box, "size": size, "steps": steps, "guidance": guidance, "seed": seed,
            "lock_seed": lock, "enhance": enhance, "negative": negative, "strength": strength,
            "check_tries": check_tries, "lora_scale": lora_scale, control_label: control,
            "control_scale": control_scale, "control_kind": control_kind,
            "scene_json": scene_json, "export_file": export_file, "files": files_box, "about": about_box,
        }

        def relabel(chat_state, choice: str):
            lang = lang_code(choice)
            t = {**UI_TEXT[lang], **ADAPTER_TEXT[lang]}
            updates = []
            for key, component in labelled.items():
                if isinstance(component, gr.UploadButton):  # its value is the uploaded file; its text is the label
                    updates.append(gr.update(label=t[key]))
                elif isinstance(component, gr.Button):
                    updates.append(gr.update(value=t[key]))
                elif component is strength:
                    updates.append(gr.update(label=t[key], info=t["strength_info"]))
                elif component is lora_scale:
                    updates.append(gr.update(label=t[key], info=t["lora_info"]))
                elif component is control_kind:
                    updates.append(gr.update(label=t[key], info=t["control_kind_info"]))
                else:
                    updates.append(gr.update(label=t[key]))
            shown = handlers.relanguage(chat_state, choice)
            page = dict(zip(RENDER_OUTPUTS, shown))
            chat = gr.update(value=page["chatbot"], label=t["chat"], examples=examples(lang))
            return [f"### {t['title']}", gr.update(label=t["language"]),
                    gr.update(placeholder=t["placeholder"], label=t["message"]), about(lang), chat,
                    page["scene_card"], page["status"], *updates]

        relabel_outputs = [title, language, box, about_md, chatbot, scene_card, status, *labelled.values()]
        language.change(inputs=[state, language], **linked(relabel, relabel_outputs), queue=False,
                        api_visibility="private", **quiet)

        # The default language follows the browser, read in the page itself (no round trip, no header parsing).
        demo.load(
            None, None, language, api_visibility="private",
            js="() => ((navigator.languages || [navigator.language]).find(l => /^(zh|en)/i.test(l)) || 'en')"
               ".toLowerCase().startsWith('zh') ? '中文' : 'English'",
        )
    return demo
