"""Photos: EXIF-oriented previews in two sizes, personal EXIF (GPS, owner, serials) stripped, HEIC decoded.

Pillow reads HEIC through pillow-heif; a HEIC it cannot decode is refused (FileUnsupported, 415).
"""

from __future__ import annotations

import io

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from clientcard_files.exceptions import FileRejected, FileUnsupported

pillow_heif.register_heif_opener()

SIZES = {"thumbnail": (320, 320), "preview": (1280, 1280)}
GPS_IFD = 0x8825
# EXIF tags that say who or where: the owner, the artist, serial numbers, free text, the maker's notes
PERSONAL_TAGS = {0x013B, 0x8298, 0x927C, 0x9286, 0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F, 0xA420, 0xA430, 0xA431, 0xA435}
EXIF_IFD = 0x8769
FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP", "image/heic": "HEIF", "image/gif": "GIF"}


def open_image(stream, content_type: str) -> Image.Image:
    """The decoded image. Raises FileUnsupported for a HEIC that cannot be decoded, FileRejected otherwise."""
    try:
        image = Image.open(stream)
        image.load()
        return image
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        if content_type == "image/heic":
            raise FileUnsupported("This HEIC image cannot be decoded", errors={"file": ["Unsupported HEIC."]}) from error
        raise FileRejected("The image cannot be read", errors={"file": ["Not a readable image."]}) from error


def has_personal_exif(image: Image.Image) -> bool:
    exif = image.getexif()
    if not exif:
        return False
    if exif.get_ifd(GPS_IFD) or GPS_IFD in exif:
        return True
    if PERSONAL_TAGS & set(exif):
        return True
    return bool(PERSONAL_TAGS & set(exif.get_ifd(EXIF_IFD)))


def without_exif(image: Image.Image, content_type: str) -> bytes:
    """The image re-encoded with no EXIF at all; its orientation applied to the pixels so it still
    shows upright."""
    upright = ImageOps.exif_transpose(image)
    output = io.BytesIO()
    fmt = FORMATS[content_type]
    if fmt == "JPEG":
        upright.convert("RGB").save(output, format=fmt, quality=95)
    elif fmt == "GIF":
        upright.save(output, format=fmt)
    else:
        upright.save(output, format=fmt, **({"quality": 95} if fmt in ("WEBP", "HEIF") else {}))
    return output.getvalue()


def previews(image: Image.Image) -> dict[str, bytes]:
    """JPEG previews by name (`thumbnail` 320, `preview` 1280), upright as the EXIF orientation says."""
    upright = ImageOps.exif_transpose(image).convert("RGB")
    made = {}
    for name, size in SIZES.items():
        copy = upright.copy()
        copy.thumbnail(size)
        output = io.BytesIO()
        copy.save(output, format="JPEG", quality=80)
        made[name] = output.getvalue()
    return made
