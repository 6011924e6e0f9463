"""Which file may be a client's profile photo: one of their own photos (an image), as the files service
holds it now. Every key that may read files sees it on the card, so medical files and signed consents,
hidden from most keys, never qualify."""

from __future__ import annotations

from nameko.exceptions import RemoteError

from gateway.errors import Problem, remote_status


def _file_or_none(lease, file_id: str) -> dict | None:
    """The file's record; None for one that does not exist, was deleted or is hidden from this key."""
    try:
        return lease.call("files", "get_file", file_id)
    except RemoteError as error:
        if remote_status(error) == 404:
            return None
        raise


def refusal(record: dict | None, client_id: str) -> str | None:
    """Why this file cannot be the client's photo, or None when it can."""
    if record is None:
        return "No such file."
    if record["client_id"] != str(client_id):
        return "The file is another client's."
    if record["kind"] != "photo" or not (record.get("content_type") or "").startswith("image/"):
        return "The file is not a photo (kind `photo`, an image)."
    return None


def check_photo(lease, client_id: str, file_id: str) -> None:
    """422 naming `file_id` unless the file may be this client's photo."""
    reason = refusal(_file_or_none(lease, file_id), client_id)
    if reason is not None:
        raise Problem(422, "Invalid input", f"File {file_id} cannot be the profile photo: {reason}", errors={"file_id": [reason]})


def forget_if_deleted_meanwhile(lease, file_id: str) -> None:
    """After the photo was set: a file deleted between the check and the write may have had its
    `file_deleted` handled before the photo existed, so profile forgets it here (and the caller gets
    the 422 of a missing file). A deletion after this read announces itself after the write: no gap."""
    if _file_or_none(lease, file_id) is None:
        lease.call("profile", "forget_photo_file", file_id)
        raise Problem(422, "Invalid input", f"File {file_id} was deleted meanwhile", errors={"file_id": ["No such file."]})
