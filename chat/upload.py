"""An uploaded picture opened safely: its size checked before decoding, then re-encoded as plain RGB."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from dialog.texts import say
from generator.errors import GeneratorError


def read_upload(upload: str | Path, max_pixels: int, lang: str) -> Image.Image:
    """The picture in `upload`, or a `GeneratorError` whose message a person can act on."""

    def too_large(size: str) -> GeneratorError:
        return GeneratorError(say("chat.upload_too_large", lang, size=size, limit=f"{max_pixels:,}"))

    try:
        with Image.open(upload) as probe:
            width, height = probe.size
            if width * height > max_pixels:
                raise too_large(f"{width}×{height}")
            probe.load()
            image = probe.convert("RGB")
    except GeneratorError:
        raise
    except Image.DecompressionBombError as error:  # Pillow refuses huge headers before we can read the size
        raise too_large(say("chat.over_pillow_limit", lang)) from error
    except Exception as error:  # not an image, truncated, a decompression bomb...
        raise GeneratorError(say("chat.upload_unreadable", lang)) from error
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")  # re-encoded: nothing of the original file travels further
    buffer.seek(0)
    return Image.open(buffer)
