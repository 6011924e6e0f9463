"""SMS and push over HTTP: a Twilio-style form POST and an FCM-style JSON API, base URLs and credentials from settings."""

from __future__ import annotations

import requests

from clientcard_messaging.adapters.base import Outgoing, ProviderError, retry_after_seconds


def _answer(response: requests.Response) -> dict:
    """The provider's JSON, or a ProviderError: 429 and 5xx may pass later, other 4xx never will."""
    if response.status_code == 429 or response.status_code >= 500:
        raise ProviderError(
            f"{response.status_code} {response.text[:200]}",
            temporary=True,
            retry_after=retry_after_seconds(response.headers.get("Retry-After")),
        )
    if response.status_code >= 400:
        raise ProviderError(f"{response.status_code} {response.text[:200]}")
    try:
        return response.json()
    except ValueError as error:
        raise ProviderError(f"unreadable answer: {response.text[:200]}", temporary=True) from error


def _post(method, url: str, timeout: float, **kwargs) -> dict:
    try:
        return _answer(method(url, timeout=timeout, **kwargs))
    except requests.RequestException as error:
        raise ProviderError(f"no answer: {error}", temporary=True) from error


class TwilioSmsProvider:
    """`POST {base}/2010-04-01/Accounts/{sid}/Messages.json` with To, From, Body; basic auth sid:token."""

    name = "twilio"

    def __init__(self, channel: str, settings):
        self.settings = settings

    def send(self, outgoing: Outgoing) -> str:
        s = self.settings
        form = {"To": outgoing.address, "From": s.sms_from, "Body": outgoing.body}
        if s.callback_base_url:
            form["StatusCallback"] = f"{s.callback_base_url}/api/v1/provider-callbacks/twilio"
        answer = _post(
            requests.post,
            f"{s.sms_api_url.rstrip('/')}/2010-04-01/Accounts/{s.sms_account_sid}/Messages.json",
            s.provider_timeout_s,
            data=form,
            auth=(s.sms_account_sid, s.sms_auth_token),
        )
        return str(answer["sid"])


class FcmPushProvider:
    """`POST {base}/v1/projects/{project}/messages:send` with a bearer token; answers `{"name": ...}`."""

    name = "fcm"

    def __init__(self, channel: str, settings):
        self.settings = settings

    def send(self, outgoing: Outgoing) -> str:
        s = self.settings
        body = {
            "message": {
                "token": outgoing.address,
                "notification": {"title": outgoing.subject or "", "body": outgoing.body},
                "data": {"message_id": outgoing.message_id},
            }
        }
        answer = _post(
            requests.post,
            f"{s.push_api_url.rstrip('/')}/v1/projects/{s.push_project}/messages:send",
            s.provider_timeout_s,
            json=body,
            headers={"Authorization": f"Bearer {s.push_token}"},
        )
        return str(answer["name"])
