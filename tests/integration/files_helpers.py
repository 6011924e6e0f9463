"""Builders shared by the files and consents tests: images with EXIF, uploads, the S3 bucket."""

from __future__ import annotations

import io

from minio import Minio
from PIL import Image


def jpeg(size=(64, 32), exif=None, color=(200, 120, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="JPEG", **({"exif": exif} if exif is not None else {}))
    return buffer.getvalue()


def png(size=(40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 200, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def exif_with(orientation=None, gps=False):
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    return exif


def upload(api, client_id, data, kind="photo", filename="photo.jpg", claimed="image/jpeg", **form):
    return api.post(
        f"/clients/{client_id}/files",
        files={"file": (filename, data, claimed)},
        data={"kind": kind, **{k: v for k, v in form.items() if v is not None}},
    )


def bucket(suite) -> tuple[Minio, str]:
    return Minio(suite.env["S3_ENDPOINT"], access_key="test", secret_key="test", secure=False), suite.env["S3_BUCKET"]


def object_keys(suite, client_id: str) -> list[str]:
    client, name = bucket(suite)
    return [o.object_name for o in client.list_objects(name, prefix=f"clients/{client_id}/", recursive=True)]
