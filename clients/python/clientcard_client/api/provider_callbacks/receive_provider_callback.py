from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.callback_result import CallbackResult
from ...models.problem import Problem
from ...models.receive_provider_callback_data_body import ReceiveProviderCallbackDataBody
from ...models.receive_provider_callback_json_body import ReceiveProviderCallbackJsonBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    provider: str,
    *,
    body: ReceiveProviderCallbackDataBody | ReceiveProviderCallbackJsonBody | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/provider-callbacks/{provider}".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    if isinstance(body, ReceiveProviderCallbackDataBody):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, ReceiveProviderCallbackJsonBody):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallbackResult | Problem | None:
    if response.status_code == 200:
        response_200 = CallbackResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[CallbackResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveProviderCallbackDataBody | ReceiveProviderCallbackJsonBody | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[CallbackResult | Problem]:
    """A delivery report (the message moves to delivered or failed with the provider's reason) or a
    client's
    reply (it joins the thread of the client it came from). `provider`: twilio, smtp, fcm.

    Args:
        provider (str):
        x_request_id (str | Unset):
        body (ReceiveProviderCallbackDataBody | Unset):
        body (ReceiveProviderCallbackJsonBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackResult | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveProviderCallbackDataBody | ReceiveProviderCallbackJsonBody | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> CallbackResult | Problem | None:
    """A delivery report (the message moves to delivered or failed with the provider's reason) or a
    client's
    reply (it joins the thread of the client it came from). `provider`: twilio, smtp, fcm.

    Args:
        provider (str):
        x_request_id (str | Unset):
        body (ReceiveProviderCallbackDataBody | Unset):
        body (ReceiveProviderCallbackJsonBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackResult | Problem
    """

    return sync_detailed(
        provider=provider,
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveProviderCallbackDataBody | ReceiveProviderCallbackJsonBody | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[CallbackResult | Problem]:
    """A delivery report (the message moves to delivered or failed with the provider's reason) or a
    client's
    reply (it joins the thread of the client it came from). `provider`: twilio, smtp, fcm.

    Args:
        provider (str):
        x_request_id (str | Unset):
        body (ReceiveProviderCallbackDataBody | Unset):
        body (ReceiveProviderCallbackJsonBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackResult | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveProviderCallbackDataBody | ReceiveProviderCallbackJsonBody | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> CallbackResult | Problem | None:
    """A delivery report (the message moves to delivered or failed with the provider's reason) or a
    client's
    reply (it joins the thread of the client it came from). `provider`: twilio, smtp, fcm.

    Args:
        provider (str):
        x_request_id (str | Unset):
        body (ReceiveProviderCallbackDataBody | Unset):
        body (ReceiveProviderCallbackJsonBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackResult | Problem
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
