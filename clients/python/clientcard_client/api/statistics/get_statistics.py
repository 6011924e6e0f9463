import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.statistics import Statistics
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_id: UUID,
    *,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/clients/{client_id}/statistics".format(
            client_id=quote(str(client_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Statistics | None:
    if response.status_code == 200:
        response_200 = Statistics.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | Statistics]:
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
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | Statistics]:
    """Sales, paid, outstanding, visits paid, average ticket, revenue per month, favourite services and
    staff, for invoices issued `from` .. `to` (days included; all time by default).

     Needs the `billing:read` scope.

    Args:
        client_id (UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statistics]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        from_=from_,
        to=to,
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
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Problem | Statistics | None:
    """Sales, paid, outstanding, visits paid, average ticket, revenue per month, favourite services and
    staff, for invoices issued `from` .. `to` (days included; all time by default).

     Needs the `billing:read` scope.

    Args:
        client_id (UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statistics
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        from_=from_,
        to=to,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | Statistics]:
    """Sales, paid, outstanding, visits paid, average ticket, revenue per month, favourite services and
    staff, for invoices issued `from` .. `to` (days included; all time by default).

     Needs the `billing:read` scope.

    Args:
        client_id (UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statistics]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        from_=from_,
        to=to,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Problem | Statistics | None:
    """Sales, paid, outstanding, visits paid, average ticket, revenue per month, favourite services and
    staff, for invoices issued `from` .. `to` (days included; all time by default).

     Needs the `billing:read` scope.

    Args:
        client_id (UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statistics
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            from_=from_,
            to=to,
            x_request_id=x_request_id,
        )
    ).parsed
