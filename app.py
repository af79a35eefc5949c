"""Drawing Chat: the entry point. Read the configuration, build the engine once, build the page, launch.

Each step lives in `server/`: `config` (flags and environment variables), `factory` (the models, loaded once),
`ui` (the Gradio page). `python app.py` serves on 127.0.0.1:7860 and opens the browser (`--no-browser` not).
"""

from __future__ import annotations

import os
import sys
import tempfile
import webbrowser
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from generator.errors import GeneratorError
from server.config import ROOT, parse_config
from server.factory import build_engine


def _zero_gpu(fn: Callable) -> Callable:
    """On Hugging Face ZeroGPU, borrow a GPU for each render; elsewhere a no-op."""
    try:
        import spaces  # type: ignore[import-not-found]
    except ImportError:
        return fn
    return spaces.GPU(duration=120)(fn)


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the app until stopped; the configuration is printed first (without the password)."""
    config = parse_config(argv)
    print("Drawing Chat configuration:", {k: v for k, v in asdict(config).items() if k != "auth"}, flush=True)
    temp_root = Path(tempfile.mkdtemp(prefix="drawchat-"))
    os.environ.setdefault("GRADIO_TEMP_DIR", str(temp_root / "gradio"))  # a private cache, not the shared /tmp one
    try:
        engine = build_engine(config, render_wrapper=_zero_gpu)
    except GeneratorError as error:  # a model that cannot be loaded (--model, --controlnet, --control-model): say
        raise SystemExit(f"Drawing Chat could not start: {error}") from None  # what to do, not a stack trace
    # Gradio reads GRADIO_TEMP_DIR when it is imported, so the page's module is imported only now.
    from server.pictures import PictureLinks
    from server.ui import build_ui

    links = PictureLinks(engine.root)  # the page's pictures, served by token: no server path in the page
    demo = build_ui(engine, config, links)
    demo.queue(max_size=config.queue_size, default_concurrency_limit=1)
    auth = tuple(config.auth.split(":", 1)) if config.auth else None
    demo.launch(
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
        app_kwargs={"routes": links.routes()},  # ahead of Gradio's own routes
        # Gradio's footer ("Use via API · Built with Gradio · Settings") is English whatever the page's language,
        # and its Settings is a second one beside the picture settings: no footer (the API is at /?view=api).
        footer_links=[],
    )
    local_url = f"http://{'127.0.0.1' if config.host in ('0.0.0.0', '::') else config.host}:{config.port}/"
    print(f"Drawing Chat is running at {local_url}", flush=True)
    if config.open_browser and not config.on_spaces:
        webbrowser.open(local_url)
    demo.block_thread()


if __name__ == "__main__":
    sys.exit(main())
