"""Custom field definitions: label, type, options, required; client values are checked against them."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from clientcard_profile import contracts
from clientcard_profile.db.models import CustomFieldDefinition
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.custom_fields import definition_errors, key_from_label, options_errors
from clientcard_profile.exceptions import CustomFieldInvalid, CustomFieldKeyTaken, CustomFieldNotFound


def define_custom_field(uow: ProfileUnitOfWork, new_field: dict) -> dict:
    """Add a definition; its key defaults to the label in snake_case.
    Raises CustomFieldInvalid (422), CustomFieldKeyTaken (409)."""
    key = new_field["key"] or key_from_label(new_field["label"])
    errors = definition_errors(key, new_field["type"], new_field["options"])
    if errors:
        raise CustomFieldInvalid("The custom field has invalid fields", errors=errors)
    taken = CustomFieldKeyTaken(f"A custom field with key {key!r} exists", errors={"key": ["already in use"]})
    with uow:
        if uow.custom_fields.by_key(key) is not None:
            raise taken
        definition = CustomFieldDefinition(
            id=uuid.uuid4(),
            key=key,
            label=new_field["label"],
            type=new_field["type"],
            options=new_field["options"],
            required=new_field["required"],
        )
        try:
            uow.custom_fields.add(definition)
        except sa.exc.IntegrityError as error:  # another request defined the same key just now
            raise taken from error
        uow.session.refresh(definition)
        result = contracts.CustomFieldOutput().dump(definition)
        uow.commit()
    return result


def update_custom_field(uow: ProfileUnitOfWork, key: str, changes: dict) -> dict:
    """Change a definition's `label`, `options` (select fields), `required`, or retire it with
    `active: false` (it then takes no new values; values clients carry stay readable) and bring
    it back with `active: true`. Values stored before an options change stay as they are.

    Raises CustomFieldNotFound (404), CustomFieldInvalid (422: bad options). A `key` or `type` change is refused
    where the request is decoded (decoding.custom_field_changes).
    """
    with uow:
        definition = uow.custom_fields.by_key(key, for_update=True)
        if definition is None:
            raise CustomFieldNotFound(f"No custom field {key!r}")
        if "options" in changes:
            errors = options_errors(definition.type, changes["options"])
            if errors:
                raise CustomFieldInvalid("The custom field has invalid fields", errors=errors)
        for field, value in changes.items():
            setattr(definition, field, value)
        uow.flush()
        result = contracts.CustomFieldOutput().dump(definition)
        uow.commit()
    return result


def list_custom_fields(uow: ProfileUnitOfWork) -> list[dict]:
    """Every definition, oldest first."""
    with uow:
        return [contracts.CustomFieldOutput().dump(definition) for definition in uow.custom_fields.list()]
