from typing import Literal

CampaignCreateChannel = Literal["email", "push", "sms"]

CAMPAIGN_CREATE_CHANNEL_VALUES: set[CampaignCreateChannel] = {
    "email",
    "push",
    "sms",
}


def check_campaign_create_channel(value: str) -> CampaignCreateChannel:
    if value in CAMPAIGN_CREATE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_CREATE_CHANNEL_VALUES!r}")
