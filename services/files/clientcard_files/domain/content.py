"""What a file really is, from its first bytes, and whether it may be stored as its kind and name (pure)."""

from __future__ import annotations

SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)
# programs, whatever they are called: refused before any kind is considered
EXECUTABLES = (
    (b"MZ", "application/x-msdownload"),
    (b"\x7fELF", "application/x-elf"),
    (b"\xcf\xfa\xed\xfe", "application/x-mach-binary"),
    (b"\xfe\xed\xfa\xcf", "application/x-mach-binary"),
    (b"\xca\xfe\xba\xbe", "application/x-mach-binary"),
    (b"#!", "text/x-shellscript"),
)
HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1")
IMAGES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic"}
ALLOWED = {
    "photo": IMAGES,
    "document": IMAGES | {"application/pdf", "text/plain"},
    "consent_form": IMAGES | {"application/pdf"},
    "medical": IMAGES | {"application/pdf"},
}
KINDS = tuple(ALLOWED)
STAGES = ("before", "after")
# the extensions a file of each type may carry; a name with another extension is a mismatch
EXTENSIONS = {
    "image/jpeg": {"jpg", "jpeg", "jfif"},
    "image/png": {"png"},
    "image/gif": {"gif"},
    "image/webp": {"webp"},
    "image/heic": {"heic", "heif"},
    "application/pdf": {"pdf"},
    "text/plain": {"txt", "text", "md", "csv"},
}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
HEAD_BYTES = 4096  # how much of a file sniffing reads


def sniff(head: bytes) -> str:
    """The content type the bytes show, whatever the uploader claimed."""
    for signature, content_type in SIGNATURES + EXECUTABLES:
        if head.startswith(signature):
            return content_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in HEIC_BRANDS:
        return "image/heic"
    if head and _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    try:
        head[:HEAD_BYTES].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


def extension(filename: str) -> str:
    name = (filename or "").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def kind_problems(kind: str, filename: str, pair_id, stage) -> dict[str, list[str]]:
    """Field errors known before a single byte arrives: the kind, a program's name, a stage without a photo."""
    errors: dict[str, list[str]] = {}
    if kind not in ALLOWED:
        errors["kind"] = [f"Must be one of {', '.join(KINDS)}."]
    if extension(filename) in {"exe", "dll", "com", "bat", "cmd", "msi", "scr", "sh", "ps1", "js", "jar", "app", "apk"}:
        errors["file"] = ["Programs cannot be stored."]
    if stage is not None and stage not in STAGES:
        errors["stage"] = ["Must be before or after."]
    if (pair_id is not None or stage is not None) and kind != "photo":
        errors["stage"] = ["Only photos are before/after pairs."]
    if pair_id is not None and stage is None:
        errors["stage"] = ["A photo of a pair says whether it is before or after."]
    return errors


def problems(
    kind: str, content_type: str, size: int, *, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> dict[str, list[str]]:
    """Field errors for this upload; empty when it may be stored."""
    errors: dict[str, list[str]] = {}
    if content_type in {t for _, t in EXECUTABLES}:
        errors["file"] = ["Programs cannot be stored."]
    elif kind not in ALLOWED:
        errors["kind"] = [f"Must be one of {', '.join(KINDS)}."]
    elif content_type not in ALLOWED[kind]:
        errors["file"] = [f"A {kind} cannot be {content_type}."]
    elif extension(filename) and extension(filename) not in EXTENSIONS.get(content_type, ()):
        errors["file"] = [f"The name says .{extension(filename)} but the content is {content_type}."]
    if size == 0:
        errors.setdefault("file", []).append("The file is empty.")
    elif size > max_bytes:
        errors.setdefault("file", []).append(f"The file is over {max_bytes} bytes.")
    return errors
