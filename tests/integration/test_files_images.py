"""Photos: upright previews in two sizes, personal EXIF stripped, HEIC decoded or refused with a 415."""

import hashlib
import io

import pillow_heif
from PIL import Image

from tests.integration.files_helpers import exif_with, jpeg, upload

pillow_heif.register_heif_opener()


def test_a_portrait_phone_photo_gets_upright_previews_in_two_sizes(api, client_id):
    sideways = jpeg(size=(1600, 800), exif=exif_with(orientation=6))  # stored landscape, shown portrait

    stored = upload(api, client_id, sideways).json()

    assert stored["has_thumbnail"] and stored["has_preview"]
    thumbnail = Image.open(io.BytesIO(api.get(f"/files/{stored['id']}/content?variant=thumbnail").content))
    preview = Image.open(io.BytesIO(api.get(f"/files/{stored['id']}/content?variant=preview").content))
    assert thumbnail.height > thumbnail.width and max(thumbnail.size) == 320
    assert preview.height > preview.width and max(preview.size) == 1280


def test_a_photo_with_gps_is_stored_without_it_and_answers_the_stored_bytes_hash(api, client_id):
    located = jpeg(exif=exif_with(orientation=6, gps=True))

    stored = upload(api, client_id, located).json()
    kept = api.get(f"/files/{stored['id']}/content").content

    assert stored["sha256"] != hashlib.sha256(located).hexdigest()
    assert stored["sha256"] == hashlib.sha256(kept).hexdigest() and stored["size"] == len(kept)
    image = Image.open(io.BytesIO(kept))
    assert not image.getexif().get_ifd(0x8825) and 0x8825 not in image.getexif()
    assert image.height > image.width  # the orientation went into the pixels, so it still shows upright


def test_a_photo_without_personal_exif_is_stored_byte_for_byte(api, client_id):
    plain = jpeg(exif=exif_with(orientation=1))

    stored = upload(api, client_id, plain).json()

    assert stored["sha256"] == hashlib.sha256(plain).hexdigest()
    assert api.get(f"/files/{stored['id']}/content").content == plain


def test_a_heic_photo_is_decoded_into_a_thumbnail(api, client_id):
    buffer = io.BytesIO()
    Image.new("RGB", (200, 100), (30, 90, 200)).save(buffer, format="HEIF")

    response = upload(api, client_id, buffer.getvalue(), filename="IMG_0001.HEIC", claimed="image/heic")

    assert response.status_code == 201, response.text
    assert response.json()["content_type"] == "image/heic" and response.json()["has_thumbnail"]
    thumbnail = Image.open(io.BytesIO(api.get(f"/files/{response.json()['id']}/content?thumbnail=true").content))
    assert thumbnail.format == "JPEG" and thumbnail.size == (200, 100)


def test_a_heic_that_cannot_be_decoded_is_a_415_and_stores_nothing(api, client_id):
    broken = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00garbage" * 50

    response = upload(api, client_id, broken, filename="IMG_0002.heic", claimed="image/heic")

    assert response.status_code == 415, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    assert api.get(f"/clients/{client_id}/files").json()["items"] == []
