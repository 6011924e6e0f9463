"""Small JPEG previews of photos for the card and lists (Pillow)."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

SIZE = (320, 320)


def thumbnail(data: bytes) -> bytes | None:
    """A JPEG no larger than 320x320, or None when the bytes are not an image Pillow reads."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail(SIZE)
            output = io.BytesIO()
            image.convert("RGB").save(output, format="JPEG", quality=80)
            return output.getvalue()
    except (UnidentifiedImageError, OSError):
        return None
