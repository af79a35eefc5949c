"""The web app's own room: configuration, building the engine once, and the Gradio page.

It stands on everything else (chat, editing, dialog, prompt_enhancer, generator, toyworld); nothing below imports
it. `app.py` wires config -> engine -> page -> launch.
"""
