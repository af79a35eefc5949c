"""The one place that turns a prompt into a picture: diffusers pipelines, quantization, low VRAM, consistency.

It knows nothing of chat or sessions.
"""
