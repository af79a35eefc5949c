"""The chat room: one turn end to end (`chat.engine.ChatEngine`) over one person's `ChatState`, without Gradio.

It is where a message meets every other room: the dialog's Session and Scene, an enhancer's Decision, the
editor's plan and the generator's render; nothing below imports it.
"""
