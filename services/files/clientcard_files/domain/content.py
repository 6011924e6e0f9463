"""What a file really is, from its first bytes, and whether it may be stored as its kind (pure)."""

from __future__ import annotations

SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)
IMAGES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic"}
ALLOWED = {
    "photo": IMAGES,
    "document": IMAGES | {"application/pdf", "text/plain"},
    "consent_form": IMAGES | {"application/pdf"},
    "medical": IMAGES | {"application/pdf"},
}
KINDS = tuple(ALLOWED)
MAX_BYTES = 20 * 1024 * 1024


def sniff(head: bytes) -> str:
    """The content type the bytes show, whatever the uploader claimed."""
    for signature, content_type in SIGNATURES:
        if head.startswith(signature):
            return content_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1"):
        return "image/heic"
    if head and _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    try:
        head[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


def problems(kind: str, content_type: str, size: int) -> dict[str, list[str]]:
    """Field errors for this upload; empty when it may be stored."""
    errors: dict[str, list[str]] = {}
    if kind not in ALLOWED:
        errors["kind"] = [f"Must be one of {', '.join(KINDS)}."]
    elif content_type not in ALLOWED[kind]:
        errors["file"] = [f"A {kind} cannot be {content_type}."]
    if size == 0:
        errors.setdefault("file", []).append("The file is empty.")
    elif size > MAX_BYTES:
        errors.setdefault("file", []).append(f"The file is over {MAX_BYTES // (1024 * 1024)} MB.")
    return errors
