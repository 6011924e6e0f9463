"""What a well-formed request can still be refused for: each operation's 422 names the rules no JSON Schema
can state (a cursor this list did not give, a location id naming no location, an amount past the request
bound or in another currency, a segment nobody is in), in words and as `x-business-rules`.

Integrators read them there; the contract test lets schemathesis accept a 422 to a schema-valid request
for exactly the operations that declare one. A rule a schema can state belongs in the schema instead:
`tighten_dict_keys` turns a dict whose keys are a closed list into an object with those properties only.
"""

from __future__ import annotations

from marshmallow import fields, validate

RULES_KEY = "x-business-rules"
MONEY_REF = "#/components/schemas/Money"

# request fields whose values the server checks against what exists, whatever the operation
BY_FIELD = {
    "cursor": "a `cursor` this list did not give",
    "location_id": "a location id that names no location (or one this key may not see)",
    "discount_percent": "a percentage with more than two decimals",
}
# rules of one operation, by operationId
BY_OPERATION = {
    "createCampaign": "a segment nobody is in",
    "transferBalance": "a transfer to the client itself, to a client not linked to it, or of more than its credit",
    "addCardOnFile": "a card that has expired",
    "signConsent": "a signature that is not a PNG or JPEG image, or answers the template does not ask for",
    "mergeClients": "a client merged into itself, or a source that cannot be merged",
    "setProfilePhoto": "a file that is not one of this client's photos (another client's, not an image, or gone)",
    "sendMessage": "neither a body nor a template, or a template that does not exist or cannot be filled",
    "previewMessageTemplate": "neither a template name nor a body, or a template that does not parse",
    "startDirectUpload": "a before/after stage for a file that is not a photo, or a size or type not allowed",
    "completeDirectUpload": "nothing arrived in storage for this upload, or what arrived is not allowed",
    "uploadFile": "a file of a type or size not allowed, or a before/after stage for one that is not a photo",
    "createImport": "a file that is not CSV or XLSX text",
    "acknowledgeNote": "a note that is neither an alert nor pinned",
    "adjustCredits": "more credits than the pack holds, or a card that is not a credit pack",
    "freezeMembership": "a card that is not a membership, `until` before `from`, or dates outside 1900-2199",
    "unfreezeMembership": "a membership that is not frozen",
    "renewMembership": "a card that is not a membership",
    "payInvoice": "paying more than is due, or from a balance or gift card that cannot cover it",
    "refundInvoice": "refunding more than was paid",
    "voidInvoice": "an invoice with payments on it",
    "adjustPoints": "taking more points than the card holds",
}


def tighten_dict_keys(converter) -> None:
    """Register with the marshmallow plugin's field converter, before any schema is documented."""

    def closed_keys(_converter, field, **kwargs) -> dict:
        key_field = getattr(field, "key_field", None)
        choices = next((v.choices for v in getattr(key_field, "validators", ()) if isinstance(v, validate.OneOf)), None)
        if not isinstance(field, fields.Dict) or choices is None:
            return {}
        values = _converter.field2property(field.value_field) if field.value_field else {}
        return {"properties": {choice: values for choice in choices}, "additionalProperties": False}

    converter.add_attribute_function(closed_keys)


def declare(spec) -> None:
    """After every blueprint is registered: name each operation's business rules on its 422."""
    schemas = spec.components.schemas
    for item in spec._paths.values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            response = operation.get("responses", {}).get(422) or operation.get("responses", {}).get("422")
            rules = _rules(operation, schemas)
            if response is None or not rules:
                continue
            response["description"] = f"{response['description']} Also refused, however well-formed: {'; '.join(rules)}."
            response[RULES_KEY] = rules


def _rules(operation: dict, schemas: dict) -> list[str]:
    names, refs, formats = set(), set(), set()
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "query":
            names.add(parameter["name"])
            _walk(parameter.get("schema", {}), schemas, names, refs, formats)
    body_formats: set[str] = set()
    for media in operation.get("requestBody", {}).get("content", {}).values():
        _walk(media.get("schema", {}), schemas, names, refs, body_formats)
    formats |= body_formats
    rules = [rule for name, rule in BY_FIELD.items() if any(n == name or n.endswith(f"_{name}") for n in names)]
    if {"from", "to"} <= names or {"from", "until"} <= names:
        rules.append("a period that ends before it starts")
    if formats & {"date", "date-time"}:
        rules.append("a date outside 1900-2199")
    if "integer" in body_formats:  # JSON Schema counts 3.0 as an integer; the API's counts are written 3
        rules.append("a count or amount written with a fraction part (3.0 for 3)")
    if MONEY_REF in refs:
        rules.append("an amount beyond ±10^12 minor units, not positive where it must be, or not in the chain's currency")
    if operation.get("operationId") in BY_OPERATION:
        rules.append(BY_OPERATION[operation["operationId"]])
    return rules


def _walk(schema, schemas: dict, names: set[str], refs: set[str], formats: set[str]) -> None:
    """Every property name, `$ref` and format (with `integer` for an integer) reachable from a request schema."""
    if isinstance(schema, list):
        for item in schema:
            _walk(item, schemas, names, refs, formats)
        return
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if ref is not None:
        if ref not in refs:
            refs.add(ref)
            _walk(schemas.get(ref.rpartition("/")[2], {}), schemas, names, refs, formats)
        return
    names.update(schema.get("properties", {}))
    if "format" in schema:
        formats.add(schema["format"])
    if "integer" in (schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]):
        formats.add("integer")
    for key in ("properties", "items", "additionalProperties", "allOf", "anyOf", "oneOf"):
        value = schema.get(key)
        value = list(value.values()) if isinstance(value, dict) and key == "properties" else value
        _walk(value, schemas, names, refs, formats)
