from typing import Literal

DownloadFileVariant = Literal["original", "preview", "thumbnail"]

DOWNLOAD_FILE_VARIANT_VALUES: set[DownloadFileVariant] = {
    "original",
    "preview",
    "thumbnail",
}


def check_download_file_variant(value: str) -> DownloadFileVariant:
    if value in DOWNLOAD_FILE_VARIANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOWNLOAD_FILE_VARIANT_VALUES!r}")
