import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_page import ClientPage
from ...models.problem import Problem
from ...models.search_clients_sort import SearchClientsSort
from ...models.search_clients_status import SearchClientsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    category: str | Unset = UNSET,
    location_id: UUID | Unset = UNSET,
    status: SearchClientsStatus | Unset = "active",
    birthday_month: int | Unset = UNSET,
    last_visit_before: datetime.datetime | Unset = UNSET,
    last_visit_after: datetime.datetime | Unset = UNSET,
    sort: SearchClientsSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    params["q"] = q

    params["tag"] = tag

    params["category"] = category

    json_location_id: str | Unset = UNSET
    if not isinstance(location_id, Unset):
        json_location_id = str(location_id)
    params["location_id"] = json_location_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["birthday_month"] = birthday_month

    json_last_visit_before: str | Unset = UNSET
    if not isinstance(last_visit_before, Unset):
        json_last_visit_before = last_visit_before.isoformat()
    params["last_visit_before"] = json_last_visit_before

    json_last_visit_after: str | Unset = UNSET
    if not isinstance(last_visit_after, Unset):
        json_last_visit_after = last_visit_after.isoformat()
    params["last_visit_after"] = json_last_visit_after

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/clients",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientPage | Problem | None:
    if response.status_code == 200:
        response_200 = ClientPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[ClientPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    category: str | Unset = UNSET,
    location_id: UUID | Unset = UNSET,
    status: SearchClientsStatus | Unset = "active",
    birthday_month: int | Unset = UNSET,
    last_visit_before: datetime.datetime | Unset = UNSET,
    last_visit_after: datetime.datetime | Unset = UNSET,
    sort: SearchClientsSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[ClientPage | Problem]:
    """Search and filter: `q` finds by name, phone (any format), email or card number; archived
    clients only with `status=archived|all`; `{items, next_cursor}`.

     Needs the `clients:read` scope.

    Args:
        q (str | Unset):
        tag (str | Unset):
        category (str | Unset):
        location_id (UUID | Unset):
        status (SearchClientsStatus | Unset):  Default: 'active'.
        birthday_month (int | Unset):
        last_visit_before (datetime.datetime | Unset):
        last_visit_after (datetime.datetime | Unset):
        sort (SearchClientsSort | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientPage | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        tag=tag,
        category=category,
        location_id=location_id,
        status=status,
        birthday_month=birthday_month,
        last_visit_before=last_visit_before,
        last_visit_after=last_visit_after,
        sort=sort,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    category: str | Unset = UNSET,
    location_id: UUID | Unset = UNSET,
    status: SearchClientsStatus | Unset = "active",
    birthday_month: int | Unset = UNSET,
    last_visit_before: datetime.datetime | Unset = UNSET,
    last_visit_after: datetime.datetime | Unset = UNSET,
    sort: SearchClientsSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> ClientPage | Problem | None:
    """Search and filter: `q` finds by name, phone (any format), email or card number; archived
    clients only with `status=archived|all`; `{items, next_cursor}`.

     Needs the `clients:read` scope.

    Args:
        q (str | Unset):
        tag (str | Unset):
        category (str | Unset):
        location_id (UUID | Unset):
        status (SearchClientsStatus | Unset):  Default: 'active'.
        birthday_month (int | Unset):
        last_visit_before (datetime.datetime | Unset):
        last_visit_after (datetime.datetime | Unset):
        sort (SearchClientsSort | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientPage | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        tag=tag,
        category=category,
        location_id=location_id,
        status=status,
        birthday_month=birthday_month,
        last_visit_before=last_visit_before,
        last_visit_after=last_visit_after,
        sort=sort,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    category: str | Unset = UNSET,
    location_id: UUID | Unset = UNSET,
    status: SearchClientsStatus | Unset = "active",
    birthday_month: int | Unset = UNSET,
    last_visit_before: datetime.datetime | Unset = UNSET,
    last_visit_after: datetime.datetime | Unset = UNSET,
    sort: SearchClientsSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[ClientPage | Problem]:
    """Search and filter: `q` finds by name, phone (any format), email or card number; archived
    clients only with `status=archived|all`; `{items, next_cursor}`.

     Needs the `clients:read` scope.

    Args:
        q (str | Unset):
        tag (str | Unset):
        category (str | Unset):
        location_id (UUID | Unset):
        status (SearchClientsStatus | Unset):  Default: 'active'.
        birthday_month (int | Unset):
        last_visit_before (datetime.datetime | Unset):
        last_visit_after (datetime.datetime | Unset):
        sort (SearchClientsSort | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientPage | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        tag=tag,
        category=category,
        location_id=location_id,
        status=status,
        birthday_month=birthday_month,
        last_visit_before=last_visit_before,
        last_visit_after=last_visit_after,
        sort=sort,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    category: str | Unset = UNSET,
    location_id: UUID | Unset = UNSET,
    status: SearchClientsStatus | Unset = "active",
    birthday_month: int | Unset = UNSET,
    last_visit_before: datetime.datetime | Unset = UNSET,
    last_visit_after: datetime.datetime | Unset = UNSET,
    sort: SearchClientsSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> ClientPage | Problem | None:
    """Search and filter: `q` finds by name, phone (any format), email or card number; archived
    clients only with `status=archived|all`; `{items, next_cursor}`.

     Needs the `clients:read` scope.

    Args:
        q (str | Unset):
        tag (str | Unset):
        category (str | Unset):
        location_id (UUID | Unset):
        status (SearchClientsStatus | Unset):  Default: 'active'.
        birthday_month (int | Unset):
        last_visit_before (datetime.datetime | Unset):
        last_visit_after (datetime.datetime | Unset):
        sort (SearchClientsSort | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            tag=tag,
            category=category,
            location_id=location_id,
            status=status,
            birthday_month=birthday_month,
            last_visit_before=last_visit_before,
            last_visit_after=last_visit_after,
            sort=sort,
            limit=limit,
            cursor=cursor,
            x_request_id=x_request_id,
        )
    ).parsed
