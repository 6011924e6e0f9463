from typing import Literal

ListWebhookDeliveriesStatusType2Type1 = Literal["delivered", "failed", "pending"]

LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_2_TYPE_1_VALUES: set[ListWebhookDeliveriesStatusType2Type1] = {
    "delivered",
    "failed",
    "pending",
}


def check_list_webhook_deliveries_status_type_2_type_1(value: str) -> ListWebhookDeliveriesStatusType2Type1:
    if value in LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_2_TYPE_1_VALUES!r}"
    )
