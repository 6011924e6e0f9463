from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.loyalty_card import LoyaltyCard
from ...models.membership_cancel import MembershipCancel
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    card_id: UUID,
    *,
    body: MembershipCancel | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/loyalty-cards/{card_id}/cancel".format(
            card_id=quote(str(card_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LoyaltyCard | Problem | None:
    if response.status_code == 200:
        response_200 = LoyaltyCard.from_dict(response.json())

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
) -> Response[LoyaltyCard | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    card_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MembershipCancel | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[LoyaltyCard | Problem]:
    """Cancel a membership: no next payment.

     Needs the `loyalty:write` scope.

    Args:
        card_id (UUID):
        x_request_id (str | Unset):
        body (MembershipCancel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyCard | Problem]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MembershipCancel | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> LoyaltyCard | Problem | None:
    """Cancel a membership: no next payment.

     Needs the `loyalty:write` scope.

    Args:
        card_id (UUID):
        x_request_id (str | Unset):
        body (MembershipCancel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyCard | Problem
    """

    return sync_detailed(
        card_id=card_id,
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    card_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MembershipCancel | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[LoyaltyCard | Problem]:
    """Cancel a membership: no next payment.

     Needs the `loyalty:write` scope.

    Args:
        card_id (UUID):
        x_request_id (str | Unset):
        body (MembershipCancel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyCard | Problem]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MembershipCancel | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> LoyaltyCard | Problem | None:
    """Cancel a membership: no next payment.

     Needs the `loyalty:write` scope.

    Args:
        card_id (UUID):
        x_request_id (str | Unset):
        body (MembershipCancel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyCard | Problem
    """

    return (
        await asyncio_detailed(
            card_id=card_id,
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
