from typing import Literal

ApiKeyCreateScopesItem = Literal[
    "*",
    "admin",
    "billing:adjust",
    "billing:read",
    "billing:write",
    "clients:erase",
    "clients:export",
    "clients:read",
    "clients:write",
    "files:medical",
    "files:read",
    "files:write",
    "loyalty:adjust",
    "loyalty:read",
    "loyalty:write",
    "messages:read",
    "messages:write",
    "notes:clinical",
    "ops:read",
    "webhooks:manage",
]

API_KEY_CREATE_SCOPES_ITEM_VALUES: set[ApiKeyCreateScopesItem] = {
    "*",
    "admin",
    "billing:adjust",
    "billing:read",
    "billing:write",
    "clients:erase",
    "clients:export",
    "clients:read",
    "clients:write",
    "files:medical",
    "files:read",
    "files:write",
    "loyalty:adjust",
    "loyalty:read",
    "loyalty:write",
    "messages:read",
    "messages:write",
    "notes:clinical",
    "ops:read",
    "webhooks:manage",
}


def check_api_key_create_scopes_item(value: str) -> ApiKeyCreateScopesItem:
    if value in API_KEY_CREATE_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_KEY_CREATE_SCOPES_ITEM_VALUES!r}")
