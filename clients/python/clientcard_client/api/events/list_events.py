from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.list_events_type_type_0_item import ListEventsTypeType0Item
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: list[ListEventsTypeType0Item] | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    json_type_: list[str] | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, list):
        json_type_ = []
        for type_type_0_item_data in type_:
            type_type_0_item: str = type_type_0_item_data
            json_type_.append(type_type_0_item)

    else:
        json_type_ = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: list[ListEventsTypeType0Item] | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """Events recorded after `after`, oldest first, as webhooks deliver them; only those this key
    may see (its scopes and locations). Poll again with the answer's `after`.

     Needs the `webhooks:manage` scope.

    Args:
        after (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        type_ (list[ListEventsTypeType0Item] | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        cursor=cursor,
        limit=limit,
        type_=type_,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: list[ListEventsTypeType0Item] | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> EventPage | Problem | None:
    """Events recorded after `after`, oldest first, as webhooks deliver them; only those this key
    may see (its scopes and locations). Poll again with the answer's `after`.

     Needs the `webhooks:manage` scope.

    Args:
        after (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        type_ (list[ListEventsTypeType0Item] | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return sync_detailed(
        client=client,
        after=after,
        cursor=cursor,
        limit=limit,
        type_=type_,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: list[ListEventsTypeType0Item] | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """Events recorded after `after`, oldest first, as webhooks deliver them; only those this key
    may see (its scopes and locations). Poll again with the answer's `after`.

     Needs the `webhooks:manage` scope.

    Args:
        after (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        type_ (list[ListEventsTypeType0Item] | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        cursor=cursor,
        limit=limit,
        type_=type_,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: list[ListEventsTypeType0Item] | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> EventPage | Problem | None:
    """Events recorded after `after`, oldest first, as webhooks deliver them; only those this key
    may see (its scopes and locations). Poll again with the answer's `after`.

     Needs the `webhooks:manage` scope.

    Args:
        after (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        type_ (list[ListEventsTypeType0Item] | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            cursor=cursor,
            limit=limit,
            type_=type_,
            x_request_id=x_request_id,
        )
    ).parsed
