from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_record import ClientRecord
from ...models.problem import Problem
from ...models.profile_photo import ProfilePhoto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_id: UUID,
    *,
    body: ProfilePhoto,
    x_request_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/clients/{client_id}/photo".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientRecord | Problem | None:
    if response.status_code == 200:
        response_200 = ClientRecord.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 502:
        response_502 = Problem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Problem.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientRecord | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProfilePhoto,
    x_request_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ClientRecord | Problem]:
    """Make one of the client's photos (kind `photo`, an image) their profile photo; also needs
    `files:read`. Another client's file, a file that is not a photo, or one that does not exist is a
    422 naming `file_id`. Accepts `If-Match`; answers the record with `photo_file_id` and its `ETag`.
    Deleting the file clears the photo.

     Needs the `clients:write` scope.

    Args:
        client_id (UUID):
        x_request_id (str | Unset):
        if_match (str | Unset):
        body (ProfilePhoto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientRecord | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
        x_request_id=x_request_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProfilePhoto,
    x_request_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ClientRecord | Problem | None:
    """Make one of the client's photos (kind `photo`, an image) their profile photo; also needs
    `files:read`. Another client's file, a file that is not a photo, or one that does not exist is a
    422 naming `file_id`. Accepts `If-Match`; answers the record with `photo_file_id` and its `ETag`.
    Deleting the file clears the photo.

     Needs the `clients:write` scope.

    Args:
        client_id (UUID):
        x_request_id (str | Unset):
        if_match (str | Unset):
        body (ProfilePhoto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientRecord | Problem
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
        x_request_id=x_request_id,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProfilePhoto,
    x_request_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ClientRecord | Problem]:
    """Make one of the client's photos (kind `photo`, an image) their profile photo; also needs
    `files:read`. Another client's file, a file that is not a photo, or one that does not exist is a
    422 naming `file_id`. Accepts `If-Match`; answers the record with `photo_file_id` and its `ETag`.
    Deleting the file clears the photo.

     Needs the `clients:write` scope.

    Args:
        client_id (UUID):
        x_request_id (str | Unset):
        if_match (str | Unset):
        body (ProfilePhoto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientRecord | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
        x_request_id=x_request_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProfilePhoto,
    x_request_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ClientRecord | Problem | None:
    """Make one of the client's photos (kind `photo`, an image) their profile photo; also needs
    `files:read`. Another client's file, a file that is not a photo, or one that does not exist is a
    422 naming `file_id`. Accepts `If-Match`; answers the record with `photo_file_id` and its `ETag`.
    Deleting the file clears the photo.

     Needs the `clients:write` scope.

    Args:
        client_id (UUID):
        x_request_id (str | Unset):
        if_match (str | Unset):
        body (ProfilePhoto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientRecord | Problem
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
            x_request_id=x_request_id,
            if_match=if_match,
        )
    ).parsed
