from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.merge_request import MergeRequest
from ...models.merge_result import MergeResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_id: UUID,
    *,
    body: MergeRequest,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/clients/{client_id}/merge".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MergeResult | Problem | None:
    if response.status_code == 200:
        response_200 = MergeResult.from_dict(response.json())

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
) -> Response[MergeResult | Problem]:
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
    body: MergeRequest,
    x_request_id: str | Unset = UNSET,
) -> Response[MergeResult | Problem]:
    """Merge `source_id` into this client; `preview: true` only says what would move and change.

     Notes and visits move here at once, every other service moves its records on `client_merged`;
    the duplicate is archived. Merging a client into itself is a 422; an already merged or archived
    survivor a 409. Undo within 30 days with `POST /merges/{id}/undo`.

    Needs the `clients:write` scope.

    Args:
        client_id (UUID):
        x_request_id (str | Unset):
        body (MergeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergeResult | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MergeRequest,
    x_request_id: str | Unset = UNSET,
) -> MergeResult | Problem | None:
    """Merge `source_id` into this client; `preview: true` only says what would move and change.

     Notes and visits move here at once, every other service moves its records on `client_merged`;
    the duplicate is archived. Merging a client into itself is a 422; an already merged or archived
    survivor a 409. Undo within 30 days with `POST /merges/{id}/undo`.

    Needs the `clients:write` scope.

    Args:
        client_id (UUID):
        x_request_id (str | Unset):
        body (MergeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergeResult | Problem
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MergeRequest,
    x_request_id: str | Unset = UNSET,
) -> Response[MergeResult | Problem]:
    """Merge `source_id` into this client; `preview: true` only says what would move and change.

     Notes and visits move here at once, every other service moves its records on `client_merged`;
    the duplicate is archived. Merging a client into itself is a 422; an already merged or archived
    survivor a 409. Undo within 30 days with `POST /merges/{id}/undo`.

    Needs the `clients:write` scope.

    Args:
        client_id (UUID):
        x_request_id (str | Unset):
        body (MergeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergeResult | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MergeRequest,
    x_request_id: str | Unset = UNSET,
) -> MergeResult | Problem | None:
    """Merge `source_id` into this client; `preview: true` only says what would move and change.

     Notes and visits move here at once, every other service moves its records on `client_merged`;
    the duplicate is archived. Merging a client into itself is a 422; an already merged or archived
    survivor a 409. Undo within 30 days with `POST /merges/{id}/undo`.

    Needs the `clients:write` scope.

    Args:
        client_id (UUID):
        x_request_id (str | Unset):
        body (MergeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergeResult | Problem
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
